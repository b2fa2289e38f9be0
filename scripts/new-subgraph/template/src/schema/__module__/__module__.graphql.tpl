"Status of a __label__. 状态"
enum __Entity__Status {
  "有效 — active"
  ACTIVE
  "已归档 — archived (final)"
  ARCHIVED
}

"A __label__ kept by __owner__."
type __Entity__ @key(fields: "id") {
  "Stable id."
  id: ID!
  "Title."
  title: String!
  "Details."
  description: String
  "The enterprise it concerns, if any."
  enterprise: Enterprise
  "Status."
  status: __Entity__Status!
  "Chinese label of the status."
  statusLabel: String!
  "Why it was archived."
  archiveReason: String
  "When it was created (server time)."
  createdAt: DateTime!
  "Who created it and when."
  created: ActorStamp!
  "Who changed it last and when."
  updated: ActorStamp!
  "Optimistic-concurrency version: send it back as expectedVersion."
  version: Int!
}

"A page of __entities__."
type __Entity__Connection {
  "The __entities__ on this page."
  edges: [__Entity__Edge!]!
  "Where this page sits."
  pageInfo: PageInfo!
  "Number of __entities__ matching the filter."
  totalCount: Int!
}

"A __label__ in a page."
type __Entity__Edge {
  "Cursor of this item."
  cursor: String!
  "The __label__."
  node: __Entity__!
}

"Filter of the __entity__ list (all conditions must hold)."
input __Entity__Filter {
  "Only these statuses."
  statuses: [__Entity__Status!]
  "Only those about this enterprise."
  enterpriseId: ID
  "Only those created in these months (YYYY-MM, China Standard Time)."
  months: [String!]
  "Title contains this text (case-insensitive)."
  titleContains: String
}

"Sortable fields of the __entity__ list."
enum __Entity__SortField {
  "创建时间 — by creation time"
  CREATED_AT
  "标题 — by title"
  TITLE
}

"Order of the __entity__ list."
input __Entity__Sort {
  "Field to sort by."
  field: __Entity__SortField!
  "Direction (default DESC for CREATED_AT when no sort is given)."
  direction: SortDirection
}

"A new __label__."
input Create__Entity__Input {
  "Title (1–200 characters)."
  title: String!
  "Details (at most 2000 characters)."
  description: String
  "The enterprise it concerns (ENTERPRISE callers: only their own)."
  enterpriseId: ID
}

"Changes to a __label__ (at least one field)."
input Update__Entity__Input {
  "New title."
  title: String
  "New details."
  description: String
}

extend type Query {
  "__Entities__, filtered, sorted and paged (ENTERPRISE callers see their own)."
  __entities__(
    "Conditions."
    filter: __Entity__Filter
    "Order (default CREATED_AT DESC)."
    sort: __Entity__Sort
    "Page size (1 to 100)."
    first: Int = 20
    "Cursor of the last item of the previous page."
    after: String
  ): __Entity__Connection!
  "One __label__ by id (null when it does not exist or the caller may not see it)."
  __entity__("Id." id: ID!): __Entity__
}

extend type Mutation {
  "Creates a __label__ (ADMIN, POLICE)."
  create__Entity__("The __label__." input: Create__Entity__Input!): __Entity__!
  "Changes a __label__ (ADMIN, POLICE); CONFLICT when the version is stale."
  update__Entity__("Id." id: ID!, "Version you read." expectedVersion: Int!, "The changes." input: Update__Entity__Input!): __Entity__!
  "Archives a __label__ with a reason (ADMIN, POLICE); final."
  archive__Entity__("Id." id: ID!, "Version you read." expectedVersion: Int!, "Why (1–500 characters)." reason: String!): __Entity__!
}
