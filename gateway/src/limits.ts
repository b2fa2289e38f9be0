import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  getNullableType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isListType,
  Lexer,
  Source,
  TokenKind,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Caller, Role } from '@pecg/common';
import { budgetFor, DEFAULT_PAGE_SIZE, type QueryBudget } from './limits-config';
import { LruCache } from './lru';

/**
 * Per-role query limits, checked by the gateway after parsing and validation and before any subgraph
 * is called. Depth, aliases and directives use graphql-armor's rules; the cost estimate uses
 * graphql-query-complexity with the estimator below. Every rejection names the limit, the caller's
 * allowed value and the actual value.
 */
export type LimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'pageSize' | 'cost';

export class QueryLimitError extends GraphQLError {
  constructor(limit: LimitName, allowed: number, actual: number, message: string, code = 'GRAPHQL_VALIDATION_FAILED') {
    super(message, { extensions: { code, limit, allowed, actual, http: { status: 400 } } });
  }
}

/** Lexical tokens of a document (comments excluded), as graphql-js counts them for `maxTokens`. */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

interface PageSizeViolation {
  field: string;
  argument: string;
  value: number;
}

/**
 * Every field costs 1. A field with a `first`/`last` argument multiplies its selection by that value
 * (DEFAULT_PAGE_SIZE when absent); other list fields multiply by DEFAULT_PAGE_SIZE, except the
 * `edges`/`nodes` lists of a connection, which the connection field has already multiplied.
 * Introspection costs nothing. Page sizes above the budget are collected on the way.
 */
function listAwareEstimator(budget: QueryBudget, violations: PageSizeViolation[]): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    for (const argument of ['first', 'last']) {
      const value = args[argument];
      if (typeof value === 'number' && value > budget.maxPageSize) violations.push({ field: `${type.name}.${field.name}`, argument, value });
    }
    const hasPageArg = field.args.some((a) => a.name === 'first' || a.name === 'last');
    let multiplier = 1;
    if (hasPageArg) multiplier = Math.max(0, Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE));
    else if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) multiplier = DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * multiplier;
  };
}

/** Tokens of a document, or null when it does not lex (a syntax error: the parser reports it). */
function tokensOrNull(source: string): number | null {
  try {
    return countTokens(source);
  } catch {
    return null;
  }
}

/**
 * The token limit alone (lexing only, no AST): also applied to POST bodies before Apollo parses them.
 * `tokens` is the document's token count when already known (null: it does not lex).
 */
export function checkTokenLimit(source: string, budget: QueryBudget, role: string, tokens: number | null = tokensOrNull(source)): QueryLimitError | undefined {
  if (tokens === null || tokens <= budget.maxTokens) return undefined;
  return new QueryLimitError(
    'tokens',
    budget.maxTokens,
    tokens,
    `Token limit exceeded: the document has ${tokens} tokens, the limit for role ${role} is ${budget.maxTokens}.`,
  );
}

/** The token limit on a POSTed body, before Apollo parses its document: a 400 answer, or undefined. */
export function tokenLimitAnswer(body: unknown, caller: Caller | undefined, checker: QueryLimitChecker): { status: number; body: unknown } | undefined {
  const query: unknown = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || !caller) return undefined;
  const error = checker.checkTokens(query, caller.role);
  if (!error) return undefined;
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return { status: 400, body: { errors: [{ message: error.message, extensions }] } };
}

/** Express middleware: refuses over-long POSTed documents before they are parsed into an AST. */
export function tokenLimitMiddleware(overrides?: Parameters<typeof budgetFor>[1], checker = new QueryLimitChecker(overrides)): RequestHandler {
  return (req, res, next) => {
    const answer = tokenLimitAnswer(req.body, res.locals.caller as Caller | undefined, checker);
    if (!answer) return next();
    res.status(answer.status).json(answer.body);
  };
}

export interface LimitCheckInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  source: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  budget: QueryBudget;
  role: string;
  /** The document's token count when already known (null: it does not lex); counted when absent. */
  tokens?: number | null;
}

