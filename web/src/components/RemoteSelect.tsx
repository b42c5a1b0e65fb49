import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, unwrap } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';

export interface Option {
  value: string;
  label: string;
}

/** Options found by the server as the user types (the lists' `q`), debounced, cached per text. */
function useRemoteOptions(
  queryKey: readonly unknown[],
  load: (q: string) => Promise<Option[]>,
  keep: Option[],
) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const found = useQuery({ queryKey: [...queryKey, 'picker', debounced], queryFn: () => load(debounced) });
  const options = [...(found.data ?? [])];
  for (const k of keep) if (!options.some((o) => o.value === k.value)) options.unshift(k);
  return { search, setSearch, options };
}

interface Common {
  label: string;
  queryKey: readonly unknown[];
  load: (q: string) => Promise<Option[]>;
  error?: string;
  required?: boolean;
  description?: string;
}

/** A picker of one record (summit, document, institution) searched on the server. */
export function RemoteSelect({
  value,
  onChange,
  selected,
  ...p
}: Common & { value: string | null; onChange: (v: string | null) => void; selected?: Option | null }) {
  const { t } = useI18n();
  const remote = useRemoteOptions(p.queryKey, p.load, selected ? [selected] : []);
  return (
    <Select
      label={p.label}
      description={p.description}
      required={p.required}
      searchable
      clearable
      searchValue={remote.search}
      onSearchChange={remote.setSearch}
      filter={({ options }) => options}
      data={remote.options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t('common.noResults')}
      error={p.error}
    />
  );
}

/** A picker of several records searched on the server; chosen ones stay listed. */
export function RemoteMultiSelect({
  value,
  onChange,
  selected,
  ...p
}: Common & { value: string[]; onChange: (v: string[]) => void; selected?: Option[] }) {
  const { t } = useI18n();
  // Labels of every option seen, so that a chosen one keeps its name when the search moves on.
  const known = useRef(new Map<string, string>());
  for (const o of selected ?? []) known.current.set(o.value, o.label);
  const keep = value.map((v) => ({ value: v, label: known.current.get(v) ?? v }));
  const remote = useRemoteOptions(p.queryKey, p.load, keep);
  for (const o of remote.options) known.current.set(o.value, o.label);
  return (
    <MultiSelect
      label={p.label}
      description={p.description}
      required={p.required}
      searchable
      searchValue={remote.search}
      onSearchChange={remote.setSearch}
      filter={({ options }) => options}
      data={remote.options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t('common.noResults')}
      error={p.error}
    />
  );
}

/** The first page of a register's matches for what the user typed (the lists' `q`). */
const matching = (q: string) => ({ params: { query: { limit: 50, ...(q ? { q } : {}) } } });

/** Options for a summit picker: title and first day. */
export const summitOptions =
  (date: (day: string) => string) =>
  async (q: string): Promise<Option[]> =>
    (await unwrap(api.GET('/api/v1/summits', matching(q)))).data.items.map((s) => ({
      value: s.id,
      label: `${s.displayTitle} (${date(s.startsOn)})`,
    }));

/** Options for an institution picker: name and country. */
export const institutionOptions =
  (country: (code: string) => string) =>
  async (q: string): Promise<Option[]> =>
    (await unwrap(api.GET('/api/v1/institutions', matching(q)))).data.items.map((i) => ({
      value: i.id,
      label: `${i.displayName} (${country(i.country)})`,
    }));

/** Options for a document picker: its title in the interface language. */
export async function documentOptions(q: string): Promise<Option[]> {
  return (await unwrap(api.GET('/api/v1/documents', matching(q)))).data.items.map((d) => ({
    value: d.id,
    label: d.displayTitle,
  }));
}
