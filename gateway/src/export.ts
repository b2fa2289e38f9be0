import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { config, ErrorCode, type Caller, type Logger } from '@pecg/common';
import { CONTENT_TYPES, contentDisposition, fileStart, pageText, type ExportFormat } from './export-format';
import { AFTER_VARIABLE, ExportInputError, planExport, type ExportPlan } from './export-query';
import { exportParameters, STATUS_BY_CODE } from './export-request';

export interface ExportRouterOptions {
  /** The supergraph the gateway serves (its API schema tells which fields are lists). */
  supergraphSdl: string;
  /** The gateway's authentication gate (puts the verified caller on res.locals.caller). */
  authenticate: RequestHandler;
  /** The gateway's own HTTP server: every page runs through its /graphql, as the caller. */
  server: http.Server;
  logger: Logger;
  /** Largest accepted POST body (MAX_BODY_SIZE). */
  maxBody?: string;
  /** Most rows of one export (default EXPORT_MAX_ROWS). */
  maxRows?: number;
  /** Rows per page asked of the list (default 100, the largest page of every list). */
  pageSize?: number;
}

/** A GraphQL answer of the gateway to one page. */
interface PageAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

type Outcome = 'complete' | 'refused' | 'failed' | 'capped' | 'client disconnected';

class PageError extends Error {
  constructor(readonly answer: PageAnswer) {
    super(answer.body.errors?.[0]?.message ?? `The gateway answered ${answer.status}`);
  }
}

const errorBody = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/** Resolves when `res` can take more (drain) or is gone (close). */
function writable(res: express.Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * `GET /export?query=…&variables=…&operationName=…&format=csv|ndjson` and `POST /export` with
 * `{ query, variables, operationName, format }`: any list of the graph as a CSV or NDJSON download.
 * The query selects one top-level connection with `edges { node { … } }`; the server pages through it
 * (`first: 100`, `after: endCursor`), each page an operation of the gateway's own /graphql with the
 * caller's headers (authentication, limits and cost, PII masking and the subgraphs' PII audit apply
 * as to any operation), and streams the rows as pages arrive, waiting while the client is slow and
 * stopping when it goes away. Before the first byte an error is a JSON GraphQL error; after it, an
 * NDJSON file ends with an `{"error":…}` line and a CSV download is aborted, so a failed export never
 * looks complete (a complete one carries the trailers `x-export-status: complete` and `x-export-rows`).
 * One audit line per export: subject, role, field, format, rows, outcome — never a value.
 */
