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

/** The four interface languages (§16): a template explains each column in all of them. */
export const HELP_LANGUAGES = ['en', 'ru', 'az', 'kk'] as const;
export type HelpLanguage = (typeof HELP_LANGUAGES)[number];
export type Help = Record<HelpLanguage, string>;

/** English, Russian, Azerbaijani (Latin) and Kazakh (Cyrillic), in that order. */
const h = (en: string, ru: string, az: string, kk: string): Help => ({ en, ru, az, kk });

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  values?: readonly string[];
  required?: boolean;
  /** What it holds, in the four interface languages (the template's second sheet). */
  help: Help;
}

/** Languages whose translation columns (`title.ru`, …) every kind with translations accepts. */
export const TRANSLATION_LANGUAGES = ['en', 'ru', 'az', 'kk', 'tr', 'zh'] as const;

/** "in Russian" for each translation language, said in each interface language. */
const IN_LANGUAGE: Record<(typeof TRANSLATION_LANGUAGES)[number], Help> = {
  en: h('in English', 'на английском языке', 'ingilis dilində', 'ағылшын тілінде'),
  ru: h('in Russian', 'на русском языке', 'rus dilində', 'орыс тілінде'),
  az: h('in Azerbaijani', 'на азербайджанском языке', 'Azərbaycan dilində', 'әзірбайжан тілінде'),
  kk: h('in Kazakh', 'на казахском языке', 'qazax dilində', 'қазақ тілінде'),
  tr: h('in Turkish', 'на турецком языке', 'türk dilində', 'түрік тілінде'),
  zh: h('in Chinese', 'на китайском языке', 'Çin dilində', 'қытай тілінде'),
};

/** The translatable fields, named in each interface language. */
const FIELD_NAMES: Record<string, Help> = {
  name: h('Name', 'Наименование', 'Adı', 'Атауы'),
  shortName: h('Short name', 'Краткое наименование', 'Qısa adı', 'Қысқаша атауы'),
  title: h('Title', 'Название', 'Adı', 'Атауы'),
  summary: h('Summary', 'Краткое содержание', 'Xülasə', 'Қысқаша мазмұны'),
};

const status = (values: readonly string[]): ColumnSpec => ({
  name: 'status',
  type: 'enum',
  values,
  help: h(
    'Target status; the record moves there along allowed transitions (empty: leave as is).',
    'Целевой статус; запись переходит в него по разрешённым переходам (пусто — статус не меняется).',
    'Hədəf status; qeyd icazə verilən keçidlərlə bu statusa keçir (boş: status dəyişmir).',
    'Мақсатты мәртебе; жазба оған рұқсат етілген өтулер арқылы өтеді (бос болса — мәртебе өзгермейді).',
  ),
});
const statusReason: ColumnSpec = {
  name: 'statusReason',
  type: 'text',
  help: h(
    'Reason for the status change, where the workflow requires one.',
    'Причина смены статуса, если её требует порядок переходов.',
    'Statusun dəyişmə səbəbi (iş axını bunu tələb etdikdə).',
    'Мәртебені өзгерту себебі (жұмыс тәртібі оны талап еткенде).',
  ),
};
const documentRef: ColumnSpec[] = [
  {
    name: 'documentReferenceNumber',
    type: 'text',
    help: h(
      'The document, by its reference number…',
      'Документ — по его регистрационному номеру…',
      'Sənəd — qeydiyyat nömrəsi ilə…',
      'Құжат — тіркеу нөмірі бойынша…',
    ),
  },
  {
    name: 'documentTitle',
    type: 'text',
    help: h('…or by its title', '…или по названию', '…və ya adı ilə', '…немесе атауы бойынша'),
  },
  {
    name: 'documentSignedOn',
    type: 'date',
    help: h(
      '…and signing date (YYYY-MM-DD).',
      '…и дате подписания (ГГГГ-ММ-ДД).',
      '…və imzalanma tarixi ilə (İİİİ-AA-GG).',
      '…және қол қойылған күні бойынша (ЖЖЖЖ-АА-КК).',
    ),
  },
];
const summitRef: ColumnSpec[] = [
  {
    name: 'summitTitle',
    type: 'text',
    help: h(
      'The summit, by its title…',
      'Встреча на высшем уровне — по названию…',
      'Sammit — adı ilə…',
      'Жоғары деңгейдегі кездесу — атауы бойынша…',
    ),
  },
  {
    name: 'summitStartsOn',
    type: 'date',
    help: h(
      '…and first day (YYYY-MM-DD).',
      '…и первому дню (ГГГГ-ММ-ДД).',
      '…və ilk günü ilə (İİİİ-AA-GG).',
      '…және бірінші күні бойынша (ЖЖЖЖ-АА-КК).',
    ),
  },
];
const translated = (fields: string[]): ColumnSpec[] =>
  TRANSLATION_LANGUAGES.flatMap((lang) =>
    fields.map((f) => ({
      name: `${f}.${lang}`,
      type: 'text' as const,
      help: h(
        `${FIELD_NAMES[f].en} ${IN_LANGUAGE[lang].en}.`,
        `${FIELD_NAMES[f].ru} ${IN_LANGUAGE[lang].ru}.`,
        `${FIELD_NAMES[f].az} ${IN_LANGUAGE[lang].az}.`,
        `${FIELD_NAMES[f].kk} ${IN_LANGUAGE[lang].kk}.`,
      ),
    })),
  );

