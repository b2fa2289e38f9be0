"Number of __entities__ in one status (a count row: key, label, count)."
type __Entity__StatusCount {
  "The status."
  key: __Entity__Status!
  "Chinese label of the status."
  label: String!
  "Number of __entities__."
  count: Int!
}

"Statistics of __entities__ (computed in the database)."
type __Entity__Statistics {
  "__Entities__ matching the filter."
  total: Int!
  "__Entities__ by status (every status, zero included)."
  byStatus: [__Entity__StatusCount!]!
  "__Entities__ by month of creation (China Standard Time)."
  byMonth: [MonthCount!]!
}

"What __entities__ can be grouped by in `__entity__Aggregate`."
enum __Entity__Dimension {
  "状态 — the status"
  STATUS
  "企业 — the enterprise (the group carries it)"
  ENTERPRISE
  "时间 — createdAt, bucketed by timeBucket (China Standard Time)"
  TIME
}

"One group of __entities__: its keys, its count."
type __Entity__Group {
  "One key per dimension of groupBy, in its order (value and Chinese label)."
  keys: [AggregateKey!]!
  "The enterprise of the group, when grouped by ENTERPRISE."
  enterprise: Enterprise
  "Number of __entities__ in the group."
  count: Int!
  "Of them, ACTIVE."
  activeCount: Int!
  "activeCount ÷ count, in [0, 1] (null when the group is empty)."
  activeRate: Float
}

"__Entities__ grouped: the groups and their totals (the sum of the groups)."
type __Entity__Aggregate {
  "The groups, ordered by their keys."
  groups: [__Entity__Group!]!
  "Every matching __label__ together (count = the sum of the groups' counts)."
  totals: __Entity__Group!
}

extend type Query {
  "__Entities__ matching the list's filter, grouped by up to 3 dimensions, computed in the database in one aggregation."
  __entity__Aggregate(
    "Which __entities__ (the list's filter)."
    filter: __Entity__Filter
    "Dimensions to group by (none: one group, the totals)."
    groupBy: [__Entity__Dimension!]! = []
    "Width of a TIME group."
    timeBucket: TimeBucket = MONTH
  ): __Entity__Aggregate!
  "Statistics of the __entities__ matching the list's filter (ENTERPRISE callers: their own)."
  __entity__Statistics("Which __entities__ (the list's filter)." filter: __Entity__Filter): __Entity__Statistics!
}
