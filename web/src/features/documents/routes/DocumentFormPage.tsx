import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { RemoteSelect } from '../../../components/RemoteSelect';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { StaleAlert } from '../../../components/StaleAlert';
import {
  fromTranslationRows,
  toTranslationRows,
  TranslationsEditor,
  type TranslatedField,
  type TranslationRow,
} from '../../../components/TranslationsEditor';
import { api, apiRequest, text, unwrap } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import {
  CLASSIFICATIONS,
  CONTENT_LANGUAGES,
  DOCUMENT_TYPES,
  ENTRY_INTO_FORCE_KINDS,
  RELATIONS,
} from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { useDocument, type DocumentDetail } from '../api/documents';

interface Form {
  title: string;
  type: string | null;
  referenceNumber: string;
  summitId: string | null;
  parentId: string;
  relation: string | null;
  countries: string[];
  classification: string;
  summary: string;
  sectors: string[];
  signedOn: string;
  placeOfSigning: string;
  entryIntoForceOn: string;
  expiresOn: string;
  /** null: the default for the type (§11), until the user decides. */
  legallyBinding: boolean | null;
  languages: string[];
  provisionalApplicationFrom: string;
  ruleKind: string | null;
  ruleDate: string;
  ruleDays: string;
  ruleMonths: string;
  translations: TranslationRow[];
}

const BINDING_TYPES = new Set(['agreement', 'treaty', 'protocol']);

const OPTIONAL = [
  'referenceNumber',
  'parentId',
  'summary',
  'signedOn',
  'placeOfSigning',
  'entryIntoForceOn',
  'expiresOn',
  'provisionalApplicationFrom',
] as const;

function fromDocument(d: DocumentDetail | undefined): Form {
  return {
    title: d?.title ?? '',
    type: d?.type ?? null,
    referenceNumber: text(d?.referenceNumber),
    summitId: text(d?.summitId) || null,
    parentId: text(d?.parentId),
    relation: d?.relation ?? null,
    countries: d?.countries ?? [],
    classification: d?.classification ?? 'public',
    summary: text(d?.summary),
    sectors: d?.sectors ?? [],
    signedOn: text(d?.signedOn),
    placeOfSigning: text(d?.placeOfSigning),
    entryIntoForceOn: text(d?.entryIntoForceOn),
    expiresOn: text(d?.expiresOn),
    legallyBinding: d ? (d.legallyBinding ?? null) : null,
    languages: d?.languages ?? [],
    provisionalApplicationFrom: text(d?.provisionalApplicationFrom),
    ruleKind: d?.entryIntoForceRule?.kind ?? null,
    ruleDate: text(d?.entryIntoForceRule?.date),
    ruleDays: d?.entryIntoForceRule?.days ? String(d.entryIntoForceRule.days) : '',
    ruleMonths: d?.entryIntoForceRule?.months ? String(d.entryIntoForceRule.months) : '',
    translations: toTranslationRows(d?.translations),
  };
}

function entryIntoForceRule(form: Form): Record<string, unknown> | null {
  if (!form.ruleKind) return null;
  if (form.ruleKind === 'on_date') return { kind: form.ruleKind, date: form.ruleDate || undefined };
  if (form.ruleKind === 'after_last_notification')
    return { kind: form.ruleKind, days: Number(form.ruleDays || 0), months: Number(form.ruleMonths || 0) };
  return { kind: form.ruleKind };
}

/** The body: empty optional fields are left out on create and cleared (null) on edit. */
function toBody(form: Form, editing: boolean, translatedFields: TranslatedField[]): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: form.title,
    type: form.type,
    countries: form.countries,
    classification: form.classification,
    sectors: form.sectors,
    summitId: form.summitId,
    relation: form.parentId ? form.relation : null,
    languages: form.languages,
    entryIntoForceRule: entryIntoForceRule(form),
    translations: fromTranslationRows(form.translations, translatedFields),
  };
  if (form.legallyBinding !== null) body.legallyBinding = form.legallyBinding;
  for (const key of OPTIONAL) body[key] = form[key] || null;
  if (!editing) {
    for (const [k, v] of Object.entries(body)) if (v === null) delete body[k];
    if (!form.translations.length) delete body.translations;
  }
  return body;
}