/** Date-only columns: "<what>, YYYY-MM-DD." in each language. */
const dated = (en: string, ru: string, az: string, kk: string): Help =>
  h(`${en}, YYYY-MM-DD.`, `${ru}, ГГГГ-ММ-ДД.`, `${az}, İİİİ-AA-GG.`, `${kk}, ЖЖЖЖ-АА-КК.`);

const SUMMARY = h('Summary.', 'Краткое содержание.', 'Xülasə.', 'Қысқаша мазмұны.');

export interface KindSpec {
  columns: ColumnSpec[];
  /** The columns a template shows (the translation columns are accepted but not all shown). */
  templateColumns: string[];
  example: Record<string, string>;
  workflow?: { statuses: readonly string[] };
}

const INSTITUTION_COLUMNS: ColumnSpec[] = [
  {
    name: 'name',
    type: 'text',
    required: true,
    help: h(
      'Full name (with country: the natural key).',
      'Полное наименование (вместе со страной — естественный ключ).',
      'Tam adı (ölkə ilə birlikdə — təbii açar).',
      'Толық атауы (елімен бірге — табиғи кілт).',
    ),
  },
  {
    name: 'shortName',
    type: 'text',
    help: h('Abbreviation.', 'Сокращённое наименование.', 'Qısaldılmış adı.', 'Қысқартылған атауы.'),
  },
  {
    name: 'country',
    type: 'text',
    required: true,
    help: h(
      'ISO 3166-1 alpha-2 code, e.g. AZ.',
      'Код страны ISO 3166-1 alpha-2, например AZ.',
      'Ölkənin ISO 3166-1 alpha-2 kodu, məsələn AZ.',
      'Елдің ISO 3166-1 alpha-2 коды, мысалы AZ.',
    ),
  },
  {
    name: 'kind',
    type: 'enum',
    values: INSTITUTION_KINDS,
    required: true,
    help: h('Kind of institution.', 'Вид организации.', 'Qurumun növü.', 'Ұйымның түрі.'),
  },
  {
    name: 'website',
    type: 'text',
    help: h(
      'http(s) address.',
      'Адрес сайта (http или https).',
      'Saytın ünvanı (http və ya https).',
      'Сайттың мекенжайы (http немесе https).',
    ),
  },
  status(institutionWorkflow.statuses),
  statusReason,
  ...translated(['name', 'shortName']),
];

