import { Alert, List } from '@mantine/core';
import { ApiError } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';

/** A problem+json answer in words: its detail and, for 400s, every field error (the summary above a form). */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  const heading =
    title ??
    (problem?.status === 403
      ? t('problem.forbidden')
      : problem?.status === 422
        ? t('problem.precondition')
        : problem?.status === 409
          ? t('problem.conflict')
          : problem && problem.status >= 500
            ? t('problem.server')
            : t('problem.invalid'));
  return (
    <Alert color="red" title={heading} role="alert" mb="md">
      {problem?.detail && !problem.errors?.length && <p style={{ margin: 0 }}>{problem.detail}</p>}
      {!problem && <p style={{ margin: 0 }}>{t('problem.network')}</p>}
      {!!problem?.errors?.length && (
        <List size="sm">
          {problem.errors.map((e) => (
            <List.Item key={`${e.field}:${e.message}`}>
              <strong>{e.field}</strong>: {e.message}
            </List.Item>
          ))}
        </List>
      )}
      {problem?.allowed && (
        <p style={{ margin: 0 }}>{t('problem.allowed', { list: problem.allowed.join(', ') || '—' })}</p>
      )}
    </Alert>
  );
}

/** The message of the field error for `field` (`countries`, `countries[0]` …), for a form input. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.filter(
    (e) => e.field === field || e.field.startsWith(`${field}[`) || e.field.startsWith(`${field}.`),
  );
  return found?.length ? found.map((e) => e.message).join('; ') : undefined;
}
