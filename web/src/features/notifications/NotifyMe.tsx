import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../lib/i18n/i18n';
import { useCreateSubscription, type CreateSubscription, type EventType } from './api';

/** "Notify me": subscribes the caller (inbox or email) to events under this filter. */
export function NotifyMe({
  filter,
  events,
  daysBefore,
}: {
  filter: NonNullable<CreateSubscription['filter']>;
  events: EventType[];
  daysBefore?: number;
}) {
  const { t, language } = useI18n();
  const create = useCreateSubscription();
  const [done, setDone] = useState<string | null>(null);
  const subscribe = (channel: 'inbox' | 'email') =>
    create.mutate(
      {
        channel,
        events,
        filter,
        active: true,
        digest: false,
        language,
        ...(daysBefore ? { daysBefore } : {}),
      },
      { onSuccess: () => setDone(channel) },
    );
  if (done) {
    return (
      <Button size="xs" variant="light" color="green" disabled data-testid="notify-me-done">
        {t(done === 'email' ? 'notif.subscribedEmail' : 'notif.subscribedInbox')}
      </Button>
    );
  }
  return (
    <Menu position="bottom-start">
      <Menu.Target>
        <Button size="xs" variant="light" loading={create.isPending} data-testid="notify-me">
          {t('notif.notifyMe')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => subscribe('inbox')}>{t('notif.viaInbox')}</Menu.Item>
        <Menu.Item onClick={() => subscribe('email')}>{t('notif.viaEmail')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
