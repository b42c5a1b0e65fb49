import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Fragment, useState } from 'react';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/messages/en';
import {
  EVENT_TYPES,
  useCreateSubscription,
  useDeliveries,
  useDelivery,
  useRotateSecret,
  useSubscriptions,
  type EventType,
} from '../api';
import { SubscriptionTable } from '../SubscriptionTable';

function SecretOnce({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      color="blue"
      title={t('notif.secretOnce')}
      closeButtonLabel={t('common.close')}
      withCloseButton
      onClose={onClose}
      data-testid="webhook-secret"
    >
      <Group>
        <Code>{secret}</Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button size="compact-xs" onClick={copy} color={copied ? 'green' : 'blue'}>
              {t(copied ? 'notif.copied' : 'notif.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}

function Attempts({ subscriptionId, deliveryId }: { subscriptionId: string; deliveryId: string }) {
  const { t, instant } = useI18n();
  const one = useDelivery(subscriptionId, deliveryId);
  return (
    <Table withTableBorder fz="xs">
      <Table.Tbody>
        {one.data?.attempts.map((a) => (
          <Table.Tr key={a.attempt}>
            <Table.Td>#{a.attempt}</Table.Td>
            <Table.Td>{instant(a.at)}</Table.Td>
            <Table.Td>{a.ok ? '✓' : '✗'}</Table.Td>
            <Table.Td>{a.statusCode ?? '—'}</Table.Td>
            <Table.Td>{a.durationMs} ms</Table.Td>
            <Table.Td>{a.detail}</Table.Td>
          </Table.Tr>
        ))}
        {one.data?.attempts.length === 0 && (
          <Table.Tr>
            <Table.Td>{t('notif.noAttempts')}</Table.Td>
          </Table.Tr>
        )}
      </Table.Tbody>
    </Table>
  );
}

function DeliveryLog({ subscriptionId }: { subscriptionId: string }) {
  const { t, instant, label } = useI18n();
  const deliveries = useDeliveries(subscriptionId);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <QueryState isPending={deliveries.isPending} error={deliveries.error}>
      {() =>
        deliveries.data!.length === 0 ? (
          <Text c="gray.7">{t('notif.noDeliveries')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="deliveries">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('notif.events')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                  <Table.Th>{t('notif.attempts')}</Table.Th>
                  <Table.Th>{t('notif.lastAttempt')}</Table.Th>
                  <Table.Th>HTTP</Table.Th>
                  <Table.Th>{t('notif.detail')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deliveries.data!.map((d) => (
                  <Fragment key={d.id}>
                    <Table.Tr
                      onClick={() => setOpen(open === d.id ? null : d.id)}
                      style={{ cursor: 'pointer' }}
                    >
                      <Table.Td>{t(`notif.event.${d.eventType}` as MessageKey)}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={d.status === 'delivered' ? 'green' : d.status === 'failed' ? 'red' : 'gray'}
                        >
                          {label('delivery', d.status)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{d.attempts}</Table.Td>
                      <Table.Td>{d.lastAttemptAt ? instant(d.lastAttemptAt) : '—'}</Table.Td>
                      <Table.Td>{d.statusCode ?? '—'}</Table.Td>
                      <Table.Td>{d.detail ?? ''}</Table.Td>
                    </Table.Tr>
                    {open === d.id && (
                      <Table.Tr>
                        <Table.Td colSpan={6}>
                          <Attempts subscriptionId={subscriptionId} deliveryId={d.id} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}

/** Admin: webhooks (create → the secret once, rotate, the delivery log with every attempt). */
export default function WebhooksPage() {
  const { t, language } = useI18n();
  const hooks = useSubscriptions('webhook');
  const create = useCreateSubscription();
  const rotate = useRotateSecret();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<EventType[]>(['milestone.transitioned', 'document.transitioned']);
  const [secret, setSecret] = useState<string | null>(null);
  const [log, setLog] = useState<string | null>(null);
  return (
    <>
      <PageHeading>{t('notif.webhooks')}</PageHeading>
      <Stack>
        {secret && <SecretOnce secret={secret} onClose={() => setSecret(null)} />}
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate(
              { channel: 'webhook', target: url, events, filter: {}, active: true, digest: false, language },
              {
                onSuccess: (created) => {
                  setSecret((created as { secret?: string }).secret ?? null);
                  setUrl('');
                },
              },
            );
          }}
        >
          <Title order={2} size="h4" mb="xs">
            {t('notif.newWebhook')}
          </Title>
          <Group align="flex-end">
            <TextInput
              label={t('notif.url')}
              placeholder="https://erp.example.org/hooks/pacta"
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              required
              w={380}
            />
            <MultiSelect
              label={t('notif.events')}
              data={EVENT_TYPES.map((e) => ({ value: e, label: t(`notif.event.${e}`) }))}
              value={events}
              onChange={(v) => setEvents(v as EventType[])}
              w={380}
            />
            <Button type="submit" loading={create.isPending}>
              {t('notif.create')}
            </Button>
          </Group>
          {create.error && <ProblemAlert error={create.error} />}
        </Paper>
        <QueryState isPending={hooks.isPending} error={hooks.error}>
          {() => (
            <SubscriptionTable
              items={hooks.data ?? []}
              extra={(s) => (
                <>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => rotate.mutate(s.id, { onSuccess: setSecret })}
                  >
                    {t('notif.rotate')}
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => setLog(log === s.id ? null : s.id)}
                  >
                    {t('notif.deliveryLog')}
                  </Button>
                </>
              )}
            />
          )}
        </QueryState>
        {log && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs">
              {t('notif.deliveryLog')}
            </Title>
            <DeliveryLog subscriptionId={log} />
          </Paper>
        )}
      </Stack>
    </>
  );
}
