import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type Router } from 'express';
import { config } from '@pecg/common';
import { withMode } from './dashboard';

/**
 * A GraphiQL IDE served entirely from the project's own npm packages (graphiql's UMD bundle, React 18
 * UMD) and gateway/ide — no CDN. The Content-Security-Policy forbids the page from loading or
 * contacting anything but this gateway. Outside production the page also offers a role picker that
 * mints a local token from POST /dev/token (dashboard.ts); in production it has no picker.
 */
const IDE_DIR = path.join(__dirname, '..', 'ide');
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const VENDOR_FILES: Record<string, string> = {
  'graphiql.min.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  'react.production.min.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
};
const OWN_FILES = ['ide.js', 'ide.css'];

export const IDE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A browser navigating to the URL (not a GraphQL client doing GET). */
export function wantsHtml(req: Request): boolean {
  return req.method === 'GET' && !req.query.query && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

export function ideRouter(options: { development?: boolean } = {}): Router {
  const development = options.development ?? !config.isProduction;
  const page = withMode(fs.readFileSync(path.join(IDE_DIR, 'index.html'), 'utf8'), development);
  const router = express.Router();
  const sendPage: express.RequestHandler = (_req, res) => {
    res.set('content-security-policy', IDE_CSP);
    res.set('cache-control', 'no-store');
    res.type('text/html; charset=utf-8').send(page);
  };
  router.get('/', sendPage);
  router.get('/graphql', (req, res, next) => (wantsHtml(req) ? sendPage(req, res, next) : next()));
  router.get('/ide/vendor/:file', (req, res) => {
    const file = VENDOR_FILES[req.params.file];
    if (!file) return void res.status(404).end();
    res.set('cache-control', 'public, max-age=86400');
    res.sendFile(file);
  });
  router.get('/ide/:file', (req, res) => {
    if (!OWN_FILES.includes(req.params.file)) return void res.status(404).end();
    res.sendFile(path.join(IDE_DIR, req.params.file));
  });
  return router;
}
