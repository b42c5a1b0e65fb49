import {
  Anchor,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ExportButtons } from '../../../components/ExportButtons';
import { PageHeading } from '../../../components/PageHeading';
import { NotifyMe } from '../../notifications/NotifyMe';
import { ProgressText } from '../../../components/ProgressText';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import type { Schemas } from '../../../lib/api/client';
import { dashboardDays, dashboardQuery } from '../../../lib/api/dashboard';
import { useCan } from '../../../lib/auth/session';
import { MILESTONE_STATUSES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';

type Dashboard = Schemas['DashboardResponse'];
const GROUPINGS = ['byDocument', 'bySummit', 'bySector', 'byOwner'] as const;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The subscription filter of the dashboard's current view (the list filters in its URL). */
function dashboardFilter(search: URLSearchParams) {
  const list = (key: string) =>
    search
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const filter: { countries?: string[]; sectors?: string[]; summitId?: string; ownerInstitutionId?: string } =
    {};
  if (list('countries').length) filter.countries = list('countries');
  if (list('sectors').length) filter.sectors = list('sectors');
  if (search.get('summitId')) filter.summitId = search.get('summitId')!;
  if (search.get('ownerInstitutionId')) filter.ownerInstitutionId = search.get('ownerInstitutionId')!;
  return filter;
}

export default function DashboardPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const days = dashboardDays(search);
  const group = (GROUPINGS as readonly string[]).includes(search.get('group') ?? '')
    ? (search.get('group') as (typeof GROUPINGS)[number])
    : 'byDocument';
  const dashboard = useQuery(dashboardQuery(days));
  const can = useCan();
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next, { replace: true });
  };
  return (
    <>
      <PageHeading
        actions={
          <Group gap="xs">
            <ExportButtons path="/api/v1/milestones" name="milestones" />
            {can('milestones.write') && (
              <Button component={Link} to="/milestones/new">
                {t('milestones.new')}
              </Button>
            )}
          </Group>
        }
      >
        {t('dashboard.title')}
      </PageHeading>
      <NotifyMe
        filter={dashboardFilter(search)}
        events={['milestone.due_soon', 'milestone.overdue']}
        daysBefore={days}
      />
      <QueryState isPending={dashboard.isPending} error={dashboard.error}>
        {() => (
          <DashboardBody
            data={dashboard.data!}
            days={days}
            group={group}
            onDays={(v) => update('days', v)}
            onGroup={(v) => update('group', v)}
          />
        )}
      </QueryState>
    </>
  );
}

/** Rows of each list in the first paint; the rest of the screen follows in a transition. */
const FIRST_ROWS = 15;

/**
 * The answer on screen. Rendering all of it at once (two lists of up to 100 milestones, a table
 * of up to 100 groups) held the first paint back by several hundred milliseconds on the
 * benchmark's data; so the counts and the first rows of both lists paint first, and the rest of
 * the rows and the grouped view follow as a deferred, interruptible render.
 */
function DashboardBody({
  data,
  days,
  group,
  onDays,
  onGroup,
}: {
  data: Dashboard;
  days: number;
  group: (typeof GROUPINGS)[number];
  onDays(value: string): void;
  onGroup(value: string): void;
}) {
  const { t } = useI18n();
  const complete = useDeferredValue(true, false);
  return (
    <Stack gap="xl">
      <Counts data={data} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <MilestoneList
          id="overdue"
          title={t('dashboard.overdue', { count: data.overdue.total })}
          list={data.overdue}
          today={data.today}
          rows={complete ? undefined : FIRST_ROWS}
          late
        />
        <div>
          <NumberInput
            label={t('dashboard.days')}
            value={days}
            min={1}
            max={365}
            onChange={(v) => onDays(String(v || 30))}
            maw={200}
            mb="sm"
          />
          <MilestoneList
            id="due-soon"
            title={t('dashboard.dueSoon', { count: data.dueSoon.total, days })}
            list={data.dueSoon}
            today={data.today}
            rows={complete ? undefined : FIRST_ROWS}
          />
        </div>
      </SimpleGrid>
      <section aria-labelledby="groups">
        <Title order={2} size="h3" id="groups" mb="sm">
          {t('dashboard.groups')}
        </Title>
        <SegmentedControl
          mb="sm"
          aria-label={t('dashboard.groupBy')}
          value={group}
          onChange={onGroup}
          data={GROUPINGS.map((g) => ({ value: g, label: t(`dashboard.${g}`) }))}
        />
        {complete ? (
          <Groups groups={data[group]} grouping={group} />
        ) : (
          <Loader size="sm" aria-label={t('common.loading')} />
        )}
      </section>
    </Stack>
  );
}

