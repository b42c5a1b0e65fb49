import { Code, Table, Text } from '@mantine/core';
import type { Schemas } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';

type AuditEvent = Schemas['AuditEventResponse'];
type StatusChange = Schemas['TransitionHistoryItem'];

export function shortHash(hash: string): string {
  return hash.slice(0, 10);
}

/** A changed value as text: null and absent are a dash, structures as compact JSON. */
export function changeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

/** One audit event's changes as field / before / after. */
export function ChangesTable({ changes }: { changes: AuditEvent['changes'] }) {
  const { t } = useI18n();
  const entries = Object.entries(changes ?? {});
  if (!entries.length) return <Text size="sm">{t('history.noFields')}</Text>;
  return (
    <Table withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.field')}</Table.Th>
          <Table.Th>{t('history.before')}</Table.Th>
          <Table.Th>{t('history.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map(([field, pair]) => (
          <Table.Tr key={field}>
            <Table.Td>
              <Code>{field}</Code>
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{changeValue(pair?.[0])}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{changeValue(pair?.[1])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** An entity's audit events, oldest first, each with its field changes. */
export function EventList({ events }: { events: AuditEvent[] }) {
  const { t, instant, label } = useI18n();
  if (!events.length) return <Text>{t('common.noResults')}</Text>;
  return (
    <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {events.map((e) => (
        <li key={e.id} style={{ marginBottom: '1rem' }}>
          <Text size="sm" fw={600}>
            {instant(e.occurredAt)} · {label('action', e.action)} · {e.actor.email ?? '—'}
          </Text>
          {e.reason && (
            <Text size="sm">
              {t('transition.reason')}: {e.reason}
            </Text>
          )}
          <ChangesTable changes={e.changes} />
        </li>
      ))}
    </ol>
  );
}

export function StatusHistoryTable({ items }: { items: StatusChange[] }) {
  const { t, instant, label, date } = useI18n();
  if (!items.length) return <Text>{t('history.noTransitions')}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('history.at')}</Table.Th>
          <Table.Th>{t('history.from')}</Table.Th>
          <Table.Th>{t('history.to')}</Table.Th>
          <Table.Th>{t('history.actor')}</Table.Th>
          <Table.Th>{t('transition.reason')}</Table.Th>
          <Table.Th>{t('history.effectiveOn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s, i) => (
          <Table.Tr key={`${s.at}-${i}`}>
            <Table.Td>{instant(s.at)}</Table.Td>
            <Table.Td>{label('status', s.from)}</Table.Td>
            <Table.Td>{label('status', s.to)}</Table.Td>
            <Table.Td>{(s.actor as unknown as { email?: string })?.email ?? '—'}</Table.Td>
            <Table.Td>{s.reason ?? '—'}</Table.Td>
            <Table.Td>{date(s.effectiveOn)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
