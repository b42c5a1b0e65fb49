/**
 * The Azerbaijan–Kazakhstan record of 2022–2023 (spec §9), from public reporting: Akorda and
 * president.az press releases as carried by Kazinform, Astana Times, Azernews, APA, News Central
 * Asia and Anadolu; later figures from Trend, Azernews, Kazinform, Vestnik Kavkaza and the Kazakh
 * government's press service (each progress note names its source). Where a fact is not reported
 * (a signer's name, a figure), it is left out rather than guessed: a signatory whose name was not
 * published is recorded by office with `(name not reported)`. Each item is looked up by its name or title before it is created.
 */

export interface DemoInstitution {
  key: string;
  name: string;
  shortName?: string;
  country: 'AZ' | 'KZ' | 'GE';
  kind: string;
  website?: string;
}

export interface DemoSummit {
  key: string;
  title: string;
  kind: string;
  hostCountry: string;
  location: string;
  countries: string[];
  startsOn: string;
  endsOn: string;
  participants: { name: string; title: string; country: string }[];
  summary: string;
  status: 'planned' | 'held';
}

export interface DemoSignatory {
  institution: string;
  signerName: string;
  signerTitle: string;
}

export interface DemoDocument {
  key: string;
  title: string;
  type: string;
  summit?: string;
  countries: string[];
  sectors: string[];
  summary: string;
  signedOn: string;
  placeOfSigning: string;
  signatories: DemoSignatory[];
  /** Titles in the other interface languages (found by search in each of them). */
  translations?: Record<string, { title: string }>;
}

export interface DemoProgress {
  asOf: string;
  value?: string;
  note: string;
}

export interface DemoMilestone {
  title: string;
  description: string;
  document?: string;
  summit?: string;
  sector: string;
  owners: string[];
  dueOn: string;
  indicator?: { name: string; unit: string; baseline: string; baselineOn: string; target: string };
  progress: DemoProgress[];
  /** Moves from planned, in order: [status, effectiveOn?, reason?]. */
  transitions: { to: string; effectiveOn?: string; reason?: string }[];
}

const PRESIDENT_AZ = {
  name: 'Ilham Aliyev',
  title: 'President of the Republic of Azerbaijan',
  country: 'AZ',
};
const PRESIDENT_KZ = {
  name: 'Kassym-Jomart Tokayev',
  title: 'President of the Republic of Kazakhstan',
  country: 'KZ',
};

export const INSTITUTIONS: DemoInstitution[] = [
  {
    key: 'presidentAz',
    name: 'President of the Republic of Azerbaijan',
    country: 'AZ',
    kind: 'head_of_state',
    website: 'https://president.az',
  },
  {
    key: 'presidentKz',
    name: 'President of the Republic of Kazakhstan',
    country: 'KZ',
    kind: 'head_of_state',
    website: 'https://www.akorda.kz',
  },
  {
    key: 'socar',
    name: 'State Oil Company of the Republic of Azerbaijan',
    shortName: 'SOCAR',
    country: 'AZ',
    kind: 'state_company',
    website: 'https://www.socar.az',
  },
  {
    key: 'kmg',
    name: 'KazMunayGas',
    shortName: 'KMG',
    country: 'KZ',
    kind: 'state_company',
    website: 'https://www.kmg.kz',
  },
  { key: 'ady', name: 'Azerbaijan Railways', shortName: 'ADY', country: 'AZ', kind: 'state_company' },
  {
    key: 'ktz',
    name: 'Kazakhstan Railways (Kazakhstan Temir Zholy)',
    shortName: 'KTZ',
    country: 'KZ',
    kind: 'state_company',
  },
  {
    key: 'georgianRailway',
    name: 'Georgian Railway',
    shortName: 'GR',
    country: 'GE',
    kind: 'state_company',
  },
  {
    key: 'cultureAz',
    name: 'Ministry of Culture of the Republic of Azerbaijan',
    country: 'AZ',
    kind: 'ministry',
  },
  {
    key: 'cultureKz',
    name: 'Ministry of Culture and Sports of the Republic of Kazakhstan',
    country: 'KZ',
    kind: 'ministry',
  },
  {
    key: 'tourismAz',
    name: 'State Tourism Agency of the Republic of Azerbaijan',
    country: 'AZ',
    kind: 'agency',
  },
  {
    key: 'kazaid',
    name: 'Kazakhstan Agency for International Development',
    shortName: 'KazAID',
    country: 'KZ',
    kind: 'agency',
  },
];

