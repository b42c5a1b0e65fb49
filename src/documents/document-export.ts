import type { ExportColumn } from '../common/csv-export';
import type { DocumentRow } from './documents.service';

/**
 * The columns of a documents CSV or XLSX export (`type`: the XLSX cell type). In a module of their
 * own, free of Nest and TypeORM, so that the benchmark's raw server writes the same columns.
 */
export const EXPORT_COLUMNS: ExportColumn<DocumentRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title, type: 'text' },
  { header: 'type', value: (r) => r.type },
  { header: 'status', value: (r) => r.status },
  { header: 'referenceNumber', value: (r) => r.referenceNumber, type: 'text' },
  { header: 'classification', value: (r) => r.classification },
  { header: 'countries', value: (r) => r.countries },
  { header: 'sectors', value: (r) => r.sectors },
  { header: 'summitId', value: (r) => r.summitId },
  { header: 'summitTitle', value: (r) => r.summitTitle },
  { header: 'signatoryCount', value: (r) => r.signatoryCount, type: 'number' },
  { header: 'signedOn', value: (r) => r.signedOn, type: 'date' },
  { header: 'placeOfSigning', value: (r) => r.placeOfSigning, type: 'text' },
  { header: 'entryIntoForceOn', value: (r) => r.entryIntoForceOn, type: 'date' },
  { header: 'expiresOn', value: (r) => r.expiresOn, type: 'date' },
  { header: 'parentId', value: (r) => r.parentId },
  { header: 'relation', value: (r) => r.relation },
  { header: 'supersededById', value: (r) => r.supersededById },
  { header: 'summary', value: (r) => r.summary, type: 'text' },
  { header: 'legallyBinding', value: (r) => r.legallyBinding, type: 'boolean' },
  { header: 'languages', value: (r) => r.languages },
  { header: 'provisionalApplicationFrom', value: (r) => r.provisionalApplicationFrom, type: 'date' },
  { header: 'expectedEntryIntoForceOn', value: (r) => r.expectedEntryIntoForceOn, type: 'date' },
  { header: 'version', value: (r) => r.version, type: 'number' },
  { header: 'createdAt', value: (r) => r.createdAt, type: 'datetime' },
  { header: 'updatedAt', value: (r) => r.updatedAt, type: 'datetime' },
];
