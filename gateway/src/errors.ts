import type { GraphQLFormattedError } from 'graphql';
import { formatError } from '@pecg/common';
import { SUBGRAPH_ERROR_CODES } from './subgraph-source';
import { OPERATION_TIMEOUT } from './timeout';

const GATEWAY_CODES = new Set<string>([...SUBGRAPH_ERROR_CODES, OPERATION_TIMEOUT]);

/** The shared formatError, plus the gateway's own codes (a subgraph down or slow, an operation timed out). */
export function gatewayFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GATEWAY_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  return formatError(formatted, error);
}
