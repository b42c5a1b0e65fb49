import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Fields } from '../../../components/Fields';
import { EventList, StatusHistoryTable } from '../../../components/HistoryTables';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { TransitionActions } from '../../../components/TransitionActions';
import { NotifyMe } from '../../notifications/NotifyMe';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ApiError, text } from '../../../lib/api/client';
import { instantFromLocalInput, localInputFromInstant } from '../../../lib/instants';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import {
  useDocument,
  useDocumentHistory,
  useDocumentMilestones,
  useRelated,
  useStatusHistory,
  type DocumentDetail,
} from '../api/documents';
import { AttachmentsTab } from '../components/AttachmentsTab';
import { PartiesTab } from '../components/PartiesTab';
import { SignatoriesTab } from '../components/SignatoriesTab';

const REASON_REQUIRED = new Set(['abandoned', 'suspended', 'terminated']);

export default function DocumentPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf');
  const compareWith = asOf ? search.get('compareWith') : null;
  const { t, instant } = useI18n();
  const can = useCan();
  const doc = useDocument(id, asOf);
  const [asOfInput, setAsOfInput] = useState(() => localInputFromInstant(asOf));
  const [compareInput, setCompareInput] = useState(() => localInputFromInstant(compareWith));

  return (
    <QueryState isPending={doc.isPending} error={doc.error}>
      {() => {
        const d = doc.data!;
        const editable = can('registers.write') && !asOf;
        return (
          <>
            <PageHeading
              actions={
                editable && (
                  <Button component={Link} to={`/documents/${d.id}/edit`} variant="default">
                    {t('common.edit')}
                  </Button>
                )
              }
            >
              {d.displayTitle}
            </PageHeading>
            {asOf && (
              <Alert
                color="yellow"
                title={t('asOf.banner', { instant: instant(asOf, true) })}
                styles={{ title: { color: 'var(--mantine-color-black)' } }}
                mb="md"
                role="status"
              >
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setAsOfInput('');
                    setCompareInput('');
                    setSearch({}, { replace: true });
                  }}
                >
                  {t('asOf.current')}
                </Button>
              </Alert>
            )}
            <Group mb="md" align="center" gap="md">
              <Text fw={600}>{t('common.status')}:</Text>
              <StatusBadge status={d.status} />
              {!asOf && (
                <TransitionActions
                  collection="documents"
                  entity={{ ...d, allowedTransitions: d.allowedTransitions }}
                  reasonRequired={(to) => REASON_REQUIRED.has(to)}
                  canTransition={can('registers.write')}
                />
              )}
              <NotifyMe
                filter={{ documentId: d.id }}
                events={[
                  'document.transitioned',
                  'document.expiring',
                  'party.transitioned',
                  'milestone.overdue',
                ]}
              />
            </Group>
            <EntryIntoForce document={d} />
            {can('history.read') && (
              <Group
                component="form"
                align="flex-end"
                mb="md"
                aria-label={t('asOf.form')}
                onSubmit={(e) => {
                  e.preventDefault();
                  const at = instantFromLocalInput(asOfInput);
                  const other = instantFromLocalInput(compareInput);
                  if (at) setSearch(other ? { asOf: at, compareWith: other } : { asOf: at });
                }}
              >
                <TextInput
                  type="datetime-local"
                  step={1}
                  label={t('asOf.label')}
                  value={asOfInput}
                  onChange={(e) => setAsOfInput(e.currentTarget.value)}
                />
                <TextInput
                  type="datetime-local"
                  step={1}
                  label={t('compare.label')}
                  description={t('compare.hint')}
                  value={compareInput}
                  onChange={(e) => setCompareInput(e.currentTarget.value)}
                />
                <Button type="submit" variant="default">
                  {t('asOf.show')}
                </Button>
              </Group>
            )}
            {asOf && compareWith && (
              <Comparison
                id={d.id}
                at={[asOf, compareWith]}
                onClose={() => {
                  setCompareInput('');
                  setSearch({ asOf }, { replace: true });
                }}
              />
            )}
            <Tabs defaultValue="overview" keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="overview">{t('documents.tab.overview')}</Tabs.Tab>
                <Tabs.Tab value="signatories">
                  {t('documents.tab.signatories')} ({d.signatories?.length ?? d.signatoryCount})
                </Tabs.Tab>
                {d.parties && <Tabs.Tab value="parties">{t('documents.tab.parties')}</Tabs.Tab>}
                {!asOf && <Tabs.Tab value="attachments">{t('documents.tab.attachments')}</Tabs.Tab>}
                <Tabs.Tab value="related">{t('documents.tab.related')}</Tabs.Tab>
                <Tabs.Tab value="milestones">{t('documents.tab.milestones')}</Tabs.Tab>
                <Tabs.Tab value="status">{t('documents.tab.status')}</Tabs.Tab>
                {can('history.read') && <Tabs.Tab value="changes">{t('documents.tab.changes')}</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="overview">
                <Overview document={d} />
              </Tabs.Panel>
              <Tabs.Panel value="signatories">
                <SignatoriesTab document={d} editable={editable} />
              </Tabs.Panel>
              <Tabs.Panel value="parties">
                <PartiesTab document={d} editable={editable} />
              </Tabs.Panel>
              <Tabs.Panel value="attachments">
                <AttachmentsTab document={d} editable={editable} />
              </Tabs.Panel>
              <Tabs.Panel value="related">
                <Related document={d} />
              </Tabs.Panel>
              <Tabs.Panel value="milestones">
                <Milestones id={d.id} />
              </Tabs.Panel>
              <Tabs.Panel value="status">
                <StatusHistory id={d.id} />
              </Tabs.Panel>
              <Tabs.Panel value="changes">
                <Changes id={d.id} />
              </Tabs.Panel>
            </Tabs>
          </>
        );
      }}
    </QueryState>
  );
}

