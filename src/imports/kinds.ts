import { CLASSIFICATIONS } from '../auth/clearance';
import { DOCUMENT_TYPES } from '../documents/document.workflow';
import { INSTITUTION_KINDS } from '../institutions/institution.workflow';
import { SUMMIT_KINDS } from '../summits/summit.workflow';
import { documentWorkflow } from '../documents/document.workflow';
import { institutionWorkflow } from '../institutions/institution.workflow';
import { milestoneWorkflow } from '../milestones/milestone.workflow';
import { summitWorkflow } from '../summits/summit.workflow';
import type { ImportKind } from './import.entity';

export type ColumnType = 'text' | 'date' | 'enum' | 'list' | 'bool' | 'decimal';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  values?: readonly string[];
  required?: boolean;
  /** What it holds, in English (the template's second sheet adds ru, az, kk by type). */
  help: string;
}

/** Languages whose translation columns (`title.ru`, …) every kind with translations accepts. */
export const TRANSLATION_LANGUAGES = ['en', 'ru', 'az', 'kk', 'tr', 'zh'] as const;

const status = (values: readonly string[]): ColumnSpec => ({
  name: 'status',
  type: 'enum',
  values,
  help: 'Target status; the record moves there along allowed transitions (empty: leave as is).',
});
const statusReason: ColumnSpec = {
  name: 'statusReason',
  type: 'text',
  help: 'Reason for the status change, where the workflow requires one.',
};
const documentRef: ColumnSpec[] = [
  { name: 'documentReferenceNumber', type: 'text', help: 'The document, by its reference number…' },
  { name: 'documentTitle', type: 'text', help: '…or by its title' },
  { name: 'documentSignedOn', type: 'date', help: '…and signing date (YYYY-MM-DD).' },
];
const summitRef: ColumnSpec[] = [
  { name: 'summitTitle', type: 'text', help: 'The summit, by its title…' },
  { name: 'summitStartsOn', type: 'date', help: '…and first day (YYYY-MM-DD).' },
];
const translated = (fields: string[]): ColumnSpec[] =>
  TRANSLATION_LANGUAGES.flatMap((lang) =>
    fields.map((f) => ({ name: `${f}.${lang}`, type: 'text' as const, help: `${f} in ${lang}` })),
  );

export interface KindSpec {
  columns: ColumnSpec[];
  /** The columns a template shows (the translation columns are accepted but not all shown). */
  templateColumns: string[];
  example: Record<string, string>;
  workflow?: { statuses: readonly string[] };
}

const INSTITUTION_COLUMNS: ColumnSpec[] = [
  { name: 'name', type: 'text', required: true, help: 'Full name (with country: the natural key).' },
  { name: 'shortName', type: 'text', help: 'Abbreviation.' },
  { name: 'country', type: 'text', required: true, help: 'ISO 3166-1 alpha-2 code, e.g. AZ.' },
  { name: 'kind', type: 'enum', values: INSTITUTION_KINDS, required: true, help: 'Kind of institution.' },
  { name: 'website', type: 'text', help: 'http(s) address.' },
  status(institutionWorkflow.statuses),
  statusReason,
  ...translated(['name', 'shortName']),
];

const SUMMIT_COLUMNS: ColumnSpec[] = [
  { name: 'title', type: 'text', required: true, help: 'Title (with startsOn: the natural key).' },
  { name: 'kind', type: 'enum', values: SUMMIT_KINDS, required: true, help: 'Kind of event.' },
  { name: 'hostCountry', type: 'text', required: true, help: 'Host country, ISO code.' },
  { name: 'location', type: 'text', required: true, help: 'City or place.' },
  { name: 'countries', type: 'list', required: true, help: 'Participating countries, separated by ;' },
  { name: 'startsOn', type: 'date', required: true, help: 'First day, YYYY-MM-DD.' },
  { name: 'endsOn', type: 'date', required: true, help: 'Last day, YYYY-MM-DD.' },
  { name: 'summary', type: 'text', help: 'Summary.' },
  status(summitWorkflow.statuses),
  statusReason,
  ...translated(['title', 'summary']),
];

