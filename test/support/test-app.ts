import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { type DataSource } from 'typeorm';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp } from '../../src/app';
import { openApiDocument } from '../../src/openapi-document';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { createDataSource } from '../../src/database/data-source';
import { UsersService } from '../../src/users/users.service';
import '../../src/database/database';
import { checkedAgent, type CheckedResponse, ResponseContract } from './response-contract';
import { createTestDatabase, dropTestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  config: AppConfig;
  databaseName: string;
  /** supertest against the running app; every answer is checked against the OpenAPI document. */
  http(): ReturnType<typeof request>;
  /** A token of a user with these roles and clearance (created on first use). */
  token(roles?: string | string[], clearance?: string): Promise<string>;
  /** The user id behind token(roles, clearance). */
  userId(roles?: string | string[], clearance?: string): Promise<string>;
  adminToken(): Promise<string>;
  close(): Promise<void>;
}

/**
 * One app on its own freshly migrated database per test file. Users are created through the
 * API (as the admin), so tokens are real.
 */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ DATABASE_URL: database.url, JWT_SECRET: 'test-secret-that-is-long-enough-0123456789' }),
    logLevel: process.env.PACTA_TEST_LOG_LEVEL ?? 'silent',
    adminEmail: 'admin@test.local',
    adminPassword: TEST_PASSWORD,
    // Its own data dir (mail written as .eml files, …), never the checkout's ./data.
    dataDir: mkdtempSync(join(tmpdir(), 'pacta-test-')),
    ...overrides,
  };
  const db = createDataSource({
    url: database.url,
    poolSize: 10,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await db.initialize();
  const app = await createApp(config, db, { docsUi: false, ...options });
  await app.getHttpAdapter().getInstance().ready();
  await app.get(UsersService).ensureAdmin(config.adminEmail, config.adminPassword);
  const server = app.getHttpServer();
  let contract: ResponseContract | undefined;
  const check = (method: string, url: string, res: CheckedResponse) => {
    const found = (contract ??= new ResponseContract(
      process.env.PACTA_CONTRACT_DOC
        ? JSON.parse(readFileSync(process.env.PACTA_CONTRACT_DOC, 'utf8'))
        : openApiDocument(app),
    )).violations(method, url, res);
    if (found.length && process.env.PACTA_CONTRACT_LOG) {
      appendFileSync(process.env.PACTA_CONTRACT_LOG, found.map((f) => `${f}\n`).join(''));
      return [];
    }
    return found;
  };
  const http = () => checkedAgent(request(server), check);

  const login = async (email: string): Promise<string> => {
    const res = await http().post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  };
  let admin: string | null = null;
  const adminToken = async () => (admin ??= await login(config.adminEmail!));
  const users = new Map<string, { id: string; token: string }>();
  const user = async (roles: string | string[] = 'admin', clearance = 'confidential') => {
    const list = Array.isArray(roles) ? roles : [roles];
    const key = `${[...list].sort().join('-')}.${clearance}`;
    let found = users.get(key);
    if (!found) {
      const email = `${key}@test.local`.replace(/_/g, '-');
      const res = await http()
        .post('/api/v1/users')
        .set('Authorization', `Bearer ${await adminToken()}`)
        .send({ email, displayName: key, password: TEST_PASSWORD, roles: list, clearance });
      if (res.status !== 201)
        throw new Error(`create user ${email}: ${res.status} ${JSON.stringify(res.body)}`);
      found = { id: res.body.id, token: await login(email) };
      users.set(key, found);
    }
    return found;
  };

  return {
    app,
    db,
    config,
    databaseName: database.name,
    http,
    token: async (roles, clearance) => (await user(roles, clearance)).token,
    userId: async (roles, clearance) => (await user(roles, clearance)).id,
    adminToken,
    close: async () => {
      await app.close();
      await db.destroy().catch(() => undefined);
      await dropTestDatabase(database.name);
      if (!overrides.dataDir) rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
