import { Alert, Badge, Button, Code, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ChangesTable, shortHash } from '../../../components/HistoryTables';
import { ExportButtons } from '../../../components/ExportButtons';
import { FilterBar, readFilters, type FilterField } from '../../../components/FilterBar';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { api, unwrap, type Operations } from '../../../lib/api/client';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';

type Query = NonNullable<Operations['listAuditEvents']['parameters']['query']>;
export default function AuditPage() {
  const { t, label, instant, number } = useI18n();
  const [search] = useSearchParams();
  const filters: FilterField[] = [
    {
      name: 'entityType',
      label: t('audit.entityType'),
      kind: 'multi',
      options: AUDIT_ENTITY_TYPES.map((v) => ({ value: v, label: label('entity', v) })),
    },
    {
      name: 'action',
      label: t('audit.action'),
      kind: 'multi',
      options: AUDIT_ACTIONS.map((v) => ({ value: v, label: label('action', v) })),
    },
    { name: 'actorId', label: t('audit.actorId'), kind: 'text', trim: true },
    { name: 'entityId', label: t('audit.entityId'), kind: 'text', trim: true },
    { name: 'from', label: t('audit.from'), kind: 'datetime' },
    { name: 'to', label: t('audit.to'), kind: 'datetime' },
  ];
  const query = readFilters(search, filters) as Query;
  const [open, setOpen] = useState<string | null>(null);
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
      <FilterBar fields={filters} />
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
