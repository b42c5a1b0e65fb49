import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { instantFromLocalInput, localInputFromInstant } from '../lib/instants';

interface Option {
  value: string;
  label: string;
}

/** One filter of a list page, named after its query parameter (§2: several values comma-separated). */
export type FilterField = { name: string; label: string } & (
  | { kind: 'text' | 'date'; /** ids: no spaces */ trim?: boolean }
  /** An instant: a datetime-local input, an ISO instant in the URL. */
  | { kind: 'datetime' }
  | { kind: 'multi'; options: Option[] }
  | { kind: 'tags' }
  /** One choice that applies at once (a sort); its default is left out of the URL. */
  | { kind: 'select'; options: Option[]; defaultValue: string }
);

const MULTIPLE = new Set(['multi', 'tags']);

/** The filters in the URL: lists split on commas, empty ones left out (the list's query). */
export function readFilters(
  search: URLSearchParams,
  fields: FilterField[],
): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const f of fields) {
    if (MULTIPLE.has(f.kind)) {
      const values = search
        .getAll(f.name)
        .flatMap((v) => v.split(','))
        .filter(Boolean);
      if (values.length) query[f.name] = values;
    } else if (search.get(f.name)) query[f.name] = search.get(f.name)!;
  }
  return query;
}

type Draft = Record<string, string | string[]>;

function draftFrom(search: URLSearchParams, fields: FilterField[]): Draft {
  const read = readFilters(search, fields);
  return Object.fromEntries(
    fields.map((f) => {
      const v = read[f.name];
      if (MULTIPLE.has(f.kind)) return [f.name, (v as string[] | undefined) ?? []];
      if (f.kind === 'datetime') return [f.name, localInputFromInstant(v as string | undefined)];
      if (f.kind === 'select') return [f.name, (v as string | undefined) ?? f.defaultValue];
      return [f.name, (v as string | undefined) ?? ''];
    }),
  );
}

/**
 * A list page's filter bar, driven by its fields: the values live in the URL (so that a view can
 * be bookmarked and shared) and are applied on "Apply filters"; a `select` applies at once.
 */
export function FilterBar({ fields, cols = 3 }: { fields: FilterField[]; cols?: number }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState(() => draftFrom(search, fields));
  const apply = (next: Draft) => {
    const params = new URLSearchParams();
    for (const f of fields) {
      const v = next[f.name];
      if (Array.isArray(v)) {
        if (v.length) params.set(f.name, v.join(','));
      } else if (f.kind === 'datetime') {
        if (instantFromLocalInput(v)) params.set(f.name, instantFromLocalInput(v));
      } else if (v && !(f.kind === 'select' && v === f.defaultValue)) params.set(f.name, v);
    }
    setSearch(params, { replace: true });
  };
  const put = (name: string, value: string | string[]) => setDraft((d) => ({ ...d, [name]: value }));

  const control = (f: FilterField) => {
    const common = { label: f.label };
    const value = draft[f.name];
    switch (f.kind) {
      case 'multi':
        return (
          <MultiSelect
            {...common}
            searchable
            clearable
            data={f.options}
            value={value as string[]}
            onChange={(v) => put(f.name, v)}
          />
        );
      case 'tags':
        return <TagsInput {...common} value={value as string[]} onChange={(v) => put(f.name, v)} />;
      case 'select':
        return (
          <Select
            {...common}
            data={f.options}
            value={value as string}
            allowDeselect={false}
            onChange={(v) => {
              const next = { ...draft, [f.name]: v ?? f.defaultValue };
              setDraft(next);
              apply(next);
            }}
          />
        );
      default:
        return (
          <TextInput
            {...common}
            type={f.kind === 'datetime' ? 'datetime-local' : f.kind === 'date' ? 'date' : undefined}
            step={f.kind === 'datetime' ? 1 : undefined}
            value={value as string}
            onChange={(e) => {
              const v = e.currentTarget.value;
              put(f.name, f.kind === 'text' && f.trim ? v.trim() : v);
            }}
          />
        );
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      mb="md"
      component="form"
      role="search"
      aria-label={t('common.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: cols }}>
        {fields.map((f) => (
          <Fragment key={f.name}>{control(f)}</Fragment>
        ))}
      </SimpleGrid>
      <Group mt="md" gap="xs">
        <Button type="submit">{t('common.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            const empty = draftFrom(new URLSearchParams(), fields);
            setDraft(empty);
            apply(empty);
          }}
        >
          {t('common.clear')}
        </Button>
      </Group>
    </Paper>
  );
}
