import { INVESTMENT_WARNING_STORY } from '@pecg/demo';
import { startTestGraph, type TestGraph } from '@pecg/graph-tools';
import { dataOf, E } from './helpers';

/**
 * Through the gateway: the September 2022 alert names its activity, and the gateway fetches the
 * activity's title from the activities subgraph; the activities department's service account raises
 * a need through the gateway (never another subgraph's database).
 */
describe('the investment-warning story and department workflows across the graph', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'activities'] });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
  });

  it('a federated query gets the story alert’s activity title and the need raised by the activities service', async () => {
    const story = INVESTMENT_WARNING_STORY;
    const { riskAlerts } = dataOf(
      await graph.query(`{ riskAlerts(filter: { type: NOMINEE_HOLDING }) { edges { node { id lossAvoidedYuan enterprise { id } activity { id title } } } } }`),
    );
    expect(riskAlerts.edges[0].node).toEqual({
      id: story.alertId.toHexString(),
      lossAvoidedYuan: 5_000_000,
      enterprise: { id: E(story.enterpriseN) },
      activity: { id: story.activityId.toHexString(), title: story.activityTitle },
    });
    const service = { role: 'DEPARTMENT', department: 'activities', subject: 'service:activities' } as const;
    const raised = dataOf(
      await graph.query(
        `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id source { subgraph } activity { id title } } }`,
        {
          i: {
            enterpriseId: E(122),
            category: 'LEGAL',
            description: '集中学习后企业提出合同审查需求',
            source: { subgraph: 'activities', typename: 'Activity', id: story.activityId.toHexString() },
          },
        },
        service,
      ),
    ).raiseServiceNeed;
    expect(raised).toMatchObject({ source: { subgraph: 'activities' }, activity: { title: story.activityTitle } });
  });
});
