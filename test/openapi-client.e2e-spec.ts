import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * What an integrator does: generate types from the document (openapi-typescript), write a
 * client program with openapi-fetch, and compile it. Any property typed as an object instead
 * of a string, a required header no client can invent, an error not typed as a problem, or an
 * operation without a usable shape breaks the compile here first.
 */
const PROGRAM = `
import createClient from 'openapi-fetch';
import type { components, paths } from './pacta';

type Problem = components['schemas']['Problem'];
type Document = components['schemas']['DocumentResponse'];

// JSON answers only (lists also answer text/csv; errors are application/problem+json).
const client = createClient<paths, \`\${string}/\${string}json\`>({ baseUrl: 'http://127.0.0.1:3000' });

function explain(problem: Problem): string {
  const fields = (problem.errors ?? []).map((e) => \`\${e.field}: \${e.message}\`);
  return [problem.title, problem.detail, ...fields, ...(problem.allowed ?? [])].join('; ');
}

export async function signFirstEnergyDocument(token: string): Promise<string> {
  const headers = { Authorization: \`Bearer \${token}\` };
  const list = await client.GET('/api/v1/documents', {
    params: { query: { sectors: ['energy'], countries: ['AZ', 'KZ'], status: ['draft', 'negotiation'], limit: 20 } },
    headers,
  });
  if (list.error) return explain(list.error);
  const first: Document | undefined = list.data.items[0];
  if (!first) return 'none';
  const cursor: string | null = list.data.nextCursor;

  // Nullable fields are typed as what they hold, not as objects.
  const summitId: string | null | undefined = first.summitId;
  const signedOn: string | null | undefined = first.signedOn;
  const entryIntoForceOn: string | null | undefined = first.entryIntoForceOn;

  const one = await client.GET('/api/v1/documents/{id}', { params: { path: { id: first.id } }, headers });
  if (one.error) return explain(one.error);
  const etag = one.response.headers.get('ETag') ?? \`"\${one.data.version}"\`;
  const signatories: number = one.data.signatories?.length ?? 0;

  const moved = await client.POST('/api/v1/documents/{id}/transitions', {
    params: { path: { id: first.id }, header: { 'If-Match': etag } },
    body: { to: 'signed', effectiveOn: '2023-04-20' },
    headers,
  });
  if (moved.error) {
    const status: number = moved.error.status;
    return status === 412 ? 'reload and retry' : explain(moved.error);
  }
  const allowed: Document['allowedTransitions'] = moved.data.allowedTransitions;
  return [moved.data.status, summitId, signedOn, entryIntoForceOn, cursor, signatories, ...allowed].join(' ');
}

export async function wrongPassword(): Promise<number> {
  const login = await client.POST('/api/v1/auth/login', { body: { email: 'a@b.c', password: 'nope' } });
  return login.error ? login.error.status : login.data.expiresIn;
}

export async function notTyped(token: string) {
  const headers = { Authorization: \`Bearer \${token}\` };
  // @ts-expect-error a status no document has
  await client.GET('/api/v1/documents', { params: { query: { status: ['nonsense'] } }, headers });
  // @ts-expect-error a path the API does not have
  await client.GET('/api/v1/treaties', { headers });
  const one = await client.GET('/api/v1/summits/{id}', { params: { path: { id: 'x' } }, headers });
  // @ts-expect-error summits have no signatories
  return one.data?.signatories;
}
`;

describe('A client generated from the OpenAPI document', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'pacta-client-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('compiles an openapi-fetch program: list with filters, get, transition with If-Match, problems', async () => {
    const document = (await t.http().get('/api/docs-json')).body;
    const types = astToString(await openapiTS(document));
    writeFileSync(join(dir, 'pacta.ts'), types);
    writeFileSync(join(dir, 'program.ts'), PROGRAM);

    const fetchTypes = join(process.cwd(), 'node_modules', 'openapi-fetch');
    const program = ts.createProgram([join(dir, 'program.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
      skipLibCheck: true,
      paths: { 'openapi-fetch': [fetchTypes] },
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(errors).toEqual([]);
  });
});
