import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { Fields } from '../../../components/Fields';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { TransitionActions } from '../../../components/TransitionActions';
import { text } from '../../../lib/api/client';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSummit, useSummitDocuments, useSummitMilestones } from '../api/summits';

const REASON_REQUIRED = new Set(['postponed', 'cancelled']);

export default function SummitPage() {
  const { id = '' } = useParams();
  const { t, label, country, date } = useI18n();
  const can = useCan();
  const summit = useSummit(id);
  const documents = useSummitDocuments(id);
  const milestones = useSummitMilestones(id);
  return (
    <QueryState isPending={summit.isPending} error={summit.error}>
      {() => {
        const s = summit.data!;
        return (
          <>
            <PageHeading
              actions={
                can('registers.write') && (
                  <Button component={Link} to={`/summits/${s.id}/edit`} variant="default">
                    {t('common.edit')}
                  </Button>
                )
              }
            >
              {s.displayTitle}
            </PageHeading>
            <Group mb="md" gap="md">
              <Text fw={600}>{t('common.status')}:</Text>
              <StatusBadge status={s.status} />
              <TransitionActions
                collection="summits"
                entity={s}
                reasonRequired={(to) => REASON_REQUIRED.has(to)}
                canTransition={can('registers.write')}
              />
            </Group>
            <Stack gap="lg">
              <Fields
                label={t('summits.title')}
                rows={[
                  [t('summits.kind'), label('summitKind', s.kind)],
                  [t('summits.where'), `${s.location}, ${country(s.hostCountry)}`],
                  [t('summits.dates'), `${date(s.startsOn)} – ${date(s.endsOn)}`],
                  [t('summits.countries'), s.countries.map(country).join(', ')],
                  [
                    t('summits.participants'),
                    (s.participants ?? [])
                      .map((p) => `${p.name}, ${p.title} (${country(p.country)})`)
                      .join('; '),
                  ],
                  [t('documents.summary'), text(s.summary)],
                ]}
              />
              <section aria-labelledby="summit-documents">
                <Title order={2} size="h3" id="summit-documents" mb="sm">
                  {t('summits.documents')}
                </Title>
                <QueryState isPending={documents.isPending} error={documents.error}>
                  {() =>
                    documents.data!.length === 0 ? (
                      <Text>{t('common.noResults')}</Text>
                    ) : (
                      <Table aria-labelledby="summit-documents">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>{t('documents.titleField')}</Table.Th>
                            <Table.Th>{t('documents.type')}</Table.Th>
                            <Table.Th>{t('common.status')}</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {documents.data!.map((d) => (
                            <Table.Tr key={d.id}>
                              <Table.Td>
                                <Anchor component={Link} to={`/documents/${d.id}`}>
                                  {d.displayTitle}
                                </Anchor>
                              </Table.Td>
                              <Table.Td>{label('type', d.type)}</Table.Td>
                              <Table.Td>
                                <StatusBadge status={d.status} />
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    )
                  }
                </QueryState>
              </section>
              <section aria-labelledby="summit-milestones">
                <Title order={2} size="h3" id="summit-milestones" mb="sm">
                  {t('summits.milestones')}
                </Title>
                <QueryState isPending={milestones.isPending} error={milestones.error}>
                  {() =>
                    milestones.data!.length === 0 ? (
                      <Text>{t('common.noResults')}</Text>
                    ) : (
                      <ul>
                        {milestones.data!.map((m) => (
                          <li key={m.id}>
                            <Anchor component={Link} to={`/milestones/${m.id}`}>
                              {m.title}
                            </Anchor>{' '}
                            — {label('status', m.status)}, {t('milestones.dueOn')} {date(m.dueOn)}
                          </li>
                        ))}
                      </ul>
                    )
                  }
                </QueryState>
              </section>
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
