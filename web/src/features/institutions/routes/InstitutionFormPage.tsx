import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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
} from '../../../components/TranslationsEditor';
import { api, apiRequest, text, unwrap } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import { INSTITUTION_KINDS } from '../../../lib/enums';
import { useI18n } from '../../../lib/i18n/i18n';
import { useInstitution, type Institution } from '../api/institutions';

export default function InstitutionFormPage() {
  const { id } = useParams();
  const existing = useInstitution(id);
  if (!id) return <InstitutionForm />;
  return (
    <QueryState isPending={existing.isPending} error={existing.error}>
      {() => <InstitutionForm institution={existing.data} />}
    </QueryState>
  );
}

/** Adding or editing an institution: its name (and in other languages), country, kind, parent. */
function InstitutionForm({ institution }: { institution?: Institution }) {
  const { t, label, country, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => ({
    name: institution?.name ?? '',
    shortName: text(institution?.shortName),
    country: (institution?.country ?? null) as string | null,
    kind: (institution?.kind ?? null) as string | null,
    parentId: (text(institution?.parentId) || null) as string | null,
    website: text(institution?.website),
    translations: toTranslationRows(institution?.translations),
  }));
  const parent = useInstitution(institution?.parentId ?? null);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const translated: TranslatedField[] = [
    { name: 'name', label: t('institutions.name'), required: true },
    { name: 'shortName', label: t('institutions.shortName') },
  ];
  const save = useMutation({
    mutationFn: () => {
      const empty = institution ? null : undefined;
      const body = {
        name: form.name,
        country: form.country,
        kind: form.kind,
        shortName: form.shortName || empty,
        parentId: form.parentId || empty,
        website: form.website || empty,
        translations: fromTranslationRows(form.translations, translated),
      };
      return institution
        ? apiRequest<Institution>('PATCH', `/api/v1/institutions/${institution.id}`, body, {
            'If-Match': `"${institution.version}"`,
          })
        : apiRequest<Institution>('POST', '/api/v1/institutions', body);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['institutions'] });
      navigate(`/institutions/${saved.id}`);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  return (
    <>
      <PageHeading>
        {institution ? t('institutions.editTitle', { name: institution.name }) : t('institutions.new')}
      </PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <StaleAlert
          error={save.error}
          queryKey={['institutions', 'one', institution?.id]}
          onReload={() => save.reset()}
        >
          <ProblemAlert error={save.error} />
        </StaleAlert>
        <Stack maw={960}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('institutions.name')}
              required
              value={form.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={err('name')}
            />
            <TextInput
              label={t('institutions.shortName')}
              value={form.shortName}
              onChange={(e) => set('shortName', e.currentTarget.value)}
              error={err('shortName')}
            />
            <Select
              label={t('institutions.country')}
              required
              searchable
              data={countryOptions(country, language)}
              value={form.country}
              onChange={(v) => set('country', v)}
              error={err('country')}
            />
            <Select
              label={t('institutions.kind')}
              required
              data={INSTITUTION_KINDS.map((v) => ({ value: v, label: label('kind', v) }))}
              value={form.kind}
              onChange={(v) => set('kind', v)}
              error={err('kind')}
            />
            <RemoteSelect
              label={t('institutions.parent')}
              queryKey={['institutions']}
              load={async (q) =>
                (
                  await unwrap(
                    api.GET('/api/v1/institutions', {
                      params: { query: { limit: 50, ...(q ? { q } : {}) } },
                    }),
                  )
                ).data.items
                  .filter((i) => i.id !== institution?.id)
                  .map((i) => ({ value: i.id, label: `${i.displayName} (${country(i.country)})` }))
              }
              selected={parent.data ? { value: parent.data.id, label: parent.data.displayName } : null}
              value={form.parentId}
              onChange={(v) => set('parentId', v)}
              error={err('parentId')}
            />
            <TextInput
              type="url"
              label={t('institutions.website')}
              value={form.website}
              onChange={(e) => set('website', e.currentTarget.value)}
              error={err('website')}
            />
          </SimpleGrid>
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
            <Button
              variant="default"
              onClick={() => navigate(institution ? `/institutions/${institution.id}` : '/institutions')}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
