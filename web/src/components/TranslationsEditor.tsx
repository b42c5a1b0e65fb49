import {
  Button,
  CloseButton,
  Fieldset,
  Group,
  Select,
  Grid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { CONTENT_LANGUAGES } from '../lib/enums';
import { useI18n } from '../lib/i18n/i18n';

/** One language's texts while editing (the API's `translations` map, in the order entered). */
export interface TranslationRow {
  lang: string | null;
  values: Record<string, string>;
}

export interface TranslatedField {
  name: string;
  label: string;
  /** The field every translation must have (`title`, `name`). */
  required?: boolean;
  multiline?: boolean;
}

export function toTranslationRows(
  map: Record<string, Record<string, string | undefined>> | undefined | null,
) {
  return Object.entries(map ?? {}).map(([lang, values]): TranslationRow => ({
    lang,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? ''])),
  }));
}

/** The API's map: rows without a language or without their required text are left out; empty optional texts too. */
export function fromTranslationRows(rows: TranslationRow[], fields: TranslatedField[]) {
  const map: Record<string, Record<string, string>> = {};
  for (const row of rows) {
    if (!row.lang || fields.some((f) => f.required && !row.values[f.name]?.trim())) continue;
    map[row.lang] = Object.fromEntries(
      fields.filter((f) => row.values[f.name]?.trim()).map((f) => [f.name, row.values[f.name].trim()]),
    );
  }
  return map;
}

/** Titles or names in other languages, for the forms of documents, summits and institutions (§11). */
export function TranslationsEditor({
  rows,
  onChange,
  fields,
  error,
}: {
  rows: TranslationRow[];
  onChange: (rows: TranslationRow[]) => void;
  fields: TranslatedField[];
  /** The server's message for `translations.<lang>…`, if any. */
  error?: (field: string) => string | undefined;
}) {
  const { t, languageName, language } = useI18n();
  const update = (i: number, row: TranslationRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  const options = (current: string | null) =>
    CONTENT_LANGUAGES.filter((l) => l === current || !rows.some((r) => r.lang === l))
      .map((l) => ({ value: l, label: languageName(l) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <Fieldset legend={t('translations.legend')}>
      <Stack>
        {rows.map((row, i) => {
          const name = row.lang ? languageName(row.lang) : String(i + 1);
          return (
            <Group
              key={i}
              align="flex-start"
              wrap="nowrap"
              role="group"
              aria-label={t('translations.one', { language: name })}
            >
              <Grid style={{ flex: 1 }}>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <Select
                    label={t('translations.language')}
                    data={options(row.lang)}
                    value={row.lang}
                    onChange={(lang) => update(i, { ...row, lang })}
                    searchable
                    required
                    error={row.lang ? error?.(`translations.${row.lang}`) : undefined}
                  />
                </Grid.Col>
                {fields.map((f) => {
                  const Input = f.multiline ? Textarea : TextInput;
                  return (
                    <Grid.Col key={f.name} span={{ base: 12, sm: 9 / fields.length }}>
                      <Input
                        label={`${f.label} (${name})`}
                        required={f.required}
                        autosize={f.multiline || undefined}
                        value={row.values[f.name] ?? ''}
                        onChange={(e) =>
                          update(i, { ...row, values: { ...row.values, [f.name]: e.currentTarget.value } })
                        }
                      />
                    </Grid.Col>
                  );
                })}
              </Grid>
              <CloseButton
                mt={28}
                aria-label={t('translations.remove', { language: name })}
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
              />
            </Group>
          );
        })}
        <Group>
          <Button variant="default" size="sm" onClick={() => onChange([...rows, { lang: null, values: {} }])}>
            {t('translations.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
