import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The abort signal of the operation being executed: fired when the operation passes its time limit,
 * so the subgraph calls still in flight are cancelled instead of running on for nobody.
 */
export const operationSignal = new AsyncLocalStorage<AbortSignal>();
