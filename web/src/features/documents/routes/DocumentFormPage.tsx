import { Checkbox, Group, MultiSelect, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  EntityFormPage,
  FormSection,
  useEntityForm,
  type EntityFormSpec,
} from '../../../components/EntityForm';
import { RemoteSelect, summitOptions } from '../../../components/RemoteSelect';
import { QueryState } from '../../../components/QueryState';
import {
  fromTranslationRows,
  toTranslationRows,
  type TranslatedField,
  type TranslationRow,
} from '../../../components/TranslationsEditor';
import { text } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import {
  CLASSIFICATIONS,
  CONTENT_LANGUAGES,
  DOCUMENT_TYPES,
  ENTRY_INTO_FORCE_KINDS,
  RELATIONS,
} from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchDocument, useDocument, type DocumentDetail } from '../api/documents';

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
  const existing = useDocument(id ?? '', null, !!id);
  if (!id) return <DocumentForm />;
  return (
    <QueryState isPending={existing.isPending} error={existing.error}>
      {() => <DocumentForm key={id} document={existing.data} />}
    </QueryState>
  );
}

function DocumentForm({ document: doc }: { document?: DocumentDetail }) {
  const { t, label, country, language, languageName, date } = useI18n();
  const translated: TranslatedField[] = [
    { name: 'title', label: t('documents.titleField'), required: true },
    { name: 'summary', label: t('documents.summary'), multiline: true },
  ];
  // Summit titles by id, for the comparison after a 412 (the form holds only the id).
  const [summits] = useState(() => new Map(doc?.summit ? [[doc.summit.id, doc.summit.title] as const] : []));
  const spec: EntityFormSpec<DocumentDetail, Form> = {
    collection: 'documents',
    fromEntity: fromDocument,
    toBody: (form, editing) => toBody(form, editing, translated),
    load: (id) => fetchDocument(id),
    fields: {
      title: { label: t('documents.titleField') },
      type: { label: t('documents.type'), show: (v) => (v ? label('type', v) : '') },
      referenceNumber: { label: t('documents.referenceNumber') },
      summitId: { label: t('documents.summit'), show: (v) => (v ? (summits.get(v) ?? v) : '') },
      parentId: { label: t('documents.parentId') },
      relation: { label: t('related.relation'), show: (v) => (v ? label('relation', v) : '') },
      countries: { label: t('documents.parties'), show: (v) => v.map(country).join(', ') },
      classification: { label: t('documents.classification'), show: (v) => label('classification', v) },
      summary: { label: t('documents.summary') },
      sectors: { label: t('documents.sectors') },
      signedOn: { label: t('documents.signedOn'), show: date },
      placeOfSigning: { label: t('documents.placeOfSigning') },
      entryIntoForceOn: { label: t('documents.entryIntoForceOn'), show: date },
      expiresOn: { label: t('documents.expiresOn'), show: date },
      legallyBinding: {
        label: t('documents.legallyBinding'),
        show: (v) => (v === null ? t('documents.bindingDefault') : v ? t('common.yes') : t('common.no')),
      },
      languages: { label: t('documents.languages'), show: (v) => v.map(languageName).join(', ') },
      provisionalApplicationFrom: { label: t('documents.provisionalApplicationFrom'), show: date },
      ruleKind: { label: t('documents.entryIntoForceRule'), show: (v) => (v ? label('ruleKind', v) : '') },
      ruleDate: { label: t('documents.rule.date'), show: date },
      ruleDays: { label: t('documents.rule.days') },
      ruleMonths: { label: t('documents.rule.months') },
      translations: { label: t('translations.legend') },
    },
  };
  const f = useEntityForm(spec, doc);
  const { form, set } = f;
  return (
    <EntityFormPage
      form={f}
      title={doc ? t('documents.editTitle', { title: doc.title }) : t('documents.new')}
      cancelTo={doc ? `/documents/${doc.id}` : '/documents'}
      translated={translated}
    >
      <FormSection legend={t('documents.section.identity')}>
        <TextInput label={t('documents.titleField')} required {...f.text('title')} />
        <Select
          label={t('documents.type')}
          required
          data={DOCUMENT_TYPES.map((v) => ({ value: v, label: label('type', v) }))}
          {...f.value('type')}
        />
        <TextInput label={t('documents.referenceNumber')} {...f.text('referenceNumber')} />
        <Select
          label={t('documents.classification')}
          required
          data={CLASSIFICATIONS.map((v) => ({ value: v, label: label('classification', v) }))}
          {...f.value('classification')}
          onChange={(v) => set('classification', v ?? 'public')}
          allowDeselect={false}
        />
      </FormSection>
      <FormSection legend={t('documents.section.parties')}>
        <MultiSelect
          searchable
          label={t('documents.parties')}
          required
          data={countryOptions(country, language)}
          {...f.value('countries')}
        />
        <RemoteSelect
          label={t('documents.summit')}
          queryKey={['summits']}
          load={async (q) => {
            const found = await summitOptions(date)(q);
            for (const o of found) summits.set(o.value, o.label);
            return found;
          }}
          selected={doc?.summit ? { value: doc.summit.id, label: doc.summit.title } : null}
          {...f.value('summitId')}
        />
        <TagsInput
          label={t('documents.sectors')}
          description={t('documents.sectorsHint')}
          {...f.value('sectors')}
        />
      </FormSection>
      <FormSection legend={t('documents.section.dates')}>
        <TextInput type="date" label={t('documents.signedOn')} {...f.text('signedOn')} />
        <TextInput label={t('documents.placeOfSigning')} {...f.text('placeOfSigning')} />
        <TextInput type="date" label={t('documents.entryIntoForceOn')} {...f.text('entryIntoForceOn')} />
        <TextInput type="date" label={t('documents.expiresOn')} {...f.text('expiresOn')} />
      </FormSection>
      <FormSection legend={t('documents.section.consent')}>
        <Checkbox
          mt="md"
          label={t('documents.legallyBinding')}
          description={t('documents.legallyBindingHint')}
          checked={form.legallyBinding ?? BINDING_TYPES.has(form.type ?? '')}
          onChange={(e) => set('legallyBinding', e.currentTarget.checked)}
          error={f.err('legallyBinding')}
        />
        <MultiSelect
          searchable
          label={t('documents.languages')}
          data={CONTENT_LANGUAGES.map((l) => ({ value: l, label: languageName(l) }))}
          {...f.value('languages')}
        />
        <Select
          label={t('documents.entryIntoForceRule')}
          clearable
          placeholder={t('documents.rule.none')}
          data={ENTRY_INTO_FORCE_KINDS.map((v) => ({ value: v, label: label('ruleKind', v) }))}
          {...f.value('ruleKind', 'entryIntoForceRule')}
        />
        {form.ruleKind === 'on_date' && (
          <TextInput
            type="date"
            label={t('documents.rule.date')}
            required
            {...f.text('ruleDate', 'entryIntoForceRule.date')}
          />
        )}
        {form.ruleKind === 'after_last_notification' && (
          <Group grow align="flex-start">
            <TextInput
              type="number"
              min={0}
              label={t('documents.rule.months')}
              {...f.text('ruleMonths', 'entryIntoForceRule.months')}
            />
            <TextInput
              type="number"
              min={0}
              label={t('documents.rule.days')}
              {...f.text('ruleDays', 'entryIntoForceRule.days')}
            />
          </Group>
        )}
        <TextInput
          type="date"
          label={t('documents.provisionalApplicationFrom')}
          {...f.text('provisionalApplicationFrom')}
        />
      </FormSection>
      <FormSection legend={t('documents.section.relations')}>
        <TextInput
          label={t('documents.parentId')}
          description={t('documents.parentIdHint')}
          {...f.text('parentId')}
          onChange={(e) => set('parentId', e.currentTarget.value.trim())}
        />
        <Select
          label={t('related.relation')}
          clearable
          data={RELATIONS.map((v) => ({ value: v, label: label('relation', v) }))}
          {...f.value('relation')}
        />
      </FormSection>
      <Textarea label={t('documents.summary')} autosize minRows={3} {...f.text('summary')} />
    </EntityFormPage>
  );
}
