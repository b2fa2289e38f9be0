import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { config, mintToken, ROLES, type Role } from '@pecg/common';

/**
 * The analysts' dashboard (dashboard/, React + Vite, built into dashboard/dist by `npm run setup`) at
 * /dashboard: hashed assets cached for a year, every other path under /dashboard answered with
 * index.html (client-side routes; never cached). Outside production also POST /dev/token, which mints
 * a local role token for the role pickers of the dashboard and of the GraphQL IDE; in production that
 * route does not exist (404) and the pages show no picker (the mode is written into the page's
 * `<meta name="pecg-mode">`).
 */
export const DASHBOARD_DIST = path.join(__dirname, '..', '..', 'dashboard', 'dist');

export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MODE_META = /<meta name="pecg-mode" content="[a-z]*"\s*\/?>/;

/** A page's HTML with the server's mode in its `pecg-mode` meta tag (the role picker shows only in development). */
export function withMode(html: string, development: boolean): string {
  return html.replace(MODE_META, `<meta name="pecg-mode" content="${development ? 'development' : 'production'}" />`);
}

export interface DashboardOptions {
  /** The built dashboard (default dashboard/dist of this checkout). */
  distDir?: string;
  /** Development mode: role picker and POST /dev/token (default: not NODE_ENV=production). */
  development?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const OBJECT_ID = /^[0-9a-f]{24}$/i;

function badInput(res: Response, field: string, message: string): void {
  res.status(400).json({ error: { code: 'BAD_USER_INPUT', field, message } });
}

/** POST /dev/token { role, enterpriseId?, officerId?, department? } → { token } (development, loopback callers only). */
async function devToken(req: Request, res: Response): Promise<void> {
  res.set('cache-control', 'no-store');
  if (!LOOPBACK.test(req.socket.remoteAddress ?? '')) {
    res.status(403).json({ error: { code: 'FORBIDDEN', message: 'development tokens are minted for this machine only' } });
    return;
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  const role = typeof body.role === 'string' ? body.role.toUpperCase() : '';
  if (!(ROLES as readonly string[]).includes(role))
    return badInput(res, 'role', `role must be one of ${ROLES.join(', ')} (got ${JSON.stringify(body.role ?? null)})`);
  const ids: Record<'enterpriseId' | 'officerId', string | undefined> = { enterpriseId: undefined, officerId: undefined };
  for (const field of ['enterpriseId', 'officerId'] as const) {
    const value = body[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || !OBJECT_ID.test(value))
      return badInput(res, field, `${field} must be a 24-character hexadecimal id (got ${JSON.stringify(value)})`);
    ids[field] = value.toLowerCase();
  }
  if (role === 'ENTERPRISE' && !ids.enterpriseId) return badInput(res, 'enterpriseId', 'an ENTERPRISE token needs the enterpriseId of its enterprise');
  const department = typeof body.department === 'string' && body.department ? body.department : undefined;
  if (role === 'DEPARTMENT' && !department) return badInput(res, 'department', 'a DEPARTMENT token needs the department (a subgraph name)');
  try {
    const token = await mintToken({
      role: role as Role,
      subject: `dev-${role.toLowerCase()}`,
      name: `本地${role}`,
      enterpriseId: ids.enterpriseId,
      officerId: ids.officerId,
      department,
      expiresIn: '8h',
    });
    res.json({ token, role, expiresIn: '8h' });
  } catch (error) {
    badInput(res, 'department', (error as Error).message);
  }
}

export function dashboardRouter(options: DashboardOptions = {}): Router {
  const distDir = options.distDir ?? DASHBOARD_DIST;
  const development = options.development ?? !config.isProduction;
  const router = express.Router();
  if (development) router.post('/dev/token', express.json({ limit: '4kb' }), (req, res, next) => void devToken(req, res).catch(next));

  const sendIndex = (_req: Request, res: Response) => {
    let html: string;
    try {
      html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
    } catch {
      res.status(503).type('text/plain; charset=utf-8').send('看板尚未构建 — the dashboard is not built: run `npm run setup` (or `npm start`).\n');
      return;
    }
    res.set('content-security-policy', DASHBOARD_CSP);
    res.set('cache-control', 'no-store');
    res.type('text/html; charset=utf-8').send(withMode(html, development));
  };
  // Hashed bundles: immutable. Anything else with a file extension that is not there: 404 (not the page).
  router.use(
    '/dashboard/assets',
    express.static(path.join(distDir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: true }),
    (_req, res) => void res.status(404).type('text/plain').send('not found\n'),
  );
  router.get(['/dashboard', '/dashboard/{*page}'], (req, res) => {
    if (path.extname(req.path)) return void res.status(404).type('text/plain').send('not found\n');
    sendIndex(req, res);
  });
  return router;
}
