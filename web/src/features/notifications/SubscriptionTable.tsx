import { Badge, Button, Group, NumberInput, Switch, Table, Text } from '@mantine/core';
import { useI18n } from '../../lib/i18n/i18n';
import type { MessageKey } from '../../lib/i18n/messages/en';
import { useDeleteSubscription, useUpdateSubscription, type Subscription } from './api';

function filterText(s: Subscription): string {
  const f = s.filter as Record<string, unknown>;
  return Object.entries(f)
    .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('; ');
}

/** Subscriptions with pause/resume, delete, days-before and digest; `extra` adds per-row actions. */
export function SubscriptionTable({
  items,
  extra,
}: {
  items: Subscription[];
  extra?: (s: Subscription) => React.ReactNode;
}) {
  const { t } = useI18n();
  const update = useUpdateSubscription();
  const remove = useDeleteSubscription();
  if (items.length === 0) return <Text c="gray.7">{t('notif.noSubscriptions')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="subscriptions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notif.channel')}</Table.Th>
            <Table.Th>{t('notif.events')}</Table.Th>
            <Table.Th>{t('notif.filter')}</Table.Th>
            <Table.Th>{t('notif.daysBefore')}</Table.Th>
            <Table.Th>{t('notif.digest')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm">{t(`notif.channel.${s.channel}` as MessageKey)}</Text>
                {s.target && (
                  <Text size="xs" c="gray.7">
                    {s.target}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} miw={200}>
                  {s.events.map((e) => (
                    <Badge key={e} size="xs" variant="outline" color="blue.9">
                      {t(`notif.event.${e}` as MessageKey)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{filterText(s) || t('notif.everything')}</Text>
              </Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  w={80}
                  min={0}
                  max={365}
                  aria-label={t('notif.daysBefore')}
                  defaultValue={s.daysBefore ?? 7}
                  onBlur={(e) => {
                    const n = Number(e.currentTarget.value);
                    if (Number.isInteger(n) && n !== (s.daysBefore ?? 7))
                      update.mutate({ sub: s, changes: { daysBefore: n } });
                  }}
                />
              </Table.Td>
              <Table.Td>
                {s.channel === 'email' ? (
                  <Switch
                    aria-label={t('notif.digest')}
                    checked={s.digest}
                    onChange={(e) => update.mutate({ sub: s, changes: { digest: e.currentTarget.checked } })}
                  />
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} c={s.active ? 'dark.9' : 'gray.8'}>
                  {t(s.active ? 'notif.active' : 'notif.paused')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => update.mutate({ sub: s, changes: { active: !s.active } })}
                  >
                    {t(s.active ? 'notif.pause' : 'notif.resume')}
                  </Button>
                  {extra?.(s)}
                  <Button size="compact-xs" color="red" variant="light" onClick={() => remove.mutate(s.id)}>
                    {t('common.remove')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
