import { Button, Fieldset, Group, SimpleGrid, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { useNavigate, type To } from 'react-router';
import { ApiError, apiRequest } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';
import { PageHeading } from './PageHeading';
import { fieldError, ProblemAlert } from './ProblemAlert';
import { sameValue, StaleAlert, type StaleFields } from './StaleAlert';
import { TranslationsEditor, type TranslatedField, type TranslationRow } from './TranslationsEditor';

export interface Versioned {
  id: string;
  version: number;
}

/** What an entity form is: how its values come from the entity and go to the API. */
export interface EntityFormSpec<E extends Versioned, F extends object> {
  /** The collection (`documents`): the API path `/api/v1/<collection>`, the query key, the page `/<collection>/<id>`. */
  collection: string;
  fromEntity(entity: E | undefined): F;
  /** The request body; `editing` for a PATCH (empty optional fields sent as null, to clear them). */
  toBody(form: F, editing: boolean): Record<string, unknown>;
  /** The entity as the server has it now: read after a stale If-Match (412), to show what changed. */
  load?(id: string): Promise<E>;
  /** Each form field's label and display, for that comparison. */
  fields?: StaleFields<F>;
  /** After a save; by default the entity's page. */
  onSaved?(saved: E): void;
}

type KeysOf<F, V> = { [K in keyof F]-?: F[K] extends V ? K : never }[keyof F];

/**
 * The state of a create/edit form: values, field errors from problem+json `errors[]`, the save
 * with If-Match, and — on a 412 — the version it was edited from, so that the user's edits can
 * be shown against the current one and re-applied on it.
 */
export function useEntityForm<E extends Versioned, F extends object>(spec: EntityFormSpec<E, F>, entity?: E) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(entity);
  const [form, setForm] = useState(() => spec.fromEntity(entity));
  // A fresher copy of the entity (a background refetch) replaces the base while nothing is edited yet.
  useEffect(() => {
    if (entity && base && entity.version !== base.version && sameValue(form, spec.fromEntity(base))) {
      setBase(entity);
      setForm(spec.fromEntity(entity));
    }
    // Only a new entity from the query is a reason to look again.
  }, [entity]);

  const save = useMutation({
    mutationFn: ({ values, from }: { values: F; from?: E }) =>
      from
        ? apiRequest<E>('PATCH', `/api/v1/${spec.collection}/${from.id}`, spec.toBody(values, true), {
            'If-Match': `"${from.version}"`,
          })
        : apiRequest<E>('POST', `/api/v1/${spec.collection}`, spec.toBody(values, false)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: [spec.collection] });
      if (spec.onSaved) spec.onSaved(saved);
      else navigate(`/${spec.collection}/${saved.id}`);
    },
  });
  const set = <K extends keyof F>(key: K, value: F[K]) => setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => fieldError(save.error, field);
  return {
    spec,
    form,
    base,
    set,
    err,
    save,
    submit: () => save.mutate({ values: form, from: base }),
    /** Props for a text input bound to `key` (its server error under `errorField`, by default the key). */
    text: <K extends keyof F & KeysOf<F, string>>(key: K, errorField = String(key)) => ({
      value: form[key] as string,
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        set(key, e.currentTarget.value as F[K]),
      error: err(errorField),
    }),
    /** Props for a Select, MultiSelect, TagsInput or picker bound to `key`. */
    value: <K extends keyof F>(key: K, errorField = String(key)) => ({
      value: form[key],
      onChange: (v: F[K]) => set(key, v),
      error: err(errorField),
    }),
    /** Drop the edits: the form shows the current version. */
    reload: (current: E) => {
      setBase(current);
      setForm(spec.fromEntity(current));
      save.reset();
      void queryClient.invalidateQueries({ queryKey: [spec.collection] });
    },
    /** Keep the edits: the current version with the edited fields on top, saved against it. */
    reapply: (current: E, edited: Partial<F>) => {
      const values = { ...spec.fromEntity(current), ...edited };
      setBase(current);
      setForm(values);
      save.mutate({ values, from: current });
    },
  };
}

export type EntityForm<E extends Versioned, F extends object> = ReturnType<typeof useEntityForm<E, F>>;

/** A titled group of fields in two columns (one on a narrow screen). */
export function FormSection({ legend, children }: { legend?: string; children: ReactNode }) {
  const grid = <SimpleGrid cols={{ base: 1, sm: 2 }}>{children}</SimpleGrid>;
  return legend ? <Fieldset legend={legend}>{grid}</Fieldset> : grid;
}

/** Above a form: the problem of the last save, or — for a stale version — what changed meanwhile. */
export function FormProblem<E extends Versioned, F extends object>({ form }: { form: EntityForm<E, F> }) {
  const { save, spec, base } = form;
  if (!(save.error instanceof ApiError && save.error.status === 412 && base && spec.load))
    return <ProblemAlert error={save.error} />;
  const load = spec.load;
  return (
    <StaleAlert
      load={() => load(base.id)}
      loadKey={[spec.collection, 'current', base.id, base.version]}
      fromEntity={spec.fromEntity}
      base={base}
      mine={form.form}
      fields={spec.fields ?? {}}
      onReload={form.reload}
      onReapply={form.reapply}
      busy={save.isPending}
    />
  );
}

/**
 * A create/edit page: its heading, the problem summary above the fields (or, for a stale version,
 * what changed meanwhile), the fields, the translations editor where the entity has one, Save and
 * Cancel.
 */
export function EntityFormPage<E extends Versioned, F extends object>({
  title,
  form,
  cancelTo,
  translated,
  children,
}: {
  title: string;
  form: EntityForm<E, F>;
  cancelTo: To | -1;
  /** The texts the entity has in other languages (its form then has `translations`). */
  translated?: TranslatedField[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { save } = form;
  const values = form.form as F & { translations?: TranslationRow[] };
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          form.submit();
        }}
      >
        <FormProblem form={form} />
        <Stack maw={960}>
          {children}
          {translated && (
            <TranslationsEditor
              rows={values.translations ?? []}
              onChange={(rows) => form.set('translations' as keyof F, rows as unknown as F[keyof F])}
              fields={translated}
              error={form.err}
            />
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={() => (cancelTo === -1 ? navigate(-1) : navigate(cancelTo))}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
