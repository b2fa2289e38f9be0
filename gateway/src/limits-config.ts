import { config, type Role } from '@pecg/common';

/**
 * Query budgets of the gateway — the one place they are configured. Every operation is checked
 * against its caller's budget after parsing and validation and before any subgraph is called.
 * ANALYST writes ad-hoc queries over the whole graph and gets the larger budget.
 */
export interface QueryBudget {
  /** Deepest field nesting (fragments followed). */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directive uses in one operation. */
  maxDirectives: number;
  /** Lexical tokens of the whole document. */
  maxTokens: number;
  /** Estimated cost: every field costs 1, list fields multiply their selection by the requested `first` (default page size). */
  maxCost: number;
  /** Largest `first`/`last` argument on any list field. */
  maxPageSize: number;
  /** Wall-clock time for the whole operation, subgraph calls included. */
  timeoutMs: number;
}

/** Page size assumed for list fields without an explicit `first` (matches the subgraphs' default). */
export const DEFAULT_PAGE_SIZE = 20;

const STANDARD: QueryBudget = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 1_000,
  /**
   * 8 000: a list page with fields from every subgraph must fit — the frontend's enterprise list
   * (bench/workloads/EnterpriseList.graphql, three nested lists of 3: about 34 per item) costs 1 701
   * at 50 items and 3 401 at the largest page (100); with one nested list at its default page size
   * (about 68 per item) 3 401 and 6 801; a 50-item page may carry up to ~160 per item. Three nested lists at
   * the default page size (1 + 20 × (1 + 20 × (1 + 20)) = 8 421) stay out.
   */
  maxCost: 8_000,
  maxPageSize: 100,
  timeoutMs: 10_000,
};

export const QUERY_BUDGETS: Record<Role, QueryBudget> = {
  ADMIN: STANDARD,
  POLICE: STANDARD,
  ENTERPRISE: STANDARD,
  MEDIATOR: STANDARD,
  DEPARTMENT: STANDARD,
  ANALYST: { maxDepth: 14, maxAliases: 50, maxDirectives: 30, maxTokens: 4_000, maxCost: 50_000, maxPageSize: 100, timeoutMs: 30_000 },
};

/** Per-subgraph fetch timeout (a subgraph that does not answer in time yields an error for its part only). */
export const SUBGRAPH_TIMEOUT_MS = config.subgraphTimeoutMs;

export function budgetFor(role: Role, overrides?: Partial<Record<Role, Partial<QueryBudget>>>): QueryBudget {
  return { ...QUERY_BUDGETS[role], ...(overrides?.[role] ?? {}) };
}

/** The largest token budget of any role: the parser stops there before any per-role check runs. */
export function largestTokenBudget(overrides?: Partial<Record<Role, Partial<QueryBudget>>>): number {
  return Math.max(...(Object.keys(QUERY_BUDGETS) as Role[]).map((role) => budgetFor(role, overrides).maxTokens));
}
