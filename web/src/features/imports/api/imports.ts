import { useMutation } from '@tanstack/react-query';
import {
  apiRequest,
  downloadFile,
  EXPORT_ACCEPT,
  postForm,
  type ExportFormat,
  type Schemas,
} from '../../../lib/api/client';
import type { Permission } from '../../../lib/auth/session';

/** The import API of spec §15. */
export type ImportResponse = Schemas['ImportResponse'];
export type ImportCounts = Schemas['ImportCounts'];
export type ImportKind = ImportResponse['kind'];
export const IMPORT_KINDS = [
  'institutions',
  'summits',
  'documents',
  'signatories',
  'milestones',
  'progress',
] as const satisfies readonly ImportKind[];

/**
 * What an import of each kind writes, hence which permission it needs beside `imports.use` (the
 * server's `importPermission`): the user's permissions come from `me`, not from their roles.
 */
export const IMPORT_PERMISSION: Record<ImportKind, Permission> = {
  institutions: 'registers.write',
  summits: 'registers.write',
  documents: 'registers.write',
  signatories: 'registers.write',
  milestones: 'milestones.write',
  progress: 'milestones.write',
};

/** Where the imported records are listed afterwards. */
export const IMPORT_LIST: Record<ImportKind, string> = {
  institutions: '/institutions',
  summits: '/summits',
  documents: '/documents',
  signatories: '/documents',
  milestones: '/milestones',
  progress: '/milestones',
};

/** What apply did (its `result`), else what it was to do. */
export function appliedCounts(applied: ImportResponse): ImportCounts {
  return applied.result ?? applied.preview;
}

export function downloadTemplate(kind: ImportKind, format: ExportFormat): Promise<void> {
  return downloadFile(
    `/api/v1/imports/templates/${kind}?format=${format}`,
    `pacta-${kind}.${format}`,
    EXPORT_ACCEPT[format],
  );
}

export function useValidateImport() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file);
      return postForm<ImportResponse>('/api/v1/imports', form);
    },
  });
}

export function useApplyImport() {
  return useMutation({
    mutationFn: (id: string) => apiRequest<ImportResponse>('POST', `/api/v1/imports/${id}/apply`),
  });
}
