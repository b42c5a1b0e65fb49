import {
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EventList } from '../../../components/HistoryTables';
import { PageHeading } from '../../../components/PageHeading';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { ProgressText } from '../../../components/ProgressText';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { TransitionActions } from '../../../components/TransitionActions';
import { api, unwrap } from '../../../lib/api/client';
import { useCan } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';
import { useMilestone, useMilestoneHistory, useProgress, type Milestone } from '../api/milestones';
import { ProgressChart } from '../components/ProgressChart';
import { NotifyMe } from '../../notifications/NotifyMe';
import { MILESTONE_EVENTS } from '../../notifications/api';

const REASON_REQUIRED = new Set(['at_risk', 'blocked', 'cancelled']);

export default function MilestonePage() {
  const { id = '' } = useParams();
  const { t, date, number } = useI18n();
  const can = useCan();
  const milestone = useMilestone(id);
  const progress = useProgress(id);
  const history = useMilestoneHistory(id, can('history.read'));
  return (
    <QueryState isPending={milestone.isPending} error={milestone.error}>
      {() => {
        const m = milestone.data!;
        return (
          <>
            <PageHeading>{m.title}</PageHeading>
            <Group mb="md" gap="md">
              <Text fw={600}>{t('common.status')}:</Text>
              <StatusBadge status={m.status} />
              {m.overdue && (
                <Text c="red.9" fw={600}>
                  {t('milestones.overdue')}
                </Text>
              )}
              <TransitionActions
                collection="milestones"
                entity={m}
                reasonRequired={(to, from) => REASON_REQUIRED.has(to) || from === 'completed'}
                canTransition={can('milestones.write')}
              />
              <NotifyMe filter={{ milestoneId: m.id }} events={MILESTONE_EVENTS} />
            </Group>
            <Grid>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Paper withBorder p="md" component="section" aria-labelledby="indicator">
                  <Title order={2} size="h4" id="indicator" mb="xs">
                    {m.indicator?.name ?? t('milestones.indicator')}
                  </Title>
                  <Stack gap={4}>
                    <ProgressText
                      percent={m.progressPercent}
                      value={m.latestValue}
                      target={m.indicator?.target}
                      unit={m.indicator?.unit}
                      label={t('milestones.progress')}
                    />
                    <Text size="sm">
                      {t('milestones.dueOn')}: {date(m.dueOn)}
                    </Text>
                    {m.completedOn && (
                      <Text size="sm">
                        {t('milestones.completedOn')}: {date(m.completedOn)}
                      </Text>
                    )}
                    {m.indicator && (
                      <Text size="sm">
                        {t('milestones.baseline')}: {number(m.indicator.baseline, 2)} {m.indicator.unit} (
                        {date(m.indicator.baselineOn)}) · {t('milestones.target')}:{' '}
                        {number(m.indicator.target, 2)} {m.indicator.unit}
                      </Text>
                    )}
                    {m.documentId && (
                      <Anchor component={Link} to={`/documents/${m.documentId}`} size="sm">
                        {t('milestones.document')}
                      </Anchor>
                    )}
                    {m.summitId && (
                      <Anchor component={Link} to={`/summits/${m.summitId}`} size="sm">
                        {t('milestones.summit')}
                      </Anchor>
                    )}
                    {m.origin && (
                      <Anchor component={Link} to={`/deadline-rules/${m.origin.ruleId}`} size="sm">
                        {t('milestones.fromRule')}
                      </Anchor>
                    )}
                    {m.description && <Text size="sm">{m.description}</Text>}
                  </Stack>
                </Paper>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }}>
                {can('milestones.write') && <ReportProgress milestone={m} />}
              </Grid.Col>
            </Grid>
            <Tabs defaultValue="progress" mt="lg">
              <Tabs.List mb="md">
                <Tabs.Tab value="progress">{t('milestones.tab.progress')}</Tabs.Tab>
                {can('history.read') && <Tabs.Tab value="history">{t('milestones.tab.history')}</Tabs.Tab>}
              </Tabs.List>
              <Tabs.Panel value="progress">
                <QueryState isPending={progress.isPending} error={progress.error}>
                  {() => <ProgressSection milestone={m} />}
                </QueryState>
              </Tabs.Panel>
              <Tabs.Panel value="history">
                <QueryState isPending={history.isPending} error={history.error}>
                  {() => <EventList events={history.data ?? []} />}
                </QueryState>
              </Tabs.Panel>
            </Tabs>
          </>
        );
      }}
    </QueryState>
  );
}

function ProgressSection({ milestone }: { milestone: Milestone }) {
  const { t, date, number } = useI18n();
  const progress = useProgress(milestone.id);
  const entries = progress.data ?? [];
  return (
    <Stack>
      <ProgressChart milestone={milestone} entries={entries} />
      {entries.length === 0 ? (
        <Text>{t('milestones.noProgress')}</Text>
      ) : (
        <Table striped aria-label={t('milestones.progressTable')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('milestones.asOf')}</Table.Th>
              <Table.Th>
                {t('milestones.value')}
                {milestone.indicator ? ` (${milestone.indicator.unit})` : ''}
              </Table.Th>
              <Table.Th>{t('milestones.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{date(e.asOf)}</Table.Td>
                <Table.Td>{e.value === null ? '—' : number(e.value, 2)}</Table.Td>
                <Table.Td>{e.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function ReportProgress({ milestone }: { milestone: Milestone }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const empty = { asOf: new Date().toISOString().slice(0, 10), value: '', note: '' };
  const [form, setForm] = useState(empty);
  const report = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/milestones/{id}/progress', {
          params: { path: { id: milestone.id } },
          body: { asOf: form.asOf, note: form.note, ...(form.value ? { value: form.value } : {}) },
        }),
      ),
    onSuccess: async () => {
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: ['milestones'] });
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="report-progress">
      <Title order={2} size="h4" id="report-progress" mb="xs">
        {t('milestones.report')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          report.mutate();
        }}
      >
        <ProblemAlert error={report.error} />
        {report.isSuccess && (
          <Text size="sm" role="status" mb="xs">
            {t('milestones.reported')}
          </Text>
        )}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('milestones.asOf')}
            required
            value={form.asOf}
            onChange={(e) => setForm({ ...form, asOf: e.currentTarget.value })}
            error={fieldError(report.error, 'asOf')}
          />
          <TextInput
            label={
              milestone.indicator
                ? `${t('milestones.value')} (${milestone.indicator.unit})`
                : t('milestones.value')
            }
            inputMode="decimal"
            value={form.value}
            onChange={(e) => setForm({ ...form, value: e.currentTarget.value })}
            error={fieldError(report.error, 'value')}
          />
        </Group>
        <Textarea
          mt="sm"
          label={t('milestones.note')}
          required
          autosize
          minRows={2}
          value={form.note}
          onChange={(e) => setForm({ ...form, note: e.currentTarget.value })}
          error={fieldError(report.error, 'note')}
        />
        <Button type="submit" mt="sm" loading={report.isPending}>
          {t('milestones.reportButton')}
        </Button>
      </form>
    </Paper>
  );
}
