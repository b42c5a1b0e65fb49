import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ChangesTable, shortHash } from '../../../components/HistoryTables';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { api, unwrap, type Operations } from '../../../lib/api/client';
import { useI18n } from '../../../lib/i18n/i18n';

type Query = NonNullable<Operations['listAuditEvents']['parameters']['query']>;
const ENTITY_TYPES = ['document', 'summit', 'institution', 'milestone', 'user', 'session'] as const;
const ACTIONS = [
  'create',
  'update',
  'transition',
  'delete',
  'signatory.add',
  'signatory.remove',
  'progress.report',
  'login.success',
  'login.failure',
];

function queryFromUrl(search: URLSearchParams): Query {
  const q: Record<string, unknown> = {};
  for (const key of ['entityType', 'action']) {
    const values = search
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
    if (values.length) q[key] = values;
  }
  for (const key of ['actorId', 'entityId', 'from', 'to']) if (search.get(key)) q[key] = search.get(key);
  return q as Query;
}

/** A datetime-local value as an ISO instant (the browser's zone), or '' when empty or invalid. */
function instantOf(local: string): string {
  const d = new Date(local);
  return local && !Number.isNaN(d.getTime()) ? d.toISOString() : '';
}

export default function AuditPage() {
  const { t, label, instant, number } = useI18n();
  const [search, setSearch] = useSearchParams();
  const query = queryFromUrl(search);
  const [open, setOpen] = useState<string | null>(null);
  const [draft, setDraft] = useState({
    entityType: search.get('entityType')?.split(',').filter(Boolean) ?? [],
    action: search.get('action')?.split(',').filter(Boolean) ?? [],
    actorId: search.get('actorId') ?? '',
    entityId: search.get('entityId') ?? '',
    from: '',
    to: '',
  });
  const verify = useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: async () => ({
      ...(await unwrap(api.GET('/api/v1/audit-events/verify'))).data,
      at: new Date().toISOString(),
    }),
  });
  const list = useInfiniteQuery({
    queryKey: ['audit', 'list', query],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/v1/audit-events', { params: { query: { ...query, limit: 50, cursor: pageParam } } }),
        )
      ).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const apply = () => {
    const params = new URLSearchParams();
    if (draft.entityType.length) params.set('entityType', draft.entityType.join(','));
    if (draft.action.length) params.set('action', draft.action.join(','));
    if (draft.actorId) params.set('actorId', draft.actorId);
    if (draft.entityId) params.set('entityId', draft.entityId);
    if (instantOf(draft.from)) params.set('from', instantOf(draft.from));
    if (instantOf(draft.to)) params.set('to', instantOf(draft.to));
    setSearch(params, { replace: true });
  };

  return (
    <>
      <PageHeading
        actions={<ExportButtons path="/api/v1/audit-events" params={search} name="audit-events" />}
      >
        {t('audit.title')}
      </PageHeading>
      <Group mb="md" role="status" aria-live="polite">
        {verify.isPending ? (
          <Text size="sm">{t('audit.verifying')}</Text>
        ) : verify.error ? (
          <ProblemAlert error={verify.error} />
        ) : verify.data!.valid ? (
          <Badge color="green" size="lg" variant="light" radius="sm" c="#1b5e20">
            ✓ {t('audit.verified', { count: number(verify.data!.checked), time: instant(verify.data!.at) })}
          </Badge>
        ) : (
          <Alert color="red" title={t('audit.broken')}>
            <a href={`#event-${verify.data!.firstInvalidId}`}>
              {t('audit.brokenAt', { id: verify.data!.firstInvalidId ?? '?' })}
            </a>
          </Alert>
        )}
        <Button size="xs" variant="subtle" onClick={() => verify.refetch()}>
          {t('audit.verifyAgain')}
        </Button>
      </Group>
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('common.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <MultiSelect
            searchable
            label={t('audit.entityType')}
            data={ENTITY_TYPES.map((v) => ({ value: v, label: label('entity', v) }))}
            value={draft.entityType}
            onChange={(entityType) => setDraft({ ...draft, entityType })}
            clearable
          />
          <MultiSelect
            searchable
            label={t('audit.action')}
            data={ACTIONS.map((v) => ({ value: v, label: label('action', v) }))}
            value={draft.action}
            onChange={(action) => setDraft({ ...draft, action })}
            clearable
          />
          <TextInput
            label={t('audit.actorId')}
            value={draft.actorId}
            onChange={(e) => setDraft({ ...draft, actorId: e.currentTarget.value.trim() })}
          />
          <TextInput
            label={t('audit.entityId')}
            value={draft.entityId}
            onChange={(e) => setDraft({ ...draft, entityId: e.currentTarget.value.trim() })}
          />
          <TextInput
            type="datetime-local"
            label={t('audit.from')}
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('audit.to')}
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Button type="submit" mt="md">
          {t('common.apply')}
        </Button>
      </Paper>
      <QueryState isPending={list.isPending} error={list.error}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={800}>
                <Table aria-label={t('audit.events')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('audit.occurredAt')}</Table.Th>
                      <Table.Th>{t('history.actor')}</Table.Th>
                      <Table.Th>{t('audit.action')}</Table.Th>
                      <Table.Th>{t('audit.entity')}</Table.Th>
                      <Table.Th>{t('audit.hash')}</Table.Th>
                      <Table.Th>{t('audit.changes')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((e) => (
                      <Fragment key={e.id}>
                        <Table.Tr id={`event-${e.id}`}>
                          <Table.Td>{instant(e.occurredAt)}</Table.Td>
                          <Table.Td>{e.actor.email ?? '—'}</Table.Td>
                          <Table.Td>{label('action', e.action)}</Table.Td>
                          <Table.Td>
                            {label('entity', e.entityType)}{' '}
                            {e.entityId && <Code>{e.entityId.slice(0, 8)}</Code>}
                          </Table.Td>
                          <Table.Td>
                            <Code title={e.hash}>{shortHash(e.hash)}</Code>
                          </Table.Td>
                          <Table.Td>
                            <UnstyledButton
                              onClick={() => setOpen(open === e.id ? null : e.id)}
                              aria-expanded={open === e.id}
                              aria-controls={`diff-${e.id}`}
                              c="blue.9"
                              td="underline"
                            >
                              {t('audit.fields', { count: Object.keys(e.changes ?? {}).length })}
                            </UnstyledButton>
                          </Table.Td>
                        </Table.Tr>
                        {open === e.id && (
                          <Table.Tr id={`diff-${e.id}`}>
                            <Table.Td colSpan={6}>
                              {e.reason && (
                                <Text size="sm" mb="xs">
                                  {t('transition.reason')}: {e.reason}
                                </Text>
                              )}
                              <ChangesTable changes={e.changes} />
                              <Text size="xs" mt="xs">
                                {t('audit.hash')}: <Code>{e.hash}</Code> · {t('audit.prevHash')}:{' '}
                                <Code>{shortHash(e.prevHash)}</Code>
                              </Text>
                            </Table.Td>
                          </Table.Tr>
                        )}
                      </Fragment>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.hasNextPage && (
                <Button
                  mt="md"
                  variant="default"
                  onClick={() => list.fetchNextPage()}
                  loading={list.isFetchingNextPage}
                >
                  {t('common.loadMore')}
                </Button>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
