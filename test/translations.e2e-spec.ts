import { preferredLanguages } from '../src/common/translations';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

type Body = Record<string, any>;

describe('translations and the display language (§11)', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
    f = factories(t, editor);
  });
  afterAll(() => t.close());

  const get = (path: string, lang?: string) => {
    const req = requests(t, editor).get(path);
    return lang ? req.set('Accept-Language', lang) : req;
  };

  it.each([
    [undefined, []],
    ['ru', ['ru']],
    ['kk-KZ,ru;q=0.8,en;q=0.5', ['kk', 'ru', 'en']],
    ['en;q=0.2, az;q=0.9, *;q=0.1', ['az', 'en']],
    ['ru;q=0, kk', ['kk']],
    ['de-DE,de;q=0.9', ['de']],
    ['x', []],
  ])('reads Accept-Language %p as %p', (header, expected) => {
    expect(preferredLanguages(header)).toEqual(expected);
  });

  const translated = {
    ru: { title: 'Меморандум о сотрудничестве в нефтяной сфере' },
    kk: { title: 'Мұнай саласындағы ынтымақтастық туралы меморандум' },
    az: { title: 'Neft sahəsində əməkdaşlıq haqqında memorandum', summary: 'Xülasə' },
  };

  it('shows each register’s display name in the preferred language, falling back to the original', async () => {
    const doc = await f.createDocument({ title: 'Memorandum on oil cooperation', translations: translated });
    const summit = await f.createSummit({
      title: 'Official visit to Baku',
      translations: { ru: { title: 'Официальный визит в Баку' } },
    });
    const inst = await f.createInstitution({
      name: 'Ministry of Energy',
      translations: { az: { name: 'Energetika Nazirliyi', shortName: 'EN' } },
    });
    const cases: [string, string, string | undefined, string][] = [
      [`/api/v1/documents/${doc.id}`, 'displayTitle', 'ru', translated.ru.title],
      [`/api/v1/documents/${doc.id}`, 'displayTitle', 'kk-KZ,ru;q=0.5', translated.kk.title],
      [`/api/v1/documents/${doc.id}`, 'displayTitle', 'de, az;q=0.5', translated.az.title],
      [`/api/v1/documents/${doc.id}`, 'displayTitle', 'de', 'Memorandum on oil cooperation'],
      [`/api/v1/documents/${doc.id}`, 'displayTitle', undefined, 'Memorandum on oil cooperation'],
      [`/api/v1/summits/${summit.id}`, 'displayTitle', 'ru', 'Официальный визит в Баку'],
      [`/api/v1/summits/${summit.id}`, 'displayTitle', 'kk', 'Official visit to Baku'],
      [`/api/v1/institutions/${inst.id}`, 'displayName', 'az', 'Energetika Nazirliyi'],
      [`/api/v1/institutions/${inst.id}`, 'displayName', 'en', 'Ministry of Energy'],
    ];
    for (const [path, field, lang, expected] of cases) {
      const res = await get(path, lang);
      expect({ path, lang, value: res.body[field] }).toEqual({ path, lang, value: expected });
    }
    const list = await get(`/api/v1/documents?q=${encodeURIComponent('нефтяной')}`, 'ru');
    expect(list.body.items.map((d: Body) => [d.id, d.displayTitle])).toEqual([[doc.id, translated.ru.title]]);
  });

  it('lists’ q matches every language', async () => {
    const doc = await f.createDocument({ title: 'Agreement on transit', translations: translated });
    const summit = await f.createSummit({ translations: { kk: { title: 'Ресми сапар Бакуге' } } });
    const inst = await f.createInstitution({
      translations: { ru: { name: 'Министерство экономики', shortName: 'МинЭк' } },
    });
    const ids = async (path: string) => ((await get(path)).body.items as Body[]).map((x) => x.id);
    expect(await ids(`/api/v1/documents?q=${encodeURIComponent('Мұнай')}`)).toContain(doc.id);
    expect(await ids(`/api/v1/documents?q=${encodeURIComponent('əməkdaşlıq')}`)).toContain(doc.id);
    expect(await ids(`/api/v1/summits?q=${encodeURIComponent('сапар')}`)).toEqual([summit.id]);
    expect(await ids(`/api/v1/institutions?q=${encodeURIComponent('МинЭк')}`)).toEqual([inst.id]);
    expect(await ids(`/api/v1/institutions?q=${encodeURIComponent('экономики')}`)).toEqual([inst.id]);
  });

  it('records translation changes in the audit trail like any field', async () => {
    const doc = await f.createDocument({ translations: { ru: { title: 'Первый' } } });
    const res = await t
      .http()
      .patch(`/api/v1/documents/${doc.id}`)
      .set('Authorization', `Bearer ${editor}`)
      .send({ translations: { ru: { title: 'Второй' }, kk: { title: 'Екінші' } } });
    expect(res.status).toBe(200);
    const [event] = await t.db.query(
      `SELECT changes FROM audit_events WHERE entity_id = $1 AND action = 'update' ORDER BY seq DESC LIMIT 1`,
      [doc.id],
    );
    expect(event.changes.translations).toEqual([
      { ru: { title: 'Первый' } },
      { ru: { title: 'Второй' }, kk: { title: 'Екінші' } },
    ]);
  });

  it.each([
    ['a list', []],
    ['an upper-case key', { RU: { title: 'x' } }],
    ['a long key', { rus: { title: 'x' } }],
    ['an unknown field', { ru: { title: 'x', body: 'y' } }],
    ['no title', { ru: { summary: 'x' } }],
    ['an empty title', { ru: { title: '' } }],
    ['a number', { ru: { title: 5 } }],
    ['a string', 'ru'],
  ])('refuses translations that are %s (400 naming translations)', async (_name, translations) => {
    const res = await t
      .http()
      .post('/api/v1/documents')
      .set('Authorization', `Bearer ${editor}`)
      .send({ title: 'x', type: 'declaration', countries: ['AZ'], translations });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: Body) => e.field)).toEqual(['translations']);
  });
});
