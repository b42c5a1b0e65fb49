import { documentWorkflow } from '../../src/documents/document.workflow';
import { summitWorkflow } from '../../src/summits/summit.workflow';
import type { Workflow } from '../../src/common/workflow';
import { requests } from './requests';
import type { TestApp } from './test-app';

const SYSTEM = '00000000-0000-0000-0000-000000000000';

type Body = Record<string, any>;

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** The shortest path of statuses from `from` to `to` in a workflow (excluding `from`). */
export function pathTo(workflow: Workflow<string>, from: string, to: string): string[] {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const s = queue.shift()!;
    if (s === to) break;
    for (const next of workflow.allowedFrom(s)) {
      if (!previous.has(next)) {
        previous.set(next, s);
        queue.push(next);
      }
    }
  }
  if (!previous.has(to)) throw new Error(`${to} cannot be reached from ${from}`);
  const path: string[] = [];
  for (let s = to; s !== from; s = previous.get(s)!) path.unshift(s);
  return path;
}

/**
 * Builders of valid entities through the API, and walks through the workflows that satisfy
 * each precondition on the way (signatories of every party, dates, a superseding document).
 * Every call asserts its own success, so a test reads as the behaviour it checks.
 */
export class Factories {
  constructor(
    readonly t: TestApp,
    private readonly tokenOf: () => Promise<string>,
  ) {}

