/**
 * The small IPC protocol between the bench orchestrator and the service processes it forks:
 * a service sends { type: 'ready', url } once listening; the orchestrator sends requests with an id
 * and the service answers { type: 'reply', id, value }.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';

export type ServiceRequest = { id: number; type: 'memory' | 'roundTrips' | 'resetRoundTrips' | 'active' | 'profileStart' | 'profileStop' | 'stop' };

/**
 * HTTP requests this process is still working on for a connected client: a response counts until
 * the handler has ended it or its client went away. (A load run ends with requests in flight; the
 * gateways keep processing those, and the subgraph requests they make still count here.)
 */
const open = new Set<ServerResponse>();
diagnosticsChannel.channel('http.server.request.start').subscribe((message) => {
  open.add((message as { response: ServerResponse }).response);
});
function activeRequests(): number {
  for (const response of open) if (response.writableEnded || response.destroyed) open.delete(response);
  return open.size;
}
export type ServiceMessage = { type: 'ready'; url: string } | { type: 'reply'; id: number; value: unknown } | { type: 'failed'; error: string };

export interface MemoryReading {
  rssMiB: number;
  heapUsedMiB: number;
  /** CPU time the process used so far (user + system), ms. */
  cpuMs: number;
}

export function memoryReading(): MemoryReading {
  const m = process.memoryUsage();
  const cpu = process.cpuUsage();
  return { rssMiB: Math.round(m.rss / 1_048_576), heapUsedMiB: Math.round(m.heapUsed / 1_048_576), cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Serves orchestrator requests in a forked service process; `stop` exits (so --cpu-prof writes its profile). */
export function serveRequests(handlers: Partial<Record<ServiceRequest['type'], () => unknown | Promise<unknown>>>, stop: () => Promise<void>): void {
  process.on('message', async (message: ServiceRequest) => {
    if (message.type === 'stop') {
      await stop().catch(() => undefined);
      process.send?.({ type: 'reply', id: message.id, value: true });
      setTimeout(() => process.exit(0), 50);
      return;
    }
    const value = message.type === 'active' ? activeRequests() : await (handlers[message.type]?.() ?? null);
    process.send?.({ type: 'reply', id: message.id, value } satisfies ServiceMessage);
  });
}

// The orchestrator went away (even while this service was still starting): do not linger.
process.on('disconnect', () => process.exit(0));

export function announce(message: ServiceMessage): void {
  process.send?.(message);
}
