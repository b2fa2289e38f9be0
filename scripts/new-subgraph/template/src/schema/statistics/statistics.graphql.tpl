"Number of __entities__ in one status."
type __Entity__StatusCount {
  "The status."
  status: __Entity__Status!
  "Chinese label of the status."
  statusLabel: String!
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

extend type Query {
  "Statistics of the __entities__ matching the list's filter (ENTERPRISE callers: their own)."
  __entity__Statistics("Which __entities__ (the list's filter)." filter: __Entity__Filter): __Entity__Statistics!
}
