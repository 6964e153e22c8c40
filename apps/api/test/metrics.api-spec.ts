import { startTestApp, type TestApp } from './support/test-app';

// Prometheus metrics: off unless PATCHBAY_METRICS_TOKEN is set, then only for scrapers presenting that token.
const TOKEN = 'metrics-token-0123456789';
let on: TestApp;

beforeAll(async () => {
  on = await startTestApp({ env: { PATCHBAY_METRICS_TOKEN: TOKEN } });
});
afterAll(() => on?.close());

it('is not served when no token is configured', async () => {
  const t = await startTestApp();
  try {
    const res = await t.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  } finally {
    await t.close();
  }
});

it('refuses a missing or wrong token', async () => {
  expect((await on.http().get('/api/metrics')).status).toBe(401);
  expect((await on.http().get('/api/metrics').set('Authorization', 'Bearer wrong-token-0123456789')).status).toBe(401);
});

it('reports process metrics and requests by route template (never raw ids)', async () => {
  await on.http().get('/api/health').expect(200);
  await on.http().get('/api/apps/3f1c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01').expect(401);
  const res = await on.http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  const text = res.text;
  expect(text).toMatch(/patchbay_process_cpu_user_seconds_total \d/);
  expect(text).toMatch(/patchbay_http_request_duration_seconds_count\{method="GET",route="\/api\/health",status="200"\} [1-9]/);
  expect(text).not.toContain('3f1c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01');
  expect(text).toContain('# HELP patchbay_provider_calls_total');
  expect(text).not.toContain(TOKEN);
});