const DOCUMENT_COLUMNS: ColumnSpec[] = [
  { name: 'title', type: 'text', required: true, help: 'Title.' },
  { name: 'type', type: 'enum', values: DOCUMENT_TYPES, required: true, help: 'Type of document.' },
  {
    name: 'referenceNumber',
    type: 'text',
    help: 'Reference number: the natural key when given (else title + signedOn).',
  },
  ...summitRef,
  {
    name: 'countries',
    type: 'list',
    required: true,
    help: 'The parties, ISO codes separated by ; (a party record is created for each).',
  },
  {
    name: 'classification',
    type: 'enum',
    values: CLASSIFICATIONS,
    help: 'Default public; not above your clearance.',
  },
  { name: 'summary', type: 'text', help: 'Summary.' },
  { name: 'sectors', type: 'list', help: 'Sectors, separated by ;' },
  { name: 'signedOn', type: 'date', help: 'Signing date, YYYY-MM-DD.' },
  { name: 'placeOfSigning', type: 'text', help: 'Where it was signed.' },
  { name: 'entryIntoForceOn', type: 'date', help: 'Entry into force, YYYY-MM-DD.' },
  {
    name: 'provisionalApplicationFrom',
    type: 'date',
    help: 'Applied provisionally from, YYYY-MM-DD.',
  },
  { name: 'expiresOn', type: 'date', help: 'Expiry, YYYY-MM-DD.' },
  { name: 'legallyBinding', type: 'bool', help: 'true or false (default by type).' },
  { name: 'languages', type: 'list', help: 'Authentic languages, ISO 639-1, separated by ;' },
  status(documentWorkflow.statuses),
  statusReason,
  ...translated(['title', 'summary']),
];

const SIGNATORY_COLUMNS: ColumnSpec[] = [
  ...documentRef,
  { name: 'institutionName', type: 'text', required: true, help: 'The institution, by its name…' },
  { name: 'institutionCountry', type: 'text', required: true, help: '…and country.' },
  {
    name: 'signerName',
    type: 'text',
    required: true,
    help: 'Who signed (with document and institution: the natural key).',
  },
  { name: 'signerTitle', type: 'text', required: true, help: 'Their title.' },
  { name: 'signedOn', type: 'date', help: 'When they signed, YYYY-MM-DD.' },
  { name: 'reason', type: 'text', help: 'Required when the document is already signed.' },
];

const MILESTONE_COLUMNS: ColumnSpec[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    help: 'Title (with its document or summit: the natural key).',
  },
  { name: 'description', type: 'text', help: 'Description.' },
  ...documentRef,
  ...summitRef,
  { name: 'sector', type: 'text', help: 'Sector.' },
  {
    name: 'owners',
    type: 'list',
    help: 'Responsible institutions as Name (CC), separated by ;',
  },
  { name: 'dueOn', type: 'date', required: true, help: 'Due date, YYYY-MM-DD.' },
  { name: 'indicatorName', type: 'text', help: 'Indicator name (all indicator columns or none).' },
  { name: 'indicatorUnit', type: 'text', help: 'Indicator unit.' },
  { name: 'indicatorBaseline', type: 'decimal', help: 'Baseline value.' },
  { name: 'indicatorBaselineOn', type: 'date', help: 'Baseline date, YYYY-MM-DD.' },
  { name: 'indicatorTarget', type: 'decimal', help: 'Target value.' },
  status(milestoneWorkflow.statuses),
  statusReason,
];

const PROGRESS_COLUMNS: ColumnSpec[] = [
  {
    name: 'milestoneTitle',
    type: 'text',
    required: true,
    help: 'The milestone, by its title and its document or summit.',
  },
  ...documentRef,
  ...summitRef,
  { name: 'asOf', type: 'date', required: true, help: 'Date of the figure, YYYY-MM-DD.' },
  { name: 'value', type: 'decimal', help: 'The indicator’s value (only with an indicator).' },
  { name: 'note', type: 'text', required: true, help: 'What happened, with its source.' },
];

const base = (cols: ColumnSpec[]) => cols.filter((c) => !c.name.includes('.')).map((c) => c.name);

