import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSummitList } from '../api/summits';

export default function SummitsPage() {
  const { t, label, country, date } = useI18n();
  const can = useCan();
  const list = useSummitList();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeading
        actions={
          <>
            <ExportButtons path="/api/v1/summits" name="summits" />
            {can('registers.write') && (
              <Button component={Link} to="/summits/new">
                {t('summits.new')}
              </Button>
            )}
          </>
        }
      >
        {t('summits.title')}
      </PageHeading>
      <QueryState isPending={list.isPending} error={list.error}>
        {() =>
          rows.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={700}>
                <Table striped aria-label={t('summits.title')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('summits.titleField')}</Table.Th>
                      <Table.Th>{t('summits.kind')}</Table.Th>
                      <Table.Th>{t('summits.where')}</Table.Th>
                      <Table.Th>{t('summits.dates')}</Table.Th>
                      <Table.Th>{t('common.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((s) => (
                      <Table.Tr key={s.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/summits/${s.id}`}>
                            {s.displayTitle}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{label('summitKind', s.kind)}</Table.Td>
                        <Table.Td>
                          {s.location}, {country(s.hostCountry)}
                        </Table.Td>
                        <Table.Td>
                          {date(s.startsOn)}
                          {s.endsOn !== s.startsOn && ` – ${date(s.endsOn)}`}
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={s.status} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {list.hasNextPage && (
                <Group mt="md">
                  <Button
                    variant="default"
                    onClick={() => list.fetchNextPage()}
                    loading={list.isFetchingNextPage}
                  >
                    {t('common.loadMore')}
                  </Button>
                </Group>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
