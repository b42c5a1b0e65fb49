import { Anchor, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Highlighted } from '../../../components/Highlighted';
import { PageHeading } from '../../../components/PageHeading';
import { QueryState } from '../../../components/QueryState';
import { StatusBadge } from '../../../components/StatusBadge';
import { api, unwrap, type Schemas } from '../../../lib/api/client';
import { SEARCH_TYPES } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import type { MessageKey } from '../../../lib/i18n/messages/en';

type Hit = Schemas['SearchHitResponse'];
type Kind = Hit['type'];

const PAGES: Record<Kind, string> = {
  document: '/documents',
  summit: '/summits',
  institution: '/institutions',
  milestone: '/milestones',
};

/** Search across every register (§13): results grouped by kind, best first within each, matches marked. */
export default function SearchPage() {
  const { t, number } = useI18n();
  const [search, setSearch] = useSearchParams();
  const q = search.get('q') ?? '';
  const types = (search.get('types')?.split(',').filter(Boolean) ?? []) as Kind[];
  const [draft, setDraft] = useState(q);
  const [draftTypes, setDraftTypes] = useState<string[]>(types);
  // The header's search box changes the address while this page is open.
  useEffect(() => setDraft(q), [q]);
  const results = useInfiniteQuery({
    queryKey: ['search', q, types],
    enabled: q.trim().length > 0,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (
        await unwrap(
          api.GET('/api/v1/search', {
            params: { query: { q, limit: 50, cursor: pageParam, ...(types.length ? { types } : {}) } },
          }),
        )
      ).data,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
  const hits = results.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeading>{q ? t('search.titleFor', { q }) : t('search.title')}</PageHeading>
      <Paper
        withBorder
        p="md"
        mb="md"
        component="form"
        role="search"
        aria-label={t('search.title')}
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams();
          if (draft.trim()) next.set('q', draft.trim());
          if (draftTypes.length) next.set('types', draftTypes.join(','));
          setSearch(next);
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('search.words')}
            description={t('search.hint')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          <Checkbox.Group label={t('search.kinds')} value={draftTypes} onChange={setDraftTypes}>
            <Group mt="xs">
              {SEARCH_TYPES.map((type) => (
                <Checkbox key={type} value={type} label={t(`search.kind.${type}` as MessageKey)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
        </Stack>
      </Paper>
      {!q.trim() ? (
        <Text>{t('search.empty')}</Text>
      ) : (
        <QueryState isPending={results.isPending} error={results.error}>
          {() =>
            hits.length === 0 ? (
              <Text role="status">{t('search.none', { q })}</Text>
            ) : (
              <Stack gap="lg">
                <Text role="status">{t('search.count', { count: number(hits.length) })}</Text>
                {SEARCH_TYPES.map((type) => {
                  const group = hits.filter((h) => h.type === type);
                  if (!group.length) return null;
                  const heading = `${t(`search.kind.${type}` as MessageKey)} (${number(group.length)})`;
                  return (
                    <section key={type} aria-labelledby={`results-${type}`}>
                      <Title order={2} size="h3" id={`results-${type}`} mb="sm">
                        {heading}
                      </Title>
                      <ol className="search-results" aria-labelledby={`results-${type}`}>
                        {group.map((h) => (
                          <li key={h.id}>
                            <Group gap="sm" wrap="nowrap" align="center">
                              <Anchor component={Link} to={`${PAGES[h.type]}/${h.id}`} fw={600}>
                                {h.title}
                              </Anchor>
                              <StatusBadge status={h.status} />
                            </Group>
                            {h.snippet && (
                              <Text size="sm" mt={2} style={{ wordBreak: 'break-word' }}>
                                <Highlighted snippet={h.snippet} />
                              </Text>
                            )}
                          </li>
                        ))}
                      </ol>
                    </section>
                  );
                })}
                {results.hasNextPage && (
                  <Group>
                    <Button
                      variant="default"
                      onClick={() => results.fetchNextPage()}
                      loading={results.isFetchingNextPage}
                    >
                      {t('common.loadMore')}
                    </Button>
                  </Group>
                )}
              </Stack>
            )
          }
        </QueryState>
      )}
    </>
  );
}
