import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { FilterBar, readFilters, type FilterField } from '../../../components/FilterBar';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { countryOptions } from '../../../lib/countries';
import { INSTITUTION_KINDS } from '../../../lib/enums';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useInstitutionList, type Institution, type InstitutionQuery } from '../api/institutions';

/** The directory by country and kind. */
export default function InstitutionsPage() {
  const { t, label, country, language } = useI18n();
  const [search] = useSearchParams();
  const filters: FilterField[] = [
    { name: 'q', label: t('common.search'), kind: 'text' },
    {
      name: 'country',
      label: t('institutions.country'),
      kind: 'multi',
      options: countryOptions(country, language),
    },
    {
      name: 'kind',
      label: t('institutions.kind'),
      kind: 'multi',
      options: INSTITUTION_KINDS.map((k) => ({ value: k, label: label('kind', k) })),
    },
  ];
  const can = useCan();
  const list = useInstitutionList(readFilters(search, filters) as InstitutionQuery);
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const names = new Map(rows.map((i) => [i.id, i.displayName]));
  const byCountry = new Map<string, Institution[]>();
  for (const i of rows) byCountry.set(i.country, [...(byCountry.get(i.country) ?? []), i]);
  return (
    <>
      <PageHeading
        actions={
          <Group gap="xs">
            <ExportButtons path="/api/v1/institutions" params={search} name="institutions" />
            {can('registers.write') && (
              <Button component={Link} to="/institutions/new">
                {t('institutions.new')}
              </Button>
            )}
          </Group>
        }
      >
        {t('institutions.title')}
      </PageHeading>
      <FilterBar fields={filters} />
      <QueryState isPending={list.isPending} error={list.error}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <>
              {[...byCountry.entries()].map(([code, items]) => (
                <section key={code} aria-labelledby={`country-${code}`}>
                  <h2 id={`country-${code}`} style={{ fontSize: '1.15rem' }}>
                    {country(code)}
                  </h2>
                  <Table striped mb="md" aria-labelledby={`country-${code}`}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('institutions.name')}</Table.Th>
                        <Table.Th>{t('institutions.kind')}</Table.Th>
                        <Table.Th>{t('institutions.parent')}</Table.Th>
                        <Table.Th>{t('common.status')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {items.map((i) => (
                        <Table.Tr key={i.id}>
                          <Table.Td>
                            <Anchor component={Link} to={`/institutions/${i.id}`}>
                              {i.displayName}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>{label('kind', i.kind)}</Table.Td>
                          <Table.Td>{i.parentId ? (names.get(String(i.parentId)) ?? '…') : '—'}</Table.Td>
                          <Table.Td>
                            <Group gap={4}>
                              <StatusBadge status={i.status} />
                              {i.successorId && (
                                <Anchor component={Link} to={`/institutions/${i.successorId}`} size="sm">
                                  → {names.get(i.successorId) ?? t('institutions.successor')}
                                </Anchor>
                              )}
                            </Group>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </section>
              ))}
              {list.hasNextPage && (
                <Button
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
