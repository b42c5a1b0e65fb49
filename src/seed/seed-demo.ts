import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../app';
import { Actor } from '../auth/actor';
import { TokenService } from '../auth/token.service';
import { ConfigError, loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database';
import { UsersService } from '../users/users.service';
import { DOCUMENTS, INSTITUTIONS, MILESTONES, SUMMITS } from './demo-data';

/** A record as the API answers it: the seed reads only ids, statuses and the fields it matches on. */
interface Json {
  id: string;
  status: string;
  [field: string]: unknown;
}

export interface SeedReport {
  created: Record<string, number>;
}

/** How the seed sends a request to the app; by default Fastify's in-process `inject`. */
export type SeedTransport = (request: {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}) => Promise<{ status: number; body: unknown }>;

export interface SeedOptions {
  log?: (line: string) => void;
  /** Another transport (the tests use supertest: light-my-request cannot load under Jest's ESM mode). */
  transport?: SeedTransport;
}

function injectTransport(app: NestFastifyApplication): SeedTransport {
  const fastify = app.getHttpAdapter().getInstance();
  return async ({ method, url, headers, body }) => {
    const res = await fastify.inject({ method, url, headers, payload: body as string | object | undefined });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : null };
  };
}

/**
 * Loads the demo record (spec §9) through the HTTP API in-process, as an enabled admin, so that
 * validation and the audit trail apply to every write. Idempotent: each thing is looked up first
 * (by name or title) and only what is missing is created, so a second run changes nothing.
 */