export const KINDS: Record<ImportKind, KindSpec> = {
  institutions: {
    columns: INSTITUTION_COLUMNS,
    templateColumns: [...base(INSTITUTION_COLUMNS), 'name.ru', 'name.az', 'name.kk'],
    example: {
      name: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
      shortName: 'MFA',
      country: 'AZ',
      kind: 'ministry',
      website: 'https://mfa.gov.az',
      status: 'active',
      'name.ru': 'Министерство иностранных дел Азербайджанской Республики',
    },
  },
  summits: {
    columns: SUMMIT_COLUMNS,
    templateColumns: [...base(SUMMIT_COLUMNS), 'title.ru', 'title.az', 'title.kk'],
    example: {
      title: 'Official visit of President Kassym-Jomart Tokayev to Azerbaijan',
      kind: 'official_visit',
      hostCountry: 'AZ',
      location: 'Baku',
      countries: 'AZ;KZ',
      startsOn: '2022-08-24',
      endsOn: '2022-08-24',
      status: 'held',
    },
  },
  documents: {
    columns: DOCUMENT_COLUMNS,
    templateColumns: [...base(DOCUMENT_COLUMNS), 'title.ru', 'title.az', 'title.kk'],
    example: {
      title: 'Declaration on strengthening strategic partnership and alliance relations',
      type: 'declaration',
      summitTitle: 'Official visit of President Kassym-Jomart Tokayev to Azerbaijan',
      summitStartsOn: '2022-08-24',
      countries: 'AZ;KZ',
      classification: 'public',
      sectors: 'politics',
      signedOn: '2022-08-24',
      placeOfSigning: 'Baku',
      status: 'draft',
    },
  },
  signatories: {
    columns: SIGNATORY_COLUMNS,
    templateColumns: base(SIGNATORY_COLUMNS),
    example: {
      documentTitle: 'Declaration on strengthening strategic partnership and alliance relations',
      documentSignedOn: '2022-08-24',
      institutionName: 'President of the Republic of Azerbaijan',
      institutionCountry: 'AZ',
      signerName: 'Ilham Aliyev',
      signerTitle: 'President of the Republic of Azerbaijan',
      signedOn: '2022-08-24',
    },
  },
  milestones: {
    columns: MILESTONE_COLUMNS,
    templateColumns: base(MILESTONE_COLUMNS),
    example: {
      title: 'Double bilateral trade turnover to $1 billion',
      documentTitle: 'Declaration on strengthening strategic partnership and alliance relations',
      documentSignedOn: '2022-08-24',
      sector: 'trade',
      dueOn: '2026-12-31',
      indicatorName: 'Bilateral trade turnover',
      indicatorUnit: 'USD',
      indicatorBaseline: '500000000',
      indicatorBaselineOn: '2022-01-01',
      indicatorTarget: '1000000000',
      status: 'in_progress',
    },
  },
  progress: {
    columns: PROGRESS_COLUMNS,
    templateColumns: base(PROGRESS_COLUMNS),
    example: {
      milestoneTitle: 'Double bilateral trade turnover to $1 billion',
      documentTitle: 'Declaration on strengthening strategic partnership and alliance relations',
      documentSignedOn: '2022-08-24',
      asOf: '2023-12-31',
      value: '600000000',
      note: 'Trade turnover in 2023 as reported by the Kazakh government.',
    },
  },
};

/** Header text as matched: case, spaces, underscores and hyphens do not matter. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

export function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

/** The known column closest to an unknown header. */
export function closest(header: string, columns: readonly ColumnSpec[]): string {
  const key = headerKey(header);
  let best = columns[0].name;
  let bestDistance = Infinity;
  for (const c of columns) {
    const distance = levenshtein(key, headerKey(c.name));
    if (distance < bestDistance) [best, bestDistance] = [c.name, distance];
  }
  return best;
}

/** The second sheet of a template: what a column holds, by type, in the four interface languages. */
export const TYPE_HELP: Record<ColumnType, Record<'en' | 'ru' | 'az' | 'kk', string>> = {
  text: { en: 'Text', ru: 'Текст', az: 'Mətn', kk: 'Мәтін' },
  date: { en: 'Date YYYY-MM-DD', ru: 'Дата ГГГГ-ММ-ДД', az: 'Tarix İİİİ-AA-GG', kk: 'Күні ЖЖЖЖ-АА-КК' },
  enum: {
    en: 'One value of the list',
    ru: 'Одно значение из списка',
    az: 'Siyahıdan bir dəyər',
    kk: 'Тізімнен бір мән',
  },
  list: {
    en: 'Values separated by ;',
    ru: 'Значения через ;',
    az: '; ilə ayrılmış dəyərlər',
    kk: '; арқылы бөлінген мәндер',
  },
  bool: { en: 'true or false', ru: 'true или false', az: 'true və ya false', kk: 'true немесе false' },
  decimal: {
    en: 'Number (point as decimal separator)',
    ru: 'Число (точка — десятичный разделитель)',
    az: 'Rəqəm (onluq ayırıcı nöqtədir)',
    kk: 'Сан (ондық бөлгіш — нүкте)',
  },
};

export const REQUIRED_HELP = { en: 'required', ru: 'обязательно', az: 'məcburi', kk: 'міндетті' } as const;
