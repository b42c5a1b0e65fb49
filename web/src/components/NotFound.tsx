import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { PageHeading } from './PageHeading';

/** Also what a page the user may not see looks like (§3: it answers like a missing one). */
export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Text mb="md">{t('notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('notFound.home')}
      </Anchor>
    </>
  );
}