export async function seedDemo(app: NestFastifyApplication, options: SeedOptions = {}): Promise<SeedReport> {
  const log = options.log ?? (() => undefined);
  const transport = options.transport ?? injectTransport(app);
  const dataSource = app.get(DataSource);
  const [admin] = await dataSource.query(
    `SELECT id, token_version AS "tokenVersion" FROM users WHERE 'admin' = ANY(roles) AND NOT disabled AND id <> $1 ORDER BY created_at LIMIT 1`,
    [Actor.SYSTEM_ID],
  );
  if (!admin)
    throw new Error(
      'No enabled admin user to seed as: start Pacta once, or set PACTA_ADMIN_EMAIL and PACTA_ADMIN_PASSWORD.',
    );
  const authorization = `Bearer ${app.get(TokenService).issue(admin.id, admin.tokenVersion)}`;
  const created: Record<string, number> = {};
  const count = (what: string) => (created[what] = (created[what] ?? 0) + 1);

  const api = async <T = Json>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> => {
    const res = await transport({ method, url: `/api/v1${url}`, headers: { authorization }, body });
    if (res.status >= 400) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as T;
  };
  /** Every item of a list filtered by ?q=, then the one whose `field` matches exactly. */
  const findBy = async (
    collection: string,
    field: string,
    value: string,
    extra = '',
  ): Promise<Json | undefined> => {
    let cursor: string | null = null;
    do {
      const page: { items: Json[]; nextCursor: string | null } = await api<{
        items: Json[];
        nextCursor: string | null;
      }>(
        'GET',
        `/${collection}?q=${encodeURIComponent(value.slice(0, 100))}&limit=200${extra}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const hit = page.items.find((i) => i[field] === value);
      if (hit) return hit;
      cursor = page.nextCursor;
    } while (cursor);
    return undefined;
  };

  const institutions: Record<string, string> = {};
  for (const inst of INSTITUTIONS) {
    const { key, ...body } = inst;
    let row: Json | undefined = await findBy('institutions', 'name', inst.name);
    if (!row) {
      row = await api<Json>('POST', '/institutions', body);
      count('institutions');
    }
    institutions[key] = row.id;
  }

  const summits: Record<string, string> = {};
  for (const summit of SUMMITS) {
    const { key, status, ...body } = summit;
    let row: Json | undefined = await findBy('summits', 'title', summit.title);
    if (!row) {
      row = await api<Json>('POST', '/summits', body);
      count('summits');
    }
    if (status === 'held') {
      for (const to of ['confirmed', 'held']) {
        if (row.status === 'held' || (to === 'confirmed' && row.status === 'confirmed')) continue;
        row = await api<Json>('POST', `/summits/${row.id}/transitions`, { to });
        count('transitions');
      }
    }
    summits[key] = row.id;
  }

  const documents: Record<string, string> = {};
  for (const doc of DOCUMENTS) {
    const { key, summit, signatories, ...body } = doc;
    let row: Json | undefined = await findBy('documents', 'title', doc.title);
    if (!row) {
      row = await api<Json>('POST', '/documents', {
        ...body,
        ...(summit ? { summitId: summits[summit] } : {}),
      });
      count('documents');
    }
    const existing = (await api<{ items?: Json[] }>('GET', `/documents/${row.id}/signatories`)).items ?? [];
    for (const s of signatories) {
      const institutionId = institutions[s.institution];
      if (existing.some((e) => e.institutionId === institutionId && e.signerName === s.signerName)) continue;
      await api('POST', `/documents/${row.id}/signatories`, {
        institutionId,
        signerName: s.signerName,
        signerTitle: s.signerTitle,
        signedOn: doc.signedOn,
      });
      count('signatories');
    }
    if (signatories.length && (row.status === 'draft' || row.status === 'negotiation')) {
      await api('POST', `/documents/${row.id}/transitions`, { to: 'signed' });
      count('transitions');
    }
    documents[key] = row.id;
  }

  for (const m of MILESTONES) {
    let row: Json | undefined = await findBy('milestones', 'title', m.title);
    if (!row) {
      row = await api<Json>('POST', '/milestones', {
        title: m.title,
        description: m.description,
        ...(m.document ? { documentId: documents[m.document] } : {}),
        ...(m.summit ? { summitId: summits[m.summit] } : {}),
        sector: m.sector,
        ownerInstitutionIds: m.owners.map((o) => institutions[o]),
        dueOn: m.dueOn,
        ...(m.indicator ? { indicator: m.indicator } : {}),
      });
      count('milestones');
    }
    const reported = (await api<{ items: Json[] }>('GET', `/milestones/${row.id}/progress?limit=200`)).items;
    const path = m.transitions.map((tr) => tr.to);
    for (const p of m.progress) {
      if (reported.some((r) => r.asOf === p.asOf && r.note === p.note)) continue;
      await api('POST', `/milestones/${row.id}/progress`, {
        asOf: p.asOf,
        note: p.note,
        ...(p.value ? { value: p.value } : {}),
      });
      count('progress');
    }
    // Reports first (a planned milestone takes them too), then the moves not yet made.
    row = await api<Json>('GET', `/milestones/${row.id}`);
    for (const tr of m.transitions.slice(path.indexOf(row.status) + 1)) {
      row = await api<Json>('POST', `/milestones/${row.id}/transitions`, tr);
      count('transitions');
    }
  }

  log(
    `demo data: ${Object.keys(created).length ? JSON.stringify(created) : 'already loaded, nothing to do'}`,
  );
  return { created };
}

async function main(): Promise<void> {
  // The seed prints its own summary; request lines would drown it unless LOG_LEVEL asks for them.
  const config = { ...loadConfig(), logLevel: process.env.LOG_LEVEL || 'warn' };
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const database = await openDatabase(config, log);
  try {
    const app = await createApp(config, database.dataSource, { docsUi: false });
    try {
      await app.getHttpAdapter().getInstance().ready();
      const admin = await app.get(UsersService).ensureAdmin(config.adminEmail, config.adminPassword);
      if (admin?.password) log(`First admin created: ${admin.email} / ${admin.password} (printed once)`);
      await seedDemo(app, { log });
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('/seed/seed-demo.js')) {
  main().catch((error: Error) => {
    console.error(error instanceof ConfigError ? error.message : `seed:demo failed: ${error.message}`);
    process.exit(1);
  });
}
