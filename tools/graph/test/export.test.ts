import { Writable } from 'node:stream';
import { Types } from 'mongoose';
import { createLogger, piiAuditModel } from '@pecg/common';
import { startTestGraph, type TestGraph } from '../src';
import { authHeaders, type TestCaller } from '@pecg/testing';

/**
 * Exports of the real graph (GET/POST /export on the gateway): 10 000 enterprises inserted into the
 * enterprises subgraph's database, downloaded as CSV and as NDJSON and compared row by row with the
 * same list paged through /graphql; identity, masking, scope, limits and errors as for /graphql.
 */
const ROWS = 10_000;
const LIST = `query Directory($sort: EnterpriseSort, $n: Int) {
  enterprises(sort: $sort, first: $n) {
    totalCount
    edges { cursor node { id name creditCode category employeeCount registeredAt contacts { role } createdBy { role } } }
  }
}`;
const COLUMNS = ['id', 'name', 'creditCode', 'category', 'employeeCount', 'registeredAt', 'contacts.role', 'createdBy.role'];
/** Quoting: a comma, a quote and a newline in one name; a formula is not run by a spreadsheet. */
const AWKWARD = '万象, "创新"\n科技有限公司';
const FORMULA = '=HYPERLINK("http://evil")';
const MASKED_PHONE = /^\d{3}\*{4}\d{4}$/;

