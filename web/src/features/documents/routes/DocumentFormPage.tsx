import {
  Alert,
  Button,
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
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { fieldError, ProblemAlert } from '../../../components/ProblemAlert';
import { QueryState } from '../../../components/QueryState';
import { api, ApiError, apiRequest, text, unwrap } from '../../../lib/api/client';
import { countryOptions } from '../../../lib/countries';
import { CLASSIFICATIONS, DOCUMENT_TYPES, RELATIONS } from '../../../lib/enums';
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
}

const OPTIONAL = [
  'referenceNumber',
  'parentId',
  'summary',
  'signedOn',
  'placeOfSigning',
  'entryIntoForceOn',
  'expiresOn',
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
  };
}

/** The body: empty optional fields are left out on create and cleared (null) on edit. */
function toBody(form: Form, editing: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: form.title,
    type: form.type,
    countries: form.countries,
    classification: form.classification,
    sectors: form.sectors,
    summitId: form.summitId,
    relation: form.parentId ? form.relation : null,
  };
  for (const key of OPTIONAL) body[key] = form[key] || null;
  if (!editing) for (const [k, v] of Object.entries(body)) if (v === null) delete body[k];
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
  const { t, label, country, language, date } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => fromDocument(doc));
  useEffect(() => setForm(fromDocument(doc)), [doc]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const [summitQuery, setSummitQuery] = useState('');
  const [debounced] = useDebouncedValue(summitQuery, 250);
  const summits = useQuery({
    queryKey: ['summits', 'picker', debounced],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/summits', {
            params: { query: { limit: 50, ...(debounced ? { q: debounced } : {}) } },
          }),
        )
      ).data.items,
  });
  const save = useMutation({
    mutationFn: () =>
      doc
        ? apiRequest<DocumentDetail>('PATCH', `/api/v1/documents/${doc.id}`, toBody(form, true), {
            'If-Match': `"${doc.version}"`,
          })
        : apiRequest<DocumentDetail>('POST', '/api/v1/documents', toBody(form, false)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
      navigate(`/documents/${saved.id}`);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  const stale = save.error instanceof ApiError && save.error.status === 412;
  const summitOptions = (summits.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.title} (${date(s.startsOn)})`,
  }));
  if (doc?.summit && !summitOptions.some((o) => o.value === doc.summit!.id))
    summitOptions.unshift({ value: doc.summit.id, label: doc.summit.title });

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
        {stale ? (
          <Alert color="yellow" title={t('problem.stale')} role="alert" mb="md">
            {t('problem.staleForm')}{' '}
            <Button
              size="xs"
              onClick={async () => {
                save.reset();
                await queryClient.invalidateQueries({ queryKey: ['documents', 'one', doc!.id] });
              }}
            >
              {t('common.reload')}
            </Button>
          </Alert>
        ) : (
          <ProblemAlert error={save.error} />
        )}
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
              <Select
                label={t('documents.summit')}
                searchable
                clearable
                searchValue={summitQuery}
                onSearchChange={setSummitQuery}
                filter={({ options }) => options}
                data={summitOptions}
                value={form.summitId}
                onChange={(v) => set('summitId', v)}
                nothingFoundMessage={t('common.noResults')}
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
