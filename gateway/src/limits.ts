import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { getNullableType, GraphQLError, isListType, Lexer, Source, TokenKind, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Caller } from '@pecg/common';
import { budgetFor, DEFAULT_PAGE_SIZE, type QueryBudget } from './limits-config';

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

/** The token limit alone (lexing only, no AST): also applied to POST bodies before Apollo parses them. */
export function checkTokenLimit(source: string, budget: QueryBudget, role: string): QueryLimitError | undefined {
  let tokens: number;
  try {
    tokens = countTokens(source);
  } catch {
    return undefined; // a syntax error: the parser reports it
  }
  if (tokens <= budget.maxTokens) return undefined;
  return new QueryLimitError('tokens', budget.maxTokens, tokens, `Token limit exceeded: the document has ${tokens} tokens, the limit for role ${role} is ${budget.maxTokens}.`);
}

/** Express middleware: refuses over-long POSTed documents before they are parsed into an AST. */
export function tokenLimitMiddleware(overrides?: Parameters<typeof budgetFor>[1]): RequestHandler {
  return (req, res, next) => {
    const query: unknown = req.body?.query;
    const caller = res.locals.caller as Caller | undefined;
    if (typeof query !== 'string' || !caller) return next();
    const error = checkTokenLimit(query, budgetFor(caller.role, overrides), caller.role);
    if (!error) return next();
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
    res.status(400).json({ errors: [{ message: error.message, extensions }] });
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
}

/** Returns the first limit the operation breaks, or undefined when it is within the budget. */
export function checkQueryLimits({ schema, document, source, operationName, variables, budget, role }: LimitCheckInput): QueryLimitError | undefined {
  const who = `for role ${role}`;
  const tokenError = checkTokenLimit(source, budget, role);
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
    const found = { depth: `the operation nests ${actual} levels deep`, aliases: `the operation uses ${actual} aliases`, directives: `the operation uses ${actual} directives` }[
      limit as 'depth' | 'aliases' | 'directives'
    ];
    const what = { depth: 'Query depth', aliases: 'Alias', directives: 'Directive' }[limit as 'depth' | 'aliases' | 'directives'];
    return new QueryLimitError(limit, allowed, actual, `${what} limit exceeded: ${found}, the limit ${who} is ${allowed}.`);
  }
  const violations: PageSizeViolation[] = [];
  let cost: number;
  try {
    cost = getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [listAwareEstimator(budget, violations)] });
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

/** The Apollo plugin applying the caller's budget before the gateway plans or calls anything. */
export function queryLimitsPlugin<C extends { caller: Caller }>(overrides?: Parameters<typeof budgetFor>[1]): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, source, operationName, request, schema }) {
          const role = contextValue.caller.role;
          const error = checkQueryLimits({ schema, document, source, operationName, variables: request.variables, budget: budgetFor(role, overrides), role });
          if (error) throw error;
        },
      };
    },
  };
}