/** A strict RFC 4180 reader (the test's own, not the gateway's writer). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== ',' && c !== '\r')) cell += c;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      [row, cell] = [[], ''];
      i++;
    } else throw new Error(`a bare CR at ${i}`);
  }
  if (cell !== '' || row.length) throw new Error('the CSV does not end with CRLF');
  return rows;
}

function enterprise(i: number) {
  const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000);
  const stamp = { subject: 'seed', role: 'ADMIN', at };
  return {
    _id: new Types.ObjectId(),
    name: i === 0 ? AWKWARD : i === 1 ? FORMULA : `导出测试企业${String(i).padStart(5, '0')}`,
    creditCode: `91510100MA${String(i).padStart(8, '0')}`,
    category: (['ABOVE_SCALE', 'SMALL_MICRO_TECH', 'OTHER'] as const)[i % 3],
    industry: '软件',
    park: '万象创新科技产业园',
    address: '成都市高新区',
    legalRepresentative: `法人${i}`,
    contacts:
      i % 2
        ? [{ name: `联系人${i}`, role: '安全员', phone: `139${String(i).padStart(8, '0')}` }]
        : [
            { name: `联系人${i}`, role: '安全员', phone: `138${String(i).padStart(8, '0')}` },
            { name: `副联系人${i}`, role: '行政', phone: `137${String(i).padStart(8, '0')}` },
          ],
    employeeCount: i,
    foundedOn: new Date(Date.UTC(2020, 0, 1)),
    status: 'ACTIVE',
    registeredAt: at,
    registeredMonth: '2026-01',
    allianceMember: false,
    alliance: null,
    version: 1,
    created: stamp,
    updated: stamp,
  };
}

describe('exports of the gateway (GET/POST /export)', () => {
  let graph: TestGraph;
  const audits: Array<Record<string, any>> = [];
  const logger = createLogger(
    new Writable({
      write(chunk, _enc, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          const parsed = JSON.parse(line);
          if (parsed.audit === 'export') audits.push(parsed);
        }
        done();
      },
    }),
  );
  let ids: string[];
  let paged: Array<Record<string, any>>;
  const exportUrl = () => new URL('/export', graph.gateway.url).href;
  const post = async (body: Record<string, unknown>, caller: TestCaller | null = 'ADMIN') =>
    fetch(exportUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(caller ? { authorization: (await authHeaders(caller)).authorization } : {}) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    graph = await startTestGraph({ gateway: { logger } });
    const docs = Array.from({ length: ROWS }, (_, i) => enterprise(i));
    await graph.subgraphs.enterprises.models.Enterprise.insertMany(docs);
    ids = docs.map((d) => d._id.toHexString());
    // the list as a client pages it through /graphql
    paged = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors } = await graph.query(LIST.replace('first: $n', 'first: 100, after: $after').replace('$n: Int', '$after: String'), { after });
      expect(errors).toBeUndefined();
      const edges = data!.enterprises.edges as Array<{ cursor: string; node: Record<string, any> }>;
      paged.push(...edges.map((e) => e.node));
      if (edges.length < 100) break;
      after = edges[edges.length - 1].cursor;
    }
  }, 300_000);
  afterAll(async () => {
    await graph.stop();
  });

  it('downloads 10 000 rows as CSV (BOM, header of dot paths, RFC 4180 quoting, lists joined), equal row by row to the list paged through /graphql', async () => {
    expect(paged).toHaveLength(ROWS);
    const response = await post({ query: LIST, variables: { n: 5 }, format: 'csv' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="enterprises-\d{8}-\d{4}\.csv"$/);
    expect(response.headers.get('x-total-count')).toBe(String(ROWS));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain(`"万象, ""创新""\n科技有限公司"`);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(COLUMNS);
    expect(rows).toHaveLength(ROWS);
    rows.forEach((row, i) => {
      const node = paged[i];
      expect(row).toEqual([
        node.id,
        node.name === FORMULA ? `'${FORMULA}` : node.name,
        node.creditCode,
        node.category,
        String(node.employeeCount),
        node.registeredAt,
        node.contacts.map((c: { role: string }) => c.role).join('; '),
        node.createdBy.role,
      ]);
    });
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(ids));
  }, 120_000);

  it('downloads the same list as NDJSON with GET (one node per line, as /graphql returns it) and audits the export without values', async () => {
    const url = new URL(exportUrl());
    url.searchParams.set('query', LIST);
    url.searchParams.set('variables', JSON.stringify({ sort: { field: 'NAME', direction: 'ASC' } }));
    url.searchParams.set('format', 'ndjson');
    const response = await fetch(url, { headers: { authorization: (await authHeaders({ role: 'ADMIN', subject: 'export-admin' })).authorization } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/filename="enterprises-\d{8}-\d{4}\.ndjson"$/);
    const lines = (await response.text()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(ROWS);
    lines.forEach((line, i) => expect(JSON.parse(line)).toEqual(paged[i]));
    const audit = audits.find((a) => a.subject === 'export-admin');
    expect(audit).toMatchObject({ role: 'ADMIN', rootField: 'enterprises', format: 'ndjson', rows: ROWS, outcome: 'complete' });
    expect(JSON.stringify(audit)).not.toContain('导出测试企业');
  }, 120_000);

  it('ANALYST gets the contacts masked in the export, as in the graph, and leaves no PII audit record', async () => {
    const response = await post(
      { query: '{ enterprises { edges { node { id contacts { name phone } } } } }', format: 'ndjson' },
      { role: 'ANALYST', subject: 'export-analyst' },
    );
    expect(response.status).toBe(200);
    const nodes = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(nodes).toHaveLength(ROWS);
    for (const node of nodes) for (const contact of node.contacts) expect(contact.phone).toMatch(MASKED_PHONE);
    expect(await piiAuditModel(graph.subgraphs.enterprises.db.connection).countDocuments({ subject: 'export-analyst' })).toBe(0);
  }, 120_000);

  it('an ENTERPRISE user exports only its own records, in the clear and audited by the subgraph', async () => {
    const own = ids[42];
    const response = await post(
      { query: '{ enterprises { edges { node { id name contacts { name phone } } } } }', format: 'csv' },
      { role: 'ENTERPRISE', enterpriseId: own, subject: 'export-own' },
    );
    expect(response.status).toBe(200);
    const [, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows).toEqual([[own, '导出测试企业00042', '联系人42; 副联系人42', '13800000042; 13700000042']]);
    expect(await piiAuditModel(graph.subgraphs.enterprises.db.connection).countDocuments({ subject: 'export-own', entityId: own })).toBe(1);
  });

  it('refuses without a token (401 UNAUTHENTICATED, no data)', async () => {
    const response = await post({ query: LIST }, null);
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a query that is not one list, naming the field (BAD_USER_INPUT), and a bad format', async () => {
    const single = await post({ query: `{ enterprise(id: "${ids[0]}") { id name } }` });
    expect(single.status).toBe(400);
    const body = await single.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterprise' });
    expect(body.errors[0].message).toContain('Query.enterprise');
    const two = await (await post({ query: '{ enterprises { edges { node { id } } } disputes { edges { node { id } } } }' })).json();
    expect(two.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['enterprises', 'disputes'] });
    const format = await post({ query: LIST, format: 'xlsx' });
    expect(format.status).toBe(400);
    expect((await format.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format', value: 'xlsx' });
    const invalid = await post({ query: '{ enterprises { edges { node { nope } } } }' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("refuses a page whose cost is over the caller's budget before streaming, with the gateway's limit error", async () => {
    const heavy = `{ enterprises(first: 20) { edges { node { id
      serviceNeeds { id } riskAlerts { id } advantageResources { id } assignments { id } } } } }`;
    expect((await graph.query(heavy)).errors).toBeUndefined(); // 20 items fit the budget, 100 do not
    const response = await post({ query: heavy });
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', allowed: 8_000 });
  });

  it('refuses a list longer than EXPORT_MAX_ROWS before streaming (the count is known)', async () => {
    process.env.EXPORT_MAX_ROWS = '9999';
    try {
      const response = await post({ query: LIST, format: 'ndjson' });
      expect(response.status).toBe(400);
      const { errors } = await response.json();
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'exportRows', allowed: 9_999, actual: ROWS });
      expect(errors[0].message).toContain('EXPORT_MAX_ROWS');
    } finally {
      delete process.env.EXPORT_MAX_ROWS;
    }
  });
});
