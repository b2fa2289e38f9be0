import type express from 'express';
import { ErrorCode } from '@pecg/common';
import { EXPORT_FORMATS, type ExportFormat } from './export-format';
import { ExportInputError } from './export-query';

/** HTTP status of an export refused by an error inside a 200 GraphQL answer (e.g. FORBIDDEN from a subgraph). */
export const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PRECONDITION_FAILED]: 412,
  SUBGRAPH_UNAVAILABLE: 502,
  SUBGRAPH_TIMEOUT: 504,
  OPERATION_TIMEOUT: 504,
};

/** Parameters of GET (query string) and POST (JSON body): query, variables, operationName, format. */
export function exportParameters(req: express.Request): { query: string; variables: Record<string, unknown>; operationName?: string; format: ExportFormat } {
  const source: Record<string, unknown> =
    req.method === 'POST' ? { ...(req.query as object), ...((req.body as object) ?? {}) } : (req.query as Record<string, unknown>);
  const { query, operationName } = source;
  if (typeof query !== 'string' || query.trim() === '')
    throw new ExportInputError('An export needs `query`: a GraphQL query of one list.', { code: ErrorCode.BAD_USER_INPUT, field: 'query' });
  let variables: unknown = source.variables ?? {};
  if (typeof variables === 'string') {
    try {
      variables = variables === '' ? {} : JSON.parse(variables);
    } catch {
      variables = undefined;
    }
  }
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables))
    throw new ExportInputError('`variables` must be a JSON object.', { code: ErrorCode.BAD_USER_INPUT, field: 'variables' });
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    throw new ExportInputError('`operationName` must be a string.', { code: ErrorCode.BAD_USER_INPUT, field: 'operationName' });
  const format = String(source.format ?? 'csv').toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new ExportInputError(`\`format\` must be one of ${EXPORT_FORMATS.join(', ')}; got "${String(source.format)}".`, {
      code: ErrorCode.BAD_USER_INPUT,
      field: 'format',
      value: String(source.format),
    });
  return { query, variables: variables as Record<string, unknown>, operationName: operationName || undefined, format: format as ExportFormat };
}
