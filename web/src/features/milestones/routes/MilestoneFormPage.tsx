import { Checkbox, Fieldset, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useSearchParams } from 'react-router';
import {
  EntityFormPage,
  FormSection,
  useEntityForm,
  type EntityFormSpec,
} from '../../../components/EntityForm';
import {
  documentOptions,
  institutionOptions,
  RemoteMultiSelect,
  RemoteSelect,
  summitOptions,
} from '../../../components/RemoteSelect';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Milestone } from '../api/milestones';

interface Form {
  title: string;
  documentId: string | null;
  summitId: string | null;
  dueOn: string;
  sector: string;
  description: string;
  ownerInstitutionIds: string[];
  measured: boolean;
  indicatorName: string;
  unit: string;
  baseline: string;
  baselineOn: string;
  target: string;
}

/** The body of a new milestone: empty optional fields left out, the indicator only when measured. */
function toBody(form: Form): Record<string, unknown> {
  return {
    title: form.title,
    dueOn: form.dueOn,
    ownerInstitutionIds: form.ownerInstitutionIds,
    ...(form.documentId ? { documentId: form.documentId } : {}),
    ...(form.summitId ? { summitId: form.summitId } : {}),
    ...(form.sector ? { sector: form.sector } : {}),
    ...(form.description ? { description: form.description } : {}),
    ...(form.measured
      ? {
          indicator: {
            name: form.indicatorName,
            unit: form.unit,
            baseline: form.baseline,
            baselineOn: form.baselineOn,
            target: form.target,
          },
        }
      : {}),
  };
}

/** A new milestone: what, by when, for which document or summit, who answers for it, how it is measured. */
export default function MilestoneFormPage() {
  const { t, country, date } = useI18n();
  const [search] = useSearchParams();
  const spec: EntityFormSpec<Milestone, Form> = {
    collection: 'milestones',
    fromEntity: () => ({
      title: '',
      documentId: search.get('documentId'),
      summitId: search.get('summitId'),
      dueOn: '',
      sector: '',
      description: '',
      ownerInstitutionIds: [],
      measured: false,
      indicatorName: '',
      unit: '',
      baseline: '',
      baselineOn: '',
      target: '',
    }),
    toBody,
  };
  const f = useEntityForm(spec);
  return (
    <EntityFormPage form={f} title={t('milestones.new')} cancelTo={-1}>
      <FormSection>
        <TextInput label={t('milestones.titleField')} required {...f.text('title')} />
        <TextInput type="date" label={t('milestones.dueOn')} required {...f.text('dueOn')} />
        <RemoteSelect
          label={t('milestones.document')}
          description={t('milestones.documentOrSummit')}
          queryKey={['documents']}
          load={documentOptions}
          {...f.value('documentId')}
        />
        <RemoteSelect
          label={t('milestones.summit')}
          queryKey={['summits']}
          load={summitOptions(date)}
          {...f.value('summitId')}
        />
        <RemoteMultiSelect
          label={t('milestones.owners')}
          queryKey={['institutions']}
          load={institutionOptions(country)}
          {...f.value('ownerInstitutionIds')}
        />
        <TextInput label={t('milestones.sector')} {...f.text('sector')} />
      </FormSection>
      <Textarea label={t('milestones.description')} autosize minRows={2} {...f.text('description')} />
      <Checkbox
        label={t('milestones.measured')}
        checked={f.form.measured}
        onChange={(e) => f.set('measured', e.currentTarget.checked)}
      />
      {f.form.measured && (
        <Fieldset legend={t('milestones.indicator')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('milestones.indicatorName')}
              required
              {...f.text('indicatorName', 'indicator.name')}
            />
            <TextInput label={t('milestones.unit')} required {...f.text('unit', 'indicator.unit')} />
            <TextInput
              label={t('milestones.baseline')}
              required
              inputMode="decimal"
              {...f.text('baseline', 'indicator.baseline')}
            />
            <TextInput
              type="date"
              label={t('milestones.baselineOn')}
              required
              {...f.text('baselineOn', 'indicator.baselineOn')}
            />
            <TextInput
              label={t('milestones.target')}
              required
              inputMode="decimal"
              {...f.text('target', 'indicator.target')}
            />
          </SimpleGrid>
        </Fieldset>
      )}
    </EntityFormPage>
  );
}
