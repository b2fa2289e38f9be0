import { randomUUID } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import type { Agent } from 'undici';
import { ErrorCode, INTERNAL_HEADER, type Caller, type Logger } from '@pecg/common';
import type { InternalAssertions } from './subgraph-source';

export interface DocumentRouterOptions {
  /**
   * `documents` (default): GET/HEAD /documents/<subgraph>/<path> → GET /documents/<path> on the subgraph.
   * `hooks`: POST /hooks/<subgraph>/<path> with a JSON body (a system pushing data, e.g. the cloud
   * prevention platform's sensing events) → POST /hooks/<path> on the subgraph, body passed on.
   */
  kind?: 'documents' | 'hooks';
  /** Largest body a hook accepts (MAX_BODY_SIZE). */
  maxBody?: string;
  /** Subgraph URLs (their /graphql endpoints) by name, as the gateway calls them. */
  urls: Readonly<Record<string, string>>;
  /** The gateway's authentication gate (puts the verified caller on res.locals.caller). */
  authenticate: RequestHandler;
  assertions: InternalAssertions;
  agent: Agent;
  logger: Logger;
}

/** Headers of a subgraph's document answer passed on to the client. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'content-length'];
const SEGMENT = /^[a-z][a-z0-9-]*$/;

/** A path segment that names something: not empty, not `.` or `..` (also percent-encoded), no encoded slash. */
function plainSegment(segment: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return false;
  }
  return decoded !== '' && decoded !== '.' && decoded !== '..' && !/[/\\]/.test(decoded);
}

const fail = (res: express.Response, status: number, message: string, extensions: Record<string, unknown>) =>
  res.status(status).json({ errors: [{ message, extensions }] });

/**
 * GET /documents/<subgraph>/<path>: a document a subgraph serves (a printable agreement, a report),
 * forwarded to GET /documents/<path> on that subgraph's URL from the supergraph, with the verified
 * caller's internal assertion and a request id — exactly as GraphQL requests are, so the subgraph
 * decides what the caller may see and masks personal information per role. Nothing here knows any
 * subgraph's documents.
 */
export function documentsRouter(options: DocumentRouterOptions): express.Router {
  const kind = options.kind ?? 'documents';
  const router = express.Router();
  router.use(options.authenticate);
  if (kind === 'hooks') router.use(express.json({ limit: options.maxBody ?? '1mb' }));
  router.use(async (req, res) => {
    const allowed = kind === 'hooks' ? ['POST'] : ['GET', 'HEAD'];
    if (!allowed.includes(req.method)) {
      res.set('allow', allowed.join(', '));
      fail(res, 405, kind === 'hooks' ? `Hooks take POST with a JSON body (got ${req.method})` : `Documents are read with GET (got ${req.method})`, {
        code: ErrorCode.BAD_USER_INPUT,
      });
      return;
    }
    const [, subgraph, ...rest] = req.path.split('/');
    const base = SEGMENT.test(subgraph ?? '') ? options.urls[subgraph] : undefined;
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const target = base && rest.length && rest.every(plainSegment) ? new URL(`/${kind}/${rest.join('/')}${query}`, base) : undefined;
    // never anything but the subgraph's documents or hooks (no way out, e.g. to its /graphql past the gateway's limits)
    if (!target || !target.pathname.startsWith(`/${kind}/`)) {
      fail(res, 404, `No ${kind === 'hooks' ? 'hook' : 'document'} at ${req.originalUrl.split('?')[0]}`, { code: ErrorCode.NOT_FOUND });
      return;
    }
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    try {
      const answer = await options.agent.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: req.method as 'GET' | 'HEAD' | 'POST',
        headers: {
          [INTERNAL_HEADER]: await options.assertions.for(res.locals.caller as Caller),
          'x-request-id': requestId,
          accept: req.headers.accept ?? '*/*',
          ...(kind === 'hooks' ? { 'content-type': 'application/json' } : {}),
        },
        ...(kind === 'hooks' ? { body: JSON.stringify(req.body ?? null) } : {}),
      });
      const body = Buffer.from(await answer.body.arrayBuffer());
      res.status(answer.statusCode);
      for (const name of PASSED_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) res.setHeader(name, value);
      }
      res.setHeader('cache-control', 'no-store');
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      options.logger.warn({ err: error, subgraph, requestId }, `${kind} request failed`);
      fail(res, 502, `Subgraph "${subgraph}" is unavailable`, { code: 'SUBGRAPH_UNAVAILABLE', subgraph });
    }
  });
  return router;
}
