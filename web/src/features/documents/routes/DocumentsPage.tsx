import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useCan } from '../../../lib/auth/session';
import { countryOptions } from '../../../lib/countries';
import { CLASSIFICATIONS, DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { LIST_FILTERS, SCALAR_FILTERS, useDocumentList } from '../api/documents';

const SORTS = ['-createdAt', '-signedOn', 'signedOn', 'title', '-title', '-updatedAt'] as const;

/** The register: filters live in the URL, so that a view can be bookmarked and shared. */
export default function DocumentsPage() {
  const { t, label, country, date, language } = useI18n();
  const can = useCan();
  const [search, setSearch] = useSearchParams();
  const list = useDocumentList(search);

  const values = (key: string) =>
    search
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const [draft, setDraft] = useState(
    () =>
      ({
        ...Object.fromEntries(LIST_FILTERS.map((k) => [k, values(k)])),
        ...Object.fromEntries(SCALAR_FILTERS.map((k) => [k, search.get(k) ?? ''])),
      }) as Record<(typeof LIST_FILTERS)[number], string[]> & Record<(typeof SCALAR_FILTERS)[number], string>,
  );
  const apply = (next = draft) => {
    const params = new URLSearchParams();
    for (const k of LIST_FILTERS) if (next[k].length) params.set(k, next[k].join(','));
    for (const k of SCALAR_FILTERS) if (next[k]) params.set(k, next[k]);
    setSearch(params, { replace: true });
  };
  const countries = countryOptions(country, language);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeading
        actions={
          <>
            <ExportButtons path="/api/v1/documents" params={search} name="documents" />
            {can('registers.write') && (
              <Button component={Link} to="/documents/new">
                {t('documents.new')}
              </Button>
            )}
          </>
        }
      >
        {t('documents.title')}
      </PageHeading>
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
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label={t('common.search')}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
          />
          <MultiSelect
            searchable
            label={t('documents.type')}
            data={DOCUMENT_TYPES.map((v) => ({ value: v, label: label('type', v) }))}
            value={draft.type}
            onChange={(type) => setDraft({ ...draft, type })}
            clearable
          />
          <MultiSelect
            searchable
            label={t('common.status')}
            data={DOCUMENT_STATUSES.map((v) => ({ value: v, label: label('status', v) }))}
            value={draft.status}
            onChange={(status) => setDraft({ ...draft, status })}
            clearable
          />
          <MultiSelect
            searchable
            label={t('documents.parties')}
            data={countries}
            value={draft.country}
            onChange={(c) => setDraft({ ...draft, country: c })}
            clearable
          />
          <TagsInput
            label={t('documents.sectors')}
            value={draft.sector}
            onChange={(sector) => setDraft({ ...draft, sector })}
          />
          <MultiSelect
            searchable
            label={t('documents.classification')}
            data={CLASSIFICATIONS.map((v) => ({ value: v, label: label('classification', v) }))}
            value={draft.classification}
            onChange={(classification) => setDraft({ ...draft, classification })}
            clearable
          />
          <TextInput
            type="date"
            label={t('documents.signedAfter')}
            value={draft.signedAfter}
            onChange={(e) => setDraft({ ...draft, signedAfter: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('documents.signedBefore')}
            value={draft.signedBefore}
            onChange={(e) => setDraft({ ...draft, signedBefore: e.currentTarget.value })}
          />
          <Select
            label={t('common.sort')}
            data={SORTS.map((v) => ({ value: v, label: t(`sort.${v}` as never) }))}
            value={draft.sort || '-createdAt'}
            onChange={(sort) => {
              const next = { ...draft, sort: sort && sort !== '-createdAt' ? sort : '' };
              setDraft(next);
              apply(next);
            }}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group mt="md" gap="xs">
          <Button type="submit">{t('common.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              const empty = {
                ...Object.fromEntries(LIST_FILTERS.map((k) => [k, []])),
                ...Object.fromEntries(SCALAR_FILTERS.map((k) => [k, ''])),
              } as unknown as typeof draft;
              setDraft(empty);
              apply(empty);
            }}
          >
            {t('common.clear')}
          </Button>
        </Group>
      </Paper>
      <QueryState isPending={list.isPending} error={list.error}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={700}>
                <Table striped highlightOnHover aria-label={t('documents.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('documents.titleField')}</Table.Th>
                      <Table.Th>{t('documents.type')}</Table.Th>
                      <Table.Th>{t('documents.parties')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                      <Table.Th>{t('documents.signedOn')}</Table.Th>
                      <Table.Th>{t('documents.classification')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/documents/${d.id}`}>
                            {d.displayTitle}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{label('type', d.type)}</Table.Td>
                        <Table.Td>{d.countries.map(country).join(', ')}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={d.status} />
                        </Table.Td>
                        <Table.Td>{date(d.signedOn as unknown as string)}</Table.Td>
                        <Table.Td>{label('classification', d.classification)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group mt="md">
                <Text size="sm" aria-live="polite">
                  {t('common.shown', { count: rows.length })}
                </Text>
                {list.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => list.fetchNextPage()}
                    loading={list.isFetchingNextPage}
                  >
                    {t('common.loadMore')}
                  </Button>
                )}
              </Group>
            </>
          )
        }
      </QueryState>
    </>
  );
}
