import { Alert, Badge, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../lib/i18n/i18n';
import { ProblemAlert } from './ProblemAlert';
import type { TranslationRow } from './TranslationsEditor';

/** A form field's label and how its value reads (by default: text, lists joined, yes/no, a dash for empty). */
export type StaleFields<F> = { [K in keyof F]?: { label: string; show?: (value: F[K]) => string } };

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isTranslationRows(value: unknown[]): value is TranslationRow[] {
  return typeof value[0] === 'object' && value[0] !== null && 'values' in value[0];
}

/**
 * A form's answer to a stale If-Match (412): the current version is read again, and each field the
 * user edited is shown as yours / theirs (marked in words where both changed it). The user either
 * reloads (drops the edits) or keeps the edits and saves them on the new version.
 */
export function StaleAlert<E extends { version: number }, F extends object>({
  load,
  loadKey,
  fromEntity,
  base,
  mine,
  fields,
  onReload,
  onReapply,
  busy,
}: {
  load: () => Promise<E>;
  loadKey: readonly unknown[];
  fromEntity: (entity: E) => F;
  /** The version the user started editing from. */
  base: E;
  /** The form's values now. */
  mine: F;
  fields: StaleFields<F>;
  onReload: (current: E) => void;
  onReapply: (current: E, edited: Partial<F>) => void;
  busy?: boolean;
}) {
  const { t, languageName } = useI18n();
  const current = useQuery({ queryKey: loadKey, queryFn: load, staleTime: 0, gcTime: 0 });
  const show = <K extends keyof F>(key: K, value: F[K]): string => {
    const own = fields[key]?.show;
    if (own) return own(value) || '—';
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) {
      if (!value.length) return '—';
      if (isTranslationRows(value))
        return value
          .map(
            (r) =>
              `${r.lang ? languageName(r.lang) : '?'}: ${Object.values(r.values).filter(Boolean).join(' / ')}`,
          )
          .join('; ');
      return value.join(', ');
    }
    return String(value);
  };

  if (current.error) return <ProblemAlert error={current.error} />;
  const theirs = current.data;
  const was = fromEntity(base);
  const now = theirs ? fromEntity(theirs) : null;
  const keys = Object.keys(mine) as (keyof F)[];
  const edited = keys.filter((k) => !sameValue(mine[k], was[k]));
  const theyChanged = now ? keys.filter((k) => !sameValue(now[k], was[k])) : [];
  const labelOf = (k: keyof F) => fields[k]?.label ?? String(k);
  const alsoTheirs = theyChanged.filter((k) => !edited.includes(k)).map(labelOf);

  return (
    <Alert
      color="yellow"
      title={t('problem.stale')}
      role="alert"
      mb="md"
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
    >
      {!theirs || !now ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm">{t('stale.loading')}</Text>
        </Group>
      ) : (
        <>
          <Text size="sm" mb="xs">
            {t('stale.intro', { version: theirs.version })}
          </Text>
          {edited.length === 0 ? (
            <Text size="sm">{t('stale.noEdits')}</Text>
          ) : (
            <Table withTableBorder bg="white" aria-label={t('stale.table')} mb="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stale.field')}</Table.Th>
                  <Table.Th>{t('stale.yours')}</Table.Th>
                  <Table.Th>{t('stale.theirs', { version: theirs.version })}</Table.Th>
                  <Table.Th>{t('stale.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {edited.map((k) => {
                  const both = theyChanged.includes(k) && !sameValue(now[k], mine[k]);
                  return (
                    <Table.Tr key={String(k)}>
                      <Table.Th scope="row">{labelOf(k)}</Table.Th>
                      <Table.Td>{show(k, mine[k])}</Table.Td>
                      <Table.Td>{show(k, now[k])}</Table.Td>
                      <Table.Td>
                        {both ? (
                          <Badge color="red" variant="light" radius="sm" c="red.9">
                            {t('stale.both')}
                          </Badge>
                        ) : theyChanged.includes(k) ? (
                          t('stale.same')
                        ) : (
                          t('stale.onlyYours')
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
          {alsoTheirs.length > 0 && (
            <Text size="sm" mb="xs">
              {t('stale.alsoTheirs', { list: alsoTheirs.join(', ') })}
            </Text>
          )}
          <Group gap="xs">
            <Button
              size="xs"
              onClick={() =>
                onReapply(theirs, Object.fromEntries(edited.map((k) => [k, mine[k]])) as Partial<F>)
              }
              loading={busy}
              disabled={edited.length === 0}
            >
              {t('stale.reapply', { version: theirs.version })}
            </Button>
            <Button size="xs" variant="default" onClick={() => onReload(theirs)}>
              {t('stale.reload')}
            </Button>
          </Group>
        </>
      )}
    </Alert>
  );
}
