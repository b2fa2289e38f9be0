import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { mintToken } from '@pecg/common';
import { startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * The self-hosted GraphiQL in a real browser (Debian's chromium, installed by
 * scripts/install-system-deps.sh): open the IDE, set a token, run a query, see the result — and the
 * page never requests anything but the gateway on loopback.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

describe('the GraphQL IDE in a browser', () => {
  let graph: ProbeGraph;
  let context: BrowserContext;
  let profile: string;
  const requested: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    graph = await startProbeGraph({}, ['alpha']);
    profile = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pecg-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    context.on('request', (request) => {
      const url = new URL(request.url());
      requested.push(request.url());
      if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !LOOPBACK.test(url.hostname)) foreign.push(request.url());
    });
  });
  afterAll(async () => {
    await context?.close();
    await graph.stop();
    await fs.promises.rm(profile, { recursive: true, force: true });
  });

  it('opens GraphiQL from the gateway URL, attaches the token, runs a query and shows the result', async () => {
    const page = await context.newPage();
    const origin = new URL(graph.gateway.url).origin;
    const query = 'query FromTheBrowser { alpha alphaWhoami { role } }';
    const response = await page.goto(`${origin}/?query=${encodeURIComponent(query)}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });

    await page.fill('#pecg-token', await mintToken({ role: 'ANALYST' }));
    await page.click('#pecg-token-apply');
    await expect(page.textContent('#pecg-token-state')).resolves.toBe('token set');
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction("document.querySelector('.result-window')?.textContent?.includes('alpha answers')", undefined, { timeout: 20_000 });
    const result = await page.textContent('.result-window');
    expect(result).toContain('"alpha": "alpha answers"');
    expect(result).toContain('"role": "ANALYST"');

    expect(requested.some((url) => url.startsWith(`${origin}/ide/vendor/graphiql.min.js`))).toBe(true);
    expect(requested.some((url) => url === `${origin}/graphql`)).toBe(true);
    expect(foreign).toEqual([]);
  });

  it('serves the IDE at /graphql to a browser while GraphQL clients still get GraphQL there', async () => {
    const page = await context.newPage();
    const response = await page.goto(graph.gateway.url);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('#pecg-token');
    const api = await fetch(`${graph.gateway.url}?query=${encodeURIComponent('{ alpha }')}`, {
      headers: { accept: 'application/json', authorization: `Bearer ${await mintToken({ role: 'ADMIN' })}`, 'apollo-require-preflight': 'true' },
    });
    expect(await api.json()).toEqual({ data: { alpha: 'alpha answers' } });
    expect(foreign).toEqual([]);
  });
});
