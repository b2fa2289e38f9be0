import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, O } from './helpers';

/** Enterprise and PoliceOfficer are entities: other subgraphs refer to them by id and the gateway asks this subgraph. */
describe('Enterprise and PoliceOfficer as federation entities', () => {
  let sg: TestSubgraph<any>;
  beforeAll(async () => {
    sg = await startTestSubgraph(enterprisesSubgraph as never, { seed: true });
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('resolves references through _entities with one batched load per type', async () => {
    sg.db.roundTrips.reset();
    const { _entities } = dataOf(
      await sg.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Enterprise { id name categoryLabel } ... on PoliceOfficer { id unit workstation } } }`,
        {
          r: [
            { __typename: 'Enterprise', id: E(103) },
            { __typename: 'PoliceOfficer', id: O(9) },
            { __typename: 'Enterprise', id: E(2) },
            { __typename: 'Enterprise', id: 'ffffffffffffffffffffffff' },
          ],
        },
      ),
    );
    expect(_entities[0]).toEqual({ __typename: 'Enterprise', id: E(103), name: '四川新四方肥业有限公司', categoryLabel: '规上企业' });
    expect(_entities[1]).toEqual({ __typename: 'PoliceOfficer', id: O(9), unit: '治安大队', workstation: '万象警务工作站' });
    expect(_entities[2].id).toBe(E(2));
    expect(_entities[3]).toBeNull();
    expect(sg.db.roundTrips.byCommand.get('find')).toBe(2);
  });
});
