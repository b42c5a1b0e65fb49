import fc from 'fast-check';
import { partyWorkflow, PARTY_STATUSES } from '../src/documents/party.workflow';
import { factories, pathTo, type Factories } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

type Body = Record<string, any>;

/** The model of §11's date arithmetic: months first (clamped to the month's end), then days. */
function addOffset(date: string, months: number, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const t = Date.UTC(ty, tm, Math.min(d, last)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

describe('parties, consent and entry into force (§11)', () => {
  let t: TestApp;
  let f: Factories;
  let editor: string;
  const docs = '/api/v1/documents';

  beforeAll(async () => {
    t = await startTestApp();
    editor = await t.token('editor');
    f = factories(t, editor);
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object, headers: Record<string, string> = {}) =>
      t.http().post(path).set('Authorization', `Bearer ${token}`).set(headers).send(body),
    patch: (path: string, body: object, headers: Record<string, string> = {}) =>
      t.http().patch(path).set('Authorization', `Bearer ${token}`).set(headers).send(body),
  });
  const ed = () => as(editor);
  const move = (docId: string, country: string, body: Body, headers: Record<string, string> = {}) =>
    ed().post(
      `${docs}/${docId}/parties/${country}/transitions`,
      { effectiveOn: '2023-05-01', ...body },
      headers,
    );

  /** A signed agreement between AZ and KZ (binding: both parties ratify). */
  async function signedAgreement(overrides: Body = {}): Promise<Body> {
    const d = await f.createDocument({ type: 'agreement', ...overrides });
    return f.moveDocumentTo(d, 'signed');
  }

  /** Walks a party to `status` along the workflow (a signed document takes every move). */
  async function moveParty(docId: string, country: string, status: string): Promise<Body> {
    const current = (await ed().get(`${docs}/${docId}/parties/${country}`)).body;
    let party = current;
    for (const to of pathTo(partyWorkflow, current.status, status)) {
      const res = await move(docId, country, { to, reason: `to ${to}` });
      if (res.status !== 200) throw new Error(`${to}: ${res.status} ${JSON.stringify(res.body)}`);
      party = res.body;
    }
    return party;
  }

  it('defaults legallyBinding by type and creates one party per country with the default procedure', async () => {
    const cases: [string, boolean, string][] = [
      ['agreement', true, 'ratification'],
      ['treaty', true, 'ratification'],
      ['protocol', true, 'ratification'],
      ['memorandum_of_understanding', false, 'signature_only'],
      ['declaration', false, 'signature_only'],
      ['joint_statement', false, 'signature_only'],
      ['roadmap', false, 'signature_only'],
      ['action_plan', false, 'signature_only'],
      ['program', false, 'signature_only'],
      ['other', false, 'signature_only'],
    ];
    for (const [type, binding, procedure] of cases) {
      const d = await f.createDocument({ type, languages: ['az', 'kk', 'ru'] });
      expect({ type, legallyBinding: d.legallyBinding, languages: d.languages }).toEqual({
        type,
        legallyBinding: binding,
        languages: ['az', 'kk', 'ru'],
      });
      const parties = await ed().get(`${docs}/${d.id}/parties`);
      expect(parties.status).toBe(200);
      expect(parties.body.items.map((p: Body) => [p.country, p.procedure, p.status])).toEqual([
        ['AZ', procedure, 'pending'],
        ['KZ', procedure, 'pending'],
      ]);
    }
    const explicit = await f.createDocument({ type: 'agreement', legallyBinding: false });
    expect(explicit.legallyBinding).toBe(false);
  });

  it('keeps parties in step with countries; a party whose consent is on record cannot be removed', async () => {
    const d = await signedAgreement({ countries: ['AZ', 'KZ'] });
    const added = await ed().patch(`${docs}/${d.id}`, { countries: ['AZ', 'KZ', 'GE'] });
    expect(added.status).toBe(200);
    let parties = (await ed().get(`${docs}/${d.id}/parties`)).body.items;
    expect(parties.map((p: Body) => `${p.country}:${p.status}`)).toEqual([
      'AZ:pending',
      'GE:pending',
      'KZ:pending',
    ]);

    expect((await ed().patch(`${docs}/${d.id}`, { countries: ['AZ', 'KZ'] })).status).toBe(200);
    parties = (await ed().get(`${docs}/${d.id}/parties`)).body.items;
    expect(parties.map((p: Body) => p.country)).toEqual(['AZ', 'KZ']);

    expect((await move(d.id, 'KZ', { to: 'procedure_completed' })).status).toBe(200);
    const refused = await ed().patch(`${docs}/${d.id}`, { countries: ['AZ'] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'countries', message: expect.stringContaining('KZ') }]);
    parties = (await ed().get(`${docs}/${d.id}/parties`)).body.items;
    expect(parties.map((p: Body) => p.country)).toEqual(['AZ', 'KZ']);
  });

  describe('every (from, to) pair of the party workflow', () => {
    for (const { from, to, allowed } of partyWorkflow.allPairs()) {
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused with 409 and the allowed list'}`, async () => {
        const d = await signedAgreement();
        await moveParty(d.id, 'KZ', from);
        const res = await move(d.id, 'KZ', { to, reason: 'a reason' });
        if (allowed) {
          expect(res.status).toBe(200);
          expect(res.body.status).toBe(to);
          expect(res.body.allowedTransitions).toEqual(partyWorkflow.allowedFrom(to));
        } else {
          expect(res.status).toBe(409);
          expect(res.body.allowed).toEqual(partyWorkflow.allowedFrom(from));
        }
      });
    }
  });

  it('requires a reason for withdrawn and for withdrawn → pending', async () => {
    const d = await signedAgreement();
    const noReason = await move(d.id, 'AZ', { to: 'withdrawn' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toEqual([{ field: 'reason', message: expect.any(String) }]);
    expect((await move(d.id, 'AZ', { to: 'withdrawn', reason: 'Parliament refused' })).status).toBe(200);
    expect((await move(d.id, 'AZ', { to: 'pending' })).status).toBe(422);
    expect((await move(d.id, 'AZ', { to: 'pending', reason: 'Resubmitted' })).status).toBe(200);
  });

  it('records consent only once the document is signed (422 before)', async () => {
    const d = await f.createDocument({ type: 'agreement' });
    for (const to of ['procedure_completed', 'notified']) {
      const res = await move(d.id, 'AZ', { to });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ field: 'to', message: expect.stringContaining('draft') }]);
    }
    // Withdrawing needs no signature.
    expect((await move(d.id, 'AZ', { to: 'withdrawn', reason: 'no longer a party' })).status).toBe(200);
  });

  it('sets the dates of each move, keeps status history, bumps versions and appends one audit event each', async () => {
    const d = await signedAgreement();
    const before = (await ed().get(`${docs}/${d.id}`)).body;
    const done = await move(d.id, 'KZ', {
      to: 'procedure_completed',
      effectiveOn: '2023-06-10',
      instrument: 'Law No. 12-VIII',
    });
    expect(done.body).toMatchObject({
      status: 'procedure_completed',
      internalProcedureOn: '2023-06-10',
      instrument: 'Law No. 12-VIII',
      version: 2,
    });
    const notified = await move(
      d.id,
      'KZ',
      { to: 'notified', effectiveOn: '2023-06-20', notifiedOn: '2023-06-15', noteReference: 'Note 05-2/77' },
      { 'If-Match': '"2"' },
    );
    expect(notified.body).toMatchObject({
      status: 'notified',
      notifiedOn: '2023-06-15',
      notificationReceivedOn: '2023-06-20',
      noteReference: 'Note 05-2/77',
      version: 3,
    });
    const direct = await move(d.id, 'AZ', { to: 'notified', effectiveOn: '2023-06-25' });
    expect(direct.body).toMatchObject({ notifiedOn: '2023-06-25', notificationReceivedOn: '2023-06-25' });

    const history = await ed().get(`${docs}/${d.id}/parties/KZ/transitions`);
    expect(history.status).toBe(200);
    expect(history.body.map((h: Body) => [h.from, h.to, h.effectiveOn])).toEqual([
      ['pending', 'procedure_completed', '2023-06-10'],
      ['procedure_completed', 'notified', '2023-06-20'],
    ]);
    const after = (await ed().get(`${docs}/${d.id}`)).body;
    expect(after.version).toBe(before.version + 3);
    const events = await t.db.query(
      `SELECT action, changes FROM audit_events WHERE entity_id = $1 AND action LIKE 'party.%' ORDER BY seq`,
      [d.id],
    );
    expect(events.map((e: Body) => e.action)).toEqual([
      'party.transition',
      'party.transition',
      'party.transition',
    ]);
    expect(events[0].changes['parties.KZ.status']).toEqual(['pending', 'procedure_completed']);
  });

  it('answers 412 for a stale If-Match on a party and changes nothing', async () => {
    const d = await signedAgreement();
    const stale = await move(d.id, 'AZ', { to: 'procedure_completed' }, { 'If-Match': '"7"' });
    expect(stale.status).toBe(412);
    const patched = await ed().patch(
      `${docs}/${d.id}/parties/AZ`,
      { procedure: 'approval' },
      { 'If-Match': '"1"' },
    );
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ procedure: 'approval', version: 2 });
    const again = await ed().patch(
      `${docs}/${d.id}/parties/AZ`,
      { procedure: 'acceptance' },
      { 'If-Match': '"1"' },
    );
    expect(again.status).toBe(412);
    expect((await ed().get(`${docs}/${d.id}/parties/AZ`)).body.procedure).toBe('approval');
  });

  it('refuses bad input with 400 naming the field', async () => {
    const d = await signedAgreement();
    const cases: [string, () => Promise<{ status: number; body: Body }>, string][] = [
      ['unknown status', () => move(d.id, 'AZ', { to: 'ratified' }), 'to'],
      [
        'no effectiveOn',
        () => ed().post(`${docs}/${d.id}/parties/AZ/transitions`, { to: 'notified' }),
        'effectiveOn',
      ],
      ['bad date', () => move(d.id, 'AZ', { to: 'notified', effectiveOn: '2023-02-30' }), 'effectiveOn'],
      ['lower-case country', () => move(d.id, 'az', { to: 'notified' }), 'country'],
      [
        'unknown procedure',
        () => ed().patch(`${docs}/${d.id}/parties/AZ`, { procedure: 'decree' }),
        'procedure',
      ],
      ['status in PATCH', () => ed().patch(`${docs}/${d.id}/parties/AZ`, { status: 'notified' }), 'status'],
      [
        'rule date on another kind',
        () =>
          ed().patch(`${docs}/${d.id}`, { entryIntoForceRule: { kind: 'on_signature', date: '2023-01-01' } }),
        'entryIntoForceRule.date',
      ],
      [
        'on_date without date',
        () => ed().patch(`${docs}/${d.id}`, { entryIntoForceRule: { kind: 'on_date' } }),
        'entryIntoForceRule.date',
      ],
      [
        'negative days',
        () =>
          ed().patch(`${docs}/${d.id}`, {
            entryIntoForceRule: { kind: 'after_last_notification', days: -1 },
          }),
        'entryIntoForceRule.days',
      ],
      ['bad language', () => ed().patch(`${docs}/${d.id}`, { languages: ['AZE'] }), 'languages'],
    ];
    for (const [name, send, field] of cases) {
      const res = await send();
      expect({ name, status: res.status, fields: (res.body.errors ?? []).map((e: Body) => e.field) }).toEqual(
        {
          name,
          status: 400,
          fields: expect.arrayContaining([expect.stringContaining(field)]),
        },
      );
    }
    expect((await move(d.id, 'FR', { to: 'notified' })).status).toBe(404);
  });

  it('lets only editors and admins change parties; everyone who sees the document reads them', async () => {
    const d = await signedAgreement();
    for (const role of ['manager', 'auditor', 'viewer']) {
      const token = await t.token(role);
      expect((await as(token).get(`${docs}/${d.id}/parties`)).body.items[0].allowedTransitions).toEqual([]);
      expect(
        (
          await as(token).post(`${docs}/${d.id}/parties/AZ/transitions`, {
            to: 'notified',
            effectiveOn: '2023-05-01',
          })
        ).status,
      ).toBe(403);
      expect((await as(token).patch(`${docs}/${d.id}/parties/AZ`, { procedure: 'approval' })).status).toBe(
        403,
      );
    }
    const admin = await t.adminToken();
    expect(
      (
        await as(admin).post(`${docs}/${d.id}/parties/AZ/transitions`, {
          to: 'notified',
          effectiveOn: '2023-05-01',
        })
      ).status,
    ).toBe(200);
  });

  it('hides the parties of a document above the reader’s clearance on every path (404)', async () => {
    const d = await signedAgreement({ classification: 'confidential' });
    const low = await t.token('editor', 'restricted');
    const viewer = await t.token('viewer', 'public');
    for (const token of [low, viewer]) {
      for (const path of [
        `${docs}/${d.id}/parties`,
        `${docs}/${d.id}/parties/AZ`,
        `${docs}/${d.id}/parties/AZ/transitions`,
      ]) {
        const res = await as(token).get(path);
        expect({ path, status: res.status }).toEqual({
          path,
          status: token === viewer && path.endsWith('transitions') ? 403 : 404,
        });
      }
    }
    expect(
      (
        await as(low).post(`${docs}/${d.id}/parties/AZ/transitions`, {
          to: 'notified',
          effectiveOn: '2023-05-01',
        })
      ).status,
    ).toBe(404);
    expect((await as(low).patch(`${docs}/${d.id}/parties/AZ`, { procedure: 'approval' })).status).toBe(404);
  });

  describe('entry into force', () => {
    it('on_signature: expected on signedOn, and → in_force takes it', async () => {
      const d = await signedAgreement({ entryIntoForceRule: { kind: 'on_signature' } });
      expect((await ed().get(`${docs}/${d.id}`)).body.expectedEntryIntoForceOn).toBe('2023-04-20');
      const res = await f.transition('documents', d.id, { to: 'in_force' });
      expect(res).toMatchObject({ status: 'in_force', entryIntoForceOn: '2023-04-20' });
    });

    it('on_date: expected on the date; before it → in_force is a 422', async () => {
      const d = await signedAgreement({ entryIntoForceRule: { kind: 'on_date', date: '2099-01-01' } });
      const early = await ed().post(`${docs}/${d.id}/transitions`, { to: 'in_force' });
      expect(early.status).toBe(422);
      expect(early.body.expectedEntryIntoForceOn).toBe('2099-01-01');
      const res = await ed().post(`${docs}/${d.id}/transitions`, {
        to: 'in_force',
        effectiveOn: '2099-01-01',
      });
      expect(res.status).toBe(200);
      expect(res.body.entryIntoForceOn).toBe('2099-01-01');
    });

    it('after_last_notification: the 422 names the parties awaited; the date follows the last notice', async () => {
      const d = await signedAgreement({
        countries: ['AZ', 'KZ', 'GE'],
        entryIntoForceRule: { kind: 'after_last_notification', days: 30 },
      });
      await ed().patch(`${docs}/${d.id}/parties/GE`, { procedure: 'signature_only' });
      let doc = (await ed().get(`${docs}/${d.id}`)).body;
      expect(doc.expectedEntryIntoForceOn).toBeNull();
      expect(doc.awaitingParties.map((p: Body) => p.country)).toEqual(['AZ', 'KZ']);

      await move(d.id, 'KZ', { to: 'notified', effectiveOn: '2023-07-10' });
      const refused = await ed().post(`${docs}/${d.id}/transitions`, { to: 'in_force' });
      expect(refused.status).toBe(422);
      expect(refused.body.detail).toContain('AZ (ratification, pending)');
      expect(refused.body.awaitingParties).toEqual([
        { country: 'AZ', procedure: 'ratification', status: 'pending' },
      ]);

      await move(d.id, 'AZ', { to: 'procedure_completed', effectiveOn: '2023-07-01' });
      await move(d.id, 'AZ', { to: 'notified', effectiveOn: '2023-07-31' });
      doc = (await ed().get(`${docs}/${d.id}`)).body;
      expect(doc.expectedEntryIntoForceOn).toBe('2023-08-30');
      expect(doc.awaitingParties).toEqual([]);
      const list = (await ed().get(`${docs}?legallyBinding=true&countries=GE`)).body;
      const listed = (list.items ?? []).find((x: Body) => x.id === d.id);
      if (listed) expect(listed.expectedEntryIntoForceOn).toBe('2023-08-30');

      const res = await ed().post(`${docs}/${d.id}/transitions`, {
        to: 'in_force',
        effectiveOn: '2023-09-01',
      });
      expect(res.status).toBe(200);
      expect(res.body.entryIntoForceOn).toBe('2023-08-30');
    });

    it('a withdrawn party is not awaited; one month after 31 January is the end of February', async () => {
      const d = await signedAgreement({ entryIntoForceRule: { kind: 'after_last_notification', months: 1 } });
      await move(d.id, 'KZ', { to: 'withdrawn', reason: 'left the agreement' });
      await move(d.id, 'AZ', { to: 'notified', effectiveOn: '2024-01-31' });
      expect((await ed().get(`${docs}/${d.id}`)).body.expectedEntryIntoForceOn).toBe('2024-02-29');
    });

    it('without a rule, §6 stands: entryIntoForceOn must be set', async () => {
      const d = await signedAgreement();
      const res = await ed().post(`${docs}/${d.id}/transitions`, { to: 'in_force' });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ field: 'entryIntoForceOn', message: expect.any(String) }]);
    });

    it('computes the offset like the calendar for any notification dates (property)', async () => {
      const d = await signedAgreement({ countries: ['AZ', 'KZ'] });
      const day = fc
        .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 11, 31) })
        .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
      await fc.assert(
        fc.asyncProperty(
          day,
          day,
          fc.integer({ min: 0, max: 120 }),
          fc.integer({ min: 0, max: 3650 }),
          async (a, b, months, days) => {
            await t.db.query(
              `UPDATE document_parties SET status = 'notified', notification_received_on = CASE country WHEN 'AZ' THEN $2::date ELSE $3::date END WHERE document_id = $1`,
              [d.id, a, b],
            );
            const [{ on }] = await t.db.query(
              `SELECT expected_entry_into_force($2::jsonb, NULL, $1)::text AS on`,
              [d.id, JSON.stringify({ kind: 'after_last_notification', months, days })],
            );
            expect(on).toBe(addOffset(a > b ? a : b, months, days));
          },
        ),
        { numRuns: 150 },
      );
    });

    it('is unknown while any required party has not notified (property over party states)', async () => {
      const d = await signedAgreement({ countries: ['AZ', 'KZ', 'GE'] });
      const party = fc.record({
        status: fc.constantFrom(...PARTY_STATUSES),
        procedure: fc.constantFrom('ratification', 'approval', 'signature_only'),
      });
      await fc.assert(
        fc.asyncProperty(fc.tuple(party, party, party), async (states) => {
          const countries = ['AZ', 'GE', 'KZ'];
          for (const [i, s] of states.entries()) {
            await t.db.query(
              `UPDATE document_parties SET status = $3::text, procedure = $4,
                 notification_received_on = CASE WHEN $3::text = 'notified' THEN '2023-03-01'::date END
               WHERE document_id = $1 AND country = $2`,
              [d.id, countries[i], s.status, s.procedure],
            );
          }
          const required = states.filter((s) => s.procedure !== 'signature_only' && s.status !== 'withdrawn');
          const known = required.length > 0 && required.every((s) => s.status === 'notified');
          const [{ on }] = await t.db.query(
            `SELECT expected_entry_into_force('{"kind":"after_last_notification"}'::jsonb, NULL, $1)::text AS on`,
            [d.id],
          );
          expect(on).toBe(known ? '2023-03-01' : null);
        }),
        { numRuns: 60 },
      );
    });
  });

  it('filters documents by legallyBinding and languages', async () => {
    const binding = await f.createDocument({ type: 'treaty', languages: ['az', 'ka'] });
    const soft = await f.createDocument({ type: 'declaration', languages: ['hy'] });
    const ids = async (query: string) =>
      ((await ed().get(`${docs}?${query}&limit=200`)).body.items as Body[]).map((x) => x.id);
    expect(await ids('legallyBinding=true')).toContain(binding.id);
    expect(await ids('legallyBinding=true')).not.toContain(soft.id);
    expect(await ids('legallyBinding=false')).toContain(soft.id);
    expect(await ids('languages=ka')).toEqual([binding.id]);
    expect((await ids('languages=hy,ka')).sort()).toEqual([binding.id, soft.id].sort());
    expect((await ids('languages=hy&languages=ka')).sort()).toEqual([binding.id, soft.id].sort());
    expect((await ed().get(`${docs}?legallyBinding=yes`)).status).toBe(400);
  });
});
