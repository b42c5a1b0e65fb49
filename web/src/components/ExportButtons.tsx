import { Button } from '@mantine/core';
import { useState } from 'react';
import { downloadList, type ExportFormat } from '../lib/api/client';
import { useI18n } from '../lib/i18n/i18n';
import { ProblemAlert } from './ProblemAlert';

const FORMATS: { format: ExportFormat; label: 'common.exportCsv' | 'common.exportXlsx' }[] = [
  { format: 'csv', label: 'common.exportCsv' },
  { format: 'xlsx', label: 'common.exportXlsx' },
];

/**
 * The export buttons of a list page: every row matching the page's current filters (`params`,
 * the same names as the API's), as CSV or XLSX, from the list route `path`.
 */
export function ExportButtons({
  path,
  params,
  name,
}: {
  path: string;
  params?: URLSearchParams;
  name: string;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      {FORMATS.map(({ format, label }) => (
        <Button
          key={format}
          variant="default"
          loading={busy === format}
          disabled={busy !== null && busy !== format}
          onClick={() => {
            setBusy(format);
            downloadList(path, params ?? new URLSearchParams(), format, name)
              .then(() => setError(null), setError)
              .finally(() => setBusy(null));
          }}
        >
          {t(label)}
        </Button>
      ))}
      {error !== null && (
        <div style={{ flexBasis: '100%' }}>
          <ProblemAlert error={error} />
        </div>
      )}
    </>
  );
}
