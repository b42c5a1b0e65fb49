import { Button, Group, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { StaleAlert } from '../../../components/StaleAlert';
import {
  fromTranslationRows,
  toTranslationRows,
  TranslationsEditor,
  type TranslatedField,
} from '../../../components/TranslationsEditor';
import { apiRequest, text } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import { SUMMIT_KINDS } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { useSummit, type Summit } from '../api/summits';

export default function SummitFormPage() {
  const { id } = useParams();
  const existing = useSummit(id ?? '', !!id);
  if (!id) return <SummitForm />;
  return (
    <QueryState isPending={existing.isPending} error={existing.error}>
      {() => <SummitForm summit={existing.data} />}
    </QueryState>
  );
}

/** Logging or editing a summit: where and when, who took part, its title in other languages. */
function SummitForm({ summit }: { summit?: Summit }) {
  const { t, label, country, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => ({
    title: summit?.title ?? '',
    kind: (summit?.kind ?? null) as string | null,
    hostCountry: (summit?.hostCountry ?? null) as string | null,
    location: summit?.location ?? '',
    countries: summit?.countries ?? ([] as string[]),
    startsOn: summit?.startsOn ?? '',
    endsOn: summit?.endsOn ?? '',
    summary: text(summit?.summary),
    translations: toTranslationRows(summit?.translations),
  }));
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const translated: TranslatedField[] = [
    { name: 'title', label: t('summits.titleField'), required: true },
    { name: 'summary', label: t('documents.summary'), multiline: true },
  ];
  const save = useMutation({
    mutationFn: () => {
      const body = {
        ...form,
        endsOn: form.endsOn || form.startsOn,
        summary: form.summary || (summit ? null : undefined),
        translations: fromTranslationRows(form.translations, translated),
      };
      return summit
        ? apiRequest<Summit>('PATCH', `/api/v1/summits/${summit.id}`, body, {
            'If-Match': `"${summit.version}"`,
          })
        : apiRequest<Summit>('POST', '/api/v1/summits', body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['summits'] });
      navigate(`/summits/${saved.id}`);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  const countries = countryOptions(country, language);
  return (
    <>
      <PageHeading>{summit ? t('summits.editTitle', { title: summit.title }) : t('summits.new')}</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <StaleAlert
          error={save.error}
          queryKey={['summits', 'one', summit?.id]}
          onReload={() => save.reset()}
        >
          <ProblemAlert error={save.error} />
        </StaleAlert>
        <Stack maw={960}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('summits.titleField')}
              required
              value={form.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={err('title')}
            />
            <Select
              label={t('summits.kind')}
              required
              data={SUMMIT_KINDS.map((v) => ({ value: v, label: label('summitKind', v) }))}
              value={form.kind}
              onChange={(v) => set('kind', v)}
              error={err('kind')}
            />
            <Select
              label={t('summits.hostCountry')}
              required
              searchable
              data={countries}
              value={form.hostCountry}
              onChange={(v) => set('hostCountry', v)}
              error={err('hostCountry')}
            />
            <TextInput
              label={t('summits.location')}
              required
              value={form.location}
              onChange={(e) => set('location', e.currentTarget.value)}
              error={err('location')}
            />
            <MultiSelect
              label={t('summits.countries')}
              required
              searchable
              data={countries}
              value={form.countries}
              onChange={(v) => set('countries', v)}
              error={err('countries')}
            />
            <div />
            <TextInput
              type="date"
              label={t('summits.startsOn')}
              required
              value={form.startsOn}
              onChange={(e) => set('startsOn', e.currentTarget.value)}
              error={err('startsOn')}
            />
            <TextInput
              type="date"
              label={t('summits.endsOn')}
              value={form.endsOn}
              onChange={(e) => set('endsOn', e.currentTarget.value)}
              error={err('endsOn')}
            />
          </SimpleGrid>
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
            <Button variant="default" onClick={() => navigate(summit ? `/summits/${summit.id}` : '/summits')}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
