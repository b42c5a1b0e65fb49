import { Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { useSession } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSubscriptions } from '../api';
import { SubscriptionTable } from '../SubscriptionTable';

/** The profile: who you are and your own notification subscriptions (inbox and email). */
export default function ProfilePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const subs = useSubscriptions();
  return (
    <>
      <PageHeading>{t('notif.profile')}</PageHeading>
      <Stack>
        <Text>
          {user?.displayName} · {user?.email}
        </Text>
        <Paper withBorder p="md" component="section" aria-labelledby="subs">
          <Title order={2} size="h4" id="subs" mb="xs">
            {t('notif.subscriptions')}
          </Title>
          <Text size="sm" c="gray.7" mb="sm">
            {t('notif.subscriptionsHint')}
          </Text>
          <QueryState isPending={subs.isPending} error={subs.error}>
            {() => <SubscriptionTable items={(subs.data ?? []).filter((s) => s.channel !== 'webhook')} />}
          </QueryState>
        </Paper>
      </Stack>
    </>
  );
}
