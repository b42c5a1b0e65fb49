import { TextExtractionWorker } from '../src/attachments/text-extraction.worker';
import { AccessContext } from './support/access-table';
import { docx, pdf, PNG } from './support/sample-files';
import { startTestApp, type TestApp } from './support/test-app';

type Row = Record<string, any>;

describe('search (spec §13)', () => {
  let t: TestApp;
  let ctx: AccessContext;
  const ids: Record<string, string> = {};
  const token: Record<string, string> = {};

  const attach = async (documentId: string, file: Buffer, name: string, title?: string) => {
    const res = await t
      .http()
      .post(`/api/v1/documents/${documentId}/attachments`)
      .set('Authorization', `Bearer ${await t.adminToken()}`)
      .field('kind', 'signed_original')
      .field(title ? 'title' : 'language', title ?? 'en')
      .attach('file', file, name);
    expect(res.status).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp();
    ctx = new AccessContext(t, await t.adminToken());
    token.public = await t.token('viewer', 'public');
    token.confidential = await t.token('viewer', 'confidential');

    ids.kmg = (await ctx.institution({ name: 'KazMunayGas', country: 'KZ', kind: 'state_company' })).id;
    ids.azMinistry = (
      await ctx.institution({ name: 'Azərbaycan Respublikasının Energetika Nazirliyi', country: 'AZ' })
    ).id;
    ids.kzMinistry = (
      await ctx.institution({ name: 'Қазақстан Республикасы Энергетика министрлігі', country: 'KZ' })
    ).id;
    ids.ruMinistry = (
      await ctx.institution({ name: 'Министерство энергетики Республики Казахстан', country: 'KZ' })
    ).id;
    ids.embassy = (
      await ctx.institution({ name: 'Embassy of the Republic of Kazakhstan', country: 'KZ' })
    ).id;
    ids.summit = (
      await ctx.summit({
        title: 'State visit to Baku',
        participants: [
          { name: 'Kassym-Jomart Tokayev', title: 'President', country: 'KZ' },
          { name: 'İlham Əliyev', title: 'President', country: 'AZ' },
        ],
      })
    ).id;
    ids.enDoc = (
      await ctx.document({
        title: 'Memorandum on oil transit through the Middle Corridor',
        summary: 'Нефть Казахстана через Азербайджан',
        referenceNumber: 'AZ-KZ-2022-017',
      })
    ).id;
    await ctx.post(`/api/v1/documents/${ids.enDoc}/signatories`, {
      institutionId: ids.kmg,
      signerName: 'Alik Aidarbayev',
      signerTitle: 'Chairman of the Management Board',
    });
    ids.azDoc = (
      await ctx.document({
        title: 'Azərbaycan və Qazaxıstan arasında neft nəqli haqqında Anlaşma Memorandumu',
      })
    ).id;
    ids.kkDoc = (await ctx.document({ title: 'Мұнай тасымалдау туралы келісім' })).id;
    ids.ruDoc = (
      await ctx.document({ title: 'Соглашение о транзите нефти', summary: 'Подписано в Астане' })
    ).id;
    ids.trDoc = (
      await ctx.document({
        title: 'Programme of cultural cooperation',
        translations: {
          ru: { title: 'Программа культурного сотрудничества' },
          az: { title: 'Mədəni əməkdaşlıq proqramı', summary: 'Bakı və Astana teatrları' },
        },
      })
    ).id;
    ids.milestone = (
      await ctx.milestone({
        title: 'Орта дәліз арқылы жүк тасымалы',
        description: 'Middle Corridor container traffic to 2025',
        documentId: ids.kkDoc,
      })
    ).id;
    ids.secret = (
      await ctx.document({
        title: 'Annex on Tengiz oil volumes',
        classification: 'confidential',
        summary: 'Tengiz',
      })
    ).id;
    ids.pdfDoc = (await ctx.document({ title: 'Protocol of the intergovernmental commission' })).id;
    await attach(ids.pdfDoc, pdf('Kashagan offshore field development schedule'), 'protocol.pdf');
    await attach(ids.pdfDoc, docx(['Zhanaozen training centre']), 'annex.docx');
    await attach(ids.pdfDoc, PNG, 'seal.png', 'Seal of Aktau port');
    await attach(ids.secret, pdf('Karachaganak condensate quotas'), 'annex.pdf');
    await t.app.get(TextExtractionWorker).drain();
  });
  afterAll(() => t.close());

  const search = async (q: string, query: Row = {}, who = 'confidential') => {
    const res = await t
      .http()
      .get('/api/v1/search')
      .query({ q, ...query })
      .set('Authorization', `Bearer ${token[who]}`);
    expect(res.status).toBe(200);
    return res.body as { items: Row[]; nextCursor: string | null };
  };

  const queries: [language: string, q: string, expected: string[]][] = [
    ['en', 'oil transit', ['enDoc']],
    // a prefix, and the same word in Cyrillic (by its transliterated key)
    ['en', 'Kazakh', ['embassy', 'kzMinistry']],
    ['en', 'KazMunayGas', ['kmg', 'enDoc']],
    ['en', 'kazmunaigas', ['kmg', 'enDoc']],
    ['en', 'Tokaev', ['summit']],
    ['en', 'Middle Corr', ['enDoc', 'milestone']],
    ['en', 'AZ-KZ-2022-017', ['enDoc']],
    ['en', 'Kashagan', ['pdfDoc']],
    ['en', 'Zhanaozen', ['pdfDoc']],
    ['en', 'Aktau', ['pdfDoc']],
    ['az', 'neft nəqli', ['azDoc']],
    ['az', 'Azerbaycan', ['azDoc', 'azMinistry']],
    ['az', 'AZƏRBAYCAN Energetika', ['azMinistry']],
    ['az', 'Aliyev', ['summit']],
    ['az', 'Qazaxıstan', ['azDoc']],
    ['kk', 'мұнай', ['kkDoc']],
    ['kk', 'мунай', ['kkDoc']],
    ['kk', 'ҚАЗАҚСТАН', ['kzMinistry', 'ruMinistry', 'enDoc', 'embassy']],
    ['kk', 'тасымал', ['kkDoc', 'milestone']],
    ['kk', 'орта дализ', ['milestone']],
    ['ru', 'нефть', ['enDoc', 'ruDoc', 'azDoc']],
    ['ru', 'Казахстан', ['ruMinistry', 'kzMinistry', 'enDoc', 'embassy']],
    ['ru', 'Министерство энергетики', ['ruMinistry']],
    ['ru', 'Токаев', ['summit']],
    ['ru', 'астане', ['ruDoc']],
    // translations are found in their own language (§11)
    ['ru', 'культурного сотрудничества', ['trDoc']],
    ['az', 'mədəni əməkdaşlıq', ['trDoc']],
    ['az', 'teatrları', ['trDoc']],
  ];

  it.each(queries)('[%s] %s → %j', async (_, q, expected) => {
    const { items } = await search(q, { limit: 50 });
    const found = items.map((i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? i.id);
    expect(found.sort()).toEqual([...expected].sort());
  });

  // §2: a list's q matches text as §13's search does (folded diacritics, prefixes, attachments' text; typos only in search).
  const listQueries: [list: string, q: string, who: string, expected: string[]][] = [
    ['documents', 'Azerbaycan', 'confidential', ['azDoc']],
    ['documents', 'Kashagan', 'confidential', ['pdfDoc']],
    ['documents', 'AZ-KZ-2022', 'confidential', ['enDoc']],
    ['documents', 'нефть', 'confidential', ['enDoc', 'ruDoc']],
    ['documents', 'Tengiz', 'confidential', ['secret']],
    ['documents', 'Tengiz', 'public', []],
    ['documents', 'Karachaganak', 'public', []],
    ['institutions', 'AZƏRBAYCAN Energetika', 'public', ['azMinistry']],
    ['institutions', 'KazMunay', 'public', ['kmg']],
    ['summits', 'tokayev', 'public', ['summit']],
    ['milestones', 'орта дализ', 'confidential', ['milestone']],
  ];

  it.each(listQueries)('GET /%s?q=%s as %s → %j', async (list, q, who, expected) => {
    const res = await t
      .http()
      .get(`/api/v1/${list}`)
      .query({ q, limit: 200 })
      .set('Authorization', `Bearer ${token[who]}`);
    expect(res.status).toBe(200);
    const found = (res.body.items as Row[]).map(
      (i) => Object.entries(ids).find(([, id]) => id === i.id)?.[0] ?? i.id,
    );
    expect(found.sort()).toEqual([...expected].sort());
  });

  it('answers type, id, title, snippet with the matches marked, status and rank, best first', async () => {
    const { items } = await search('oil');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items[0]).toEqual({
      type: 'document',
      id: expect.any(String),
      title: expect.any(String),
      snippet: expect.stringContaining('<mark>'),
      status: 'draft',
      rank: expect.any(Number),
    });
    const ranks = items.map((i) => i.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('filters by types', async () => {
    const { items } = await search('Middle Corridor', { types: 'milestone' });
    expect(items.map((i) => i.id)).toEqual([ids.milestone]);
    const bad = await t
      .http()
      .get('/api/v1/search')
      .query({ q: 'x', types: 'user' })
      .set('Authorization', `Bearer ${token.public}`);
    expect(bad.status).toBe(400);
  });

  it('pages through every match with the cursor, without repeats', async () => {
    const all = (await search('oil', { limit: 100 })).items.map((i) => i.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Row[]; nextCursor: string | null } = await search('oil', {
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it.each([
    ['its title', 'Tengiz'],
    ['the text of its attachment', 'Karachaganak'],
  ])('never shows a hidden document found by %s', async (_, q) => {
    expect((await search(q, {}, 'confidential')).items.map((i) => i.id)).toEqual([ids.secret]);
    expect((await search(q, {}, 'public')).items).toEqual([]);
    const shared = await search('oil', { limit: 100 }, 'public');
    expect(shared.items.map((i) => i.id)).not.toContain(ids.secret);
    expect(JSON.stringify(shared)).not.toContain('Tengiz');
  });

  it('follows writes in the same transaction: renamed, reclassified and deleted rows', async () => {
    const doc = await ctx.document({ title: 'Aqtobe railway agreement' });
    expect((await search('Aqtobe')).items.map((i) => i.id)).toEqual([doc.id]);
    const admin = await t.adminToken();
    await t
      .http()
      .patch(`/api/v1/documents/${doc.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ title: 'Shymkent railway agreement', classification: 'restricted' })
      .expect(200);
    expect((await search('Aqtobe')).items).toEqual([]);
    expect((await search('Shymkent', {}, 'public')).items).toEqual([]);
    expect((await search('Shymkent')).items.map((i) => i.id)).toEqual([doc.id]);
    await t.http().delete(`/api/v1/documents/${doc.id}`).set('Authorization', `Bearer ${admin}`).expect(204);
    expect((await search('Shymkent')).items).toEqual([]);
  });

  it('refuses translations: null with a 400, and indexes a record without translations (the fuzz drill found a 500)', async () => {
    const body = { name: 'Caspian Pipeline Consortium', country: 'KZ', kind: 'state_company' };
    const refused = await ctx.post('/api/v1/institutions', { ...body, translations: null }, 400);
    expect(refused.errors).toEqual([{ field: 'translations', message: 'must be an object' }]);
    const created = await ctx.post('/api/v1/institutions', body);
    const { items } = await search('Caspian Pipeline');
    expect(items.map((i) => i.id)).toContain(created.id);
  });

  it('answers an empty page for a query without words and 400 without q', async () => {
    expect((await search('— …')).items).toEqual([]);
    const res = await t.http().get('/api/v1/search').set('Authorization', `Bearer ${token.public}`);
    expect(res.status).toBe(400);
  });
});
