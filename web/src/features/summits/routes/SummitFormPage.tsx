import { MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useParams } from 'react-router';
import {
  EntityFormPage,
  FormSection,
  useEntityForm,
  type EntityFormSpec,
} from '../../../components/EntityForm';
import { QueryState } from '../../../components/QueryState';
import {
  fromTranslationRows,
  toTranslationRows,
  type TranslatedField,
} from '../../../components/TranslationsEditor';
import { text } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import { SUMMIT_KINDS } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { fetchSummit, useSummit, type Summit } from '../api/summits';

export default function SummitFormPage() {
  const { id } = useParams();
  const existing = useSummit(id ?? '', !!id);
  if (!id) return <SummitForm />;
  return (
    <QueryState isPending={existing.isPending} error={existing.error}>
      {() => <SummitForm key={id} summit={existing.data} />}
    </QueryState>
  );
}

function fromSummit(summit: Summit | undefined) {
  return {
    title: summit?.title ?? '',
    kind: (summit?.kind ?? null) as string | null,
    hostCountry: (summit?.hostCountry ?? null) as string | null,
    location: summit?.location ?? '',
    countries: summit?.countries ?? ([] as string[]),
    startsOn: summit?.startsOn ?? '',
    endsOn: summit?.endsOn ?? '',
    summary: text(summit?.summary),
    translations: toTranslationRows(summit?.translations),
  };
}

/** Logging or editing a summit: where and when, who took part, its title in other languages. */
function SummitForm({ summit }: { summit?: Summit }) {
  const { t, label, country, language, date } = useI18n();
  const translated: TranslatedField[] = [
    { name: 'title', label: t('summits.titleField'), required: true },
    { name: 'summary', label: t('documents.summary'), multiline: true },
  ];
  const spec: EntityFormSpec<Summit, ReturnType<typeof fromSummit>> = {
    collection: 'summits',
    fromEntity: fromSummit,
    toBody: (form, editing) => ({
      ...form,
      endsOn: form.endsOn || form.startsOn,
      summary: form.summary || (editing ? null : undefined),
      translations: fromTranslationRows(form.translations, translated),
    }),
    load: fetchSummit,
    fields: {
      title: { label: t('summits.titleField') },
      kind: { label: t('summits.kind'), show: (v) => (v ? label('summitKind', v) : '') },
      hostCountry: { label: t('summits.hostCountry'), show: (v) => (v ? country(v) : '') },
      location: { label: t('summits.location') },
      countries: { label: t('summits.countries'), show: (v) => v.map(country).join(', ') },
      startsOn: { label: t('summits.startsOn'), show: date },
      endsOn: { label: t('summits.endsOn'), show: date },
      summary: { label: t('documents.summary') },
      translations: { label: t('translations.legend') },
    },
  };
  const f = useEntityForm(spec, summit);
  const countries = countryOptions(country, language);
  return (
    <EntityFormPage
      form={f}
      title={summit ? t('summits.editTitle', { title: summit.title }) : t('summits.new')}
      cancelTo={summit ? `/summits/${summit.id}` : '/summits'}
      translated={translated}
    >
      <FormSection>
        <TextInput label={t('summits.titleField')} required {...f.text('title')} />
        <Select
          label={t('summits.kind')}
          required
          data={SUMMIT_KINDS.map((v) => ({ value: v, label: label('summitKind', v) }))}
          {...f.value('kind')}
        />
        <Select
          label={t('summits.hostCountry')}
          required
          searchable
          data={countries}
          {...f.value('hostCountry')}
        />
        <TextInput label={t('summits.location')} required {...f.text('location')} />
        <MultiSelect
          label={t('summits.countries')}
          required
          searchable
          data={countries}
          {...f.value('countries')}
        />
        <div />
        <TextInput type="date" label={t('summits.startsOn')} required {...f.text('startsOn')} />
        <TextInput type="date" label={t('summits.endsOn')} {...f.text('endsOn')} />
      </FormSection>
      <Textarea label={t('documents.summary')} autosize minRows={3} {...f.text('summary')} />
    </EntityFormPage>
  );
}