const SUMMIT_COLUMNS: ColumnSpec[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    help: h(
      'Title (with startsOn: the natural key).',
      'Название (вместе с startsOn — естественный ключ).',
      'Adı (startsOn ilə birlikdə — təbii açar).',
      'Атауы (startsOn бағанымен бірге — табиғи кілт).',
    ),
  },
  {
    name: 'kind',
    type: 'enum',
    values: SUMMIT_KINDS,
    required: true,
    help: h('Kind of event.', 'Вид мероприятия.', 'Tədbirin növü.', 'Іс-шараның түрі.'),
  },
  {
    name: 'hostCountry',
    type: 'text',
    required: true,
    help: h(
      'Host country, ISO code.',
      'Принимающая страна, код ISO.',
      'Ev sahibi ölkə, ISO kodu.',
      'Қабылдаушы ел, ISO коды.',
    ),
  },
  {
    name: 'location',
    type: 'text',
    required: true,
    help: h(
      'City or place.',
      'Город или место проведения.',
      'Şəhər və ya keçirildiyi yer.',
      'Қала немесе өткізілетін орны.',
    ),
  },
  {
    name: 'countries',
    type: 'list',
    required: true,
    help: h(
      'Participating countries, separated by ;',
      'Страны-участницы, через ;',
      'İştirakçı ölkələr, ; ilə ayrılır',
      'Қатысушы елдер, ; арқылы бөлінеді',
    ),
  },
  {
    name: 'startsOn',
    type: 'date',
    required: true,
    help: dated('First day', 'Первый день', 'İlk gün', 'Бірінші күні'),
  },
  {
    name: 'endsOn',
    type: 'date',
    required: true,
    help: dated('Last day', 'Последний день', 'Son gün', 'Соңғы күні'),
  },
  { name: 'summary', type: 'text', help: SUMMARY },
  status(summitWorkflow.statuses),
  statusReason,
  ...translated(['title', 'summary']),
];

const DOCUMENT_COLUMNS: ColumnSpec[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    help: h('Title.', 'Название.', 'Adı.', 'Атауы.'),
  },
  {
    name: 'type',
    type: 'enum',
    values: DOCUMENT_TYPES,
    required: true,
    help: h('Type of document.', 'Вид документа.', 'Sənədin növü.', 'Құжаттың түрі.'),
  },
  {
    name: 'referenceNumber',
    type: 'text',
    help: h(
      'Reference number: the natural key when given (else title + signedOn).',
      'Регистрационный номер: если указан, это естественный ключ (иначе — название и signedOn).',
      'Qeydiyyat nömrəsi: göstərildikdə təbii açardır (əks halda — ad və signedOn).',
      'Тіркеу нөмірі: көрсетілсе, табиғи кілт болады (әйтпесе — атауы мен signedOn).',
    ),
  },
  ...summitRef,
  {
    name: 'countries',
    type: 'list',
    required: true,
    help: h(
      'The parties, ISO codes separated by ; (a party record is created for each).',
      'Стороны — коды ISO через ; (для каждой создаётся запись о стороне).',
      'Tərəflər — ; ilə ayrılmış ISO kodları (hər biri üçün tərəf qeydi yaradılır).',
      'Тараптар — ; арқылы бөлінген ISO кодтары (әрқайсысына тарап жазбасы жасалады).',
    ),
  },
  {
    name: 'classification',
    type: 'enum',
    values: CLASSIFICATIONS,
    help: h(
      'Default public; not above your clearance.',
      'Гриф; по умолчанию public, не выше вашего допуска.',
      'Məxfilik dərəcəsi; standart olaraq public, buraxılış dərəcənizdən yuxarı olmamalıdır.',
      'Құпиялылық белгісі; әдепкі бойынша public, рұқсат деңгейіңізден жоғары болмауы керек.',
    ),
  },
  { name: 'summary', type: 'text', help: SUMMARY },
  {
    name: 'sectors',
    type: 'list',
    help: h(
      'Sectors, separated by ;',
      'Отрасли, через ;',
      'Sahələr, ; ilə ayrılır',
      'Салалар, ; арқылы бөлінеді',
    ),
  },
  {
    name: 'signedOn',
    type: 'date',
    help: dated('Signing date', 'Дата подписания', 'İmzalanma tarixi', 'Қол қойылған күні'),
  },
  {
    name: 'placeOfSigning',
    type: 'text',
    help: h('Where it was signed.', 'Место подписания.', 'İmzalandığı yer.', 'Қол қойылған жері.'),
  },
  {
    name: 'entryIntoForceOn',
    type: 'date',
    help: dated('Entry into force', 'Дата вступления в силу', 'Qüvvəyə minmə tarixi', 'Күшіне енген күні'),
  },
  {
    name: 'provisionalApplicationFrom',
    type: 'date',
    help: dated(
      'Applied provisionally from',
      'Временно применяется с',
      'Müvəqqəti tətbiq olunduğu tarix',
      'Уақытша қолданыла бастаған күні',
    ),
  },
  {
    name: 'expiresOn',
    type: 'date',
    help: dated(
      'Expiry',
      'Дата истечения срока действия',
      'Qüvvədən düşmə tarixi',
      'Қолданылу мерзімі аяқталатын күні',
    ),
  },
  {
    name: 'legallyBinding',
    type: 'bool',
    help: h(
      'true or false (default by type).',
      'Юридически обязывающий: true или false (по умолчанию — по виду документа).',
      'Hüquqi cəhətdən məcburidir: true və ya false (standart olaraq sənədin növünə görə).',
      'Заңды түрде міндетті: true немесе false (әдепкі бойынша — құжаттың түріне қарай).',
    ),
  },
  {
    name: 'languages',
    type: 'list',
    help: h(
      'Authentic languages, ISO 639-1, separated by ;',
      'Языки аутентичных текстов, коды ISO 639-1, через ;',
      'Autentik mətnlərin dilləri, ISO 639-1 kodları, ; ilə ayrılır',
      'Түпнұсқа мәтіндердің тілдері, ISO 639-1 кодтары, ; арқылы бөлінеді',
    ),
  },
  status(documentWorkflow.statuses),
  statusReason,
  ...translated(['title', 'summary']),
];

