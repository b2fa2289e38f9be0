import { mintToken } from '@pecg/common';
import { postGraphQL } from '@pecg/testing';
import { startTestGraph, type TestGraph } from '../src';

/** Every real subgraph behind a real gateway: zero trust at each subgraph, and partial failure. */
describe('the real graph: zero trust at every subgraph, partial failure', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph.gateway.stop();
    for (const subgraph of Object.values(graph.subgraphs)) await subgraph.stop().catch(() => undefined);
  });

  it('every real subgraph refuses _service, _entities and root fields without a valid token (401, no data)', async () => {
    const operations = [
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Enterprise", id: "ffffffffffffffffffffffff" }]) { __typename } }',
      '{ __typename }',
    ];
    for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
      for (const query of operations) {
        // a valid end-user token is refused too: a subgraph accepts only the gateway's internal assertion
        const userToken = { authorization: `Bearer ${await mintToken({ role: 'ADMIN' })}` };
        for (const headers of [{}, { authorization: 'Bearer forged' }, userToken] as Array<Record<string, string>>) {
          const response = await postGraphQL(subgraph.url, query, {}, headers);
          expect({ name, query, status: response.status, code: response.errors?.[0].extensions?.code, data: response.data }).toEqual({
            name,
            query,
            status: 401,
            code: 'UNAUTHENTICATED',
            data: undefined,
          });
        }
      }
      expect((await subgraph.query('{ _service { sdl } }')).data!._service.sdl).toContain('@contact');
    }
  });

  it('with mediation stopped, a query over enterprises and mediation returns the enterprises data and a clear error', async () => {
    await graph.subgraphs.mediation.stop();
    const { status, data, errors } = await graph.query('{ enterprises(first: 1) { totalCount } dispute(id: "ffffffffffffffffffffffff") { id } }');
    expect(status).toBe(200);
    expect(data!.enterprises).toEqual({ totalCount: 0 });
    expect(data!.dispute).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'mediation' } })]);
    expect(errors![0].message).toMatch(/^Subgraph "mediation" is unavailable/);
  });
});
