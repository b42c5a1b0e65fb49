import { Button, Checkbox, Fieldset, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { RemoteMultiSelect, RemoteSelect } from '../../../components/RemoteSelect';
import { api, apiRequest, unwrap } from '../../../lib/api/client';
import { useI18n } from '../../../lib/i18n/i18n';
import type { Milestone } from '../api/milestones';

/** A new milestone: what, by when, for which document or summit, who answers for it, how it is measured. */
export default function MilestoneFormPage() {
  const { t, country, date } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  const [form, setForm] = useState({
    title: '',
    documentId: search.get('documentId'),
    summitId: search.get('summitId'),
    dueOn: '',
    sector: '',
    description: '',
    ownerInstitutionIds: [] as string[],
    measured: false,
    indicatorName: '',
    unit: '',
    baseline: '',
    baselineOn: '',
    target: '',
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      apiRequest<Milestone>('POST', '/api/v1/milestones', {
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
      }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['milestones'] });
      navigate(`/milestones/${saved.id}`);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  return (
    <>
      <PageHeading>{t('milestones.new')}</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <ProblemAlert error={save.error} />
        <Stack maw={960}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('milestones.titleField')}
              required
              value={form.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={err('title')}
            />
            <TextInput
              type="date"
              label={t('milestones.dueOn')}
              required
              value={form.dueOn}
              onChange={(e) => set('dueOn', e.currentTarget.value)}
              error={err('dueOn')}
            />
            <RemoteSelect
              label={t('milestones.document')}
              description={t('milestones.documentOrSummit')}
              queryKey={['documents']}
              load={async (q) =>
                (
                  await unwrap(
                    api.GET('/api/v1/documents', { params: { query: { limit: 50, ...(q ? { q } : {}) } } }),
                  )
                ).data.items.map((d) => ({ value: d.id, label: d.displayTitle }))
              }
              value={form.documentId}
              onChange={(v) => set('documentId', v)}
              error={err('documentId')}
            />
            <RemoteSelect
              label={t('milestones.summit')}
              queryKey={['summits']}
              load={async (q) =>
                (
                  await unwrap(
                    api.GET('/api/v1/summits', { params: { query: { limit: 50, ...(q ? { q } : {}) } } }),
                  )
                ).data.items.map((s) => ({ value: s.id, label: `${s.displayTitle} (${date(s.startsOn)})` }))
              }
              value={form.summitId}
              onChange={(v) => set('summitId', v)}
              error={err('summitId')}
            />
            <RemoteMultiSelect
              label={t('milestones.owners')}
              queryKey={['institutions']}
              load={async (q) =>
                (
                  await unwrap(
                    api.GET('/api/v1/institutions', {
                      params: { query: { limit: 50, ...(q ? { q } : {}) } },
                    }),
                  )
                ).data.items.map((i) => ({ value: i.id, label: `${i.displayName} (${country(i.country)})` }))
              }
              value={form.ownerInstitutionIds}
              onChange={(v) => set('ownerInstitutionIds', v)}
              error={err('ownerInstitutionIds')}
            />
            <TextInput
              label={t('milestones.sector')}
              value={form.sector}
              onChange={(e) => set('sector', e.currentTarget.value)}
              error={err('sector')}
            />
          </SimpleGrid>
          <Textarea
            label={t('milestones.description')}
            autosize
            minRows={2}
            value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={err('description')}
          />
          <Checkbox
            label={t('milestones.measured')}
            checked={form.measured}
            onChange={(e) => set('measured', e.currentTarget.checked)}
          />
          {form.measured && (
            <Fieldset legend={t('milestones.indicator')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  label={t('milestones.indicatorName')}
                  required
                  value={form.indicatorName}
                  onChange={(e) => set('indicatorName', e.currentTarget.value)}
                  error={err('indicator.name')}
                />
                <TextInput
                  label={t('milestones.unit')}
                  required
                  value={form.unit}
                  onChange={(e) => set('unit', e.currentTarget.value)}
                  error={err('indicator.unit')}
                />
                <TextInput
                  label={t('milestones.baseline')}
                  required
                  inputMode="decimal"
                  value={form.baseline}
                  onChange={(e) => set('baseline', e.currentTarget.value)}
                  error={err('indicator.baseline')}
                />
                <TextInput
                  type="date"
                  label={t('milestones.baselineOn')}
                  required
                  value={form.baselineOn}
                  onChange={(e) => set('baselineOn', e.currentTarget.value)}
                  error={err('indicator.baselineOn')}
                />
                <TextInput
                  label={t('milestones.target')}
                  required
                  inputMode="decimal"
                  value={form.target}
                  onChange={(e) => set('target', e.currentTarget.value)}
                  error={err('indicator.target')}
                />
              </SimpleGrid>
            </Fieldset>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
