import type { Caller } from './identity';
import type { Logger } from './logger';
import type { PiiGate } from './pii-audit';

/** What every subgraph's per-request context starts with; subgraphs add their models and loaders. */
export interface BaseContext {
  /** The gateway's id of this request (every log line and audit record carries it). */
  requestId: string;
  /** The id the client sent with its request, if any (kept beside the server's own). */
  clientRequestId?: string;
  caller: Caller;
  logger: Logger;
  pii: PiiGate;
}