export const SUMMITS: DemoSummit[] = [
  {
    key: 'baku2022',
    title: 'Official visit of President Kassym-Jomart Tokayev to Azerbaijan',
    kind: 'official_visit',
    hostCountry: 'AZ',
    location: 'Baku',
    countries: ['AZ', 'KZ'],
    startsOn: '2022-08-24',
    endsOn: '2022-08-24',
    participants: [PRESIDENT_AZ, PRESIDENT_KZ],
    summary:
      'Talks in narrow and expanded format in the year of the 30th anniversary of diplomatic relations. The presidents signed the Declaration on Strengthening Strategic Relations and Deepening Allied Interaction and the Comprehensive Program of Cooperation for 2022–2026; Kazakhstan presented its gift of a children’s creativity center named after Kurmangazy in Fuzuli.',
    status: 'held',
  },
  {
    key: 'astana2023',
    title: 'Official visit of President Ilham Aliyev to Kazakhstan',
    kind: 'official_visit',
    hostCountry: 'KZ',
    location: 'Astana, Akorda Presidential Palace',
    countries: ['AZ', 'KZ'],
    startsOn: '2023-04-10',
    endsOn: '2023-04-10',
    participants: [PRESIDENT_AZ, PRESIDENT_KZ],
    summary:
      'Talks on political, trade and economic, transport and transit, cultural and humanitarian cooperation. The presidents signed the Protocol on the establishment of the Supreme Interstate Council and a Joint Statement, agreed to bring trade turnover to US$1 billion and to unlock the Trans-Caspian International Transport Route (Middle Corridor), and opened a street in Astana named after Heydar Aliyev.',
    status: 'held',
  },
];

const PRESIDENTS: DemoSignatory[] = [
  { institution: 'presidentAz', signerName: PRESIDENT_AZ.name, signerTitle: PRESIDENT_AZ.title },
  { institution: 'presidentKz', signerName: PRESIDENT_KZ.name, signerTitle: PRESIDENT_KZ.title },
];

