import { useMutation } from '@tanstack/react-query';
import {
  apiRequest,
  downloadFile,
  EXPORT_ACCEPT,
  postForm,
  type ExportFormat,
} from '../../../lib/api/client';
import type { CAPABILITIES } from '../../../lib/auth/session';

/**
 * The import API of spec §15, typed by hand until its routes are in the OpenAPI document this
 * web app is generated from (then these types give way to `Schemas['Import…']`).
 */
export const IMPORT_KINDS = [
  'institutions',
  'summits',
  'documents',
  'signatories',
  'milestones',
  'progress',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Who may import what (§3): registers for editors, milestones and progress for managers. */
export const IMPORT_CAPABILITY: Record<ImportKind, keyof typeof CAPABILITIES> = {
  institutions: 'editRegisters',
  summits: 'editRegisters',
  documents: 'editRegisters',
  signatories: 'editRegisters',
  milestones: 'editMilestones',
  progress: 'editMilestones',
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

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
}

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

/** POST /api/v1/imports → 201: the validation of every row, nothing written yet. */
export interface ImportPreview {
  id: string;
  kind: ImportKind;
  status: 'validated' | 'invalid' | (string & {});
  rows: number;
  errors: ImportRowError[];
  preview: ImportCounts;
}

/** POST /api/v1/imports/{id}/apply: the counts written (read loosely: the preview's shape or flat). */
export type ImportApplied = Partial<ImportPreview> & Partial<ImportCounts> & { status?: string };

export function appliedCounts(result: ImportApplied): ImportCounts {
  const counts = result.preview ?? result;
  return { create: counts.create ?? 0, update: counts.update ?? 0, unchanged: counts.unchanged ?? 0 };
}

export function downloadTemplate(kind: ImportKind, format: ExportFormat): Promise<void> {
  return downloadFile(
    `/api/v1/imports/templates/${kind}?format=${format}`,
    EXPORT_ACCEPT[format],
    `${kind}-template.${format}`,
  );
}

export function useValidateImport() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => {
      const form = new FormData();
      form.append('kind', kind);
      form.append('file', file);
      return postForm<ImportPreview>('/api/v1/imports', form);
    },
  });
}

export function useApplyImport() {
  return useMutation({
    mutationFn: (id: string) => apiRequest<ImportApplied>('POST', `/api/v1/imports/${id}/apply`),
  });
}
