import { composeSupergraph, readCommittedSupergraph } from '../../src/composition';

describe('supergraph composition', () => {
  const outcome = composeSupergraph();

  it('composes without errors', () => {
    expect(outcome.errors).toEqual([]);
  });

  it('produces no hints that matter (inconsistent descriptions, types or values across subgraphs)', () => {
    const allowed = [/^UNUSED_ENUM_TYPE: Enum type "SortDirection"/];
    expect(outcome.hints.filter((hint) => !allowed.some((re) => re.test(hint)))).toEqual([]);
  });

  it('matches the committed schema/supergraph.graphql (run `npm run compose` after changing a subgraph schema)', () => {
    expect(readCommittedSupergraph()).toBe(outcome.supergraphSdl);
  });
});