/** Returns the first limit the operation breaks, or undefined when it is within the budget. */
export function checkQueryLimits({ schema, document, source, operationName, variables, budget, role, tokens }: LimitCheckInput): QueryLimitError | undefined {
  const who = `for role ${role}`;
  const tokenError = checkTokenLimit(source, budget, role, tokens === undefined ? tokensOrNull(source) : tokens);
  if (tokenError) return tokenError;
  const armorErrors: GraphQLError[] = [];
  const collect = { propagateOnRejection: false, exposeLimits: true, onReject: [(_ctx: unknown, error: GraphQLError) => void armorErrors.push(error)] };
  validate(schema, document, [
    maxDepthRule({ ...collect, n: budget.maxDepth, ignoreIntrospection: true, flattenFragments: true }),
    maxAliasesRule({ ...collect, n: budget.maxAliases }),
    maxDirectivesRule({ ...collect, n: budget.maxDirectives }),
  ]);
  for (const error of armorErrors) {
    const match = /(depth|Aliases|Directives) limit of (\d+) exceeded, found (\d+)/i.exec(error.message);
    if (!match) return new QueryLimitError('depth', budget.maxDepth, 0, error.message);
    const limit = match[1].toLowerCase() as LimitName;
    const [allowed, actual] = [Number(match[2]), Number(match[3])];
    const found = {
      depth: `the operation nests ${actual} levels deep`,
      aliases: `the operation uses ${actual} aliases`,
      directives: `the operation uses ${actual} directives`,
    }[limit as 'depth' | 'aliases' | 'directives'];
    const what = { depth: 'Query depth', aliases: 'Alias', directives: 'Directive' }[limit as 'depth' | 'aliases' | 'directives'];
    return new QueryLimitError(limit, allowed, actual, `${what} limit exceeded: ${found}, the limit ${who} is ${allowed}.`);
  }
  const violations: PageSizeViolation[] = [];
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [listAwareEstimator(budget, violations)],
    });
  } catch (error) {
    return new QueryLimitError('cost', budget.maxCost, 0, `Cannot estimate the cost of the operation: ${(error as Error).message}`, 'BAD_USER_INPUT');
  }
  if (violations.length > 0) {
    const v = violations[0];
    return new QueryLimitError(
      'pageSize',
      budget.maxPageSize,
      v.value,
      `Page-size limit exceeded: ${v.argument} on ${v.field} is ${v.value}, the limit ${who} is ${budget.maxPageSize}.`,
      'BAD_USER_INPUT',
    );
  }
  if (cost > budget.maxCost) {
    return new QueryLimitError(
      'cost',
      budget.maxCost,
      cost,
      `Cost limit exceeded: the estimated cost is ${cost} (list fields count their selection once per requested item, default ${DEFAULT_PAGE_SIZE}), the limit ${who} is ${budget.maxCost}.`,
    );
  }
  return undefined;
}

/** Entries of each cache of QueryLimitChecker (verdicts per schema, token counts). */
export const LIMIT_CACHE_ENTRIES = 1_000;
/** Documents longer than this (characters) are checked every time and not kept in a cache. */
export const LIMIT_CACHE_MAX_SOURCE = 16 * 1_024;

/** A verdict kept in the cache: the arguments of the QueryLimitError, or null (within the budget). */
type Verdict = { limit: LimitName; allowed: number; actual: number; message: string; code: string } | null;

const toVerdict = (error: QueryLimitError | undefined): Verdict =>
  error
    ? {
        limit: error.extensions.limit as LimitName,
        allowed: error.extensions.allowed as number,
        actual: error.extensions.actual as number,
        message: error.message,
        code: error.extensions.code as string,
      }
    : null;
const fromVerdict = (verdict: Verdict): QueryLimitError | undefined =>
  verdict ? new QueryLimitError(verdict.limit, verdict.allowed, verdict.actual, verdict.message, verdict.code) : undefined;

/**
 * checkQueryLimits with its verdicts remembered: clients send the same few documents again and
 * again, and the verdict depends only on the schema, the caller's budget (role), the document, the
 * operation name and the values of the variables that reach the cost — those used as `first`/`last`
 * arguments or as `@include`/`@skip` conditions. The token count of a document is remembered too (the
 * POST middleware and the check share it). Both caches are bounded LRUs; a new schema starts empty.
 * Variables are still coerced on every request, so invalid variables are refused the same way
 * whether the verdict was cached or not.
 */
