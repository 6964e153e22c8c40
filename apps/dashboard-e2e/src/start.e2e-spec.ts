import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killGroup } from './support/api-server';
import { REPO_ROOT } from './support/e2e-env';

/**
 * `npm start` as a newcomer sees it (on the builds this run already made, SKIP_BUILD=1): the ready banner with the
 * dashboard URL and the first admin's login is among the last lines printed before the first request, and request logs
 * after it are one readable line each, not JSON.
 */
describe('npm start output', () => {
  let child: ChildProcess | undefined;
  let dataDir: string;
  let output = '';

  afterAll(async () => {
    if (child?.pid) await killGroup(child.pid);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ends its start with the framed banner, then logs requests as readable lines', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'patchbay-start-'));
    const [port, sandboxPort] = [await freePort(), await freePort()];
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SKIP_BUILD: '1',
      PORT: String(port),
      SANDBOX_PORT: String(sandboxPort),
      PATCHBAY_DATA_DIR: dataDir,
    };
    delete env['DATABASE_URL'];
    delete env['LOG_FORMAT'];
    delete env['NODE_ENV'];
    child = spawn(process.execPath, [join(REPO_ROOT, 'tools/start.mjs')], { cwd: REPO_ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

    const deadline = Date.now() + 60_000;
    while (!output.includes('Request logs follow') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const beforeFirstRequest = output.trimEnd().split('\n');
    const last15 = beforeFirstRequest.slice(-15).join('\n');
    expect(last15).toContain('Patchbay is ready');
    expect(last15).toContain(`http://127.0.0.1:${port}/`);
    expect(last15).toMatch(/Admin login\s+admin@patchbay\.local \/ \S+/);
    expect(last15).toContain('╔');
    // No route-mapping chatter at the default level.
    expect(output).not.toContain('Mapped {');

    const res = await fetch(`http://127.0.0.1:${port}/api/apps`);
    expect(res.status).toBe(401);
    const afterBanner = () => output.slice(output.indexOf('Request logs follow'));
    const until = Date.now() + 10_000;
    while (!/\/api\/apps/.test(afterBanner()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const requestLine = afterBanner()
      .split('\n')
      .find((l) => l.includes('/api/apps'));
    expect(requestLine).toBeDefined();
    expect(requestLine?.trimStart().startsWith('{')).toBe(false);
  });
});
