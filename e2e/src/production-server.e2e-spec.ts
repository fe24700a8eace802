import { baseUrl } from './support/environment';

describe('the production server', () => {
  it('serves the web app and the API on one port', async () => {
    const page = await fetch(`${baseUrl()}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<app-root');
    const health = await fetch(`${baseUrl()}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('api-version')).toBe('1.0.0');
  });

  it('answers a deep link of the web app with the app itself', async () => {
    const response = await fetch(`${baseUrl()}/admin/users`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<app-root');
  });

  it('answers an unknown API path with a problem, not the web app', async () => {
    const response = await fetch(`${baseUrl()}/api/v1/does-not-exist`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sends security headers with a Content-Security-Policy', async () => {
    const response = await fetch(`${baseUrl()}/`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the OpenAPI document', async () => {
    const response = await fetch(`${baseUrl()}/api/docs-json`);
    expect(response.status).toBe(200);
    expect((await response.json()).openapi).toMatch(/^3\./);
  });
});
