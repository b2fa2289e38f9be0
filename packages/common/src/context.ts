import type { Caller } from './identity';
import type { Logger } from './logger';
import type { PiiGate } from './pii-audit';

/** What every subgraph's per-request context starts with; subgraphs add their models and loaders. */
export interface BaseContext {
  requestId: string;
  caller: Caller;
  logger: Logger;
  pii: PiiGate;
}
