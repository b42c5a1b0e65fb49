import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../lib/auth/session';
import { useI18n } from '../lib/i18n/i18n';
import { PageHeading } from './PageHeading';

/** A screen the user's role may not open (reached by a link): said once, instead of each panel's 403. */
export function NotAllowed() {
  const { t, label } = useI18n();
  const { user } = useSession();
  return (
    <>
      <PageHeading>{t('notAllowed.title')}</PageHeading>
      <Text mb="md">
        {t('notAllowed.body', { roles: (user?.roles ?? []).map((r) => label('role', r)).join(', ') })}
      </Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
