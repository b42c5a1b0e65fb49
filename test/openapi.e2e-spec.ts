import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../src/documents/document.workflow';
import { INSTITUTION_KINDS, INSTITUTION_STATUSES } from '../src/institutions/institution.workflow';
import { MILESTONE_STATUSES } from '../src/milestones/milestone.workflow';
import { SUMMIT_KINDS, SUMMIT_STATUSES } from '../src/summits/summit.workflow';
import { startTestApp, type TestApp } from './support/test-app';

/** The OpenAPI document is the contract integrators read: it must describe every endpoint, enum and error. */
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  const operations: { method: string; path: string; op: any }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body;
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) operations.push({ method, path, op });
    }
  });
  afterAll(() => t.close());

  it('is OpenAPI 3 with bearer security', () => {
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(operations.length).toBeGreaterThan(40);
  });

  it('documents a success answer, 503 and problem answers for every operation', () => {
    for (const { method, path, op } of operations) {
      const codes = Object.keys(op.responses);
      expect({ method, path, success: codes.some((c) => /^2\d\d$/.test(c)) }).toEqual({
        method,
        path,
        success: true,
      });
      if (path !== '/health/live' && path !== '/metrics')
        expect({ method, path, has503: codes.includes('503') }).toEqual({ method, path, has503: true });
      for (const code of codes.filter((c) => /^[45]/.test(c) && !path.startsWith('/health'))) {
        expect({ method, path, code, content: op.responses[code].content }).toEqual({
          method,
          path,
          code,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
  });

  it('declares bearer security with 401 and 403 on every operation but login, health and metrics', () => {
    for (const { method, path, op } of operations) {
      if (['/api/v1/auth/login', '/health/live', '/health/ready', '/metrics'].includes(path)) {
        expect(op.security ?? []).toEqual([]);
        continue;
      }
      expect({ method, path, security: op.security }).toEqual({ method, path, security: [{ bearer: [] }] });
      expect({ method, path, codes: ['401', '403'].every((c) => c in op.responses) }).toEqual({
        method,
        path,
        codes: true,
      });
    }
  });

  it.each([
    ['InstitutionResponse', INSTITUTION_STATUSES],
    ['SummitResponse', SUMMIT_STATUSES],
    ['DocumentResponse', DOCUMENT_STATUSES],
    ['MilestoneResponse', MILESTONE_STATUSES],
  ])('%s lists the workflow statuses in status and allowedTransitions', (schema, statuses) => {
    const props = doc.components.schemas[schema].properties;
    expect(props.status.enum).toEqual([...statuses]);
    expect(props.allowedTransitions.items.enum).toEqual([...statuses]);
  });

  it.each([
    ['CreateInstitutionDto', 'kind', INSTITUTION_KINDS],
    ['CreateSummitDto', 'kind', SUMMIT_KINDS],
    ['CreateDocumentDto', 'type', DOCUMENT_TYPES],
  ])('%s.%s lists every value', (schema, field, values) => {
    expect(doc.components.schemas[schema].properties[field].enum).toEqual([...values]);
  });

  it('has no create or update body that accepts a status', () => {
    for (const [name, schema] of Object.entries<any>(doc.components.schemas)) {
      if (/^(Create|Update)/.test(name))
        expect({ name, status: schema.properties?.status }).toEqual({ name, status: undefined });
    }
  });
});