const SIGNATORY_COLUMNS: ColumnSpec[] = [
  ...documentRef,
  {
    name: 'institutionName',
    type: 'text',
    required: true,
    help: h(
      'The institution, by its name…',
      'Организация — по наименованию…',
      'Qurum — adı ilə…',
      'Ұйым — атауы бойынша…',
    ),
  },
  {
    name: 'institutionCountry',
    type: 'text',
    required: true,
    help: h('…and country.', '…и стране.', '…və ölkəsi ilə.', '…және елі бойынша.'),
  },
  {
    name: 'signerName',
    type: 'text',
    required: true,
    help: h(
      'Who signed (with document and institution: the natural key).',
      'Кто подписал (вместе с документом и организацией — естественный ключ).',
      'İmzalayan şəxs (sənəd və qurumla birlikdə — təbii açar).',
      'Қол қойған адам (құжатпен және ұйыммен бірге — табиғи кілт).',
    ),
  },
  {
    name: 'signerTitle',
    type: 'text',
    required: true,
    help: h('Their title.', 'Должность подписанта.', 'İmzalayanın vəzifəsi.', 'Қол қоюшының лауазымы.'),
  },
  {
    name: 'signedOn',
    type: 'date',
    help: dated('When they signed', 'Дата подписи', 'İmza tarixi', 'Қол қойған күні'),
  },
  {
    name: 'reason',
    type: 'text',
    help: h(
      'Reason; required when the document is already signed.',
      'Причина; обязательна, если документ уже подписан.',
      'Səbəb; sənəd artıq imzalanıbsa, məcburidir.',
      'Себебі; құжатқа қол қойылып қойған болса, міндетті.',
    ),
  },
];

