import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestApp, type TestApp } from '../testing/test-app';

const RULESET = resolve(__dirname, '../../../../tools/spectral/adr-ruleset.yaml');
const SPECTRAL = resolve(__dirname, '../../../../node_modules/.bin/spectral');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

describe('the OpenAPI document', () => {
  let subject: TestApp;
  let document: Record<string, unknown>;
  const dir = mkdtempSync(join(tmpdir(), 'sluitend-oas-'));

  beforeAll(async () => {
    subject = await createTestApp();
    const response = await subject.browser().get('/api/docs-json');
    expect(response.status).toBe(200);
    document = response.body;
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await subject.close();
  });

  it('is OpenAPI 3 with the v1 server and the endpoints under it', () => {
    expect(document['openapi']).toMatch(/^3\./);
    expect(document['servers']).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(document['paths'] as object)).toEqual(
      expect.arrayContaining([
        '/health',
        '/auth/login',
        '/auth/logout',
        '/auth/me',
        '/organisations',
        '/users/{id}',
        '/regions',
      ]),
    );
  });

  it('passes our Dutch API Design Rules ruleset without errors or warnings', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const results = await promisify(execFile)(SPECTRAL, [
      'lint',
      '-r',
      RULESET,
      '-f',
      'json',
      '-q',
      '--fail-severity',
      'hint',
      file,
    ])
      .then(({ stdout }) => stdout)
      .catch((error: { stdout?: string }) => error.stdout ?? '[]');
    const findings = (JSON.parse(results || '[]') as SpectralResult[]).map(
      (result) => `${result.code} at ${result.path.join('.')}: ${result.message}`,
    );
    expect(findings).toEqual([]);
  });

  it('fails the ruleset for a document that breaks the rules, so the check can fail', async () => {
    const broken = structuredClone(document) as {
      paths: Record<string, unknown>;
      info: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    broken.paths['/Bad_Path/'] = { post: { responses: { '201': { description: 'created' } } } };
    delete broken.info['contact'];
    broken.components.schemas['BadDto'] = {
      type: 'object',
      properties: { snake_case: { type: 'string' } },
    };
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const stdout = await promisify(execFile)(SPECTRAL, ['lint', '-r', RULESET, '-f', 'json', '-q', file])
      .then(({ stdout }) => stdout)
      .catch((error: { stdout?: string }) => error.stdout ?? '[]');
    const codes = new Set((JSON.parse(stdout) as SpectralResult[]).map((result) => result.code));
    expect([...codes]).toEqual(
      expect.arrayContaining([
        'sluitend-adr:paths-kebab-case',
        'sluitend-adr:no-trailing-slash',
        'sluitend-adr:contact',
        'sluitend-adr:invalid-input-400',
        'sluitend-adr:version-header-declared',
        'sluitend-adr:properties-camel-case',
      ]),
    );
  });

  it('fails the ruleset for a date-named field without a format, also when its allOf part has none (Logius nlgov:specify-format-for-date-and-time)', async () => {
    const broken = structuredClone(document) as { components: { schemas: Record<string, unknown> } };
    broken.components.schemas['ChangeDto'] = { type: 'object', properties: { field: { type: 'string' } } };
    broken.components.schemas['DatedDto'] = {
      type: 'object',
      properties: {
        startDate: { type: 'string' },
        reviewDate: { nullable: true, allOf: [{ $ref: '#/components/schemas/ChangeDto' }] },
        endDate: { type: 'string', format: 'date' },
      },
    };
    const file = join(dir, 'dates.json');
    writeFileSync(file, JSON.stringify(broken));
    const stdout = await promisify(execFile)(SPECTRAL, ['lint', '-r', RULESET, '-f', 'json', '-q', file])
      .then(({ stdout }) => stdout)
      .catch((error: { stdout?: string }) => error.stdout ?? '[]');
    const flagged = (JSON.parse(stdout) as SpectralResult[])
      .filter((result) => result.code === 'sluitend-adr:specify-format-for-date-and-time')
      .map((result) => result.path.join('.'));
    expect(flagged).toEqual(
      expect.arrayContaining([
        'components.schemas.DatedDto.properties.startDate',
        'components.schemas.DatedDto.properties.reviewDate',
      ]),
    );
    expect(flagged).not.toContain('components.schemas.DatedDto.properties.endDate');
  });

  it('serves the browsable documentation at /api/docs', async () => {
    const response = await subject.browser().get('/api/docs/');
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger');
  });
});
