import { demoEnterpriseId } from '@pecg/demo';
import { accessDenialModel, piiAuditFieldName, piiAuditModel, verifyPiiAuditChain } from '@pecg/common';
import { SUBGRAPH_NAMES } from '@pecg/registry';
import { startTestGraph, type TestGraph } from '../src';

/** ADMIN reads each subgraph's PII audit log through the graph (`<subgraph>PiiAudit`); no one else can. */
describe('the PII audit log through the graph', () => {
  let graph: TestGraph;
  const id = demoEnterpriseId(1).toHexString();
  const AUDIT = `query ($filter: PiiAuditFilter) {
    enterprisesPiiAudit(filter: $filter, first: 10) { totalCount edges { node { seq subject role requestId clientRequestId entity entityId enterpriseId fields at hash } } }
  }`;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises'] });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('every registered subgraph serves its own audit field', async () => {
    const { data, errors } = await graph.query('{ __schema { queryType { fields { name } } } }');
    expect(errors).toBeUndefined();
    const fields = data!.__schema.queryType.fields.map((f: { name: string }) => f.name);
    for (const name of SUBGRAPH_NAMES) expect(fields).toContain(piiAuditFieldName(name));
  });

  it('lists the reads of an enterprise’s people, filtered by subject, enterprise, field and time, newest first', async () => {
    const read = await graph.query(
      'query ($id: ID!) { enterprise(id: $id) { contacts { name phone } } }',
      { id },
      { role: 'POLICE', subject: 'audit-reader-1' },
      {
        'x-request-id': 'audit-query-1',
      },
    );
    expect(read.errors).toBeUndefined();
    const { data, errors } = await graph.query(AUDIT, { filter: { subject: 'audit-reader-1', enterpriseId: id, field: 'contacts.0.phone' } });
    expect(errors).toBeUndefined();
    expect(data!.enterprisesPiiAudit.totalCount).toBe(1);
    expect(data!.enterprisesPiiAudit.edges[0].node).toMatchObject({
      subject: 'audit-reader-1',
      role: 'POLICE',
      requestId: read.headers.get('x-request-id'),
      clientRequestId: 'audit-query-1',
      entity: 'Enterprise',
      entityId: id,
      enterpriseId: id,
      fields: expect.arrayContaining(['contacts.0.name', 'contacts.0.phone']),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const later = await graph.query(AUDIT, { filter: { subject: 'audit-reader-1', from: new Date(Date.now() + 60_000).toISOString() } });
    expect(later.data!.enterprisesPiiAudit.totalCount).toBe(0);
    const refused = await graph.query(AUDIT, { filter: { from: '2026-02-01T00:00:00Z', before: '2026-01-01T00:00:00Z' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.before' });
    // the contract's names (readFrom / readBefore) and sort; the deprecated from / before give the same answers
    const SORTED = `query ($filter: PiiAuditFilter, $sort: PiiAuditSort) { enterprisesPiiAudit(filter: $filter, sort: $sort) { totalCount edges { node { seq } } } }`;
    const range = { readFrom: '2020-01-01T00:00:00Z', readBefore: new Date(Date.now() + 60_000).toISOString() };
    const viaNew = await graph.query(SORTED, { filter: range, sort: { field: 'AT', direction: 'ASC' } });
    const viaOld = await graph.query(SORTED, { filter: { from: range.readFrom, before: range.readBefore }, sort: { field: 'AT', direction: 'ASC' } });
    expect(viaNew.errors).toBeUndefined();
    expect(viaNew.data).toEqual(viaOld.data);
    const seqs = viaNew.data!.enterprisesPiiAudit.edges.map((e: { node: { seq: number } }) => e.node.seq);
    expect(seqs.length).toBeGreaterThan(0);
    expect(seqs).toEqual([...seqs].sort((a: number, b: number) => a - b));
    const badRange = await graph.query(AUDIT, { filter: { readFrom: '2026-02-01T00:00:00Z', readBefore: '2026-01-01T00:00:00Z' } });
    expect(badRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.readBefore' });
    expect(await verifyPiiAuditChain(piiAuditModel(graph.subgraphs.enterprises.db.connection))).toEqual({ checked: expect.any(Number) });
  });

  it.each(['POLICE', 'ANALYST', 'MEDIATOR'] as const)('%s may not read the audit log (FORBIDDEN, no data)', async (role) => {
    const { data, errors } = await graph.query(AUDIT, {}, role);
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(data).toBeNull();
  });

  it('an ENTERPRISE user may not read it either, not even about its own people — and the denial is audited (who, path, reason)', async () => {
    const { errors } = await graph.query(AUDIT, { filter: { enterpriseId: id } }, { role: 'ENTERPRISE', enterpriseId: id, subject: 'denied-1' });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const denials = await accessDenialModel(graph.subgraphs.enterprises.db.connection).find({ subject: 'denied-1' }).lean();
    expect(denials).toEqual([
      expect.objectContaining({
        role: 'ENTERPRISE',
        enterpriseId: id,
        path: 'enterprisesPiiAudit',
        reason: expect.stringContaining('may not read the PII audit log'),
      }),
    ]);
  });
});
