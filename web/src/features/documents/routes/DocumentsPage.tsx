import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { FilterBar, type FilterField } from '../../../components/FilterBar';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useCan } from '../../../lib/auth/session';
import { countryOptions } from '../../../lib/countries';
import { CLASSIFICATIONS, DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { useDocumentList } from '../api/documents';

const SORTS = ['-createdAt', '-signedOn', 'signedOn', 'title', '-title', '-updatedAt'] as const;

/** The register: filters live in the URL, so that a view can be bookmarked and shared. */
export default function DocumentsPage() {
  const { t, label, country, date, language } = useI18n();
  const can = useCan();
  const [search] = useSearchParams();
  const list = useDocumentList(search);

  const countries = countryOptions(country, language);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filters: FilterField[] = [
    { name: 'q', label: t('common.search'), kind: 'text' },
    {
      name: 'type',
      label: t('documents.type'),
      kind: 'multi',
      options: DOCUMENT_TYPES.map((v) => ({ value: v, label: label('type', v) })),
    },
    {
      name: 'status',
      label: t('common.status'),
      kind: 'multi',
      options: DOCUMENT_STATUSES.map((v) => ({ value: v, label: label('status', v) })),
    },
    { name: 'country', label: t('documents.parties'), kind: 'multi', options: countries },
    { name: 'sector', label: t('documents.sectors'), kind: 'tags' },
    {
      name: 'classification',
      label: t('documents.classification'),
      kind: 'multi',
      options: CLASSIFICATIONS.map((v) => ({ value: v, label: label('classification', v) })),
    },
    { name: 'signedAfter', label: t('documents.signedAfter'), kind: 'date' },
    { name: 'signedBefore', label: t('documents.signedBefore'), kind: 'date' },
    {
      name: 'sort',
      label: t('common.sort'),
      kind: 'select',
      options: SORTS.map((v) => ({ value: v, label: t(`sort.${v}` as never) })),
      defaultValue: '-createdAt',
    },
  ];

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
      <FilterBar fields={filters} cols={4} />
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