  private async send(
    method: 'post' | 'patch' | 'delete' | 'get',
    path: string,
    body?: Body,
    expected = [200, 201],
  ) {
    const token = await this.tokenOf();
    const api = requests(this.t, token);
    const res =
      method === 'get' || method === 'delete' ? await api[method](path) : await api[method](path, body);
    if (!expected.includes(res.status)) {
      throw new Error(`${method.toUpperCase()} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  createInstitution(overrides: Body = {}): Promise<Body> {
    return this.send('post', '/api/v1/institutions', {
      name: `Ministry of Economy ${unique()}`,
      country: 'AZ',
      kind: 'ministry',
      ...overrides,
    });
  }

  createSummit(overrides: Body = {}): Promise<Body> {
    return this.send('post', '/api/v1/summits', {
      title: `State visit ${unique()}`,
      kind: 'state_visit',
      hostCountry: 'KZ',
      location: 'Astana',
      countries: ['AZ', 'KZ'],
      startsOn: '2023-04-20',
      endsOn: '2023-04-21',
      ...overrides,
    });
  }

  createDocument(overrides: Body = {}): Promise<Body> {
    return this.send('post', '/api/v1/documents', {
      title: `Memorandum of understanding ${unique()}`,
      type: 'memorandum_of_understanding',
      countries: ['AZ', 'KZ'],
      ...overrides,
    });
  }

  getDocument(id: string): Promise<Body> {
    return this.send('get', `/api/v1/documents/${id}`);
  }

  /** A signatory; the institution is created in `country` unless `institutionId` is given. */
  async addSignatory(documentId: string, overrides: Body & { country?: string } = {}): Promise<Body> {
    const { country = 'AZ', ...body } = overrides;
    const institutionId = body.institutionId ?? (await this.createInstitution({ country })).id;
    return this.send('post', `/api/v1/documents/${documentId}/signatories`, {
      institutionId,
      signerName: 'Signer',
      signerTitle: 'Minister',
      ...body,
    });
  }

  transition(collection: 'summits' | 'documents' | 'institutions', id: string, body: Body): Promise<Body> {
    return this.send('post', `/api/v1/${collection}/${id}/transitions`, body, [200]);
  }

  /** Walks a summit to `status` (its start date must be past for `held`, as the factory's is). */
  async moveSummitTo(summit: Body, status: string): Promise<Body> {
    let current = summit;
    for (const to of pathTo(summitWorkflow, current.status, status)) {
      current = await this.transition('summits', current.id, { to, reason: `moving to ${to}` });
    }
    return current;
  }

  /** Walks a document to `status`, meeting each precondition on the way. */
  async moveDocumentTo(document: Body, status: string): Promise<Body> {
    let current = document;
    for (const to of pathTo(documentWorkflow, current.status, status)) {
      current = await this.prepare(current, to);
      const body: Body = { to, reason: `moving to ${to}` };
      if (to === 'superseded')
        body.supersededById = (await this.createDocument({ countries: current.countries })).id;
      current = await this.transition('documents', current.id, body);
    }
    return current;
  }

  /** Meets the preconditions of moving `document` to `to`; returns it as it now stands. */
  async prepare(document: Body, to: string): Promise<Body> {
    if (to === 'signed') {
      const full = await this.getDocument(document.id);
      const signedFrom = new Set(full.signatories.map((s: Body) => s.institutionCountry));
      for (const country of full.countries as string[]) {
        if (!signedFrom.has(country)) await this.addSignatory(document.id, { country, reason: 'signing' });
      }
      if (!full.signedOn)
        return this.send('patch', `/api/v1/documents/${document.id}`, { signedOn: '2023-04-20' });
      return this.getDocument(document.id);
    }
    if (to === 'in_force' && !document.entryIntoForceOn) {
      return this.send('patch', `/api/v1/documents/${document.id}`, { entryIntoForceOn: '2023-06-01' });
    }
    return document;
  }
  // Rows inserted with SQL, for the milestone, dashboard and calendar tests: they do not depend on
  // the summits and documents endpoints (institutions and milestones go through the API).

  /** A summit row (SQL); its id. */
  async insertSummit(
    o: Partial<{
      title: string;
      countries: string[];
      startsOn: string;
      endsOn: string;
      location: string;
      summary: string;
    }> = {},
  ): Promise<string> {
    const [row] = await this.t.db.query(
      `INSERT INTO summits (created_by, updated_by, title, kind, host_country, location, countries, starts_on, ends_on, summary)
       VALUES ($1, $1, $2, 'state_visit', $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        SYSTEM,
        o.title ?? `Summit ${unique()}`,
        (o.countries ?? ['AZ'])[0],
        o.location ?? 'Baku',
        o.countries ?? ['AZ', 'KZ'],
        o.startsOn ?? '2023-04-20',
        o.endsOn ?? '2023-04-21',
        o.summary ?? null,
      ],
    );
    return row.id as string;
  }

  /** A document row (SQL); its id. */
  async insertDocument(
    o: Partial<{
      title: string;
      classification: string;
      countries: string[];
      summitId: string;
      sectors: string[];
    }> = {},
  ): Promise<string> {
    const [row] = await this.t.db.query(
      `INSERT INTO documents (created_by, updated_by, title, type, countries, classification, summit_id, sectors)
       VALUES ($1, $1, $2, 'memorandum_of_understanding', $3, $4, $5, $6) RETURNING id`,
      [
        SYSTEM,
        o.title ?? `Document ${unique()}`,
        o.countries ?? ['AZ', 'KZ'],
        o.classification ?? 'public',
        o.summitId ?? null,
        o.sectors ?? [],
      ],
    );
    return row.id as string;
  }

  /** An institution created by the admin through the API; its id. */
  async institutionId(name = `Institution ${unique()}`, country = 'AZ'): Promise<string> {
    const res = await requests(this.t, await this.t.adminToken()).post('/api/v1/institutions', {
      name,
      country,
      kind: 'ministry',
    });
    if (res.status !== 201) throw new Error(`institution: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  }

  /** A milestone created through the API by the user behind `token`. */
  async createMilestone(token: string, body: Body): Promise<Body & { id: string }> {
    const res = await requests(this.t, token).post('/api/v1/milestones', {
      title: `Milestone ${unique()}`,
      dueOn: '2030-01-01',
      ownerInstitutionIds: [],
      ...body,
    });
    if (res.status !== 201) throw new Error(`milestone: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** The database's today, plus `offsetDays` (YYYY-MM-DD). */
  async today(offsetDays = 0): Promise<string> {
    const [row] = await this.t.db.query('SELECT (current_date + $1::int)::text AS d', [offsetDays]);
    return row.d;
  }
}

/** Factories acting as the user behind `token` (default: an editor with confidential clearance). */
export function factories(t: TestApp, token?: string | (() => Promise<string>)): Factories {
  const tokenOf = typeof token === 'function' ? token : token ? async () => token : () => t.token('editor');
  return new Factories(t, tokenOf);
}

/**
 * A user of `role` subscribed to `events` in the inbox channel (201 asserted); the Authorization
 * header of that user, for reading the inbox afterwards.
 */
export async function subscribeInbox(
  t: TestApp,
  role: string,
  events: string[] = ['milestone.transitioned'],
): Promise<{ Authorization: string }> {
  const auth = { Authorization: `Bearer ${await t.token(role)}` };
  await t.http().post('/api/v1/subscriptions').set(auth).send({ channel: 'inbox', events }).expect(201);
  return auth;
}