export default function DocumentFormPage() {
  const { id } = useParams();
  const existing = useDocument(id ?? '', null);
  if (!id) return <DocumentForm />;
  return (
    <QueryState isPending={existing.isPending} error={existing.error}>
      {() => <DocumentForm document={existing.data} />}
    </QueryState>
  );
}

function DocumentForm({ document: doc }: { document?: DocumentDetail & { etag: string | null } }) {
  const { t, label, country, language, languageName, date } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => fromDocument(doc));
  useEffect(() => setForm(fromDocument(doc)), [doc]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const translated: TranslatedField[] = [
    { name: 'title', label: t('documents.titleField'), required: true },
    { name: 'summary', label: t('documents.summary'), multiline: true },
  ];
  const save = useMutation({
    mutationFn: () =>
      doc
        ? apiRequest<DocumentDetail>('PATCH', `/api/v1/documents/${doc.id}`, toBody(form, true, translated), {
            'If-Match': `"${doc.version}"`,
          })
        : apiRequest<DocumentDetail>('POST', '/api/v1/documents', toBody(form, false, translated)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
      navigate(`/documents/${saved.id}`);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  return (
    <>
      <PageHeading>{doc ? t('documents.editTitle', { title: doc.title }) : t('documents.new')}</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <StaleAlert error={save.error} queryKey={['documents', 'one', doc?.id]} onReload={() => save.reset()}>
          <ProblemAlert error={save.error} />
        </StaleAlert>
        <Stack maw={960}>
          <Fieldset legend={t('documents.section.identity')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('documents.titleField')}
                required
                value={form.title}
                onChange={(e) => set('title', e.currentTarget.value)}
                error={err('title')}
              />
              <Select
                label={t('documents.type')}
                required
                data={DOCUMENT_TYPES.map((v) => ({ value: v, label: label('type', v) }))}
                value={form.type}
                onChange={(v) => set('type', v)}
                error={err('type')}
              />
              <TextInput
                label={t('documents.referenceNumber')}
                value={form.referenceNumber}
                onChange={(e) => set('referenceNumber', e.currentTarget.value)}
                error={err('referenceNumber')}
              />
              <Select
                label={t('documents.classification')}
                required
                data={CLASSIFICATIONS.map((v) => ({ value: v, label: label('classification', v) }))}
                value={form.classification}
                onChange={(v) => set('classification', v ?? 'public')}
                allowDeselect={false}
                error={err('classification')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('documents.section.parties')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <MultiSelect
                searchable
                label={t('documents.parties')}
                required
                data={countryOptions(country, language)}
                value={form.countries}
                onChange={(v) => set('countries', v)}
                error={err('countries')}
              />
              <RemoteSelect
                label={t('documents.summit')}
                queryKey={['summits']}
                load={async (q) =>
                  (
                    await unwrap(
                      api.GET('/api/v1/summits', { params: { query: { limit: 50, ...(q ? { q } : {}) } } }),
                    )
                  ).data.items.map((s) => ({ value: s.id, label: `${s.displayTitle} (${date(s.startsOn)})` }))
                }
                selected={doc?.summit ? { value: doc.summit.id, label: doc.summit.title } : null}
                value={form.summitId}
                onChange={(v) => set('summitId', v)}
                error={err('summitId')}
              />
              <TagsInput
                label={t('documents.sectors')}
                description={t('documents.sectorsHint')}
                value={form.sectors}
                onChange={(v) => set('sectors', v)}
                error={err('sectors')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('documents.section.dates')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('documents.signedOn')}
                value={form.signedOn}
                onChange={(e) => set('signedOn', e.currentTarget.value)}
                error={err('signedOn')}
              />
              <TextInput
                label={t('documents.placeOfSigning')}
                value={form.placeOfSigning}
                onChange={(e) => set('placeOfSigning', e.currentTarget.value)}
                error={err('placeOfSigning')}
              />
              <TextInput
                type="date"
                label={t('documents.entryIntoForceOn')}
                value={form.entryIntoForceOn}
                onChange={(e) => set('entryIntoForceOn', e.currentTarget.value)}
                error={err('entryIntoForceOn')}
              />
              <TextInput
                type="date"
                label={t('documents.expiresOn')}
                value={form.expiresOn}
                onChange={(e) => set('expiresOn', e.currentTarget.value)}
                error={err('expiresOn')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('documents.section.consent')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Checkbox
                mt="md"
                label={t('documents.legallyBinding')}
                description={t('documents.legallyBindingHint')}
                checked={form.legallyBinding ?? BINDING_TYPES.has(form.type ?? '')}
                onChange={(e) => set('legallyBinding', e.currentTarget.checked)}
                error={err('legallyBinding')}
              />
              <MultiSelect
                searchable
                label={t('documents.languages')}
                data={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l) }))}
                value={form.languages}
                onChange={(v) => set('languages', v)}
                error={err('languages')}
              />
              <Select
                label={t('documents.entryIntoForceRule')}
                clearable
                placeholder={t('documents.rule.none')}
                data={ENTRY_INTO_FORCE_KINDS.map((v) => ({ value: v, label: label('ruleKind', v) }))}
                value={form.ruleKind}
                onChange={(v) => set('ruleKind', v)}
                error={err('entryIntoForceRule')}
              />
              {form.ruleKind === 'on_date' && (
                <TextInput
                  type="date"
                  label={t('documents.rule.date')}
                  required
                  value={form.ruleDate}
                  onChange={(e) => set('ruleDate', e.currentTarget.value)}
                  error={err('entryIntoForceRule.date')}
                />
              )}
              {form.ruleKind === 'after_last_notification' && (
                <Group grow align="flex-start">
                  <TextInput
                    type="number"
                    min={0}
                    label={t('documents.rule.months')}
                    value={form.ruleMonths}
                    onChange={(e) => set('ruleMonths', e.currentTarget.value)}
                    error={err('entryIntoForceRule.months')}
                  />
                  <TextInput
                    type="number"
                    min={0}
                    label={t('documents.rule.days')}
                    value={form.ruleDays}
                    onChange={(e) => set('ruleDays', e.currentTarget.value)}
                    error={err('entryIntoForceRule.days')}
                  />
                </Group>
              )}
              <TextInput
                type="date"
                label={t('documents.provisionalApplicationFrom')}
                value={form.provisionalApplicationFrom}
                onChange={(e) => set('provisionalApplicationFrom', e.currentTarget.value)}
                error={err('provisionalApplicationFrom')}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('documents.section.relations')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('documents.parentId')}
                description={t('documents.parentIdHint')}
                value={form.parentId}
                onChange={(e) => set('parentId', e.currentTarget.value.trim())}
                error={err('parentId')}
              />
              <Select
                label={t('related.relation')}
                clearable
                data={RELATIONS.map((v) => ({ value: v, label: label('relation', v) }))}
                value={form.relation}
                onChange={(v) => set('relation', v)}
                error={err('relation')}
              />
            </SimpleGrid>
          </Fieldset>
          <Textarea
            label={t('documents.summary')}
            autosize
            minRows={3}
            value={form.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
            error={err('summary')}
          />
          <TranslationsEditor
            rows={form.translations}
            onChange={(rows) => set('translations', rows)}
            fields={translated}
            error={err}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => navigate(doc ? `/documents/${doc.id}` : '/documents')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
