/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '@pecg/common';

/**
 * Helpers of the dashboard's browser tests: Debian's chromium (scripts/install-system-deps.sh) with a
 * fresh profile, every request to a non-loopback host refused and recorded, console errors recorded,
 * screenshots into the git-ignored test-results/dashboard/.
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
export const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'dashboard');

/** Builds dashboard/dist when its sources changed (what `npm run setup` does before `npm test`). */
export function ensureDashboardBuilt(): void {
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO_ROOT, 'scripts', 'build-dashboard.ts')], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
}

export interface Browser {
  context: BrowserContext;
  /** Requests to anything but loopback (refused). */
  foreign: string[];
  /** Console errors and uncaught page errors, with the page's URL. */
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pecg-dashboard-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 1000 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const foreign: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['data:', 'blob:', 'about:'].includes(url.protocol) || LOOPBACK.test(url.hostname)) return route.continue();
    foreign.push(url.href);
    return route.abort('blockedbyclient');
  });
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    foreign,
    consoleErrors,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await fs.promises.rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a dashboard page signed in with the token (kept in localStorage like a real sign-in). */
export async function openSignedIn(page: Page, origin: string, pagePath: string, token: string): Promise<void> {
  await page.goto(`${origin}/dashboard/__sign-in__`);
  await page.evaluate((value) => window.localStorage.setItem('pecg.dashboard.token', value), token);
  await page.goto(`${origin}/dashboard/${pagePath}`);
  await settled(page);
}

/** Waits until the page's query answered (no loading, no pending chart). */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main [data-loading="false"], main .notice.error', { timeout: 30_000 });
}

/** The numbers of a chart's data table (what its CSV export holds), by row label. */
export async function chartData(page: Page, chart: string): Promise<Record<string, number[]>> {
  return page.$$eval(`[data-chart="${chart}"] table.chart-data tbody tr`, (rows) =>
    Object.fromEntries(
      rows.map((row) => {
        const cells = Array.from(row.querySelectorAll('td'));
        return [cells[0].textContent ?? '', cells.slice(1).map((cell) => Number(cell.getAttribute('data-value')))];
      }),
    ),
  );
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await fs.promises.mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
