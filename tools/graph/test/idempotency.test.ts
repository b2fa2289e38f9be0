import { randomUUID } from 'node:crypto';
import { demoEnterpriseId } from '@pecg/demo';
import { idempotencyModel } from '@pecg/common';
import { startTestGraph, type TestGraph } from '../src';

/**
 * Idempotent mutations through the real graph: the client's `Idempotency-Key` goes to the gateway,
 * which forwards it with the mutation fetches; the subgraph runs a key once and replays its response.
 */
const RAISE = `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id status version description raisedBy { role } enterprise { id name } } }`;
const CONSULT = `mutation ($c: RecordLegalConsultationInput!) { recordLegalConsultation(input: $c) { id topic } }`;
/** Two fetches to enterprises with one to mediation between them: each fetch is its own idempotent unit. */
const MIXED = `mutation ($a: RaiseServiceNeedInput!, $c: RecordLegalConsultationInput!, $b: RaiseServiceNeedInput!) {
  a: raiseServiceNeed(input: $a) { id description }
  c: recordLegalConsultation(input: $c) { id topic }
  b: raiseServiceNeed(input: $b) { id description }
}`;

describe('idempotent mutations through the gateway (Idempotency-Key)', () => {
  let graph: TestGraph;
  const enterpriseId = demoEnterpriseId(2).toHexString();
  const caller = { role: 'POLICE' as const, subject: 'police-idem-1' };
  const needs = (description: string) => graph.subgraphs.enterprises.models.ServiceNeed.countDocuments({ description });
  const need = (description: string) => ({ i: { enterpriseId, category: 'LEGAL', description } });
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises'] });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('a create sent twice with one key creates one record, and the retry gets the same response', async () => {
    const key = randomUUID();
    const first = await graph.query(RAISE, need('重试一次'), caller, { 'idempotency-key': key });
    const retry = await graph.query(RAISE, need('重试一次'), caller, { 'idempotency-key': key });
    expect(first.errors).toBeUndefined();
    expect(first.data!.raiseServiceNeed).toMatchObject({ status: 'OPEN', version: 1, enterprise: { id: enterpriseId } });
    expect({ data: retry.data, errors: retry.errors }).toEqual({ data: first.data, errors: first.errors });
    expect(await needs('重试一次')).toBe(1);
    const records = await idempotencyModel(graph.subgraphs.enterprises.db.connection).find({ key }).lean();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ subject: 'police-idem-1', subgraph: 'enterprises', status: 'completed' });
  });

  it('8 concurrent sends with one key create one record; every response is identical', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 8 }, () => graph.query(RAISE, need('并发八次'), caller, { 'idempotency-key': key })));
    expect(responses[0].errors).toBeUndefined();
    for (const response of responses) expect({ data: response.data, errors: response.errors }).toEqual({ data: responses[0].data, errors: undefined });
    expect(await needs('并发八次')).toBe(1);
  });

  it('the same key with a different payload is refused with BAD_USER_INPUT naming Idempotency-Key, and writes nothing', async () => {
    const key = randomUUID();
    expect((await graph.query(RAISE, need('原请求'), caller, { 'idempotency-key': key })).errors).toBeUndefined();
    const other = await graph.query(RAISE, need('另一个请求'), caller, { 'idempotency-key': key });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toContain('Idempotency-Key');
    expect(await needs('另一个请求')).toBe(0);
    // another caller's key of the same name is its own
    const someoneElse = await graph.query(RAISE, need('另一个请求'), { role: 'POLICE', subject: 'police-idem-2' }, { 'idempotency-key': key });
    expect(someoneElse.errors).toBeUndefined();
    expect(await needs('另一个请求')).toBe(1);
  });

  it('refuses a key longer than 200 characters or with control characters, before anything is written', async () => {
    const long = await graph.query(RAISE, need('长键'), caller, { 'idempotency-key': 'k'.repeat(201) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    const control = await graph.query(RAISE, need('长键'), caller, { 'idempotency-key': 'a\tb' });
    expect(control.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await needs('长键')).toBe(0);
    expect((await graph.query(RAISE, need('长键'), caller, { 'idempotency-key': 'k'.repeat(200) })).errors).toBeUndefined();
  });

  it('without a key every send is its own create (unchanged), and queries ignore the header', async () => {
    await graph.query(RAISE, need('无键'), caller);
    await graph.query(RAISE, need('无键'), caller);
    expect(await needs('无键')).toBe(2);
    const key = randomUUID();
    const q = `query ($id: ID!) { enterprise(id: $id) { id } }`;
    expect((await graph.query(q, { id: enterpriseId }, caller, { 'idempotency-key': key })).data).toEqual({ enterprise: { id: enterpriseId } });
    expect((await graph.query(`{ enterprises(first: 1) { totalCount } }`, {}, caller, { 'idempotency-key': key })).errors).toBeUndefined();
    expect(await idempotencyModel(graph.subgraphs.enterprises.db.connection).countDocuments({ key })).toBe(0);
  });

  it('an operation with two mutation fetches to one subgraph runs each once, and a retry replays the whole answer', async () => {
    const key = randomUUID();
    const vars = { ...{ a: need('组合甲').i, b: need('组合乙').i }, c: { topic: '组合咨询', channel: 'HOTLINE', answeredBy: '值班律师' } };
    const first = await graph.query(MIXED, vars, caller, { 'idempotency-key': key });
    expect(first.errors).toBeUndefined();
    const retries = await Promise.all([1, 2, 3].map(() => graph.query(MIXED, vars, caller, { 'idempotency-key': key })));
    for (const retry of retries) expect({ data: retry.data, errors: retry.errors }).toEqual({ data: first.data, errors: undefined });
    expect(await needs('组合甲')).toBe(1);
    expect(await needs('组合乙')).toBe(1);
    expect(await graph.subgraphs.mediation.models.LegalConsultation.countDocuments({ topic: '组合咨询' })).toBe(1);
    // the consultation alone, with the same key, is a different payload for mediation
    const alone = await graph.query(CONSULT, { c: vars.c }, caller, { 'idempotency-key': key });
    expect(alone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
