import type http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from './logger';

/**
 * Graceful drain of one service (gateway or subgraph), shared by both.
 *
 * On SIGTERM/SIGINT a service (1) turns `/ready` false — the public `/ready` and the operations
 * port's `/ready` answer 503 `{"status":"draining"}` — so a load balancer stops sending it traffic;
 * (2) keeps its listener open but refuses every new request with HTTP 503 and a JSON error
 * (`extensions.code` SHUTTING_DOWN, `Connection: close`), and closes idle keep-alive connections, so
 * clients go elsewhere; `/health` still answers (the process is alive); (3) lets the requests in
 * flight finish within the drain budget (DRAIN_TIMEOUT_MS, longer than the longest operation
 * budget); (4) then closes its listeners and its database, and the process exits 0 — or 1 when the
 * budget expired with requests still in flight, which are logged (method, path, request id, age)
 * and cut.
 *
 * The listener stays open while draining (rather than closing it at once) so that `/ready` can say
 * "draining" and a request that still reaches the instance gets a clear, retryable answer instead of
 * a connection refused.
 */

/** `extensions.code` of a request refused because the service is shutting down (HTTP 503; safe to retry elsewhere). */
export const SHUTTING_DOWN = 'SHUTTING_DOWN';

/** A request that was still in flight when the drain budget expired. */
export interface CutRequest {
  method: string;
  path: string;
  requestId?: string;
  ageMs: number;
}

export interface DrainResult {
  /** Every request in flight finished within the budget. */
  completed: boolean;
  /** Requests in flight when the drain started. */
  inFlightAtStart: number;
  /** Requests still in flight when the budget expired (cut when the server closes). */
  cut: CutRequest[];
  timeoutMs: number;
}

const SERVING = 0;
const NOT_READY = 1;
const DRAINING = 2;

const DRAINING_BODY = JSON.stringify({ status: 'draining', reason: 'shutting down: finishing the requests in flight' });

function send(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(text));
  res.setHeader('connection', 'close');
  res.end(text);
}

/** The path of a request URL, without its query string. */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
}

/**
 * Counts a server's requests in flight and, once draining, answers /ready with 503 and refuses new
 * requests. `wrap` goes around the server's one request listener.
 */
export class DrainGate {
  private state = SERVING;
  private readonly inFlight = new Map<ServerResponse, { req: IncomingMessage; started: number }>();
  private wake?: () => void;
  private result?: Promise<DrainResult>;
  private readonly refusal: string;

  constructor(
    /** What refuses (`the gateway`, `subgraph "<name>"`), named in the refusal message. */
    private readonly service: string,
    private readonly log: Logger,
  ) {
    this.refusal = JSON.stringify({
      errors: [
        {
          message: `${service} is shutting down and accepts no new requests; send the request again (another instance will take it)`,
          extensions: { code: SHUTTING_DOWN },
        },
      ],
    });
  }

  /** /ready is false (not ready or draining). */
  get ready(): boolean {
    return this.state === SERVING;
  }

  get draining(): boolean {
    return this.state === DRAINING;
  }

  /** Requests being served now. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * /ready answers 503 "draining" from now on, while requests are still served: a process that hosts
   * the gateway and the subgraphs marks the subgraphs so while the gateway finishes its operations.
   */
  markNotReady(): void {
    if (this.state === SERVING) this.state = NOT_READY;
  }

  /** The server's request listener, counted and gated. */
  wrap(listener: (req: IncomingMessage, res: ServerResponse) => void): (req: IncomingMessage, res: ServerResponse) => void {
    const inFlight = this.inFlight;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- one shared 'close' listener (no closure per request)
    const gate = this;
    function done(this: ServerResponse): void {
      inFlight.delete(this);
      if (inFlight.size === 0) gate.wake?.();
    }
    return (req, res) => {
      if (this.state !== SERVING) {
        const path = pathOf(req);
        if (path === '/ready') return send(res, 503, DRAINING_BODY);
        if (this.state === DRAINING && path !== '/health') return send(res, 503, this.refusal);
      }
      inFlight.set(res, { req, started: Date.now() });
      res.on('close', done);
      listener(req, res);
    };
  }

  /** Express middleware for the operations port's /ready: 503 "draining" once the service is not ready. */
  readonly readyGuard: RequestHandler = (_req, res, next) => {
    if (this.state === SERVING) return next();
    res.status(503).setHeader('content-type', 'application/json; charset=utf-8').send(DRAINING_BODY);
  };

  /**
   * Starts draining `server` (idempotent): /ready false, new requests refused, idle keep-alive
   * connections closed (those in flight close after their response); resolves when nothing is in
   * flight or after `timeoutMs`, naming what is still in flight.
   */
  drain(server: http.Server, timeoutMs: number): Promise<DrainResult> {
    return (this.result ??= this.run(server, timeoutMs));
  }

  private async run(server: http.Server, timeoutMs: number): Promise<DrainResult> {
    this.state = DRAINING;
    const inFlightAtStart = this.inFlight.size;
    server.closeIdleConnections();
    for (const res of this.inFlight.keys()) if (!res.headersSent) res.setHeader('connection', 'close');
    this.log.info({ inFlight: inFlightAtStart, timeoutMs }, `${this.service} draining`);
    if (this.inFlight.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.wake = undefined;
          resolve();
        }, timeoutMs);
        this.wake = () => {
          clearTimeout(timer);
          this.wake = undefined;
          resolve();
        };
      });
    }
    const now = Date.now();
    const cut = [...this.inFlight.entries()].map(([res, { req, started }]) => {
      const requestId = res.getHeader('x-request-id') ?? req.headers['x-request-id'];
      return { method: req.method ?? '', path: pathOf(req), ...(requestId ? { requestId: String(requestId) } : {}), ageMs: now - started };
    });
    if (cut.length) this.log.error({ cut, timeoutMs }, `${this.service}: the drain budget expired with ${cut.length} request(s) in flight; they are cut`);
    else this.log.info({ inFlightAtStart }, `${this.service} drained`);
    return { completed: cut.length === 0, inFlightAtStart, cut, timeoutMs };
  }

  /** Closes the listener and every connection left (after drain: only requests that were cut). */
  close(server: http.Server): Promise<void> {
    return new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

/**
 * Drains and stops the service(s) of this process on the first SIGTERM or SIGINT, then exits with
 * the code `shutdown` returns (0: drained; 1: the budget expired with work in flight). Further
 * signals while draining are ignored (a terminal's Ctrl-C reaches npm and node both).
 */
export function exitOnTerminationSignal(name: string, shutdown: (signal: NodeJS.Signals) => Promise<number>, log: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, `${name}: already draining`);
      return;
    }
    stopping = true;
    shutdown(signal).then(
      (code) => process.exit(code),
      (error: unknown) => {
        log.fatal({ err: error }, `${name}: stopping failed`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** One line for a service's stop: drained, or what the budget cut. */
export function describeDrain(result: DrainResult): string {
  if (result.completed) return `drained (${result.inFlightAtStart} request(s) were in flight)`;
  const cut = result.cut.map((c) => `${c.method} ${c.path}${c.requestId ? ` [${c.requestId}]` : ''} after ${c.ageMs} ms`).join(', ');
  return `drain budget of ${result.timeoutMs} ms expired; cut ${result.cut.length} request(s): ${cut}`;
}
