import { Actor } from '../src/auth/actor';
import { factories, type Factories } from './support/factories';
import { requests } from './support/requests';
import { startTestApp, type TestApp } from './support/test-app';

const SYSTEM = Actor.SYSTEM_ID;

/**
 * The search index is rebuilt once per entity and transaction, at commit (migration
 * SearchRefreshAtCommit): what a transaction writes is findable once it commits, never before
 * another reader could see it, never after a rollback.
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

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.adminToken();
    make = factories(t, token);
  });
  afterAll(() => t.close());

  it('rebuilds a document written many times in one transaction once, and it is findable after the commit', async () => {
    const institution = await make.institutionId('Zhetysu Railway Authority', 'KZ');
    const id = await t.db.transaction(async (manager) => {
      await manager.query(`SET LOCAL track_functions = 'pl'`);
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
      const [calls] = await manager.query(
        `SELECT calls::int FROM pg_stat_xact_user_functions WHERE funcname = 'search_refresh_document'`,
      );
      expect(calls).toEqual({ calls: 1 });
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
});