const MILESTONE_COLUMNS: ColumnSpec[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    help: h(
      'Title (with its document or summit: the natural key).',
      'Название этапа (вместе с его документом или встречей — естественный ключ).',
      'Mərhələnin adı (sənədi və ya sammiti ilə birlikdə — təbii açar).',
      'Кезеңнің атауы (құжатымен немесе кездесуімен бірге — табиғи кілт).',
    ),
  },
  {
    name: 'description',
    type: 'text',
    help: h('Description.', 'Описание.', 'Təsviri.', 'Сипаттамасы.'),
  },
  ...documentRef,
  ...summitRef,
  { name: 'sector', type: 'text', help: h('Sector.', 'Отрасль.', 'Sahə.', 'Сала.') },
  {
    name: 'owners',
    type: 'list',
    help: h(
      'Responsible institutions as Name (CC), separated by ;',
      'Ответственные организации в виде «Наименование (CC)», через ;',
      'Məsul qurumlar «Ad (CC)» şəklində, ; ilə ayrılır',
      'Жауапты ұйымдар «Атауы (CC)» түрінде, ; арқылы бөлінеді',
    ),
  },
  {
    name: 'dueOn',
    type: 'date',
    required: true,
    help: dated('Due date', 'Срок исполнения', 'İcra müddəti', 'Орындау мерзімі'),
  },
  {
    name: 'indicatorName',
    type: 'text',
    help: h(
      'Indicator name (all indicator columns or none).',
      'Название показателя (заполняются все столбцы показателя или ни одного).',
      'Göstəricinin adı (göstəricinin ya bütün sütunları, ya da heç biri doldurulur).',
      'Көрсеткіштің атауы (көрсеткіштің не барлық бағандары, не ешқайсысы толтырылады).',
    ),
  },
  {
    name: 'indicatorUnit',
    type: 'text',
    help: h(
      'Indicator unit.',
      'Единица измерения показателя.',
      'Göstəricinin ölçü vahidi.',
      'Көрсеткіштің өлшем бірлігі.',
    ),
  },
  {
    name: 'indicatorBaseline',
    type: 'decimal',
    help: h('Baseline value.', 'Базовое значение.', 'Baza dəyəri.', 'Базалық мәні.'),
  },
  {
    name: 'indicatorBaselineOn',
    type: 'date',
    help: dated('Baseline date', 'Дата базового значения', 'Baza dəyərinin tarixi', 'Базалық мәннің күні'),
  },
  {
    name: 'indicatorTarget',
    type: 'decimal',
    help: h('Target value.', 'Целевое значение.', 'Hədəf dəyəri.', 'Мақсатты мәні.'),
  },
  status(milestoneWorkflow.statuses),
  statusReason,
];

const PROGRESS_COLUMNS: ColumnSpec[] = [
  {
    name: 'milestoneTitle',
    type: 'text',
    required: true,
    help: h(
      'The milestone, by its title and its document or summit.',
      'Этап — по названию и его документу или встрече.',
      'Mərhələ — adı və sənədi və ya sammiti ilə.',
      'Кезең — атауы және оның құжаты немесе кездесуі бойынша.',
    ),
  },
  ...documentRef,
  ...summitRef,
  {
    name: 'asOf',
    type: 'date',
    required: true,
    help: dated(
      'Date of the figure',
      'Дата, на которую дано значение',
      'Göstəricinin aid olduğu tarix',
      'Көрсеткіш берілген күн',
    ),
  },
  {
    name: 'value',
    type: 'decimal',
    help: h(
      'The indicator’s value (only with an indicator).',
      'Значение показателя (только если у этапа есть показатель).',
      'Göstəricinin dəyəri (yalnız mərhələnin göstəricisi olduqda).',
      'Көрсеткіштің мәні (тек кезеңнің көрсеткіші болғанда).',
    ),
  },
  {
    name: 'note',
    type: 'text',
    required: true,
    help: h(
      'What happened, with its source.',
      'Что произошло, с указанием источника.',
      'Nə baş verdi, mənbəyi göstərilməklə.',
      'Не болғаны, дереккөзі көрсетіліп.',
    ),
  },
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
export const TYPE_HELP: Record<ColumnType, Help> = {
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

export const REQUIRED_HELP: Help = { en: 'required', ru: 'обязательно', az: 'məcburi', kk: 'міндетті' };
