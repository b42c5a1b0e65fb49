import { Alert, Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';

/**
 * A form's answer to a stale If-Match (412): say so and offer to reload the entity; any other
 * problem is shown by `children`.
 */
export function StaleAlert({
  error,
  queryKey,
  onReload,
  children,
}: {
  error: unknown;
  queryKey: readonly unknown[];
  onReload: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  if (!(error instanceof ApiError && error.status === 412)) return <>{children}</>;
  return (
    <Alert color="yellow" title={t('problem.stale')} role="alert" mb="md">
      {t('problem.staleForm')}{' '}
      <Button
        size="xs"
        onClick={async () => {
          onReload();
          await queryClient.invalidateQueries({ queryKey });
        }}
      >
        {t('common.reload')}
      </Button>
    </Alert>
  );
}
