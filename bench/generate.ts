import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { addAttachments } from './rows-files';

/**
 * Builds a realistic data set in SQL (generate_series, INSERT … SELECT), never through the API.
 * Ids are deterministic (`bench_uuid('doc', n)`), so rows reference each other by number
 * without joins and the load runner can name any row it wants.
 *
 * The audit events are realistic in shape and distribution (each entity's events scattered
 * across the log; 1 % of the documents carry half of the events, so history pages are full)
 * but their hashes are filler: `GET /audit-events/verify` reports the bench chain invalid.
 * The chain head is set after the last generated event, so new appends continue it.
 */
export interface Volume {
  institutions: number;
  summits: number;
  documents: number;
  milestones: number;
  auditEvents: number;
}

export const FULL: Volume = {
  institutions: 5_000,
  summits: 20_000,
  documents: 200_000,
  milestones: 100_000,
  auditEvents: 2_000_000,
};

export function scaled(factor: number): Volume {
  const n = (x: number) => Math.max(100, Math.round(x * factor));
  return {
    institutions: n(FULL.institutions),
    summits: n(FULL.summits),
    documents: n(FULL.documents),
    milestones: n(FULL.milestones),
    auditEvents: n(FULL.auditEvents),
  };
}

export const SYSTEM = '00000000-0000-0000-0000-000000000000';

/** A v4-shaped UUID from a kind and a number: md5, with the version and variant nibbles set. */
export const UUID_FN = `
CREATE OR REPLACE FUNCTION bench_uuid(kind text, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (substr(h, 1, 12) || '4' || substr(h, 14, 3) || '8' || substr(h, 18, 15))::uuid
    FROM md5(kind || ':' || n) AS h
$$`;

