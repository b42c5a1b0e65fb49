import type { EntityManager } from 'typeorm';
import { type AuditInput, AuditService } from '../src/audit/audit.service';
import { Actor } from '../src/auth/actor';
import { REFRESH_MARKED_SQL } from '../src/search/search.sql';
import { factories, type Factories } from './support/factories';
import { requests } from './support/requests';
import { startTestApp, type TestApp } from './support/test-app';

const SYSTEM = Actor.SYSTEM_ID;

/**
 * The search index is rebuilt once per entity and transaction, at commit (migration
 * SearchRefreshAtCommit) or, in a write that is audited, just before its audit append (outside the
 * chain head's lock): what a transaction writes is findable once it commits, never before another
 * reader could see it, never after a rollback.
 */
describe('search refresh at commit', () => {
  let t: TestApp;
  let make: Factories;
  let token: string;
  const api = requests(
    () => t,
    () => token,
  );
  const found = async (q: string) => {
    const res = await api.get(`/api/v1/search?q=${encodeURIComponent(q)}&types=document`);
    expect(res.status).toBe(200);
    return (res.body.items as { id: string }[]).map((i) => i.id);
  };

  /**
   * Calls of the set-based refresh functions (under SET LOCAL track_functions = 'all'). The
   * backend's counts not yet flushed to the statistics (PostgreSQL flushes them at most once a
   * second) still include an earlier transaction's calls on the same pooled connection, so a test
   * counts the calls made since its own first reading (`calls(manager, before)`).
   */
  const counts = async (manager: EntityManager): Promise<Record<string, number>> =>
    Object.fromEntries(
      (
        await manager.query(
          `SELECT funcname, calls::int FROM pg_stat_xact_user_functions WHERE funcname IN ('search_refresh_marked', 'search_refresh_documents', 'search_refresh_document', 'search_refresh_summits', 'search_refresh_institutions', 'search_refresh_milestones') ORDER BY funcname`,
        )
      ).map((r: { funcname: string; calls: number }) => [r.funcname, r.calls]),
    );
  const calls = async (manager: EntityManager, before: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(await counts(manager))
        .map(([name, n]) => [name, n - (before[name] ?? 0)])
        .filter(([, n]) => n !== 0),
    );

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.adminToken();
    make = factories(t, token);
  });
  afterAll(() => t.close());

  it('rebuilds a document written many times in one transaction once, and it is findable after the commit', async () => {
    const institution = await make.institutionId('Zhetysu Railway Authority', 'KZ');
    const id = await t.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL track_functions = 'all'`);
      const before = await counts(manager);
      const [doc] = await manager.query(
        `INSERT INTO documents (created_by, updated_by, title, type, countries) VALUES ($1, $1, 'Protocol on the Quorvent crossing', 'protocol', '{AZ,KZ}') RETURNING id`,
        [SYSTEM],
      );
      for (let i = 0; i < 10; i++) {
        await manager.query(
          `INSERT INTO signatories (created_by, updated_by, document_id, institution_id, signer_name, signer_title) VALUES ($1, $1, $2, $3, $4, 'Deputy minister')`,
          [SYSTEM, doc.id, institution, `Signer ${i}`],
        );
      }
      await manager.query(`UPDATE documents SET summary = 'Amended twice' WHERE id = $1`, [doc.id]);
      // nothing rebuilt yet: the writes only marked the document
      expect(await manager.query(`SELECT entity_type, entity_id FROM search_dirty`)).toEqual([
        { entity_type: 'document', entity_id: doc.id },
      ]);
      expect(await manager.query(`SELECT 1 FROM search_entries WHERE entity_id = $1`, [doc.id])).toEqual([]);
      // the commit's deferred triggers, fired now so that this transaction can count them
      await manager.query('SET CONSTRAINTS search_flush IMMEDIATE');
      expect(await calls(manager, before)).toEqual({ search_refresh_documents: 1, search_refresh_marked: 1 });
      return doc.id as string;
    });
    expect(await found('Quorvent')).toEqual([id]);
    expect(await found('Zhetysu')).toEqual([id]); // the signatories' institution, in the same entry
    expect(await t.db.query('SELECT count(*)::int AS n FROM search_dirty')).toEqual([{ n: 0 }]);
  });

  it('leaves neither an entry nor a mark after a rollback', async () => {
    await expect(
      t.db.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO documents (created_by, updated_by, title, type, countries) VALUES ($1, $1, 'Memorandum on Vyrtalen pipelines', 'memorandum_of_understanding', '{AZ,KZ}')`,
          [SYSTEM],
        );
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await found('Vyrtalen')).toEqual([]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM search_dirty')).toEqual([{ n: 0 }]);
  });

  it('finds the documents an institution signed by its new name after a rename', async () => {
    const institution = await make.createInstitution({ name: 'Ministry of Ostrana Affairs', country: 'AZ' });
    const document = await make.createDocument({ title: 'Agreement on cultural exchange 2031' });
    await make.addSignatory(document.id, { institutionId: institution.id });
    expect(await found('Ostrana')).toEqual([document.id]);
    const renamed = await api
      .patch(`/api/v1/institutions/${institution.id}`, { name: 'Ministry of Velmora Affairs' })
      .set('If-Match', `"${institution.version}"`);
    expect(renamed.status).toBe(200);
    expect(await found('Velmora')).toEqual([document.id]);
    expect(await found('Ostrana')).toEqual([]);
  });

  it('serialises two writers of one document: both commits are in the entry', async () => {
    const document = await make.createDocument({ title: 'Roadmap on digital corridors' });
    const institutions = await Promise.all([
      make.institutionId('Caspian Fibre Agency', 'AZ'),
      make.institutionId('Steppe Data Authority', 'KZ'),
    ]);
    await Promise.all(
      institutions.map((institutionId) =>
        t.db.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO signatories (created_by, updated_by, document_id, institution_id, signer_name, signer_title) VALUES ($1, $1, $2, $3, 'A signer', 'Director')`,
            [SYSTEM, document.id, institutionId],
          );
          await manager.query('SELECT pg_sleep(0.05)');
        }),
      ),
    );
    expect(await found('Caspian Fibre')).toEqual([document.id]);
    expect(await found('Steppe Data')).toEqual([document.id]);
  });
  it('rebuilds every document of a batch with one set-based call at the first firing; the other firings do nothing', async () => {
    await t.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL track_functions = 'all'`);
      const before = await counts(manager);
      await manager.query(
        `INSERT INTO documents (created_by, updated_by, title, type, countries)
         SELECT $1, $1, 'Batch protocol Brennick ' || i, 'protocol', '{AZ,KZ}' FROM generate_series(1, 25) i`,
        [SYSTEM],
      );
      expect(await t.db.query(`SELECT 1 FROM search_dirty`)).toEqual([]); // invisible to others
      await manager.query('SET CONSTRAINTS search_flush IMMEDIATE');
      expect(await calls(manager, before)).toEqual({ search_refresh_documents: 1, search_refresh_marked: 1 });
      expect(await manager.query(`SELECT count(*)::int AS n FROM search_dirty`)).toEqual([{ n: 0 }]);
    });
    expect(await found('Brennick')).toHaveLength(20); // a page of them
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM search_entries WHERE entity_type = 'document' AND title LIKE 'Batch protocol Brennick %'`,
    );
    expect(n).toBe(25);
  });

  it('refreshes at commit what a transaction marks after an explicit refresh (an import writing on after it)', async () => {
    const id = await t.db.transaction(async (manager) => {
      const [doc] = await manager.query(
        `INSERT INTO documents (created_by, updated_by, title, type, countries) VALUES ($1, $1, 'Accord on Tessaly ports', 'agreement', '{AZ}') RETURNING id`,
        [SYSTEM],
      );
      expect(await manager.query(REFRESH_MARKED_SQL)).toEqual([{ refreshed: 1 }]);
      expect(await manager.query(`SELECT title FROM search_entries WHERE entity_id = $1`, [doc.id])).toEqual([
        { title: 'Accord on Tessaly ports' },
      ]);
      await manager.query(`UPDATE documents SET title = 'Accord on Ombrevale ports' WHERE id = $1`, [doc.id]);
      return doc.id as string;
    });
    expect(await found('Ombrevale')).toEqual([id]);
    expect(await found('Tessaly')).toEqual([]);
    expect(await t.db.query('SELECT count(*)::int AS n FROM search_dirty')).toEqual([{ n: 0 }]);
  });

  it('shows a transition in the search results: the entry carries the new status', async () => {
    const document = await make.createDocument({ title: 'Memorandum on Sarvenne orchards' });
    await make.transition('documents', document.id, { to: 'negotiation' });
    const res = await api.get(`/api/v1/search?q=Sarvenne&types=document`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([expect.objectContaining({ id: document.id, status: 'negotiation' })]);
  });

  // A write of the status and bookkeeping columns alone sets the entry's status in place; any
  // other column rebuilds the entry as before (migration SearchStatusInPlace).
  const statusOnly = [
    { table: 'documents', type: 'document', title: 'title', from: 'draft', to: 'negotiation' },
    { table: 'summits', type: 'summit', title: 'title', from: 'planned', to: 'confirmed' },
    { table: 'institutions', type: 'institution', title: 'name', from: 'active', to: 'defunct' },
    { table: 'milestones', type: 'milestone', title: 'title', from: 'planned', to: 'in_progress' },
  ];
  const oneOf = async (table: string, status: string) => {
    const [row] = await t.db.query(
      `SELECT id FROM ${table} WHERE status = $1 ORDER BY created_at DESC LIMIT 1`,
      [status],
    );
    return row.id as string;
  };
  /**
   * Runs `work` in a transaction that tracks function calls and is rolled back at the end;
   * `refreshCalls()` then answers the refresh functions called since it began.
   */
  const inRolledBack = async (
    work: (manager: EntityManager, refreshCalls: () => Promise<Record<string, number>>) => Promise<void>,
  ) => {
    await t.db
      .transaction(async (manager) => {
        await manager.query(`SET LOCAL track_functions = 'all'`);
        const before = await counts(manager);
        await work(manager, async () => {
          const all = await calls(manager, before);
          delete all.search_refresh_marked; // fired by any earlier mark of the pooled connection's transaction
          return all;
        });
        throw new Error('rolled back');
      })
      .catch((error: Error) => expect(error.message).toBe('rolled back'));
  };

  beforeAll(async () => {
    const document = await make.createDocument({ title: 'Programme on Tolvane wetlands' });
    await make.createSummit({ title: 'Working visit to Tolvane' });
    await make.createInstitution({ name: 'Tolvane Water Agency' });
    await make.createMilestone(token, {
      title: 'Survey the Tolvane wetlands',
      documentId: document.id,
      dueOn: '2031-01-01',
    });
  });

  it.each(statusOnly)(
    'sets a $type entry’s status in place on a status-only update, without a rebuild',
    async (kind) => {
      const id = await oneOf(kind.table, kind.from);
      await inRolledBack(async (manager, refreshCalls) => {
        await manager.query(
          `UPDATE ${kind.table} SET status = $1, version = version + 1, updated_at = now(), updated_by = $2 WHERE id = $3`,
          [kind.to, SYSTEM, id],
        );
        expect(await manager.query(`SELECT 1 FROM search_dirty`)).toEqual([]);
        expect(await manager.query(`SELECT status FROM search_entries WHERE entity_id = $1`, [id])).toEqual([
          { status: kind.to },
        ]);
        await manager.query('SET CONSTRAINTS search_flush IMMEDIATE');
        expect(await refreshCalls()).toEqual({});
      });
      expect(await t.db.query(`SELECT status FROM search_entries WHERE entity_id = $1`, [id])).toEqual([
        { status: kind.from },
      ]);
    },
  );

  it.each(statusOnly)(
    'rebuilds a $type entry when the status changes with a searched column',
    async (kind) => {
      const id = await oneOf(kind.table, kind.from);
      await inRolledBack(async (manager, refreshCalls) => {
        await manager.query(
          `UPDATE ${kind.table} SET status = $1, ${kind.title} = 'Renamed Ulmberg' WHERE id = $2`,
          [kind.to, id],
        );
        await manager.query('SET CONSTRAINTS search_flush IMMEDIATE');
        // (an institution's rename also rebuilds the documents it signed)
        expect(Object.keys(await refreshCalls())).toContain(`search_refresh_${kind.type}s`);
        expect(
          await manager.query(`SELECT status, title FROM search_entries WHERE entity_id = $1`, [id]),
        ).toEqual([{ status: kind.to, title: 'Renamed Ulmberg' }]);
      });
    },
  );

  it('refreshes before the audit append, so a writer waiting in its refresh does not hold the chain head', async () => {
    const audit = t.app.get(AuditService);
    const document = await make.createDocument({ title: 'Protocol on Larkspur grain terminals' });
    const event = (summary: string): AuditInput => ({
      action: 'update',
      entityType: 'document',
      entityId: document.id,
      changes: { summary: [null, summary] },
      documentId: document.id,
    });
    // A reader holds the document's entry, so the next refresh of it must wait.
    const holder = t.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM search_entries WHERE entity_id = $1 FOR UPDATE`, [document.id]);
    const waiting = t.db.transaction(async (manager) => {
      await manager.query(`UPDATE documents SET summary = 'Mentions Quillmere silos' WHERE id = $1`, [
        document.id,
      ]);
      await audit.append(manager, Actor.system(), event('Mentions Quillmere silos'));
    });
    try {
      // Wait until that writer is blocked on the entry.
      for (let i = 0; ; i++) {
        const [{ n }] = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (n > 0) break;
        if (i > 100) throw new Error('the writer never waited for the entry');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Another writer still appends and commits: the waiting one does not hold the head.
      await t.db.transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '3s'`);
        await audit.append(manager, Actor.system(), event('An unrelated note'));
      });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    await waiting;
    expect(await found('Quillmere')).toEqual([document.id]);
    const verify = await api.get('/api/v1/audit-events/verify');
    expect(verify.status).toBe(200);
    expect(verify.body.valid).toBe(true);
  });

  it('builds exactly the entries and words the one-entity functions build, for every kind of entity', async () => {
    // A fixture with every part an entry is made of: short names and translations, participants,
    // signatories of several institutions, attachments with and without text, empty fields,
    // another classification, and a document that is gone.
    await t.db.transaction(async (m) => {
      const q = (sql: string, params: unknown[] = []) => m.query(sql, [SYSTEM, ...params]);
      const [withShort] = await q(
        `INSERT INTO institutions (created_by, updated_by, name, short_name, country, kind, translations)
         VALUES ($1, $1, 'Ministry of Energy of Kazakhstan', 'MinEnergo', 'KZ', 'ministry', '{"ru": {"name": "Министерство энергетики", "shortName": "Минэнерго"}}') RETURNING id`,
      );
      const [plain] = await q(
        `INSERT INTO institutions (created_by, updated_by, name, country, kind) VALUES ($1, $1, 'State Oil Company of Azərbaycan', 'AZ', 'company') RETURNING id`,
      );
      const [summit] = await q(
        `INSERT INTO summits (created_by, updated_by, title, kind, host_country, location, countries, starts_on, ends_on, summary, participants, translations)
         VALUES ($1, $1, 'Caspian energy forum', 'state_visit', 'AZ', 'Bakı', '{AZ,KZ}', '2024-05-01', '2024-05-02', 'Pipelines and power',
                 '[{"name": "Ilham Aliyev", "title": "President"}, {"name": "Kassym-Jomart Tokayev"}]', '{"kk": {"title": "Каспий энергетикалық форумы", "summary": "Құбырлар"}}') RETURNING id`,
      );
      await q(
        `INSERT INTO summits (created_by, updated_by, title, kind, host_country, location, countries, starts_on, ends_on)
         VALUES ($1, $1, 'Working visit to Aktau', 'working_visit', 'KZ', 'Aktau', '{KZ}', '2024-06-01', '2024-06-01')`,
      );
      const [rich] = await q(
        `INSERT INTO documents (created_by, updated_by, title, type, countries, reference_number, summary, summit_id, translations, classification)
         VALUES ($1, $1, 'Agreement on the Trans-Caspian cable', 'agreement', '{AZ,KZ}', 'AZ-KZ-2024/017', 'Subsea power cable', $2,
                 '{"ru": {"title": "Соглашение о Транскаспийском кабеле", "summary": "Подводный кабель"}, "az": {"title": "Transxəzər kabeli haqqında saziş"}}', 'restricted') RETURNING id`,
        [summit.id],
      );
      await q(
        `INSERT INTO documents (created_by, updated_by, title, type, countries) VALUES ($1, $1, 'Memorandum on tourism', 'memorandum_of_understanding', '{KZ}')`,
      );
      const [gone] = await q(
        `INSERT INTO documents (created_by, updated_by, title, type, countries) VALUES ($1, $1, 'Protocol withdrawn', 'protocol', '{AZ}') RETURNING id`,
      );
      for (const [institution, signer] of [
        [plain.id, 'Rovshan Najaf'],
        [withShort.id, 'Almasadam Satkaliyev'],
        [plain.id, 'Elshad Nasirov'],
      ])
        await q(
          `INSERT INTO signatories (created_by, updated_by, document_id, institution_id, signer_name, signer_title) VALUES ($1, $1, $2, $3, $4, 'Chairman')`,
          [rich.id, institution, signer],
        );
      for (const [title, text, file] of [
        ['Signed original', 'The Parties agree to lay a subsea cable.', 'cable.pdf'],
        [null, null, 'scan.tiff'],
      ]) {
        const [a] = await q(
          `INSERT INTO attachments (created_by, updated_by, document_id, kind, title) VALUES ($1, $1, $2, 'signed_original', $3) RETURNING id`,
          [rich.id, title],
        );
        await q(
          `INSERT INTO attachment_versions (attachment_id, n, sha256, size, content_type, file_name, uploaded_by, text_status, text)
           VALUES ($2, 1, repeat('0', 64), 1, 'application/pdf', $3, $1, 'extracted', $4)`,
          [a.id, file, text],
        );
      }
      await q(
        `INSERT INTO milestones (created_by, updated_by, title, description, sector, due_on, document_id, classification)
         VALUES ($1, $1, 'Lay the first 100 km', 'Cable laying', 'energy', '2026-01-01', $2, 'restricted')`,
        [rich.id],
      );
      await q(
        `INSERT INTO milestones (created_by, updated_by, title, due_on, summit_id) VALUES ($1, $1, 'Open the route', '2027-01-01', $2)`,
        [summit.id],
      );
      await m.query(`DELETE FROM documents WHERE id = $1`, [gone.id]);
    });
    const TYPES: [string, string][] = [
      ['institution', 'institutions'],
      ['summit', 'summits'],
      ['document', 'documents'],
      ['milestone', 'milestones'],
    ];
    /** The index rebuilt from nothing one way or the other, read, and rolled back. */
    const rebuilt = async (how: 'one by one' | 'set-based') => {
      const runner = t.db.createQueryRunner();
      try {
        await runner.startTransaction();
        const q = (sql: string) => runner.query(sql);
        await q(`DELETE FROM search_entries`);
        await q(`DELETE FROM search_words`);
        for (const [type, table] of TYPES) {
          if (how === 'one by one') await q(`SELECT search_refresh_${type}(id) FROM ${table}`);
          else
            await q(`INSERT INTO search_dirty (entity_type, entity_id) SELECT '${type}', id FROM ${table}`);
        }
        // and an entry whose record is gone
        await q(`INSERT INTO search_dirty VALUES ('document', '00000000-0000-4000-8000-000000000001')`);
        if (how === 'set-based') await q(REFRESH_MARKED_SQL);
        else await q(`DELETE FROM search_dirty`);
        return {
          entries: await q(
            `SELECT entity_type, entity_id, classification, title, status, body, tsv::text FROM search_entries ORDER BY 1, 2`,
          ),
          words: await q(`SELECT word, key FROM search_words ORDER BY word`),
        };
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    const one = await rebuilt('one by one');
    const set = await rebuilt('set-based');
    expect(set.entries).toEqual(one.entries);
    expect(set.words).toEqual(one.words);
    // the fixture's parts are all in it, so the comparison compared something
    const rich = one.entries.find(
      (e: { title: string }) => e.title === 'Agreement on the Trans-Caspian cable',
    );
    expect(rich.body).toContain('Almasadam Satkaliyev Chairman Ministry of Energy of Kazakhstan MinEnergo');
    expect(rich.body).toContain('The Parties agree to lay a subsea cable.');
    expect(rich.body).toContain('Соглашение о Транскаспийском кабеле');
    expect(new Set(one.entries.map((e: { entity_type: string }) => e.entity_type))).toEqual(
      new Set(TYPES.map(([type]) => type)),
    );
    expect(one.words.map((w: { word: string }) => w.word)).toEqual(
      expect.arrayContaining(['satkaliyev', 'tokayev']),
    );
    // and what the commits of the fixture left is the same again
    const stored = await t.db.query(
      `SELECT entity_type, entity_id, classification, title, status, body, tsv::text FROM search_entries ORDER BY 1, 2`,
    );
    expect(stored).toEqual(one.entries);
  });
});
