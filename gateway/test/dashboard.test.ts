import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { dashboardRouter } from '../src/dashboard';
import { ideRouter } from '../src/ide';
import { ensureDashboardBuilt } from './support/dashboard-browser';
import { startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * The gateway serving the dashboard (GET /dashboard…) and, outside production only, minting local role
 * tokens (POST /dev/token) for the role pickers; and the CJK font the pages need.
 */
async function serve(app: express.Express): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The routers as a production gateway builds them (NODE_ENV=production while they are made). */
function productionRouters(): express.Express {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const app = express();
    app.use(ideRouter());
    app.use(dashboardRouter());
    return app;
  } finally {
    process.env.NODE_ENV = previous;
  }
}

const postToken = (origin: string, body: unknown) =>
  fetch(`${origin}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the dashboard served by the gateway', () => {
  let graph: ProbeGraph;
  let origin: string;
  beforeAll(async () => {
    ensureDashboardBuilt();
    graph = await startProbeGraph({}, ['alpha']);
    origin = new URL(graph.gateway.url).origin;
  }, 120_000);
  afterAll(async () => {
    await graph.stop();
  });

  it('serves the page at /dashboard and every client route under it (HTML, not cached, CSP, development mode), and only this gateway is referenced', async () => {
    for (const route of ['/dashboard', '/dashboard/', '/dashboard/mediation?community=abc', '/dashboard/enterprise']) {
      const response = await fetch(`${origin}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
      const html = await response.text();
      expect(html).toContain('<meta name="pecg-mode" content="development" />');
      expect(html).toContain('警企共治');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it('serves the hashed bundles with their content types and a long cache; a missing file is 404, not the page', async () => {
    const html = await (await fetch(`${origin}/dashboard`)).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/dashboard\/assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    for (const asset of assets) {
      const response = await fetch(`${origin}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /^(text|application)\/javascript/ : /^text\/css/);
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    }
    for (const missing of ['/dashboard/assets/nothing-here.js', '/dashboard/favicon.ico', '/dashboard/mediation/app.js']) {
      expect((await fetch(`${origin}${missing}`)).status).toBe(404);
    }
  });

  it('mints a local token for a role in development, which the gateway accepts as that role', async () => {
    const response = await postToken(origin, { role: 'analyst' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, role } = (await response.json()) as { token: string; role: string };
    expect(role).toBe('ANALYST');
    const answer = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ alphaWhoami { role } }' }),
    });
    expect(await answer.json()).toEqual({ data: { alphaWhoami: { role: 'ANALYST' } } });
    const enterprise = await postToken(origin, { role: 'ENTERPRISE', enterpriseId: '64b7f0c2a1b2c3d4e5f60718' });
    expect(enterprise.status).toBe(200);
  });

  it('refuses a development token request that names no valid role or lacks the enterprise, naming the field', async () => {
    for (const [body, field] of [
      [{ role: 'SUPERUSER' }, 'role'],
      [{}, 'role'],
      [{ role: 'ENTERPRISE' }, 'enterpriseId'],
      [{ role: 'ENTERPRISE', enterpriseId: 'not-an-id' }, 'enterpriseId'],
      [{ role: 'DEPARTMENT' }, 'department'],
      [{ role: 'DEPARTMENT', department: 'no-such-department' }, 'department'],
    ] as const) {
      const response = await postToken(origin, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('in production has no /dev/token (404) and writes production mode into the dashboard and the IDE (no role picker)', async () => {
    const production = await serve(productionRouters());
    try {
      expect((await postToken(production.origin, { role: 'ADMIN' })).status).toBe(404);
      const dashboard = await (await fetch(`${production.origin}/dashboard`)).text();
      expect(dashboard).toContain('<meta name="pecg-mode" content="production" />');
      const ide = await (await fetch(`${production.origin}/`, { headers: { accept: 'text/html' } })).text();
      expect(ide).toContain('<meta name="pecg-mode" content="production" />');
    } finally {
      await production.close();
    }
  });

  it('answers 503 with what to run when the dashboard is not built', async () => {
    const empty = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pecg-no-dashboard-'));
    const unbuilt = await serve(express().use(dashboardRouter({ distDir: empty })));
    try {
      const response = await fetch(`${unbuilt.origin}/dashboard`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run setup');
    } finally {
      await unbuilt.close();
      await fs.promises.rm(empty, { recursive: true, force: true });
    }
  });

  it('has a CJK font installed (fonts-noto-cjk from scripts/install-system-deps.sh), so Chinese text does not render as empty boxes', () => {
    expect(execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim()).not.toBe('');
  });
});
