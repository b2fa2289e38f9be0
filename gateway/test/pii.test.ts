import { maskIdNumber, maskName, maskPhone, piiAuditModel, PII_CLEAR_ROLES, ROLES, type Role } from '@pecg/common';
import { loadSupergraph } from '../src/supergraph';
import { PEOPLE, startProbeGraph, type ProbeGraph } from './support/probe';

/**
 * Personal information through the gateway: per role, clear or masked, and an audit record for every
 * unmasked read. The probe subgraph resolves its fields with ctx.pii.reveal like the domain subgraphs.
 */
const PERSON = 'query ($id: ID!) { alphaPerson(id: $id) { id name phone idNumber } }';
const [zhang] = PEOPLE;

describe('PII masking formats', () => {
  it('masks ID numbers, phones and names as the issue specifies', () => {
    expect(maskIdNumber('510100199001011234')).toBe('5101**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张**');
  });
});

describe('PII through the gateway, per role', () => {
  let graph: ProbeGraph;
  beforeAll(async () => {
    graph = await startProbeGraph({}, ['alpha']);
  });
  afterAll(async () => {
    await graph.stop();
  });
  const audit = () => piiAuditModel(graph.subgraphs.alpha.db.connection);
  const caller = (role: Role) =>
    role === 'ENTERPRISE' ? { role, enterpriseId: '000000000000000000000001' } : role === 'DEPARTMENT' ? { role, department: 'enterprises' } : role;

  it.each([...ROLES])('%s gets each PII field clear or masked according to PII_CLEAR_ROLES, and only clear reads are audited', async (role) => {
    const requestId = `pii-${role}`;
    const sent = Date.now(); // the audit record is written during this request, so its time is not before
    const { data, errors } = await graph.query(PERSON, { id: zhang.id }, caller(role), { 'x-request-id': requestId });
    expect(errors).toBeUndefined();
    const clear = (kind: keyof typeof PII_CLEAR_ROLES) => PII_CLEAR_ROLES[kind].includes(role);
    expect(data!.alphaPerson).toEqual({
      id: zhang.id,
      name: clear('NAME') ? zhang.name : '张**',
      phone: clear('PHONE') ? zhang.phone : '138****5678',
      idNumber: clear('ID_NUMBER') ? zhang.idNumber : '5101**********1234',
    });
    const records = await audit().find({ clientRequestId: requestId }).lean();
    const clearFields = (['name', 'phone', 'idNumber'] as const).filter((f) => clear(({ name: 'NAME', phone: 'PHONE', idNumber: 'ID_NUMBER' } as const)[f]));
    if (clearFields.length === 0) {
      expect(records).toEqual([]);
    } else {
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({
        subject: expect.any(String),
        role,
        entity: 'Person',
        entityId: zhang.id,
        clientRequestId: requestId,
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      });
      expect([...records[0].fields].sort()).toEqual([...clearFields].sort());
      expect(new Date(records[0].at).getTime()).toBeGreaterThanOrEqual(sent);
      expect(new Date(records[0].at).getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  it('ANALYST reads everything but never in the clear; ADMIN reads in the clear; ENTERPRISE is masked', () => {
    for (const kind of ['NAME', 'PHONE', 'ID_NUMBER'] as const) {
      expect(PII_CLEAR_ROLES[kind]).not.toContain('ANALYST');
      expect(PII_CLEAR_ROLES[kind]).not.toContain('ENTERPRISE');
      expect(PII_CLEAR_ROLES[kind]).toContain('ADMIN');
    }
  });

  it('writes one audit record per record read, naming who, when, which record and which fields', async () => {
    const { errors } = await graph.query('{ alphaPeople { id name phone } }', {}, { role: 'POLICE', subject: 'officer-42' }, { 'x-request-id': 'pii-list' });
    expect(errors).toBeUndefined();
    const records = await audit().find({ clientRequestId: 'pii-list' }).sort({ entityId: 1 }).lean();
    expect(records.map((r) => [r.subject, r.role, r.entityId, [...r.fields].sort()])).toEqual([
      ['officer-42', 'POLICE', 'p1', ['name', 'phone']],
      ['officer-42', 'POLICE', 'p2', ['name', 'phone']],
    ]);
  });

  it('audits reads that arrive as _entities calls (a field resolved for another subgraph)', async () => {
    const { status } = await graph.subgraphs.alpha.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { phone } } }',
      { r: [{ __typename: 'Person', id: 'p2' }] },
      { role: 'MEDIATOR', subject: 'mediator-9' },
    );
    expect(status).toBe(200);
    expect(await audit().countDocuments({ subject: 'mediator-9', entityId: 'p2', fields: 'phone' })).toBe(1);
  });
});

describe('the audit log cannot be changed through the graph', () => {
  it('no subgraph exposes a mutation or field that writes, deletes or returns pii_audit records to non-admins', async () => {
    const supergraphSdl = await loadSupergraph();
    const mutationBlock = /type Mutation[^{]*\{([\s\S]*?)\n\}/.exec(supergraphSdl ?? '')?.[1] ?? '';
    const mutationFields = [...mutationBlock.matchAll(/^\s+(\w+)[(:]/gm)].map((m) => m[1]);
    expect(mutationFields.length).toBeGreaterThan(0);
    expect(mutationFields.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});