/**
 * Where the document stands on entry into force (§11): in force since, expected on, the parties
 * still awaited, provisional application.
 */
function EntryIntoForce({ document: d }: { document: DocumentDetail }) {
  const { t, country, label, date } = useI18n();
  const lines: string[] = [];
  const inForce = ['in_force', 'suspended'].includes(d.status) && d.entryIntoForceOn;
  if (inForce) lines.push(t('eif.since', { date: date(text(d.entryIntoForceOn)) }));
  else if (d.expectedEntryIntoForceOn)
    lines.push(t('eif.expected', { date: date(d.expectedEntryIntoForceOn) }));
  const awaiting = d.awaitingParties ?? [];
  if (!inForce && d.entryIntoForceRule && awaiting.length)
    lines.push(
      t('eif.awaiting', {
        list: awaiting.map((p) => `${country(p.country)} (${label('procedure', p.procedure)})`).join(', '),
      }),
    );
  if (d.provisionalApplicationFrom)
    lines.push(t('eif.provisional', { date: date(text(d.provisionalApplicationFrom)) }));
  if (!lines.length) return null;
  return (
    <Alert color="blue" mb="md" role="status" aria-label={t('eif.label')}>
      {lines.map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
    </Alert>
  );
}

/** The entry-into-force rule in words. */
function ruleText(d: DocumentDetail, t: ReturnType<typeof useI18n>['t'], date: (v: string) => string) {
  const rule = d.entryIntoForceRule;
  if (!rule) return '';
  if (rule.kind === 'on_date') return t('rule.onDate', { date: date(rule.date ?? '') });
  if (rule.kind === 'after_last_notification') {
    const offset = [
      rule.months ? t(rule.months === 1 ? 'rule.month' : 'rule.months', { n: rule.months }) : '',
      rule.days ? t(rule.days === 1 ? 'rule.day' : 'rule.days', { n: rule.days }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    return offset ? t('rule.afterNotification', { offset }) : t('rule.onLastNotification');
  }
  return t('ruleKind.on_signature');
}

/** The document's fields as label → value: the overview, and both sides of a comparison. */
function overviewRows(
  d: DocumentDetail,
  i18n: ReturnType<typeof useI18n>,
  summit: ReactNode,
): [string, ReactNode][] {
  const { t, label, country, date, instant, languageName } = i18n;
  return [
    [t('documents.titleField'), d.title],
    [t('documents.type'), label('type', d.type)],
    [t('documents.referenceNumber'), text(d.referenceNumber)],
    [t('documents.parties'), d.countries.map(country).join(', ')],
    [t('documents.classification'), label('classification', d.classification)],
    [t('documents.sectors'), (d.sectors ?? []).join(', ')],
    [t('documents.summit'), summit],
    [t('documents.signedOn'), date(text(d.signedOn))],
    [t('documents.placeOfSigning'), text(d.placeOfSigning)],
    [t('documents.entryIntoForceOn'), date(text(d.entryIntoForceOn))],
    [t('documents.expiresOn'), date(text(d.expiresOn))],
    [t('documents.legallyBinding'), d.legallyBinding ? t('common.yes') : t('common.no')],
    [t('documents.languages'), (d.languages ?? []).map(languageName).join(', ')],
    [t('documents.entryIntoForceRule'), ruleText(d, t, date)],
    [t('documents.expectedEntryIntoForceOn'), date(d.expectedEntryIntoForceOn)],
    [t('documents.provisionalApplicationFrom'), date(text(d.provisionalApplicationFrom))],
    [
      t('translations.legend'),
      Object.entries(d.translations ?? {})
        .map(([lang, tr]) => `${languageName(lang)}: ${tr.title}`)
        .join(' · '),
    ],
    [t('documents.summary'), text(d.summary)],
    [t('common.updatedAt'), instant(d.updatedAt)],
    [t('common.version'), String(d.version)],
  ];
}

function Overview({ document: d }: { document: DocumentDetail }) {
  const i18n = useI18n();
  const summit = d.summit ? (
    <Anchor component={Link} to={`/summits/${d.summit.id}`}>
      {d.summit.title}
    </Anchor>
  ) : (
    ''
  );
  return <Fields label={i18n.t('documents.tab.overview')} rows={overviewRows(d, i18n, summit)} />;
}

/**
 * The document at two instants side by side (§8 as-of): every field, the ones that differ marked
 * in words and by weight as well as by colour. A side before the document existed shows dashes.
 */
function Comparison({ id, at, onClose }: { id: string; at: [string, string]; onClose: () => void }) {
  const i18n = useI18n();
  const { t, instant, label } = i18n;
  const sides = [useDocument(id, at[0]), useDocument(id, at[1])];
  const missing = sides.map((s) => s.error instanceof ApiError && s.error.status === 404);
  const failed = sides.find((s, i) => s.error && !missing[i]);
  const loading = sides.some((s, i) => s.isPending && !missing[i] && !s.error);
  const rows = sides.map((s) =>
    s.data
      ? [
          [t('common.status'), label('status', s.data.status)] as [string, ReactNode],
          ...overviewRows(s.data, i18n, s.data.summit?.title ?? ''),
        ]
      : null,
  );
  const labels = (rows[0] ?? rows[1] ?? []).map(([name]) => name);
  const value = (side: number, row: number) => {
    const v = rows[side]?.[row]?.[1];
    return v === '' || v === null || v === undefined ? '—' : String(v);
  };
  const changed = labels.map((_, i) => value(0, i) !== value(1, i));
  const heading = t('compare.title', { a: instant(at[0], true), b: instant(at[1], true) });
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="comparison-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="comparison-heading">
          {heading}
        </Title>
        <Button size="xs" variant="default" onClick={onClose}>
          {t('compare.close')}
        </Button>
      </Group>
      {failed ? (
        <ProblemAlert error={failed.error} />
      ) : loading ? (
        <Loader size="sm" />
      ) : (
        <>
          <Text size="sm" mb="xs" role="status">
            {t('compare.count', { count: changed.filter(Boolean).length })}
          </Text>
          <Table.ScrollContainer minWidth={700}>
            <Table withTableBorder aria-label={heading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stale.field')}</Table.Th>
                  {at.map((a, i) => (
                    <Table.Th key={i}>
                      {instant(a, true)}
                      {missing[i] && ` (${t('compare.missing')})`}
                    </Table.Th>
                  ))}
                  <Table.Th>{t('compare.difference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {labels.map((name, i) => (
                  <Table.Tr
                    key={name}
                    data-changed={changed[i] || undefined}
                    bg={changed[i] ? 'yellow.0' : undefined}
                  >
                    <Table.Th scope="row">{name}</Table.Th>
                    <Table.Td fw={changed[i] ? 700 : undefined}>{value(0, i)}</Table.Td>
                    <Table.Td fw={changed[i] ? 700 : undefined}>{value(1, i)}</Table.Td>
                    <Table.Td>
                      {changed[i] ? (
                        <Badge variant="filled" color="blue.9" radius="sm">
                          ≠ {t('compare.changed')}
                        </Badge>
                      ) : (
                        t('compare.same')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}

function Related({ document: d }: { document: DocumentDetail }) {
  const { t, label } = useI18n();
  const children = useRelated(d.id);
  const parentId = text(d.parentId);
  return (
    <Stack>
      {parentId && d.relation ? (
        <Text>
          {t('related.thisOne', { relation: label('relation', d.relation) })}{' '}
          <Anchor component={Link} to={`/documents/${parentId}`}>
            {t('related.parent')}
          </Anchor>
        </Text>
      ) : (
        <Text>{t('related.noParent')}</Text>
      )}
      <QueryState isPending={children.isPending} error={children.error}>
        {() =>
          children.data!.length === 0 ? (
            <Text>{t('related.noChildren')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('documents.titleField')}</Table.Th>
                  <Table.Th>{t('related.relation')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {children.data!.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/documents/${c.id}`}>
                        {c.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {c.relation ? t('related.itDoes', { relation: label('relation', c.relation) }) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={c.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}

function Milestones({ id }: { id: string }) {
  const { t, date, number } = useI18n();
  const can = useCan();
  const list = useDocumentMilestones(id);
  return (
    <QueryState isPending={list.isPending} error={list.error}>
      {() => (
        <Stack>
          {can('milestones.write') && (
            <Group>
              <Button component={Link} to={`/milestones/new?documentId=${id}`} variant="default">
                {t('milestones.new')}
              </Button>
            </Group>
          )}
          {list.data!.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('milestones.titleField')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                  <Table.Th>{t('milestones.dueOn')}</Table.Th>
                  <Table.Th>{t('milestones.progress')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data!.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/milestones/${m.id}`}>
                        {m.title}
                      </Anchor>
                      {m.origin && (
                        <Text size="xs">
                          <Anchor component={Link} to={`/deadline-rules/${m.origin.ruleId}`}>
                            {t('milestones.fromRule')}
                          </Anchor>
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={m.status} />
                    </Table.Td>
                    <Table.Td>{date(m.dueOn)}</Table.Td>
                    <Table.Td>{m.progressPercent === null ? '—' : `${number(m.progressPercent)} %`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

function StatusHistory({ id }: { id: string }) {
  const history = useStatusHistory(id);
  return (
    <QueryState isPending={history.isPending} error={history.error}>
      {() => <StatusHistoryTable items={history.data!} />}
    </QueryState>
  );
}

function Changes({ id }: { id: string }) {
  const history = useDocumentHistory(id, true);
  return (
    <QueryState isPending={history.isPending} error={history.error}>
      {() => <EventList events={history.data!.items} />}
    </QueryState>
  );
}
