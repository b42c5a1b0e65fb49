import { Anchor, Button, Group, MultiSelect, Paper, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { countryOptions } from '../../../lib/countries';
import { INSTITUTION_KINDS } from '../../../lib/enums';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useInstitutionList, type Institution } from '../api/institutions';

/** The directory by country and kind. */
export default function InstitutionsPage() {
  const { t, label, country, language } = useI18n();
  const [search, setSearch] = useSearchParams();
  const split = (k: string) => search.get(k)?.split(',').filter(Boolean) ?? [];
  const [draft, setDraft] = useState({
    country: split('country'),
    kind: split('kind'),
    q: search.get('q') ?? '',
  });
  const can = useCan();
  const list = useInstitutionList({
    ...(split('country').length ? { country: split('country') } : {}),
    ...(split('kind').length ? { kind: split('kind') as Institution['kind'][] } : {}),
    ...(search.get('q') ? { q: search.get('q')! } : {}),
  });
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
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('common.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          const p = new URLSearchParams();
          if (draft.country.length) p.set('country', draft.country.join(','));
          if (draft.kind.length) p.set('kind', draft.kind.join(','));
          if (draft.q) p.set('q', draft.q);
          setSearch(p, { replace: true });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('common.search')}
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
          />
          <MultiSelect
            searchable
            label={t('institutions.country')}
            clearable
            data={countryOptions(country, language)}
            value={draft.country}
            onChange={(v) => setDraft({ ...draft, country: v })}
          />
          <MultiSelect
            searchable
            label={t('institutions.kind')}
            clearable
            data={INSTITUTION_KINDS.map((k) => ({ value: k, label: label('kind', k) }))}
            value={draft.kind}
            onChange={(v) => setDraft({ ...draft, kind: v })}
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