/** The same UUID as bench_uuid, computed in Node. */
export function benchUuid(kind: string, n: number): string {
  const h = createHash('md5').update(`${kind}:${n}`).digest('hex');
  const s = `${h.slice(0, 12)}4${h.slice(13, 16)}8${h.slice(17, 32)}`;
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

const COUNTRIES = `ARRAY['AZ','KZ','UZ','TR','GE','TM','KG','TJ','RU','CN','IR','DE','FR','IT','GB','US','JP','KR','IN','AE']`;
const SECTORS = `ARRAY['energy','transport','trade','culture','education','health','agriculture','finance','digital','tourism']`;
const DOC_TYPES = `ARRAY['memorandum_of_understanding','declaration','agreement','treaty','protocol','roadmap','action_plan','joint_statement','program','other']`;
const INST_KINDS = `ARRAY['head_of_state','government','ministry','agency','state_company','company','parliament','international_organization','other']`;
const SUMMIT_KINDS = `ARRAY['state_visit','official_visit','working_visit','summit','intergovernmental_commission','ministerial_meeting','business_forum','other']`;

/**
 * Document n: its status by n % 20 (in_force 40 %, the rest spread), classification by n % 10
 * (70 % public, 20 % restricted, 10 % confidential). Documents with n % 20 in 0..7 are in_force;
 * the transition load uses public and restricted ones among them.
 */
export const DOC_STATUS_SQL = `(ARRAY['in_force','in_force','in_force','in_force','in_force','in_force','in_force','in_force',
  'signed','signed','signed','draft','draft','draft','negotiation','negotiation','suspended','terminated','expired','pending_ratification'])[(g % 20) + 1]`;
export const DOC_CLASS_SQL = `(CASE WHEN g % 10 < 7 THEN 'public' WHEN g % 10 < 9 THEN 'restricted' ELSE 'confidential' END)`;

/** Numbers of in_force documents visible to a restricted user, spread over the set. */
export function transitionableDocuments(volume: Volume, count: number): number[] {
  const out: number[] = [];
  const step = Math.max(1, Math.floor(volume.documents / count / 20)) * 20;
  for (let base = 0; out.length < count && base < volume.documents; base += step) {
    for (let r = 0; r < 8 && out.length < count; r++) {
      const g = base + r + 1;
      if (g <= volume.documents && g % 10 < 9 && g % 20 < 8) out.push(g);
    }
  }
  return out;
}

/** Hot documents (1 % of them, at least 20) get half of all audit events. */
export function hotDocuments(volume: Volume): number {
  return Math.max(20, Math.floor(volume.documents / 100));
}

/** A title's words by language: [kinds, topics, parties], combined as the language puts them. */
const TITLE_WORDS: Record<'en' | 'ru' | 'az' | 'kk', [string[], string[], string[]]> = {
  en: [
    [
      'Memorandum of understanding',
      'Agreement',
      'Protocol',
      'Joint declaration',
      'Roadmap',
      'Programme',
      'Treaty',
      'Action plan',
    ],
    [
      'oil transit',
      'gas supply',
      'railway transport',
      'trade and economic cooperation',
      'cultural exchange',
      'education and science',
      'healthcare',
      'agriculture',
      'digital development',
      'tourism',
      'investment protection',
      'customs cooperation',
      'the Middle Corridor',
      'Caspian shipping',
      'renewable energy',
    ],
    [
      'between KazMunayGas and SOCAR',
      'between the Republic of Kazakhstan and the Republic of Azerbaijan',
      'between Kazakhstan Temir Zholy and Azerbaijan Railways',
      'signed by Presidents Tokayev and Aliyev',
      'between Samruk-Kazyna and the State Oil Fund of Azerbaijan',
      'between the Ministries of Energy of Kazakhstan and Azerbaijan',
      'between Uzbekistan and Türkiye',
      'between Georgia and Kazakhstan',
    ],
  ],
  ru: [
    [
      'Меморандум о взаимопонимании',
      'Соглашение',
      'Протокол',
      'Совместная декларация',
      'Дорожная карта',
      'Программа',
      'Договор',
      'План действий',
    ],
    [
      'нефти и газа',
      'транзита нефти',
      'железнодорожного транспорта',
      'торговли',
      'культуры',
      'образования и науки',
      'здравоохранения',
      'сельского хозяйства',
      'цифрового развития',
      'туризма',
      'защиты инвестиций',
      'таможенного дела',
      'Среднего коридора',
      'каспийского судоходства',
      'возобновляемой энергетики',
    ],
    [
      'между АО «КазМунайГаз» и SOCAR',
      'между Республикой Казахстан и Азербайджанской Республикой',
      'между КТЖ и Азербайджанскими железными дорогами',
      'подписанное президентами Токаевым и Алиевым',
      'между фондом «Самрук-Казына» и ГНФАР',
      'между министерствами энергетики Казахстана и Азербайджана',
      'между Узбекистаном и Турцией',
      'между Грузией и Казахстаном',
    ],
  ],
  az: [
    [
      'anlaşma memorandumu',
      'saziş',
      'protokol',
      'birgə bəyannamə',
      'yol xəritəsi',
      'proqram',
      'müqavilə',
      'fəaliyyət planı',
    ],
    [
      'neft tranziti',
      'qaz təchizatı',
      'dəmir yolu nəqliyyatı',
      'ticarət-iqtisadi əməkdaşlıq',
      'mədəni mübadilə',
      'təhsil və elm',
      'səhiyyə',
      'kənd təsərrüfatı',
      'rəqəmsal inkişaf',
      'turizm',
      'investisiyaların qorunması',
      'gömrük əməkdaşlığı',
      'Orta Dəhliz',
      'Xəzər gəmiçiliyi',
      'bərpa olunan enerji',
    ],
    [
      'KazMunayGas və SOCAR arasında',
      'Qazaxıstan Respublikası ilə Azərbaycan Respublikası arasında',
      'Qazaxıstan Dəmir Yolları və Azərbaycan Dəmir Yolları arasında',
      'Prezidentlər Tokayev və Əliyev tərəfindən imzalanan',
      'Samruk-Kazına və ARDNF arasında',
      'Qazaxıstan və Azərbaycan energetika nazirlikləri arasında',
      'Özbəkistan ilə Türkiyə arasında',
      'Gürcüstan ilə Qazaxıstan arasında',
    ],
  ],
  kk: [
    [
      'меморандум',
      'келісім',
      'хаттама',
      'бірлескен декларация',
      'жол картасы',
      'бағдарлама',
      'шарт',
      'іс-қимыл жоспары',
    ],
    [
      'мұнай транзиті',
      'газ жеткізу',
      'темір жол көлігі',
      'сауда-экономикалық ынтымақтастық',
      'мәдени алмасу',
      'білім және ғылым',
      'денсаулық сақтау',
      'ауыл шаруашылығы',
      'цифрлық даму',
      'туризм',
      'инвестицияларды қорғау',
      'кеден ісі',
      'Орта дәліз',
      'Каспий кеме қатынасы',
      'жаңартылатын энергетика',
    ],
    [
      'ҚазМұнайГаз бен SOCAR арасындағы',
      'Қазақстан Республикасы мен Әзірбайжан Республикасы арасындағы',
      'ҚТЖ мен Әзірбайжан темір жолдары арасындағы',
      'Президенттер Тоқаев пен Әлиев қол қойған',
      '«Самұрық-Қазына» мен ӘРМҚ арасындағы',
      'Қазақстан мен Әзірбайжан энергетика министрліктері арасындағы',
      'Өзбекстан мен Түркия арасындағы',
      'Грузия мен Қазақстан арасындағы',
    ],
  ],
};

const sqlArray = (words: string[]) => `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * Document g's title, in SQL: a language by g % 4 (en, ru, az, kk), then a kind, a topic and the
 * parties chosen by other digits of g, joined as each language joins them, and a year:
 * "Agreement on oil transit between KazMunayGas and SOCAR (2017)", "Соглашение о сотрудничестве
 * в области транзита нефти …", "… neft tranziti haqqında anlaşma memorandumu", "… мұнай
 * транзиті туралы меморандум".
 */
export const DOC_TITLE_SQL = (() => {
  const pick = (lang: keyof typeof TITLE_WORDS, part: number, index: string) =>
    `(${sqlArray(TITLE_WORDS[lang][part])})[(${index}) % ${TITLE_WORDS[lang][part].length} + 1]`;
  const kind = (l: keyof typeof TITLE_WORDS) => pick(l, 0, 'g / 4');
  const topic = (l: keyof typeof TITLE_WORDS) => pick(l, 1, 'g / 32');
  const party = (l: keyof typeof TITLE_WORDS) => pick(l, 2, 'g / 7');
  const year = `' (' || (2005 + g % 20) || ')'`;
  return `(CASE g % 4
    WHEN 0 THEN ${kind('en')} || ' on ' || ${topic('en')} || ' ' || ${party('en')}
    WHEN 1 THEN ${kind('ru')} || ' о сотрудничестве в области ' || ${topic('ru')} || ' ' || ${party('ru')}
    WHEN 2 THEN ${party('az')} || ' ' || ${topic('az')} || ' haqqında ' || ${kind('az')}
    ELSE ${party('kk')} || ' ' || ${topic('kk')} || ' туралы ' || ${kind('kk')} END) || ${year}`;
})();

function statements(v: Volume): { core: string[]; audit: string[] } {
  const hot = hotDocuments(v);
  const core = [
    `INSERT INTO institutions (id, created_by, updated_by, created_at, updated_at, name, short_name, country, kind, website, status)
     SELECT bench_uuid('inst', g), '${SYSTEM}', '${SYSTEM}', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
            'Institution ' || g || ' of ' || (${COUNTRIES})[(g % 20) + 1], 'I' || g, (${COUNTRIES})[(g % 20) + 1],
            (${INST_KINDS})[(g % 9) + 1], 'https://example.org/' || g, CASE WHEN g % 50 = 0 THEN 'defunct' ELSE 'active' END
       FROM generate_series(1, ${v.institutions}) g`,
    `INSERT INTO summits (id, created_by, updated_by, created_at, updated_at, title, kind, host_country, location, countries,
                          starts_on, ends_on, participants, summary, status)
     SELECT bench_uuid('summit', g), '${SYSTEM}', '${SYSTEM}', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
            'Summit ' || g || ' in ' || (${COUNTRIES})[(g % 20) + 1], (${SUMMIT_KINDS})[(g % 8) + 1], (${COUNTRIES})[(g % 20) + 1],
            'City ' || (g % 300), ARRAY[(${COUNTRIES})[(g % 20) + 1], (${COUNTRIES})[((g + 7) % 20) + 1]],
            DATE '2025-12-31' - (g % 7300), DATE '2025-12-31' - (g % 7300) + 2,
            jsonb_build_array(jsonb_build_object('name', 'Leader ' || g, 'title', 'President', 'country', (${COUNTRIES})[(g % 20) + 1])),
            'Summary of summit ' || g, CASE WHEN g % 10 = 0 THEN 'planned' WHEN g % 10 = 1 THEN 'cancelled' ELSE 'held' END
       FROM generate_series(1, ${v.summits}) g`,
    `INSERT INTO documents (id, created_by, updated_by, created_at, updated_at, title, type, reference_number, summit_id, countries,
                            classification, summary, sectors, signed_on, place_of_signing, entry_into_force_on, expires_on, status)
     SELECT bench_uuid('doc', g), '${SYSTEM}', '${SYSTEM}', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
            ${DOC_TITLE_SQL},
            (${DOC_TYPES})[(g % 10) + 1], 'REF-' || g, bench_uuid('summit', (g % ${v.summits}) + 1),
            ARRAY[(${COUNTRIES})[(g % 20) + 1], (${COUNTRIES})[((g + 7) % 20) + 1]],
            ${DOC_CLASS_SQL}, 'Summary of document ' || g || '. ' || repeat('Lorem ipsum dolor sit amet. ', 3),
            ARRAY[(${SECTORS})[(g % 10) + 1], (${SECTORS})[((g + 3) % 10) + 1]],
            CASE WHEN g % 20 >= 11 AND g % 20 < 16 THEN NULL ELSE DATE '2025-12-31' - (g % 7300) END,
            'City ' || (g % 300),
            CASE WHEN ${DOC_STATUS_SQL} IN ('in_force', 'suspended', 'terminated', 'expired') THEN DATE '2025-12-31' - (g % 7300) + 30 END,
            CASE WHEN g % 20 = 18 THEN DATE '2025-12-31' - (g % 7300) + 400 END,
            ${DOC_STATUS_SQL}
       FROM generate_series(1, ${v.documents}) g`,
    `INSERT INTO signatories (id, created_by, updated_by, created_at, updated_at, document_id, institution_id, signer_name, signer_title, signed_on)
     SELECT bench_uuid('sig', g * 2 + k), '${SYSTEM}', '${SYSTEM}', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
            bench_uuid('doc', g), bench_uuid('inst', ((g * 2 + k) % ${v.institutions}) + 1),
            'Signer ' || g || '-' || k, CASE k WHEN 0 THEN 'Minister' ELSE 'Deputy Minister' END, DATE '2025-12-31' - (g % 7300)
       FROM generate_series(1, ${v.documents}) g, generate_series(0, 1) k`,
    `INSERT INTO milestones (id, created_by, updated_by, created_at, updated_at, title, description, document_id, summit_id, sector, due_on,
                             indicator_name, indicator_unit, indicator_baseline, indicator_baseline_on, indicator_target,
                             latest_value, latest_as_of, completed_on, status)
     SELECT bench_uuid('ms', g), '${SYSTEM}', '${SYSTEM}', now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval,
            'Milestone ' || g, 'Implementation step ' || g, bench_uuid('doc', (g * 2 % ${v.documents}) + 1),
            bench_uuid('summit', (g % ${v.summits}) + 1), (${SECTORS})[(g % 10) + 1],
            CURRENT_DATE + ((g % 1460) - 730),
            CASE WHEN g % 10 < 7 THEN 'Indicator ' || (g % 10) END, CASE WHEN g % 10 < 7 THEN 'USD m' END,
            CASE WHEN g % 10 < 7 THEN (g % 100)::numeric END, CASE WHEN g % 10 < 7 THEN DATE '2020-01-01' END,
            CASE WHEN g % 10 < 7 THEN (g % 100 + 100 + g % 7)::numeric END,
            CASE WHEN g % 10 < 7 THEN (g % 100 + g % 113)::numeric END, CASE WHEN g % 10 < 7 THEN CURRENT_DATE - (g % 200) END,
            CASE WHEN g % 8 = 4 THEN CURRENT_DATE - (g % 300) END,
            (ARRAY['planned','in_progress','in_progress','at_risk','completed','blocked','in_progress','cancelled'])[(g % 8) + 1]
       FROM generate_series(1, ${v.milestones}) g`,
    `INSERT INTO milestone_owners (milestone_id, institution_id)
     SELECT bench_uuid('ms', g), bench_uuid('inst', ((g * 7 + k) % ${v.institutions}) + 1)
       FROM generate_series(1, ${v.milestones}) g, generate_series(0, 1) k WHERE k = 0 OR g % 3 = 0`,
    `INSERT INTO progress_reports (milestone_id, as_of, value, note, created_at, created_by)
     SELECT bench_uuid('ms', g), CURRENT_DATE - (g % 200) - k * 30, (g % 100 + g % 113 - k)::numeric, 'Report ' || k,
            now() - (k || ' days')::interval, '${SYSTEM}'
       FROM generate_series(1, ${v.milestones}) g, generate_series(0, 2) k WHERE g % 10 < 7`,
    `INSERT INTO status_changes (entity_type, entity_id, from_status, to_status, at, actor_id, reason, effective_on)
     SELECT 'document', bench_uuid('doc', g), 'signed', ${DOC_STATUS_SQL}, now() - (g || ' minutes')::interval, '${SYSTEM}', NULL, NULL
       FROM generate_series(1, ${v.documents}) g WHERE ${DOC_STATUS_SQL} <> 'signed'`,
  ];
  // Events oldest first: seq g happens (N - g) seconds before now. Even g: a hot document;
  // odd g: documents round-robin (a create, then updates), with a few other entity types.
  const n = v.auditEvents;
  const docOf = `(CASE WHEN g % 2 = 0 THEN ((g / 2) * 7919) % ${hot} + 1 ELSE ((g / 2) % ${v.documents}) + 1 END)`;
  const audit = [
    `INSERT INTO audit_events (seq, id, occurred_at, actor_id, actor_email, action, entity_type, entity_id, changes, reason,
                               request_id, document_id, milestone_id, classification, hash, prev_hash)
     SELECT g, bench_uuid('ev', g), now() - ((${n} - g) || ' seconds')::interval, '${SYSTEM}', 'system@pacta.local',
            CASE WHEN g % 2 = 1 AND g / 2 < ${v.documents} THEN 'create' WHEN g % 11 = 0 THEN 'transition' ELSE 'update' END,
            'document', bench_uuid('doc', d), 
            CASE WHEN g % 2 = 1 AND g / 2 < ${v.documents} THEN jsonb_build_object('title', jsonb_build_array(NULL, 'Document ' || d), 'status', jsonb_build_array(NULL, 'draft'))
                 ELSE jsonb_build_object('summary', jsonb_build_array('Summary ' || (g - 1), 'Summary ' || g), 'version', jsonb_build_array(g % 50, g % 50 + 1)) END,
            CASE WHEN g % 11 = 0 THEN 'Reason ' || g END, 'req-' || g, bench_uuid('doc', d), NULL,
            (CASE WHEN d % 10 < 7 THEN 'public' WHEN d % 10 < 9 THEN 'restricted' ELSE 'confidential' END),
            md5('h' || g) || md5('i' || g), md5('h' || (g - 1)) || md5('i' || (g - 1))
       FROM generate_series(1::bigint, ${n}::bigint) g, LATERAL (SELECT ${docOf} AS d) x`,
    `UPDATE audit_chain_head SET seq = ${n}, hash = md5('h' || ${n}) || md5('i' || ${n}), prev_hash = md5('h' || ${n - 1}) || md5('i' || ${n - 1}) WHERE id = 1`,
  ];
  return { core, audit };
}

async function session(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'pacta-bench-generate' });
  await client.connect();
  await client.query(
    `SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET work_mem = '64MB'`,
  );
  return client;
}

/**
 * Fills a migrated database: the registers on one connection and the audit log on another, in
 * parallel (the audit log references nothing), then VACUUM ANALYZE for fresh statistics and
 * visibility maps. Returns the seconds taken.
 */
export async function generate(url: string, volume: Volume, log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const a = await session(url);
  const b = await session(url);
  try {
    await a.query(UUID_FN);
    const { core, audit } = statements(volume);
    const runAll = async (client: Client, list: string[]) => {
      for (const sql of list) await client.query(sql);
    };
    await Promise.all([runAll(a, core).then(() => addAttachments(a, volume)), runAll(b, audit)]);
    log(`  rows inserted in ${((Date.now() - started) / 1000).toFixed(1)} s; VACUUM ANALYZE…`);
    const tables = [
      'institutions',
      'summits',
      'documents',
      'signatories',
      'milestones',
      'milestone_owners',
      // Filled by the dashboard's triggers (migration MilestoneRollups) as the two above went in.
      'milestone_rollup',
      'milestone_group_rollup',
      'progress_reports',
      'status_changes',
      // Filled by the search triggers as the rows above went in.
      'search_entries',
      'search_words',
    ];
    await Promise.all([
      (async () => {
        for (const t of tables) await a.query(`VACUUM (ANALYZE) ${t}`);
      })(),
      b.query('VACUUM (ANALYZE) audit_events'),
    ]);
  } finally {
    await a.end();
    await b.end();
  }
  return (Date.now() - started) / 1000;
}
