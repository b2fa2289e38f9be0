import { demoEnterpriseId } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';

describe('__name__ in the composed graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', '__name__'] });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
  });

  it('answers a federated query through the gateway: an enterprise with its __entities__ and their enterprise’s name', async () => {
    const id = demoEnterpriseId(1).toHexString();
    const { data, errors } = await graph.query(
      `query ($id: ID!) { enterprise(id: $id) { id name __entities__(first: 5) { id title enterprise { id name } } } }`,
      { id },
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    expect(data!.enterprise.__entities__.length).toBeGreaterThan(0);
    for (const doc of data!.enterprise.__entities__) expect(doc.enterprise).toEqual({ id, name: data!.enterprise.name });
  });
});
