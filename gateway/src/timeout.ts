import { EventEmitter } from 'node:events';
import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { ROLES, type Role } from '@pecg/common';
import { budgetFor, type QueryBudget } from './limits-config';
import type { GatewayContext } from './subgraph-source';

export const OPERATION_TIMEOUT = 'OPERATION_TIMEOUT';

function timeoutResult(ms: number, role: string): GatewayExecutionResult {
  return {
    errors: [
      new GraphQLError(`Operation timed out: the time limit for role ${role} is ${ms} ms`, {
        extensions: { code: OPERATION_TIMEOUT, limit: 'timeout', allowed: ms },
      }),
    ],
  };
}

/**
 * The abort signal of one operation, handed to undici with every subgraph call of the operation
 * (undici accepts an EventEmitter with `aborted`/`reason`). An EventEmitter rather than an
 * AbortController: Node 20 makes every AbortSignal transferable on creation (`makeTransferable`, a
 * measurable cost per operation), and an EventTarget warns (MaxListenersExceededWarning) once more
 * than 10 calls of one operation are in flight. undici removes its listener when each call
 * completes, so listeners never outlive the calls; their number is the operation's fan-out, hence no
 * limit.
 */
export class OperationSignal extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  constructor() {
    super();
    this.setMaxListeners(0);
  }

  abort(reason: unknown = new DOMException('This operation was aborted', 'AbortError')): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }
}

/**
 * Bounds each operation by its caller's time limit. The operation gets one OperationSignal; it
 * travels in the context (GatewayContext.signal) to every subgraph call of the operation — not in an
 * AsyncLocalStorage, which on Node 20 turns on promise hooks for every promise of the process.
 */
function limitExecutor(executor: GatewayExecutor, budgets?: Partial<Record<Role, Partial<QueryBudget>>>): GatewayExecutor {
  const limits = Object.fromEntries(ROLES.map((role) => [role, budgetFor(role, budgets).timeoutMs])) as Record<Role, number>;
  return async (requestContext) => {
    const context = requestContext.context as unknown as GatewayContext;
    const role = context.caller.role;
    const ms = limits[role];
    let timer: NodeJS.Timeout | undefined;
    const signal = new OperationSignal();
    context.signal = signal;
    const timeout = new Promise<GatewayExecutionResult>((resolve) => {
      timer = setTimeout(() => {
        signal.abort();
        resolve(timeoutResult(ms, role));
      }, ms);
    });
    try {
      return await Promise.race([executor(requestContext), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The gateway, with every operation's execution bounded by its caller's time budget. */
export function withOperationTimeout(gateway: ApolloGateway, budgets?: Partial<Record<Role, Partial<QueryBudget>>>): GatewayInterface {
  return {
    async load(options) {
      const result = await gateway.load(options);
      return { ...result, executor: result.executor && limitExecutor(result.executor, budgets) };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}