function Counts({ data }: { data: Dashboard }) {
  const { t, label, number } = useI18n();
  const cards: [string, number][] = [
    [t('dashboard.total'), data.counts.total],
    [t('dashboard.overdueCount'), data.counts.overdue],
    [t('dashboard.dueSoonCount'), data.counts.dueSoon],
    ...MILESTONE_STATUSES.map((s) => [label('status', s), data.counts.byStatus[s] ?? 0] as [string, number]),
  ];
  return (
    <section aria-labelledby="counts">
      <Title order={2} size="h3" id="counts" mb="sm">
        {t('dashboard.counts')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 9 }}>
        {cards.map(([name, value]) => (
          <Paper withBorder p="sm" key={name}>
            <Text size="xs">{name}</Text>
            <Text fw={700} size="xl" data-testid={`count-${name}`}>
              {number(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}

function MilestoneList({
  id,
  title,
  list,
  today,
  rows,
  late,
}: {
  id: string;
  title: string;
  list: Dashboard['overdue'];
  today: string;
  /** Only the first rows (the first paint), else all. */
  rows?: number;
  late?: boolean;
}) {
  const { t, date } = useI18n();
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {list.items.length === 0 ? (
        <Text>{t('common.noResults')}</Text>
      ) : (
        <Table aria-labelledby={id}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('milestones.titleField')}</Table.Th>
              <Table.Th>{t('milestones.dueOn')}</Table.Th>
              <Table.Th>{t('common.status')}</Table.Th>
              <Table.Th>{t('milestones.progress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rows === undefined ? list.items : list.items.slice(0, rows)).map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/milestones/${m.id}`}>
                    {m.title}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {date(m.dueOn)}
                  <Text size="xs" c={late ? 'red.9' : undefined}>
                    {late
                      ? t('dashboard.daysLate', { days: daysBetween(m.dueOn, today) })
                      : t('dashboard.daysLeft', { days: daysBetween(today, m.dueOn) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={m.status} />
                </Table.Td>
                <Table.Td>
                  <ProgressText
                    percent={m.progressPercent}
                    label={t('milestones.progressOfNamed', { title: m.title })}
                    empty="—"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

/** Where a group's key leads: its document, summit or institution (a sector has no page). */
const GROUP_PAGES: Partial<Record<(typeof GROUPINGS)[number], string>> = {
  byDocument: '/documents',
  bySummit: '/summits',
  byOwner: '/institutions',
};

function Groups({
  groups,
  grouping,
}: {
  groups: Dashboard['byDocument'];
  grouping: (typeof GROUPINGS)[number];
}) {
  const { t, label } = useI18n();
  if (!groups.length) return <Text>{t('common.noResults')}</Text>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('dashboard.group')}</Table.Th>
          <Table.Th>{t('dashboard.total')}</Table.Th>
          <Table.Th>{t('dashboard.overdueCount')}</Table.Th>
          <Table.Th>{t('dashboard.byStatus')}</Table.Th>
          <Table.Th>{t('dashboard.averageProgress')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g) => (
          <Table.Tr key={g.key ?? 'none'}>
            <Table.Td>
              {g.key && g.label && GROUP_PAGES[grouping] ? (
                <Anchor component={Link} to={`${GROUP_PAGES[grouping]}/${g.key}`}>
                  {g.label ?? g.key}
                </Anchor>
              ) : (
                (g.label ?? g.key ?? t('dashboard.ungrouped'))
              )}
            </Table.Td>
            <Table.Td>{g.count}</Table.Td>
            <Table.Td>{g.overdue}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {Object.entries(g.byStatus)
                  .filter(([, n]) => n > 0)
                  .map(([s, n]) => (
                    <Text size="xs" key={s}>
                      {label('status', s)}: {n}
                    </Text>
                  ))}
              </Group>
            </Table.Td>
            <Table.Td>
              <ProgressText percent={g.averageProgress} label={t('dashboard.averageProgress')} empty="—" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
