import request from 'supertest';
import { deadlineRuleWorkflow } from '../src/deadlines/deadline-rule.workflow';
import { factories, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { requests } from './support/requests';

type Body = Record<string, any>;

describe('statutory deadline rules (§11)', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;
  const rules = '/api/v1/deadline-rules';

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
    f = factories(t, editor);
  });
  afterAll(() => t.close());

  const api = requests(
    () => t,
    () => editor,
  );
  const send = (method: 'post' | 'patch', path: string, body: object, token?: string) =>
    api[method](path, body, token);
  const { get } = api;

  let n = 0;
  async function rule(body: Body): Promise<Body> {
    const res = await send('post', rules, {
      title: `Deadline ${++n}`,
      trigger: 'signed',
      offsetDays: 30,
      source: 'Law on International Treaties, Article 12',
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body;
  }
  const milestonesOf = async (documentId: string): Promise<Body[]> =>
    (await get(`/api/v1/milestones?documentId=${documentId}&limit=200`)).body.items;

  it('creates, reads, updates and lists rules; everyone reads, editors and admins write', async () => {
    const r = await rule({ country: 'AZ', documentTypes: ['agreement'], legallyBinding: true });
    expect(r).toMatchObject({
      status: 'active',
      country: 'AZ',
      documentTypes: ['agreement'],
      legallyBinding: true,
      version: 1,
    });
    const viewer = await t.token('viewer');
    expect((await get(`${rules}/${r.id}`, viewer)).body.allowedTransitions).toEqual([]);
    expect((await get(rules, viewer)).body.items.map((x: Body) => x.id)).toContain(r.id);
    for (const role of ['manager', 'auditor', 'viewer']) {
      expect(
        (
          await send(
            'post',
            rules,
            { title: 'x', trigger: 'signed', offsetDays: 1, source: 's' },
            await t.token(role),
          )
        ).status,
      ).toBe(403);
    }
    const patched = await send('patch', `${rules}/${r.id}`, { offsetDays: 45 });
    expect(patched.body).toMatchObject({ offsetDays: 45, version: 2 });
  });

  describe('every (from, to) pair of the rule workflow', () => {
    for (const { from, to, allowed } of deadlineRuleWorkflow.allPairs()) {
      it(`${from} → ${to} is ${allowed ? 'allowed with a reason' : 'refused with 409'}`, async () => {
        const r = await rule({ documentTypes: ['other'] });
        if (from === 'retired')
          await send('post', `${rules}/${r.id}/transitions`, { to: 'retired', reason: 'replaced' });
        const res = await send('post', `${rules}/${r.id}/transitions`, { to, reason: 'a reason' });
        expect(res.status).toBe(allowed ? 200 : 409);
        if (allowed) {
          const noReason = await rule({ documentTypes: ['other'] });
          if (from === 'retired')
            await send('post', `${rules}/${noReason.id}/transitions`, { to: 'retired', reason: 'x' });
          expect((await send('post', `${rules}/${noReason.id}/transitions`, { to })).status).toBe(422);
        }
      });
    }
  });

  it.each([
    ['no trigger', { title: 't', offsetDays: 1, source: 's' }, 'trigger'],
    ['unknown trigger', { title: 't', trigger: 'ratified', offsetDays: 1, source: 's' }, 'trigger'],
    ['a fractional offset', { title: 't', trigger: 'signed', offsetDays: 1.5, source: 's' }, 'offsetDays'],
    [
      'an unknown type',
      { title: 't', trigger: 'signed', offsetDays: 1, source: 's', documentTypes: ['mou'] },
      'documentTypes',
    ],
    [
      'a bad country',
      { title: 't', trigger: 'signed', offsetDays: 1, source: 's', country: 'az' },
      'country',
    ],
    ['no source', { title: 't', trigger: 'signed', offsetDays: 1 }, 'source'],
    ['a status', { title: 't', trigger: 'signed', offsetDays: 1, source: 's', status: 'retired' }, 'status'],
  ])('refuses %s (400 naming the field)', async (_name, body, field) => {
    const res = await send('post', rules, body);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: Body) => e.field)).toContain(field);
  });

  it('creates the milestone when a matching document is signed, owned by the party institutions of the rule’s country', async () => {
    const r = await rule({
      country: 'KZ',
      documentTypes: ['treaty'],
      offsetDays: 30,
      title: 'Submit for ratification (KZ)',
    });
    const other = await rule({ country: 'KZ', documentTypes: ['declaration'] });
    const doc = await f.createDocument({ type: 'treaty' });
    const kz = await f.createInstitution({
      country: 'KZ',
      name: 'Ministry of Foreign Affairs of Kazakhstan',
    });
    await f.addSignatory(doc.id, { institutionId: kz.id });
    await f.addSignatory(doc.id, { country: 'AZ' });
    await f.moveDocumentTo(doc, 'signed');
    const ms = await milestonesOf(doc.id);
    expect(
      ms.map((m) => ({ title: m.title, dueOn: m.dueOn, origin: m.origin, owners: m.ownerInstitutionIds })),
    ).toEqual([
      {
        title: 'Submit for ratification (KZ)',
        dueOn: '2023-05-20',
        origin: { ruleId: r.id },
        owners: [kz.id],
      },
    ]);
    expect(ms.some((m) => m.origin?.ruleId === other.id)).toBe(false);
  });

  it('matches legallyBinding and countries; a rule without country has no owner', async () => {
    const binding = await rule({
      legallyBinding: true,
      documentTypes: ['protocol', 'memorandum_of_understanding'],
    });
    const anyCountry = await rule({ documentTypes: ['protocol', 'memorandum_of_understanding'] });
    const georgian = await rule({
      country: 'GE',
      documentTypes: ['protocol', 'memorandum_of_understanding'],
    });
    const mou = await f.moveDocumentTo(
      await f.createDocument({ type: 'memorandum_of_understanding' }),
      'signed',
    );
    const ids = (await milestonesOf(mou.id)).map((m) => m.origin.ruleId);
    expect(ids).toEqual([anyCountry.id]);
    const protocol = await f.moveDocumentTo(await f.createDocument({ type: 'protocol' }), 'signed');
    const ms = await milestonesOf(protocol.id);
    expect(ms.map((m) => m.origin.ruleId).sort()).toEqual([binding.id, anyCountry.id].sort());
    expect(ms.every((m) => m.ownerInstitutionIds.length === 0)).toBe(true);
    expect(ms.some((m) => m.origin.ruleId === georgian.id)).toBe(false);
  });

  it('in_force and expires count from entryIntoForceOn and expiresOn (negative: before), once per rule and document', async () => {
    const inForce = await rule({ trigger: 'in_force', offsetDays: 90, documentTypes: ['action_plan'] });
    const expires = await rule({ trigger: 'expires', offsetDays: -180, documentTypes: ['action_plan'] });
    const doc = await f.createDocument({ type: 'action_plan', expiresOn: '2026-12-31' });
    const live = await f.moveDocumentTo(doc, 'in_force');
    const due = Object.fromEntries((await milestonesOf(doc.id)).map((m) => [m.origin.ruleId, m.dueOn]));
    expect(due).toEqual({ [inForce.id]: '2023-08-30', [expires.id]: '2026-07-04' });
    await f.transition('documents', live.id, { to: 'suspended', reason: 'dispute' });
    await f.transition('documents', live.id, { to: 'in_force' });
    expect(await milestonesOf(doc.id)).toHaveLength(2);
  });

  it('a later change or retirement of a rule affects only later triggers', async () => {
    const r = await rule({ documentTypes: ['roadmap'], offsetDays: 10 });
    const first = await f.moveDocumentTo(await f.createDocument({ type: 'roadmap' }), 'signed');
    await send('patch', `${rules}/${r.id}`, { offsetDays: 100 });
    expect((await milestonesOf(first.id)).map((m) => m.dueOn)).toEqual(['2023-04-30']);
    const second = await f.moveDocumentTo(await f.createDocument({ type: 'roadmap' }), 'signed');
    expect((await milestonesOf(second.id)).map((m) => m.dueOn)).toEqual(['2023-07-29']);
    await send('post', `${rules}/${r.id}/transitions`, { to: 'retired', reason: 'repealed' });
    const third = await f.moveDocumentTo(await f.createDocument({ type: 'roadmap' }), 'signed');
    expect(await milestonesOf(third.id)).toEqual([]);
  });

  it('rolls back with the transition: a failure after the milestone leaves neither', async () => {
    await rule({ documentTypes: ['joint_statement'], title: 'FAIL-AFTER-INSERT' });
    await t.db.query(`CREATE FUNCTION test_fail_deadline() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.title = 'FAIL-AFTER-INSERT' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$`);
    await t.db.query(
      `CREATE TRIGGER test_fail_deadline AFTER INSERT ON milestones FOR EACH ROW EXECUTE FUNCTION test_fail_deadline()`,
    );
    try {
      const doc = await f.createDocument({ type: 'joint_statement' });
      const ready = await f.prepare(doc, 'signed');
      // The injected fault is a 500 the document rightly does not promise: sent past the contract check.
      const res = await request(t.app.getHttpServer())
        .post(`/api/v1/documents/${doc.id}/transitions`)
        .set('Authorization', `Bearer ${editor}`)
        .send({ to: 'signed' });
      expect(res.status).toBe(500);
      expect((await f.getDocument(doc.id)).status).toBe(ready.status);
      expect(await milestonesOf(doc.id)).toEqual([]);
      const [{ n: history }] = await t.db.query(
        `SELECT count(*)::int AS n FROM status_changes WHERE entity_id = $1`,
        [doc.id],
      );
      expect(history).toBe(0);
    } finally {
      await t.db.query('DROP TRIGGER test_fail_deadline ON milestones');
      await t.db.query('DROP FUNCTION test_fail_deadline()');
    }
  });

  it('a deadline milestone is a milestone like any other: dashboard, calendar, lists, clearance', async () => {
    await rule({ documentTypes: ['program'], offsetDays: 1 });
    const doc = await f.moveDocumentTo(
      await f.createDocument({ type: 'program', classification: 'confidential' }),
      'signed',
    );
    const [m] = await milestonesOf(doc.id);
    expect(m.classification).toBe('confidential');
    expect((await get(`/api/v1/milestones/${m.id}`, await t.token('viewer', 'restricted'))).status).toBe(404);
    const dash = await get('/api/v1/dashboard/milestones');
    expect(dash.body.overdue.items.map((x: Body) => x.id)).toContain(m.id);
    // the calendar feed has it, under the same clearance
    const feed = await get(`/api/v1/calendar.ics?from=2000-01-01&to=2100-12-31`);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain(m.id);
    const hidden = await get(
      `/api/v1/calendar.ics?from=2000-01-01&to=2100-12-31`,
      await t.token('viewer', 'restricted'),
    );
    expect(hidden.status).toBe(200);
    expect(hidden.text).not.toContain(m.id);
    // and the owner's view: the milestones list filtered by its document, with the rule it came from
    const list = await get(`/api/v1/milestones?documentId=${doc.id}`);
    expect(list.body.items.map((x: Body) => [x.id, x.origin])).toEqual([
      [m.id, { ruleId: expect.any(String) }],
    ]);
  });
});
