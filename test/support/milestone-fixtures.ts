import type { TestApp } from './test-app';

const SYSTEM = '00000000-0000-0000-0000-000000000000';

/**
 * Summits and documents for the milestone, dashboard and calendar tests, inserted with SQL so
 * that these tests do not depend on the summits and documents endpoints; institutions and
 * milestones go through the API.
 */
export function milestoneFixtures(t: TestApp) {
  let n = 0;
  const summit = async (
    o: Partial<{
      title: string;
      countries: string[];
      startsOn: string;
      endsOn: string;
      location: string;
      summary: string;
    }> = {},
  ) => {
    const [row] = await t.db.query(
      `INSERT INTO summits (created_by, updated_by, title, kind, host_country, location, countries, starts_on, ends_on, summary)
       VALUES ($1, $1, $2, 'state_visit', $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        SYSTEM,
        o.title ?? `Summit ${++n}`,
        (o.countries ?? ['AZ'])[0],
        o.location ?? 'Baku',
        o.countries ?? ['AZ', 'KZ'],
        o.startsOn ?? '2023-04-20',
        o.endsOn ?? '2023-04-21',
        o.summary ?? null,
      ],
    );
    return row.id as string;
  };
  const document = async (
    o: Partial<{
      title: string;
      classification: string;
      countries: string[];
      summitId: string;
      sectors: string[];
    }> = {},
  ) => {
    const [row] = await t.db.query(
      `INSERT INTO documents (created_by, updated_by, title, type, countries, classification, summit_id, sectors)
       VALUES ($1, $1, $2, 'memorandum_of_understanding', $3, $4, $5, $6) RETURNING id`,
      [
        SYSTEM,
        o.title ?? `Document ${++n}`,
        o.countries ?? ['AZ', 'KZ'],
        o.classification ?? 'public',
        o.summitId ?? null,
        o.sectors ?? [],
      ],
    );
    return row.id as string;
  };
  const institution = async (name = `Institution ${++n}`, country = 'AZ') => {
    const res = await t
      .http()
      .post('/api/v1/institutions')
      .set('Authorization', `Bearer ${await t.adminToken()}`)
      .send({ name, country, kind: 'ministry' });
    if (res.status !== 201) throw new Error(`institution: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const milestone = async (token: string, body: Record<string, unknown>) => {
    const res = await t
      .http()
      .post('/api/v1/milestones')
      .set('Authorization', `Bearer ${token}`)
      .send({ title: `Milestone ${++n}`, dueOn: '2030-01-01', ownerInstitutionIds: [], ...body });
    if (res.status !== 201) throw new Error(`milestone: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const today = async (offsetDays = 0): Promise<string> => {
    const [row] = await t.db.query('SELECT (current_date + $1::int)::text AS d', [offsetDays]);
    return row.d;
  };
  return { summit, document, institution, milestone, today };
}
