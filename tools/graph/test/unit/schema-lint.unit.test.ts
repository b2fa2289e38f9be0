import { readCommittedSupergraph } from '../../src/composition';
import { lintSupergraph } from '../../src/schema-lint';

const BASE = `
type Query { _ok: Boolean }
enum SortDirection { ASC DESC }
enum Status { OPEN DONE }
enum TimeBucket { DAY WEEK MONTH QUARTER YEAR }
type AggregateKey { dimension: String! value: String label: String! }
type PageInfo { hasNextPage: Boolean! endCursor: String }
type Thing { id: ID! name: String }
type ThingEdge { cursor: String! node: Thing! }
type ThingConnection { edges: [ThingEdge!]! pageInfo: PageInfo! totalCount: Int! }
input ThingSort { field: String! direction: SortDirection }
`;

describe('the analysts’ contract, checked over the composed supergraph (docs/CONVENTIONS.md)', () => {
  it('the committed supergraph keeps it: no violation', () => {
    expect(lintSupergraph(readCommittedSupergraph())).toEqual([]);
  });

  it('finds a singular enum condition, a list under a singular name, a month field and a lone …From', () => {
    const sdl = `${BASE} input ThingFilter { status: Status  kind: [Status!]  month: String  startsFrom: String  doneFrom: DateTime  at: DateTime }
      scalar DateTime
      extend type Query { things(filter: ThingFilter, sort: ThingSort, first: Int = 20, after: String): ThingConnection! }`;
    expect(lintSupergraph(sdl)).toEqual(
      expect.arrayContaining([
        'ThingFilter.status: a condition on an enum is a plural list ([Status!])',
        'ThingFilter.kind: a list of Status has a plural name',
        'ThingFilter.month: month keys are months: [String!]',
        'ThingFilter.doneFrom: has no doneBefore',
        'ThingFilter.at: a time range is <event>From / <event>Before',
      ]),
    );
  });

  it('finds lists without filter / sort / first / after or with another default, and nested lists of records without first', () => {
    const sdl = `${BASE} type Parent { id: ID! children: [Thing!]! latest(first: Int = 5): [Thing!]! }
      extend type Query { things(first: Int): ThingConnection!  parent: Parent }`;
    expect(lintSupergraph(sdl)).toEqual(
      expect.arrayContaining([
        'Query.things: a list takes filter',
        'Query.things: a list takes sort',
        'Query.things: a connection takes after',
        'Query.things: first defaults to 20 (written in the SDL: first: Int = 20), not undefined',
        'Parent.children: a list of records takes first (default 20, at most 100)',
        'Parent.latest: first defaults to 20 (written in the SDL: first: Int = 20), not 5',
      ]),
    );
  });

  it('finds count rows without { key label count }, an untyped key, ratios not named …Rate, statistics without the filter, and malformed aggregates', () => {
    const sdl = `${BASE} type StatusCount { status: Status! count: Int! }
      type AnyCount { key: String! label: String! count: Int! }
      type ThingStatistics { doneShare: Float! openRate: Int! byStatus: [StatusCount!]! any: [AnyCount!]! }
      enum ThingDimension { STATUS }
      type ThingGroup { keys: [String!]! count: Int! }
      type ThingAggregate { groups: [ThingGroup!]! totals: ThingGroup! }
      extend type Query { thingStatistics: ThingStatistics!  thingAggregate(groupBy: [ThingDimension!]!): ThingAggregate! }`;
    expect(lintSupergraph(sdl)).toEqual(
      expect.arrayContaining([
        'StatusCount: a count row has key',
        'StatusCount: a count row has label: String!',
        "AnyCount.key: is the dimension's enum, an ID, or a time key in a time row (non-null), not String!",
        "ThingStatistics.doneShare: a ratio's name ends in Rate",
        'ThingStatistics.openRate: a rate is a Float in [0, 1]',
        "Query.thingStatistics: statistics take the list's filter",
        "Query.thingAggregate: an aggregate takes the list's filter",
        'ThingDimension: has a TIME dimension',
        'Query.thingAggregate: takes timeBucket: TimeBucket',
        'ThingGroup.keys: is [AggregateKey!]!',
      ]),
    );
  });

  it('deprecated old names are not checked (they are the aliases kept for one release)', () => {
    const sdl = `${BASE} input ThingFilter { statuses: [Status!] status: Status @deprecated(reason: "Use statuses.") months: [String!] month: String @deprecated(reason: "Use months.") }
      extend type Query { things(filter: ThingFilter, sort: ThingSort, first: Int = 20, after: String): ThingConnection! }`;
    expect(lintSupergraph(sdl)).toEqual([]);
  });
});
