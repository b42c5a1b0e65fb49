import { Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  EntityFormPage,
  FormSection,
  useEntityForm,
  type EntityFormSpec,
} from '../../../components/EntityForm';
import { institutionOptions, RemoteSelect } from '../../../components/RemoteSelect';
import { QueryState } from '../../../components/QueryState';
import {
  fromTranslationRows,
  toTranslationRows,
  type TranslatedField,
} from '../../../components/TranslationsEditor';
import { text } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import { INSTITUTION_KINDS } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchInstitution, useInstitution, type Institution } from '../api/institutions';

export default function InstitutionFormPage() {
  const { id } = useParams();
  const existing = useInstitution(id);
  if (!id) return <InstitutionForm />;
  return (
    <QueryState isPending={existing.isPending} error={existing.error}>
      {() => <InstitutionForm key={id} institution={existing.data} />}
    </QueryState>
  );
}

function fromInstitution(institution: Institution | undefined) {
  return {
    name: institution?.name ?? '',
    shortName: text(institution?.shortName),
    country: (institution?.country ?? null) as string | null,
    kind: (institution?.kind ?? null) as string | null,
    parentId: (text(institution?.parentId) || null) as string | null,
    website: text(institution?.website),
    translations: toTranslationRows(institution?.translations),
  };
}

/** Adding or editing an institution: its name (and in other languages), country, kind, parent. */
function InstitutionForm({ institution }: { institution?: Institution }) {
  const { t, label, country, language } = useI18n();
  const parent = useInstitution(institution?.parentId ?? null);
  // Names by id, for the comparison after a 412 (the form holds only the parent's id).
  const [names] = useState(() => new Map<string, string>());
  if (parent.data) names.set(parent.data.id, parent.data.displayName);
  const translated: TranslatedField[] = [
    { name: 'name', label: t('institutions.name'), required: true },
    { name: 'shortName', label: t('institutions.shortName') },
  ];
  const spec: EntityFormSpec<Institution, ReturnType<typeof fromInstitution>> = {
    collection: 'institutions',
    fromEntity: fromInstitution,
    toBody: (form, editing) => {
      const empty = editing ? null : undefined;
      return {
        name: form.name,
        country: form.country,
        kind: form.kind,
        shortName: form.shortName || empty,
        parentId: form.parentId || empty,
        website: form.website || empty,
        translations: fromTranslationRows(form.translations, translated),
      };
    },
    load: fetchInstitution,
    fields: {
      name: { label: t('institutions.name') },
      shortName: { label: t('institutions.shortName') },
      country: { label: t('institutions.country'), show: (v) => (v ? country(v) : '') },
      kind: { label: t('institutions.kind'), show: (v) => (v ? label('kind', v) : '') },
      parentId: { label: t('institutions.parent'), show: (v) => (v ? (names.get(v) ?? v) : '') },
      website: { label: t('institutions.website') },
      translations: { label: t('translations.legend') },
    },
  };
  const f = useEntityForm(spec, institution);
  return (
    <EntityFormPage
      form={f}
      title={institution ? t('institutions.editTitle', { name: institution.name }) : t('institutions.new')}
      cancelTo={institution ? `/institutions/${institution.id}` : '/institutions'}
      translated={translated}
    >
      <FormSection>
        <TextInput label={t('institutions.name')} required {...f.text('name')} />
        <TextInput label={t('institutions.shortName')} {...f.text('shortName')} />
        <Select
          label={t('institutions.country')}
          required
          searchable
          data={countryOptions(country, language)}
          {...f.value('country')}
        />
        <Select
          label={t('institutions.kind')}
          required
          data={INSTITUTION_KINDS.map((v) => ({ value: v, label: label('kind', v) }))}
          {...f.value('kind')}
        />
        <RemoteSelect
          label={t('institutions.parent')}
          queryKey={['institutions']}
          load={async (q) => {
            const found = (await institutionOptions(country)(q)).filter((o) => o.value !== institution?.id);
            for (const o of found) names.set(o.value, o.label);
            return found;
          }}
          selected={parent.data ? { value: parent.data.id, label: parent.data.displayName } : null}
          {...f.value('parentId')}
        />
        <TextInput type="url" label={t('institutions.website')} {...f.text('website')} />
      </FormSection>
    </EntityFormPage>
  );
}
