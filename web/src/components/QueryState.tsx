import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';
import { NotFound } from './NotFound';
import { ProblemAlert } from './ProblemAlert';

/** Loading, not found (404 or not visible) and failure, the same way on every page. */
export function QueryState({
  isPending,
  error,
  children,
}: {
  isPending: boolean;
  error: unknown;
  children: () => ReactNode;
}) {
  const { t } = useI18n();
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (error) return <ProblemAlert error={error} />;
  if (isPending)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return <>{children()}</>;
}