export const DOCUMENTS: DemoDocument[] = [
  {
    key: 'declaration',
    title:
      'Declaration on Strengthening Strategic Relations and Deepening Allied Interaction between the Republic of Kazakhstan and the Republic of Azerbaijan',
    type: 'declaration',
    summit: 'baku2022',
    countries: ['AZ', 'KZ'],
    sectors: ['politics', 'trade', 'transport', 'energy', 'culture'],
    summary:
      'Raises the strategic partnership to allied interaction; the basis of the Supreme Interstate Council.',
    signedOn: '2022-08-24',
    placeOfSigning: 'Baku',
    signatories: PRESIDENTS,
  },
  {
    key: 'program',
    title:
      'Comprehensive Program for the Development of Cooperation between the Republic of Kazakhstan and the Republic of Azerbaijan for 2022–2026',
    type: 'program',
    summit: 'baku2022',
    countries: ['AZ', 'KZ'],
    sectors: ['trade', 'transport', 'energy', 'culture'],
    summary: 'The cooperation program to 2026 adopted with the Declaration.',
    signedOn: '2022-08-24',
    placeOfSigning: 'Baku',
    signatories: PRESIDENTS,
  },
  {
    key: 'council',
    title:
      'Protocol on the Establishment of the Supreme Interstate Council of the Republic of Kazakhstan and the Republic of Azerbaijan',
    type: 'protocol',
    summit: 'astana2023',
    countries: ['AZ', 'KZ'],
    sectors: ['politics'],
    summary:
      'Establishes the Supreme Interstate Council, the presidents’ own format for steering bilateral cooperation.',
    signedOn: '2023-04-10',
    placeOfSigning: 'Astana',
    signatories: PRESIDENTS,
  },
  {
    key: 'joint2023',
    title: 'Joint Statement of the Presidents of the Republic of Kazakhstan and the Republic of Azerbaijan',
    type: 'joint_statement',
    summit: 'astana2023',
    countries: ['AZ', 'KZ'],
    sectors: ['politics', 'trade', 'transport', 'energy', 'culture'],
    summary:
      'Reaffirms the Treaty on Strategic Partnership and Allied Relations of 24 May 2005 and the Declaration of 24 August 2022.',
    signedOn: '2023-04-10',
    placeOfSigning: 'Astana',
    signatories: PRESIDENTS,
  },
  {
    key: 'oilMemo',
    title:
      'Memorandum of Strategic Cooperation between the State Oil Company of Azerbaijan and KazMunayGas on the transit of Kazakh oil through the territory of the Republic of Azerbaijan',
    type: 'memorandum_of_understanding',
    countries: ['AZ', 'KZ'],
    sectors: ['energy'],
    summary:
      'Signed after the meeting of the prime ministers Ali Asadov and Alikhan Smailov in Baku (Azerbaijan’s Cabinet of Ministers, via Trend, 22 June 2023). Transit itself runs under the SOCAR–KazMunayGas master agreement of November 2022 (1.5 million tonnes a year of Tengiz oil).',
    translations: {
      ru: {
        title:
          'Меморандум о стратегическом сотрудничестве между Государственной нефтяной компанией Азербайджана и АО «НК «КазМунайГаз» по транзиту казахстанской нефти через территорию Азербайджанской Республики',
      },
      kk: {
        title:
          'Әзербайжан Мемлекеттік мұнай компаниясы мен «ҚазМұнайГаз» ҰК» АҚ арасындағы қазақстандық мұнайды Әзербайжан Республикасының аумағы арқылы транзиттеу жөніндегі стратегиялық ынтымақтастық туралы меморандум',
      },
      az: {
        title:
          'Azərbaycan Respublikası Dövlət Neft Şirkəti ilə “QazMunayQaz” arasında Qazaxıstan neftinin Azərbaycan Respublikasının ərazisi ilə tranziti üzrə strateji əməkdaşlıq haqqında memorandum',
      },
    },
    signedOn: '2023-06-22',
    placeOfSigning: 'Baku',
    signatories: [
      { institution: 'socar', signerName: '(name not reported)', signerTitle: 'Representative of SOCAR' },
      { institution: 'kmg', signerName: '(name not reported)', signerTitle: 'Representative of KazMunayGas' },
    ],
  },
  {
    key: 'railJv',
    title:
      'Agreement between Azerbaijan Railways, Kazakhstan Railways and Georgian Railway on the basic principles of the establishment and operation of a joint venture',
    type: 'agreement',
    countries: ['AZ', 'KZ', 'GE'],
    sectors: ['transport'],
    summary:
      'A joint logistics company for the Trans-Caspian International Transport Route (Middle Corridor). Listed as signed by the three railways after the prime ministers’ meeting in Baku (Azernews, 22 June 2023); the Kazakh government’s press service said that day that Kazakhstan and Azerbaijan had signed and Georgia was expected to sign shortly (via Interfax/commonspace.eu). The joint venture itself, Middle Corridor Multimodal Ltd, was agreed by the three railways in Tbilisi on 26 October 2023 (Azernews).',
    signedOn: '2023-06-22',
    placeOfSigning: 'Baku',
    signatories: [
      {
        institution: 'ady',
        signerName: '(name not reported)',
        signerTitle: 'Representative of Azerbaijan Railways',
      },
      {
        institution: 'ktz',
        signerName: '(name not reported)',
        signerTitle: 'Representative of Kazakhstan Railways',
      },
      {
        institution: 'georgianRailway',
        signerName: '(name not reported)',
        signerTitle: 'Representative of Georgian Railway',
      },
    ],
  },
  {
    key: 'cultureMemo',
    title:
      'Memorandum of Understanding between the Ministry of Culture of Azerbaijan and the Ministry of Culture and Sports of Kazakhstan on cooperation in the field of culture',
    type: 'memorandum_of_understanding',
    countries: ['AZ', 'KZ'],
    sectors: ['culture'],
    summary: 'Signed after the meeting of the prime ministers in Baku (Azernews, 22 June 2023).',
    signedOn: '2023-06-22',
    placeOfSigning: 'Baku',
    signatories: [
      {
        institution: 'cultureAz',
        signerName: '(name not reported)',
        signerTitle: 'Representative of the Ministry of Culture of Azerbaijan',
      },
      {
        institution: 'cultureKz',
        signerName: '(name not reported)',
        signerTitle: 'Representative of the Ministry of Culture and Sports of Kazakhstan',
      },
    ],
  },
  {
    key: 'tourismMemo',
    title:
      'Memorandum of Understanding between the State Tourism Agency of Azerbaijan and the Ministry of Culture and Sports of Kazakhstan on cooperation in the field of tourism',
    type: 'memorandum_of_understanding',
    countries: ['AZ', 'KZ'],
    sectors: ['culture', 'tourism'],
    summary: 'Signed after the meeting of the prime ministers in Baku (Azernews, 22 June 2023).',
    signedOn: '2023-06-22',
    placeOfSigning: 'Baku',
    signatories: [
      {
        institution: 'tourismAz',
        signerName: '(name not reported)',
        signerTitle: 'Representative of the State Tourism Agency of Azerbaijan',
      },
      {
        institution: 'cultureKz',
        signerName: '(name not reported)',
        signerTitle: 'Representative of the Ministry of Culture and Sports of Kazakhstan',
      },
    ],
  },
];

