import { randomUUID } from 'node:crypto';
import { Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Json = Record<string, any>;

/** Query parameters of every list that are not filters. */
const NOT_FILTERS = new Set(['limit', 'cursor', 'sort', 'q', 'format']);

/**
 * Filters no field of the item carries, each with why. Anything else must be named after a
 * field (contract §2): the field itself, `<stem>Before`/`<stem>After` for a date `<stem>On`,
 * the singular of an array field (`country` for `countries`, §2's own example), or
 * `<object><Field>` for a field of an object field (`actorId` for `actor.id`).
 */
const EXCEPTIONS: Record<string, Record<string, string>> = {
  listAuditEvents: {
    from: '§8 names it: events at or after this instant (occurredAt)',
    to: '§8 names it: events before this instant (occurredAt)',
  },
  listMilestones: {
    country: 'a country of the linked document (countries) or summit; no milestone field holds one',
  },
  listNotifications: {
    unread: '§14 names it: only notifications whose readAt is null',
  },
};

const plural = (name: string) => (/[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`);

/** A date-range filter or a flag: one value, not several. */
const singleValued = (name: string, schema: Json) =>
  /(Before|After)$/.test(name) || schema.type === 'boolean' || ['from', 'to'].includes(name);

describe('List filters', () => {
  let t: TestApp;
  let doc: Json;
  let token: string;
  const lists: { id: string; path: string; item: Json; filters: Json[] }[] = [];

  const resolve = (schema: Json | undefined): Json | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()]);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };

  /** The item field a filter name reads, or undefined when it is named after none. */
  function fieldOf(name: string, item: Json): string | undefined {
    const props: Json = item.properties;
    if (name in props) return name;
    if (resolve(props[plural(name)])?.type === 'array') return plural(name);
    const range = /^(.+)(Before|After)$/.exec(name);
    if (range) {
      const field = [`${range[1]}On`, `${range[1]}At`].find((f) => f in props);
      if (field && /^date/.test(resolve(props[field])?.format ?? '')) return field;
    }
    const nested = /^([a-z]+)([A-Z]\w*)$/.exec(name);
    if (nested) {
      const inner = nested[2][0].toLowerCase() + nested[2].slice(1);
      if (inner in (resolve(props[nested[1]])?.properties ?? {})) return `${nested[1]}.${inner}`;
    }
    return undefined;
  }

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.adminToken();
    doc = (await t.http().get('/api/docs-json')).body;
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      const op = item.get;
      const page = resolve(op?.responses?.['200']?.content?.['application/json']?.schema);
      if (!page?.properties?.items || !('nextCursor' in page.properties)) continue;
      // Search (§13) pages like a list but is a query over every register, not a register's list.
      if (op.operationId === 'search') continue;
      lists.push({
        id: op.operationId,
        path,
        item: resolve(page.properties.items.items)!,
        filters: (op.parameters ?? []).filter((p: Json) => p.in === 'query' && !NOT_FILTERS.has(p.name)),
      });
    }
  });
  afterAll(() => t.close());

  it('finds every list of the document (a page of items with nextCursor)', () => {
    expect(lists.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'listDocuments',
        'listSummits',
        'listInstitutions',
        'listMilestones',
        'listAuditEvents',
      ]),
    );
  });

  it("names every list's filters after its item's fields", () => {
    const unnamed = lists.flatMap(({ id, item, filters }) =>
      filters
        .filter((f) => !fieldOf(f.name, item) && !EXCEPTIONS[id]?.[f.name])
        .map((f) => `${id}: ${f.name}`),
    );
    expect(unnamed).toEqual([]);
  });

  it('has no exception that a field now covers, nor one for a filter that is gone', () => {
    for (const [id, names] of Object.entries(EXCEPTIONS)) {
      const list = lists.find((l) => l.id === id)!;
      for (const name of Object.keys(names)) {
        expect({ id, name, filter: list.filters.some((f) => f.name === name) }).toEqual({
          id,
          name,
          filter: true,
        });
        expect({ id, name, field: fieldOf(name, list.item) }).toEqual({ id, name, field: undefined });
      }
    }
  });

  it('offers the field-named filter beside every singular one (countries beside country)', () => {
    const missing = lists.flatMap(({ id, item, filters }) =>
      filters
        .filter(
          (f) => fieldOf(f.name, item) === plural(f.name) && !filters.some((g) => g.name === plural(f.name)),
        )
        .map((f) => `${id}: ${plural(f.name)}`),
    );
    expect(missing).toEqual([]);
  });

  it('takes several values in every filter that is not a range or a flag', () => {
    const single = lists.flatMap(({ id, filters }) =>
      filters
        .filter((f) => !singleValued(f.name, f.schema) && f.schema.type !== 'array')
        .map((f) => `${id}: ${f.name}`),
    );
    expect(single).toEqual([]);
  });

  it("offers exactly the values of the field's enum in every enum filter (where the field has one)", () => {
    for (const { id, item, filters } of lists) {
      for (const f of filters.filter((g) => g.schema.items?.enum)) {
        const field = resolve(item.properties[fieldOf(f.name, item) ?? f.name]);
        const values = field?.enum ?? resolve(field?.items)?.enum;
        if (values)
          expect({ id, filter: f.name, values: f.schema.items.enum }).toEqual({ id, filter: f.name, values });
      }
    }
  });

  /** Two valid values for a filter, from its schema. */
  function twoValues(f: Json): [string, string] {
    const items = f.schema.items ?? f.schema;
    if (items.enum) return [items.enum[0], items.enum[1] ?? items.enum[0]];
    if (items.format === 'uuid') return [randomUUID(), randomUUID()];
    if (/countr/i.test(f.name)) return ['AZ', 'KZ'];
    if (/language/i.test(f.name)) return ['az', 'ru'];
    return ['energy', 'trade'];
  }

  it('answers every multi-valued filter alike, comma-separated or repeated', async () => {
    const checked: string[] = [];
    for (const { id, path, filters } of lists.filter((l) => !l.path.includes('{'))) {
      for (const f of filters.filter((g) => g.schema.type === 'array')) {
        const [a, b] = twoValues(f);
        const get = (query: string) =>
          t
            .http()
            .get(`${path}?${query}`)
            .set('Authorization', `Bearer ${token}`)
            .set('Accept', 'application/json');
        const comma = await get(`${f.name}=${a},${b}`);
        const repeated = await get(`${f.name}=${a}&${f.name}=${b}`);
        expect({ id, filter: f.name, status: comma.status }).toEqual({ id, filter: f.name, status: 200 });
        expect({ id, filter: f.name, items: repeated.body.items }).toEqual({
          id,
          filter: f.name,
          items: comma.body.items,
        });
        checked.push(`${id}.${f.name}`);
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['listDocuments.sectors', 'listDocuments.status']));
  });

  describe('documents by field name', () => {
    let f: Factories;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      f = new Factories(t, () => t.adminToken());
      ids.energy = (
        await f.createDocument({ title: 'LF energy', sectors: ['energy'], countries: ['TM'] })
      ).id;
      ids.culture = (
        await f.createDocument({ title: 'LF culture', sectors: ['culture'], countries: ['UZ'] })
      ).id;
      ids.both = (
        await f.createDocument({ title: 'LF both', sectors: ['energy', 'culture'], countries: ['TM', 'UZ'] })
      ).id;
    });

    const titles = async (query: string) => {
      const res = await t.http().get(`/api/v1/documents?${query}`).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(200);
      return res.body.items.map((d: Json) => d.title).sort();
    };

    it.each([
      ['sectors=energy', ['LF both', 'LF energy']],
      ['sectors=culture,energy', ['LF both', 'LF culture', 'LF energy']],
      ['sectors=culture&sectors=energy', ['LF both', 'LF culture', 'LF energy']],
      ['sector=culture', ['LF both', 'LF culture']],
      ['sector=culture&sectors=energy', ['LF both', 'LF culture', 'LF energy']],
      ['countries=TM', ['LF both', 'LF energy']],
      ['country=UZ', ['LF both', 'LF culture']],
      ['countries=UZ&countries=TM&sectors=culture', ['LF both', 'LF culture']],
    ])('?%s', async (query, expected) => {
      expect(await titles(`${query}&q=LF`)).toEqual(expected);
    });

    it.each(['countries', 'country'])('refuses a bad value under %s, naming that parameter', async (name) => {
      const res = await t.http().get(`/api/v1/documents?${name}=XX`).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: Json) => e.field)).toEqual([name]);
    });

    it('filters by several ids', async () => {
      const a = await f.createDocument({ title: 'LF child a', parentId: ids.energy, relation: 'amends' });
      const b = await f.createDocument({
        title: 'LF child b',
        parentId: ids.culture,
        relation: 'implements',
      });
      expect(await titles(`parentId=${ids.energy},${ids.culture}&q=LF`)).toEqual([a.title, b.title].sort());
      expect(await titles(`parentId=${ids.energy}&parentId=${ids.culture}&q=LF`)).toEqual(
        [a.title, b.title].sort(),
      );
    });
  });
});
