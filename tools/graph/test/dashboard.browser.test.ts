import fs from 'node:fs';
import path from 'node:path';
import { mintToken, REPO_ROOT } from '@pecg/common';
import { demoEnterpriseId } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '../src';
import { chartData, ensureDashboardBuilt, launchBrowser, openSignedIn, screenshot, settled, type Browser } from '@pecg/gateway/test/support/dashboard-browser';

/**
 * The dashboard in a real browser (Debian's chromium) against the whole graph with demo data, served
 * by the gateway at /dashboard: every page renders with no console error and no request off this
 * machine, a filter changes a chart's numbers (read from the chart's data, compared with the graph),
 * a chart's CSV export opens in Excel (BOM), an ANALYST sees masked phones. Screenshots of every page
 * go to test-results/dashboard/ (DASHBOARD_DOCS_SCREENSHOT=1 also rewrites docs/dashboard.png).
 */
const PAGES = [
  { path: '', name: 'overview', charts: ['alliance-membership', 'coverage-by-category', 'enterprise-category'] },
  {
    path: 'approvals',
    name: 'approvals',
    charts: [
      'applications-by-status',
      'applications-by-month',
      'one-visit-by-month',
      'on-time-by-item',
      'deficiency-by-item',
      'evaluations-by-rating',
      'rectifications-by-status',
    ],
  },
  {
    path: 'mediation',
    name: 'mediation',
    charts: ['local-resolution-by-community', 'local-resolution-by-kind', 'disputes-by-kind', 'escalations-by-community'],
  },
  { path: 'activities', name: 'activities', charts: ['activities-by-kind', 'attendance-by-kind', 'attendance-by-enterprise', 'room-use'] },
  { path: 'enterprise', name: 'enterprise', charts: ['enterprise-applications'] },
  { path: 'safety', name: 'safety', charts: ['incidents-by-severity', 'sensing-by-kind'] },
];
const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;
const CLEAR_PHONE = /^1\d{10}$/;

