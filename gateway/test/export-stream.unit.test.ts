import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { createLogger } from '@pecg/common';
import { exportRouter } from '../src/export';

/**
 * The export's streaming rules, against a stand-in /graphql on the same server (the export pages
 * through the gateway's own /graphql; here a list without `totalCount`, so the row count is unknown):
 * a failure after the first byte never looks like a complete file, the row cap ends the file with an
 * error, and a client that goes away stops the paging.
 */
const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@shareable"])
type Query { things(first: Int = 20, after: String): ThingConnection! }
type ThingConnection { edges: [ThingEdge!]! pageInfo: PageInfo! }
type ThingEdge { node: Thing! }
type Thing { id: ID! text: String! tags: [String!]! }
type PageInfo { hasNextPage: Boolean! endCursor: String }`;
const QUERY = '{ things { edges { node { id text tags } } } }';

interface Scenario {
  /** Pages in the list (Infinity: never ends). */
  pages: number;
  rowsPerPage: number;
  /** The page (0-based) that answers with a GraphQL error. */
  failAt?: number;
}

describe('export streaming (stand-in /graphql)', () => {
  let server: http.Server;
  let base: string;
  let scenario: Scenario;
  let pagesAsked = 0;
  const audits: Array<Record<string, any>> = [];
  const waiting = new Set<() => void>();
  const audited = (outcome: string) =>
    new Promise<Record<string, any>>((resolve) => {
      const check = () => {
        const found = audits.find((a) => a.outcome === outcome);
        if (!found) return;
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      check();
    });
  const logger = createLogger(
    new Writable({
      write(chunk, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) if (JSON.parse(line).audit === 'export') audits.push(JSON.parse(line));
        for (const check of [...waiting]) check();
        done();
      },
    }),
  );

  beforeAll(async () => {
    const composed = composeServices([{ name: 'things', url: 'http://127.0.0.1:1/graphql', typeDefs: parse(SDL) }]);
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
    const app = express();
    app.post('/graphql', express.json(), (req, res) => {
      const page = Number(req.body.variables.pecgExportAfter ?? -1) + 1;
      pagesAsked += 1;
      if (page === scenario.failAt) {
        res.json({ data: null, errors: [{ message: 'Subgraph "things" is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
        return;
      }
      const edges = Array.from({ length: scenario.rowsPerPage }, (_, i) => ({
        node: { id: `${page}-${i}`, text: `第${page}页, "行" ${i}\n${'x'.repeat(200)}`, tags: ['a', 'b'] },
      }));
      res.json({ data: { things: { edges, pageInfo: { hasNextPage: page < scenario.pages - 1, endCursor: String(page) } } } });
    });
    server = http.createServer(app);
    app.use(
      '/export',
      exportRouter({
        supergraphSdl: composed.supergraphSdl!,
        authenticate: (_req, res, next) => {
          res.locals.caller = { subject: 'stream-test', role: 'ANALYST' };
          next();
        },
        server,
        logger,
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    audits.length = 0;
    pagesAsked = 0;
  });

  /** A download read to its end: status, body, trailers, or how it broke off. */
  const download = (format: string) =>
    new Promise<{ status: number; body: string; trailers: Record<string, string | undefined>; aborted: boolean }>((resolve, reject) => {
      const url = new URL('/export', base);
      url.searchParams.set('query', QUERY);
      url.searchParams.set('format', format);
      http
        .get(url, (res) => {
          let body = '';
          let aborted = false;
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('aborted', () => (aborted = true));
          res.on('error', () => (aborted = true));
          res.on('close', () => resolve({ status: res.statusCode!, body, trailers: res.trailers, aborted: aborted || !res.complete }));
        })
        .on('error', reject);
    });

  it('a complete export ends with the trailers x-export-status: complete and the row count', async () => {
    scenario = { pages: 3, rowsPerPage: 4 };
    const result = await download('csv');
    expect(result).toMatchObject({ status: 200, aborted: false, trailers: { 'x-export-status': 'complete', 'x-export-rows': '12' } });
    expect(result.body.startsWith('\uFEFFid,text,tags\r\n0-0,"第0页, ""行"" 0\n')).toBe(true);
    expect(result.body).toContain(',a; b\r\n');
    expect(pagesAsked).toBe(3);
  });

  it('a page that fails mid-stream: NDJSON ends with an {"error":…} line and no success trailer; CSV is aborted', async () => {
    scenario = { pages: 5, rowsPerPage: 3, failAt: 2 };
    const ndjson = await download('ndjson');
    expect(ndjson.status).toBe(200);
    const lines = ndjson.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 6).map((l) => l.id)).toEqual(['0-0', '0-1', '0-2', '1-0', '1-1', '1-2']);
    expect(lines[6]).toEqual({ error: { message: 'Subgraph "things" is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } } });
    expect(ndjson.trailers['x-export-status']).toBe('failed');
    expect((await audited('failed')).rows).toBe(6);

    const csv = await download('csv');
    expect(csv.status).toBe(200);
    expect(csv.aborted).toBe(true);
    expect(csv.trailers['x-export-status']).toBeUndefined();
  });

  it('more rows than EXPORT_MAX_ROWS with an unknown count: the file stops at the cap with an error (NDJSON) or is aborted (CSV)', async () => {
    scenario = { pages: Infinity, rowsPerPage: 2 };
    process.env.EXPORT_MAX_ROWS = '5';
    try {
      const ndjson = await download('ndjson');
      const lines = ndjson.body
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(6);
      expect(lines[5].error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'things', limit: 'exportRows', allowed: 5 });
      expect(ndjson.trailers['x-export-status']).toBe('capped');
      const csv = await download('csv');
      expect(csv.aborted).toBe(true);
      expect(csv.body.split('\r\n').length - 2).toBe(5);
    } finally {
      delete process.env.EXPORT_MAX_ROWS;
    }
  });

  it('stops paging when the client goes away', async () => {
    scenario = { pages: Infinity, rowsPerPage: 100 };
    const url = new URL('/export', base);
    url.searchParams.set('query', QUERY);
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal });
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    const audit = await audited('client disconnected');
    const asked = pagesAsked;
    expect(asked).toBeGreaterThan(0);
    expect(audit.rows).toBeLessThan(asked * 100 + 1);
    // the paging has ended: another export runs and the count moves by its pages only
    scenario = { pages: 1, rowsPerPage: 1 };
    await download('csv');
    expect(pagesAsked).toBe(asked + 1);
  });
});