export function exportRouter(options: ExportRouterOptions): express.Router {
  // built on the first export, not when the gateway starts (most gateways never serve one)
  let schema: GraphQLSchema | undefined;
  const apiSchema = () => (schema ??= Supergraph.build(options.supergraphSdl).apiSchema().toGraphQLJSSchema());
  const pageSize = options.pageSize ?? 100;
  const log = options.logger.child({ component: 'export' });
  const graphqlUrl = () => {
    const address = options.server.address() as AddressInfo;
    const host = ['0.0.0.0', '::', ''].includes(address.address) ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}/graphql`;
  };

  const router = express.Router();
  router.use(options.authenticate);
  router.use(express.json({ limit: options.maxBody ?? config.maxBodySize }));
  router.use(async (req, res) => {
    if (req.path !== '/') {
      res.status(404).json(errorBody(`No export at ${req.originalUrl.split('?')[0]}`, { code: ErrorCode.NOT_FOUND }));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.set('allow', 'GET, POST');
      res.status(405).json(errorBody(`Exports take GET or POST (got ${req.method})`, { code: ErrorCode.BAD_USER_INPUT }));
      return;
    }
    const caller = res.locals.caller as Caller;
    const exportId = randomUUID();
    res.setHeader('x-request-id', exportId);
    const started = Date.now();
    const maxRows = options.maxRows ?? config.exportMaxRows;
    let rootField: string | undefined;
    let format: ExportFormat | undefined;
    let rows = 0;
    const audit = (outcome: Outcome, extra: Record<string, unknown> = {}) =>
      log.info(
        {
          audit: 'export',
          exportId,
          subject: caller.subject,
          role: caller.role,
          ...(caller.enterpriseId ? { enterpriseId: caller.enterpriseId } : {}),
          rootField,
          format,
          rows,
          outcome,
          durationMs: Date.now() - started,
          ...extra,
        },
        'export',
      );
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const run = async (query: string, variables: Record<string, unknown>, operationName?: string): Promise<PageAnswer> => {
      const answer = await fetch(graphqlUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: req.headers.authorization ?? '', 'x-request-id': exportId },
        body: JSON.stringify({ query, variables, operationName }),
        signal: gone.signal,
      });
      return { status: answer.status, body: (await answer.json()) as PageAnswer['body'] };
    };
    const refuse = (status: number, body: unknown, code?: unknown) => {
      res.status(status).json(body);
      audit('refused', { code });
    };

    let plan: ExportPlan | undefined;
    let variables: Record<string, unknown>;
    let operationName: string | undefined;
    try {
      const parameters = exportParameters(req);
      format = parameters.format;
      variables = parameters.variables;
      operationName = parameters.operationName;
      plan = planExport(apiSchema(), parameters.query, parameters.operationName, pageSize);
      if (!plan) {
        // not a valid document of this graph: the gateway's /graphql says why, as it would to any operation
        const answer = await run(parameters.query, variables, operationName).catch((): PageAnswer => ({
          status: 502,
          body: { errors: [{ message: 'The gateway could not run the export.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] },
        }));
        refuse(answer.status === 200 ? 400 : answer.status, { errors: answer.body.errors ?? [] }, answer.body.errors?.[0]?.extensions?.code);
        return;
      }
      rootField = plan.rootField;
    } catch (error) {
      if (!(error instanceof ExportInputError)) throw error;
      refuse(error.status, errorBody(error.message, error.extensions), error.extensions.code);
      return;
    }

    /** One page: its rows, where the next starts, and its count when asked for. */
    const page = async (after: string | null, first: boolean) => {
      const answer = await run(first ? plan.firstPage : plan.nextPages, { ...variables, [AFTER_VARIABLE]: after }, plan.operationName);
      if (answer.status !== 200 || answer.body.errors?.length || !answer.body.data) throw new PageError(answer);
      const connection = answer.body.data[plan.responseKey] as Record<string, unknown> | null;
      const edges = (connection?.[plan.edgesKey] ?? []) as Array<Record<string, unknown> | null>;
      const pageInfo = connection?.pageInfo as { hasNextPage?: boolean; endCursor?: string | null } | undefined;
      return {
        nodes: edges.map((edge) => edge?.[plan.nodeKey] ?? null),
        hasNextPage: Boolean(pageInfo?.hasNextPage),
        endCursor: pageInfo?.endCursor ?? null,
        totalCount: connection?.totalCount as number | undefined,
      };
    };

    let current: Awaited<ReturnType<typeof page>>;
    try {
      current = await page(null, true);
    } catch (error) {
      if (gone.signal.aborted) return audit('client disconnected');
      if (!(error instanceof PageError)) {
        log.error({ err: error, exportId }, 'export failed');
        return refuse(502, errorBody('The gateway could not run the export.', { code: ErrorCode.INTERNAL_SERVER_ERROR }), ErrorCode.INTERNAL_SERVER_ERROR);
      }
      const { status, body } = error.answer;
      const code = body.errors?.[0]?.extensions?.code;
      refuse(status !== 200 ? status : (STATUS_BY_CODE[String(code)] ?? 502), { errors: body.errors ?? [] }, code);
      return;
    }
    if (typeof current.totalCount === 'number' && current.totalCount > maxRows) {
      const message = `The export of Query.${plan.rootField} has ${current.totalCount} rows, more than the limit of ${maxRows} (EXPORT_MAX_ROWS): narrow the filter.`;
      refuse(
        400,
        errorBody(message, { code: ErrorCode.BAD_USER_INPUT, field: plan.rootField, limit: 'exportRows', allowed: maxRows, actual: current.totalCount }),
      );
      return;
    }

    res.status(200);
    res.setHeader('content-type', CONTENT_TYPES[format!]);
    res.setHeader('content-disposition', contentDisposition(plan.rootField, format!));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('trailer', 'x-export-status, x-export-rows');
    if (typeof current.totalCount === 'number') res.setHeader('x-total-count', String(current.totalCount));
    const columns = plan.columns.map((c) => c.split('.'));
    const write = async (text: string) => {
      if (text && !res.write(text)) await writable(res);
    };
    /** After the first byte: NDJSON ends with an error line (no success trailer), CSV is cut off. */
    const failMidStream = (outcome: Outcome, message: string, extensions: Record<string, unknown>) => {
      audit(outcome, { code: extensions.code });
      if (format === 'ndjson') {
        res.addTrailers({ 'x-export-status': outcome, 'x-export-rows': String(rows) });
        res.end(`${JSON.stringify({ error: { message, extensions } })}\n`);
      } else if (res.socket) {
        // what was written reaches the client, then the connection closes without the final chunk: an incomplete download
        const socket = res.socket;
        socket.end(() => socket.destroy());
      } else res.destroy();
    };
    try {
      await write(fileStart(format!, plan.columns));
      let after: string | null = null;
      for (;;) {
        const room = maxRows - rows;
        const more = current.hasNextPage || current.nodes.length > room;
        const fits = current.nodes.length < room;
        if (current.hasNextPage && fits && (!current.endCursor || current.endCursor === after))
          throw new PageError({
            status: 502,
            body: {
              errors: [{ message: `Query.${plan.rootField} gave no new cursor for its next page.`, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
            },
          });
        after = current.endCursor;
        // the next page is asked for while this one is written (one page ahead at most)
        const next = current.hasNextPage && fits ? page(after, false) : undefined;
        next?.catch(() => undefined); // awaited below; a failure while this page is written is reported then
        const taken = current.nodes.slice(0, Math.max(0, room));
        await write(pageText(format!, taken, columns));
        rows += taken.length;
        if (gone.signal.aborted) return audit('client disconnected');
        if (rows >= maxRows && more) {
          const message = `The export of Query.${plan.rootField} stopped at ${maxRows} rows (EXPORT_MAX_ROWS); more rows follow: narrow the filter.`;
          return failMidStream('capped', message, { code: ErrorCode.BAD_USER_INPUT, field: plan.rootField, limit: 'exportRows', allowed: maxRows });
        }
        if (!next) break;
        current = await next;
      }
      res.addTrailers({ 'x-export-status': 'complete', 'x-export-rows': String(rows) });
      res.end();
      audit('complete');
    } catch (error) {
      if (gone.signal.aborted) return audit('client disconnected');
      if (error instanceof PageError) {
        const first = error.answer.body.errors?.[0];
        return failMidStream('failed', first?.message ?? error.message, {
          ...(first?.extensions ?? {}),
          code: first?.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR,
        });
      }
      log.error({ err: error, exportId }, 'export failed');
      failMidStream('failed', 'The export failed.', { code: ErrorCode.INTERNAL_SERVER_ERROR });
    }
  });
  return router;
}
