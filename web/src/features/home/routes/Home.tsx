import { Anchor, Badge, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { api, unwrap } from '../../../lib/api/client';
import { dashboardQuery } from '../../../lib/api/dashboard';
import { useCan, useSession } from '../../../lib/auth/session';
import { useI18n } from '../../../lib/i18n/i18n';

/** What each role comes to do first: managers the late milestones, editors their drafts, auditors the chain. */
export default function Home() {
  const { t } = useI18n();
  const { user } = useSession();
  const can = useCan();
  return (
    <>
      <PageHeading>{t('home.welcome', { name: user?.displayName ?? '' })}</PageHeading>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {can('milestones.write') && <ManagerPanels />}
        {can('registers.write') && <EditorPanels />}
        {can('audit.read') && <AuditorPanels />}
        <RecentDocuments />
      </SimpleGrid>
    </>
  );
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function ManagerPanels() {
  const { t, date } = useI18n();
  const dashboard = useQuery(dashboardQuery(30));
  return (
    <>
      {(['overdue', 'dueSoon'] as const).map((which) => (
        <Panel
          key={which}
          id={`home-${which}`}
          title={t(which === 'overdue' ? 'home.overdue' : 'home.dueSoon')}
        >
          <QueryState isPending={dashboard.isPending} error={dashboard.error}>
            {() =>
              dashboard.data![which].items.length === 0 ? (
                <Text>{t('common.noResults')}</Text>
              ) : (
                <Stack gap={4}>
                  {dashboard.data![which].items.slice(0, 8).map((m) => (
                    <Text size="sm" key={m.id}>
                      <Anchor component={Link} to={`/milestones/${m.id}`}>
                        {m.title}
                      </Anchor>{' '}
                      — {date(m.dueOn)}
                    </Text>
                  ))}
                </Stack>
              )
            }
          </QueryState>
        </Panel>
      ))}
    </>
  );
}

function DocumentLinks({
  status,
  id,
  title,
}: {
  status: ('draft' | 'negotiation')[];
  id: string;
  title: string;
}) {
  const { t } = useI18n();
  const docs = useQuery({
    queryKey: ['documents', 'home', status],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/documents', {
            params: { query: { status, sort: '-updatedAt', limit: 8 } },
          }),
        )
      ).data.items,
  });
  return (
    <Panel id={id} title={title}>
      <QueryState isPending={docs.isPending} error={docs.error}>
        {() =>
          docs.data!.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <Stack gap={4}>
              {docs.data!.map((d) => (
                <Text size="sm" key={d.id}>
                  <Anchor component={Link} to={`/documents/${d.id}`}>
                    {d.displayTitle}
                  </Anchor>{' '}
                  <StatusBadge status={d.status} />
                </Text>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Panel>
  );
}

function EditorPanels() {
  const { t } = useI18n();
  return (
    <>
      <DocumentLinks status={['draft']} id="home-drafts" title={t('home.drafts')} />
      <DocumentLinks status={['negotiation']} id="home-awaiting" title={t('home.awaiting')} />
    </>
  );
}

function AuditorPanels() {
  const { t, instant, number, label } = useI18n();
  const verify = useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: async () => ({
      ...(await unwrap(api.GET('/api/v1/audit-events/verify'))).data,
      at: new Date().toISOString(),
    }),
  });
  const recent = useQuery({
    queryKey: ['audit', 'home'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/audit-events', { params: { query: { limit: 200 } } }))).data.items,
  });
  return (
    <>
      <Panel id="home-chain" title={t('home.chain')}>
        <QueryState isPending={verify.isPending} error={verify.error}>
          {() =>
            verify.data!.valid ? (
              <Badge color="green" size="lg" variant="light" radius="sm" c="#1b5e20">
                ✓{' '}
                {t('audit.verified', { count: number(verify.data!.checked), time: instant(verify.data!.at) })}
              </Badge>
            ) : (
              <Text c="red.9" fw={700}>
                {t('audit.brokenAt', { id: verify.data!.firstInvalidId ?? '?' })}
              </Text>
            )
          }
        </QueryState>
      </Panel>
      <Panel id="home-events" title={t('home.recentEvents')}>
        <QueryState isPending={recent.isPending} error={recent.error}>
          {() => (
            <Stack gap={4}>
              {recent
                .data!.slice(-8)
                .reverse()
                .map((e) => (
                  <Text size="sm" key={e.id}>
                    {instant(e.occurredAt)} · {label('action', e.action)} · {label('entity', e.entityType)} ·{' '}
                    {e.actor.email ?? '—'}
                  </Text>
                ))}
              <Anchor component={Link} to="/audit" size="sm">
                {t('home.openAudit')}
              </Anchor>
            </Stack>
          )}
        </QueryState>
      </Panel>
    </>
  );
}

function RecentDocuments() {
  const { t } = useI18n();
  const docs = useQuery({
    queryKey: ['documents', 'home', 'recent'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/documents', {
            params: { query: { sort: '-updatedAt', limit: 8 } },
          }),
        )
      ).data.items,
  });
  return (
    <Panel id="home-recent" title={t('home.recent')}>
      <QueryState isPending={docs.isPending} error={docs.error}>
        {() =>
          docs.data!.length === 0 ? (
            <Text>{t('common.noResults')}</Text>
          ) : (
            <Stack gap={4}>
              {docs.data!.map((d) => (
                <Text size="sm" key={d.id}>
                  <Anchor component={Link} to={`/documents/${d.id}`}>
                    {d.displayTitle}
                  </Anchor>
                </Text>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Panel>
  );
}
