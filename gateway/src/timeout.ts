import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import type { Role } from '@pecg/common';
import { budgetFor, type QueryBudget } from './limits-config';
import { operationSignal } from './operation-signal';
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

function limitExecutor(executor: GatewayExecutor, budgets?: Partial<Record<Role, Partial<QueryBudget>>>): GatewayExecutor {
  return async (requestContext) => {
    const caller = (requestContext.context as unknown as GatewayContext).caller;
    const ms = budgetFor(caller.role, budgets).timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const controller = new AbortController();
    const timeout = new Promise<GatewayExecutionResult>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve(timeoutResult(ms, caller.role));
      }, ms);
    });
    try {
      return await Promise.race([operationSignal.run(controller.signal, () => executor(requestContext)), timeout]);
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
