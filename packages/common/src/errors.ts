import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from './logger';

/**
 * The fixed set of `extensions.code` values that every subgraph and the gateway return.
 * Expected business failures are thrown as one of the typed errors below; anything else is a bug
 * and is returned as INTERNAL_SERVER_ERROR without its message.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  ILLEGAL_STATE_TRANSITION: 'ILLEGAL_STATE_TRANSITION',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const EXPECTED_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

export abstract class DomainError extends GraphQLError {
  abstract readonly code: ErrorCode;
  constructor(message: string, extensions: Record<string, unknown> = {}, code: ErrorCode) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Input that breaks a rule; `field` names the input path, `value` what was given. */
export class ValidationError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(message: string, details: { field?: string; value?: unknown; issues?: unknown[] } = {}) {
    super(message, details, ErrorCode.BAD_USER_INPUT);
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
  constructor(entity: string, id: string, field = 'id') {
    super(`${entity} with ${field} "${id}" was not found`, { entity, [field]: id }, ErrorCode.NOT_FOUND);
  }
}

/** A write that lost a race (stale version) or breaks a uniqueness rule. */
export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details, ErrorCode.CONFLICT);
  }
}

export class IllegalTransitionError extends DomainError {
  readonly code = ErrorCode.ILLEGAL_STATE_TRANSITION;
  constructor(entity: string, id: string, from: string, to: string, allowed: readonly string[]) {
    super(
      `${entity} "${id}" cannot go from ${from} to ${to}; allowed next states from ${from}: ${allowed.length ? allowed.join(', ') : 'none (final state)'}`,
      { entity, id, from, to, allowed: [...allowed] },
      ErrorCode.ILLEGAL_STATE_TRANSITION,
    );
  }
}

/**
 * The record is not in a state this change applies to — the one error for a wrong current state. With
 * a `reason`, it says which rule (checked before the write: "materials can be handed in only before a
 * decision"); without, it is a conditional change (see `updateVersioned`) whose document has the
 * version the caller read but no longer meets the change's condition.
 */
export class StateConditionError extends DomainError {
  readonly code = ErrorCode.ILLEGAL_STATE_TRANSITION;
  constructor(entity: string, id: string, state?: string, reason?: string) {
    super(
      reason
        ? `${entity} "${id}" is ${state ?? 'in another state'}: ${reason}`
        : `${entity} "${id}" is no longer in a state this change applies to${state ? ` (it is ${state})` : ''}; reload and try again`,
      { entity, id, ...(state ? { from: state } : {}) },
      ErrorCode.ILLEGAL_STATE_TRANSITION,
    );
  }
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
  constructor(message: string) {
    super(message, {}, ErrorCode.FORBIDDEN);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
  constructor(message = 'A valid bearer token is required') {
    super(message, {}, ErrorCode.UNAUTHENTICATED);
  }
}

/**
 * The server lacks reference data it needs to answer (e.g. the official holiday calendar of a
 * year): nothing was changed, and an administrator must act; `extensions.missing` names what.
 */
export class PreconditionFailedError extends DomainError {
  readonly code = ErrorCode.PRECONDITION_FAILED;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details, ErrorCode.PRECONDITION_FAILED);
  }
}

/** Apollo Server `formatError`: keeps expected errors, hides internals of everything else. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof DomainError || (code && EXPECTED_CODES.has(code))) {
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  if (
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'PERSISTED_QUERY_NOT_FOUND' ||
    code === 'OPERATION_RESOLUTION_FAILURE' ||
    code === 'BAD_REQUEST'
  ) {
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  logger.error(
    { err: original instanceof Error ? { name: original.name, message: original.message, stack: original.stack } : String(original), path: formatted.path },
    'unexpected error',
  );
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