describe('the dashboard in a browser, against the whole graph with demo data', () => {
  let graph: TestGraph;
  let browser: Browser;
  let origin: string;
  let chief: string;

  beforeAll(async () => {
    ensureDashboardBuilt();
    graph = await startTestGraph({ seed: true });
    origin = new URL(graph.gateway.url).origin;
    browser = await launchBrowser();
    chief = await mintToken({ role: 'POLICE', subject: 'workstation-chief', name: '工作站站长' });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await graph?.stop();
  });
  // Each test answers for its own pages: what it recorded is checked, then cleared.
  afterEach(() => {
    const [errors, foreign] = [browser.consoleErrors.splice(0), browser.foreign.splice(0)];
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it.each(PAGES)(
    'renders the $name page with demo data (charts, figures, no error notice) and saves a screenshot',
    async ({ path: pagePath, name, charts }) => {
      const page = await browser.newPage();
      await openSignedIn(page, origin, pagePath, chief);
      expect(await page.$$eval('main .notice', (nodes) => nodes.map((node) => node.textContent ?? ''))).toEqual([]);
      expect(await page.locator('main').getAttribute('data-page')).toBe(pagePath || 'overview');
      for (const chart of charts) {
        const data = await chartData(page, chart);
        expect(Object.keys(data).length).toBeGreaterThan(0);
        expect(
          Object.values(data)
            .flat()
            .some((value) => value > 0),
        ).toBe(true);
        await expect(page.locator(`[data-chart="${chart}"] canvas`).count()).resolves.toBeGreaterThan(0);
      }
      const figures = await page.$$eval('[data-kpi] .kpi-value', (nodes) => nodes.map((node) => node.textContent ?? ''));
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.every((figure) => figure.trim() !== '')).toBe(true);
      const file = await screenshot(page, name);
      if (name === 'overview' && process.env.DASHBOARD_DOCS_SCREENSHOT === '1') await fs.promises.copyFile(file, path.join(REPO_ROOT, 'docs', 'dashboard.png'));
      await page.close();
    },
  );

  it.each(['ANALYST', 'ADMIN', 'MEDIATOR'] as const)('as %s, every page renders its charts and lists, with no error notice', async (role) => {
    const token = await mintToken({ role, subject: `dashboard-${role.toLowerCase()}` });
    for (const { path: pagePath } of PAGES) {
      const page = await browser.newPage();
      await openSignedIn(page, origin, pagePath, token);
      const notices = await page.$$eval('main .notice', (nodes) => nodes.map((node) => node.textContent ?? ''));
      expect({ page: pagePath, notices }).toEqual({ page: pagePath, notices: [] });
      await expect(page.locator('[data-chart]').count()).resolves.toBeGreaterThan(0);
      await page.close();
    }
  });

  it('the community filter changes the mediation charts to exactly what the graph answers for that community', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, origin, 'mediation', chief);
    const all = await chartData(page, 'disputes-by-kind');
    const { data } = await graph.query<any>('{ communities { id name } }');
    const community = data!.communities[0];
    await page.selectOption('select[data-filter="community"]', community.id);
    await page.waitForURL(`**/dashboard/mediation?community=${community.id}`);
    await page.waitForFunction(() => document.querySelector('main [data-loading]')?.getAttribute('data-loading') === 'false');
    await settled(page);
    const filtered = await chartData(page, 'disputes-by-kind');
    const answer = await graph.query<any>(
      'query ($f: DisputeFilter) { disputeStatistics(filter: $f) { kindCounts { label count } } }',
      { f: { communityIds: [community.id] } },
      'POLICE',
    );
    expect(answer.errors).toBeUndefined();
    expect(filtered).toEqual(
      Object.fromEntries(answer.data!.disputeStatistics.kindCounts.map((row: { label: string; count: number }) => [row.label, [row.count]])),
    );
    expect(filtered).not.toEqual(all);
    const sum = (rows: Record<string, number[]>) => Object.values(rows).reduce((total, [count]) => total + count, 0);
    expect(sum(filtered)).toBeLessThan(sum(all));
    await page.close();
  });

  it('the approval-item and month filters change the approvals charts to what the aggregates answer for them', async () => {
    const page = await browser.newPage();
    await openSignedIn(page, origin, 'approvals', chief);
    const count = (rows: Record<string, number[]>) => Object.values(rows).reduce((total, [n]) => total + n, 0);
    const all = count(await chartData(page, 'applications-by-status'));
    const { data } = await graph.query<any>(
      '{ applicationAggregate(groupBy: [ITEM, TIME], timeBucket: MONTH) { groups { count item { id } keys { dimension value } } } }',
      {},
      'POLICE',
    );
    // The busiest (item, month): a filter with records to show.
    const busiest = [...data!.applicationAggregate.groups].sort((a: any, b: any) => b.count - a.count)[0];
    const item = busiest.item.id as string;
    const month = busiest.keys.find((key: any) => key.dimension === 'TIME').value as string;
    const totals = async (filter: Record<string, unknown>) =>
      (await graph.query<any>('query ($f: ApplicationFilter) { applicationAggregate(filter: $f) { totals { count } } }', { f: filter }, 'POLICE')).data!
        .applicationAggregate.totals.count as number;

    await page.selectOption('select[data-filter="item"]', item);
    await page.waitForURL(`**/dashboard/approvals?item=${item}`);
    await page.waitForFunction(() => document.querySelector('main [data-loading]')?.getAttribute('data-loading') === 'false');
    const byItem = count(await chartData(page, 'applications-by-status'));
    expect(byItem).toBe(await totals({ itemIds: [item] }));
    expect(byItem).toBeLessThan(all);

    await page.selectOption('select[data-filter="month"]', month);
    await page.waitForURL(`**/dashboard/approvals?item=${item}&month=${month}`);
    await page.waitForFunction(() => document.querySelector('main [data-loading]')?.getAttribute('data-loading') === 'false');
    const byItemAndMonth = count(await chartData(page, 'applications-by-status'));
    expect(byItemAndMonth).toBe(await totals({ itemIds: [item], months: [month] }));
    expect(byItemAndMonth).toBeGreaterThan(0);
    expect(byItemAndMonth).toBeLessThanOrEqual(byItem);
    await page.close();
  });

  it("exports a chart's data as CSV with a UTF-8 byte-order mark (Excel), the same rows as the chart", async () => {
    const page = await browser.newPage();
    await openSignedIn(page, origin, 'mediation', chief);
    const shown = await chartData(page, 'disputes-by-kind');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="disputes-by-kind"]')]);
    expect(download.suggestedFilename()).toBe('disputes-by-kind.csv');
    const bytes = await fs.promises.readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('类型,纠纷数');
    expect(Object.fromEntries(lines.slice(1).map((line) => [line.split(',')[0], [Number(line.split(',')[1])]]))).toEqual(shown);
    await page.close();
  });

  it('an ANALYST sees masked phones on the enterprise page; the workstation sees them in the clear', async () => {
    const id = demoEnterpriseId(1).toHexString();
    const phones = async (token: string) => {
      const page = await browser.newPage();
      await openSignedIn(page, origin, `enterprise?id=${id}`, token);
      const cells = await page.$$eval('[data-list="contacts"] tbody tr td:nth-child(3)', (nodes) => nodes.map((node) => node.textContent ?? ''));
      await page.close();
      return cells;
    };
    const masked = await phones(await mintToken({ role: 'ANALYST', subject: 'dashboard-analyst' }));
    expect(masked.length).toBeGreaterThan(0);
    for (const phone of masked) expect(phone).toMatch(MASKED_PHONE);
    const clear = await phones(chief);
    for (const phone of clear) expect(phone).toMatch(CLEAR_PHONE);
  });
});
