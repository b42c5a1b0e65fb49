import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/messages/en';
import { appPath, useInbox, useMarkRead, useUnreadCount } from './api';

export function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" />
    </svg>
  );
}

/** The header's bell: the unread count, and the inbox in a popover. */
export function NotificationBell() {
  const { t, instant } = useI18n();
  const [opened, setOpened] = useState(false);
  const count = useUnreadCount();
  const inbox = useInbox(opened);
  const mark = useMarkRead();
  const unread = count.data ?? 0;
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      disabled={unread === 0}
      color="red.9"
      offset={4}
    >
      <Popover opened={opened} onChange={setOpened} width={380} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={t('notif.bell', { count: unread })}
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{t('notif.inbox')}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              onClick={() => mark.mutate('all')}
            >
              {t('notif.markAllRead')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={420}>
            <Stack gap="xs" data-testid="notification-list">
              {inbox.data?.items.length === 0 && <Text c="gray.7">{t('notif.empty')}</Text>}
              {inbox.data?.items.map((n) => (
                <Group
                  key={n.id}
                  justify="space-between"
                  wrap="nowrap"
                  align="flex-start"
                  data-unread={!n.readAt}
                >
                  <Stack gap={0}>
                    <Anchor
                      component={Link}
                      to={appPath(n.link)}
                      fw={n.readAt ? 400 : 700}
                      onClick={() => {
                        if (!n.readAt) mark.mutate(n.id);
                        setOpened(false);
                      }}
                    >
                      {n.subject.title}
                    </Anchor>
                    <Text size="xs" c="gray.7">
                      {t(`notif.event.${n.type}` as MessageKey)} · {instant(n.occurredAt)}
                    </Text>
                  </Stack>
                  {!n.readAt && (
                    <Button
                      size="compact-xs"
                      variant="default"
                      style={{ flexShrink: 0 }}
                      onClick={() => mark.mutate(n.id)}
                    >
                      {t('notif.markRead')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Anchor
            component={Link}
            to="/profile"
            size="sm"
            mt="sm"
            display="block"
            onClick={() => setOpened(false)}
          >
            {t('notif.manage')}
          </Anchor>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