export const MILESTONES: DemoMilestone[] = [
  {
    title: 'Transit of Kazakh oil through Azerbaijan via the Baku–Tbilisi–Ceyhan pipeline',
    description:
      'Transit of Kazakh oil through the BTC pipeline under the SOCAR–KazMunayGas master agreement of November 2022: 1.5 million tonnes a year of Tengiz oil. An agreement of March 2024 provides for raising it gradually to 2.2 million tonnes a year.',
    document: 'oilMemo',
    summit: 'astana2023',
    sector: 'energy',
    owners: ['socar', 'kmg'],
    dueOn: '2023-12-31',
    indicator: {
      name: 'Kazakh oil shipped through BTC in 2023',
      unit: 't',
      baseline: '0',
      baselineOn: '2023-01-01',
      target: '1500000',
    },
    progress: [
      {
        asOf: '2023-03-23',
        note: 'First cargo of Tengiz oil reached the Sangachal terminal from Aktau on the tanker President Heydar Aliyev (SOCAR, via Trend and Azernews, 24–25 March 2023).',
      },
      {
        asOf: '2023-06-22',
        note: 'The heads of government noted the start of supplies of Kazakh oil to third-country markets via Azerbaijan; SOCAR and KazMunayGas signed a memorandum on the transit (Azernews, 22 June 2023).',
      },
      {
        asOf: '2023-09-30',
        value: '609000',
        note: 'April–September 2023: 609 000 t of Kazakh oil transited BTC; 1.1 million t expected by the end of the year (Azerbaijan’s energy minister Parviz Shahbazov, via Trend, 6 October 2023).',
      },
      {
        asOf: '2023-12-31',
        value: '1057000',
        note: '2023: 1.057 million t of Tengiz oil shipped from Aktau towards BTC, of 1.392 million t in all towards BTC (KazTransOil, via Trend, 14 January 2024). Sources differ: the minister’s year-end estimate was 1.1 million t.',
      },
      {
        asOf: '2024-03-12',
        note: 'During President Tokayev’s state visit to Baku, KazMunayGas and SOCAR signed an agreement to raise transit gradually to 2.2 million t a year (via Today.az/Azernews, 2024).',
      },
    ],
    transitions: [{ to: 'in_progress', effectiveOn: '2023-03-23' }],
  },
  {
    title: 'Connect transport and logistics infrastructure for the Middle Corridor',
    description:
      'Unlock the Trans-Caspian International Transport Route: better logistics services, joint transport operators, modern technical and tariff conditions, fewer administrative barriers, more capacity in the ports of Baku, Aktau and Kuryk.',
    document: 'joint2023',
    summit: 'astana2023',
    sector: 'transport',
    owners: ['ady', 'ktz'],
    dueOn: '2026-12-31',
    progress: [
      {
        asOf: '2023-04-07',
        note: 'Intergovernmental Commission in Baku: the governments agreed to raise intermodal rail freight through Baku and to increase the capacity of the ports of Baku, Aktau and Kuryk.',
      },
      {
        asOf: '2023-06-22',
        note: 'Kazakhstan Temir Zholy and Azerbaijan Railways signed the agreement on the principles of a joint venture with Georgian Railway for the Middle Corridor; Georgia was expected to sign shortly (Kazakh government press service, via Interfax and commonspace.eu, 22 June 2023).',
      },
    ],
    transitions: [{ to: 'in_progress', effectiveOn: '2023-04-10' }],
  },
  {
    title: 'Double bilateral trade turnover to US$1 billion',
    description:
      'Bilateral trade grew by 40 % in 2022 to a record US$461.9 million; the presidents agreed in April 2023 to widen the range of goods and bring turnover to US$1 billion. Due with the 2022–2026 cooperation program.',
    document: 'program',
    summit: 'astana2023',
    sector: 'trade',
    owners: [],
    dueOn: '2026-12-31',
    indicator: {
      name: 'Bilateral trade turnover',
      unit: 'USD',
      baseline: '461900000',
      baselineOn: '2022-12-31',
      target: '1000000000',
    },
    progress: [
      {
        asOf: '2022-12-31',
        value: '461900000',
        note: 'Record turnover for 2022: exports of Kazakhstan to Azerbaijan US$375.3 million, imports US$86.6 million (Akorda, via Astana Times, 11 April 2023).',
      },
      {
        asOf: '2023-12-31',
        value: '529400000',
        note: '2023: US$529.4 million, +14.2 % on a revised US$463.3 million for 2022; exports to Azerbaijan US$456.3 million, imports US$73 million (Kazakh statistics, via Trend, 5 March 2024; Kazinform, 8 August 2024). Sources differ: Azerbaijan’s minister cited US$680 million at the Intergovernmental Commission of 7 April 2023 (News.az), on another basis.',
      },
    ],
    transitions: [{ to: 'in_progress', effectiveOn: '2023-04-10' }],
  },
  {
    title: 'Hold events promoting the cultural heritage of Azerbaijan and Kazakhstan',
    description: 'Days of Culture of each country in the other, agreed by the presidents in April 2023.',
    document: 'cultureMemo',
    summit: 'astana2023',
    sector: 'culture',
    owners: ['cultureAz', 'cultureKz'],
    dueOn: '2023-12-31',
    progress: [
      {
        asOf: '2023-12-05',
        note: 'Days of Culture of Kazakhstan held in Baku, 2–5 December 2023 (Kazakh Ministry of Culture and Information, via Trend and Vestnik Kavkaza).',
      },
      {
        asOf: '2024-09-26',
        note: 'Days of Azerbaijani Culture held in Astana, 24–26 September 2024 (Kazakh Ministry of Culture and Information, via Report.az and Vestnik Kavkaza).',
      },
    ],
    transitions: [
      { to: 'in_progress', effectiveOn: '2023-06-22' },
      { to: 'completed', effectiveOn: '2024-09-26' },
    ],
  },
  {
    title: 'Kurmangazy Children’s Art Center in Fuzuli',
    description:
      'A gift of the people of Kazakhstan: a two-storey center for 600 children (music, carpet weaving, robotics, 3D modelling), built by BI Group with KazAID. Completion was planned for December 2023.',
    document: 'declaration',
    summit: 'baku2022',
    sector: 'culture',
    owners: ['kazaid'],
    dueOn: '2023-12-31',
    progress: [
      {
        asOf: '2023-03-07',
        note: 'Groundbreaking ceremony in Fuzuli, built by BI Group (Kazinform, 10 March 2023).',
      },
      {
        asOf: '2024-03-12',
        note: 'Opened by Presidents Ilham Aliyev and Kassym-Jomart Tokayev during the state visit (president.az via 44days.info; The Astana Times, 12 March 2024).',
      },
    ],
    transitions: [
      { to: 'in_progress', effectiveOn: '2023-03-07' },
      { to: 'completed', effectiveOn: '2024-03-12' },
    ],
  },
];
