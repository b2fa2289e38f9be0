import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { mintToken } from '@pecg/common';
import { startTestGraph, type TestGraph } from '../src';
import { dashboardRouter, ideRouter } from '@pecg/gateway';
import { ensureDashboardBuilt, launchBrowser, screenshot, settled, type Browser } from '@pecg/gateway/test/support/dashboard-browser';

/**
 * Sign-in in a real browser: in development the dashboard and the GraphQL IDE offer a role picker that
 * mints a local token (POST /dev/token); in production neither shows one and a pasted token is the way
 * in. The production pages are the routers as a production gateway builds them, in front of the test
 * graph's gateway (everything else is passed through to it).
 */
async function productionFront(gatewayOrigin: string): Promise<{ origin: string; close(): Promise<void> }> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const app = express();
  try {
    app.use(ideRouter());
    app.use(dashboardRouter());
  } finally {
    process.env.NODE_ENV = previous;
  }
  app.use((req, res) => {
    const target = new URL(req.originalUrl, gatewayOrigin);
    const forward = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(forward);
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('signing in to the dashboard and the IDE, in development and in production', () => {
  let graph: TestGraph;
  let browser: Browser;
  let origin: string;
  let production: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    ensureDashboardBuilt();
    graph = await startTestGraph({ seed: ['enterprises'] });
    origin = new URL(graph.gateway.url).origin;
    production = await productionFront(origin);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await production?.close();
    await graph?.stop();
  });
  afterEach(() => {
    const [errors, foreign] = [browser.consoleErrors.splice(0), browser.foreign.splice(0)];
    // GraphiQL asks for the schema as soon as it opens, before a token is set: those 401s are the IDE's, not errors of the pages.
    expect(errors.filter((line) => !/^http:\/\/127\.0\.0\.1:\d+\/(\?[^:]*)?: Failed to load resource: .* 401 \(Unauthorized\)$/.test(line))).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('development: the dashboard role picker mints a local token and signs in as that role', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/dashboard`);
    await page.waitForSelector('#dev-role-picker');
    await screenshot(page, 'sign-in-development');
    await page.selectOption('#dev-role', 'ANALYST');
    await page.click('#dev-mint');
    await page.waitForSelector('.who[data-role="ANALYST"]');
    await settled(page);
    await expect(page.locator('main .notice').count()).resolves.toBe(0);
    expect(await page.textContent('.who')).toContain('数据分析员');
    await page.click('#sign-out');
    await page.waitForSelector('#token-input');
    await page.close();
  });

  it('development: the IDE role picker mints a token, and a query runs as that role', async () => {
    const page = await browser.newPage();
    const query = '{ alliance { name } }';
    await page.goto(`${origin}/?query=${encodeURIComponent(query)}`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    await expect(page.isVisible('#pecg-dev-picker')).resolves.toBe(true);
    await page.selectOption('#pecg-dev-role', 'ANALYST');
    await page.click('#pecg-dev-mint');
    await page.locator('#pecg-token-state', { hasText: 'token set (ANALYST, local)' }).waitFor();
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.locator('.result-window', { hasText: '"alliance"' }).waitFor({ timeout: 20_000 });
    expect(await page.textContent('.result-window')).not.toContain('UNAUTHENTICATED');
    await screenshot(page, 'ide-development');
    await page.close();
  });

  it('production: neither page offers a role picker; a pasted token signs in to the dashboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${production.origin}/dashboard`);
    await page.waitForSelector('#token-input');
    await expect(page.locator('#dev-role-picker').count()).resolves.toBe(0);
    await screenshot(page, 'sign-in-production');
    await page.fill('#token-input', await mintToken({ role: 'POLICE', subject: 'pasted-chief' }));
    await page.click('#token-apply');
    await page.waitForSelector('.who[data-role="POLICE"]');
    await settled(page);
    await expect(page.locator('main .notice').count()).resolves.toBe(0);

    const ide = await browser.newPage();
    await ide.goto(`${production.origin}/`);
    await ide.waitForSelector('#pecg-token');
    await expect(ide.isVisible('#pecg-dev-picker')).resolves.toBe(false);
    await ide.close();
    await page.close();
  });
});