export class QueryLimitChecker {
  private readonly verdicts = new WeakMap<GraphQLSchema, LruCache<string, Verdict>>();
  private readonly tokenCounts: LruCache<string, number | null>;
  private readonly costVariableNames = new WeakMap<DocumentNode, readonly string[]>();

  /** `maxEntries` 0: nothing is remembered (every request is checked in full, as before the caches). */
  constructor(
    private readonly overrides?: Parameters<typeof budgetFor>[1],
    private readonly maxEntries = LIMIT_CACHE_ENTRIES,
  ) {
    this.tokenCounts = new LruCache(Math.max(1, maxEntries));
  }

  /** The token count of a document (null: it does not lex), from the cache when seen before. */
  tokens(source: string): number | null {
    if (this.maxEntries === 0 || source.length > LIMIT_CACHE_MAX_SOURCE) return tokensOrNull(source);
    let tokens = this.tokenCounts.get(source);
    if (tokens === undefined) {
      tokens = tokensOrNull(source);
      this.tokenCounts.set(source, tokens);
    }
    return tokens;
  }

  checkTokens(source: string, role: Role): QueryLimitError | undefined {
    return checkTokenLimit(source, budgetFor(role, this.overrides), role, this.tokens(source));
  }

  /** Variables used as `first`/`last` arguments or `@include`/`@skip` conditions anywhere in the document. */
  private costVariables(document: DocumentNode): readonly string[] {
    let names = this.costVariableNames.get(document);
    if (!names) {
      const found = new Set<string>();
      visit(document, {
        Argument(node) {
          if (node.name.value !== 'first' && node.name.value !== 'last' && node.name.value !== 'if') return false;
          visit(node.value, {
            Variable(variable) {
              found.add(variable.name.value);
            },
          });
          return false;
        },
      });
      names = [...found].sort();
      this.costVariableNames.set(document, names);
    }
    return names;
  }

  check(input: Omit<LimitCheckInput, 'budget' | 'tokens' | 'role'> & { role: Role; operation?: OperationDefinitionNode | null }): QueryLimitError | undefined {
    const { schema, document, source, operationName, variables, role } = input;
    const budget = budgetFor(role, this.overrides);
    if (this.maxEntries === 0 || source.length > LIMIT_CACHE_MAX_SOURCE)
      return checkQueryLimits({ schema, document, source, operationName, variables, budget, role });
    let costKey = '';
    const operation = input.operation ?? getOperationAST(document, operationName);
    if (operation?.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {});
      // Invalid variables: the full check, uncached, reports them exactly as before (rare).
      if (coerced.errors) return checkQueryLimits({ schema, document, source, operationName, variables, budget, role, tokens: this.tokens(source) });
      const picked: Record<string, unknown> = {};
      for (const name of this.costVariables(document)) if (name in coerced.coerced) picked[name] = coerced.coerced[name];
      costKey = JSON.stringify(picked);
    }
    let cache = this.verdicts.get(schema);
    if (!cache) {
      cache = new LruCache(this.maxEntries);
      this.verdicts.set(schema, cache);
    }
    const key = `${role}\n${operationName ?? ''}\n${costKey}\n${source}`;
    let verdict = cache.get(key);
    if (verdict === undefined) {
      verdict = toVerdict(checkQueryLimits({ schema, document, source, operationName, variables, budget, role, tokens: this.tokens(source) }));
      cache.set(key, verdict);
    }
    return fromVerdict(verdict);
  }
}

/** The Apollo plugin applying the caller's budget before the gateway plans or calls anything. */
export function queryLimitsPlugin<C extends { caller: Caller }>(
  overrides?: Parameters<typeof budgetFor>[1],
  checker = new QueryLimitChecker(overrides),
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, source, operationName, operation, request, schema }) {
          const error = checker.check({ schema, document, source, operationName, operation, variables: request.variables, role: contextValue.caller.role });
          if (error) throw error;
        },
      };
    },
  };
}
