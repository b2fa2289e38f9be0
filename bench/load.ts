/**
 * The load generator, forked by bench/run.ts as its own process (so its CPU is not the gateway's):
 * drives one workload against one URL with autocannon at a fixed concurrency for a fixed time,
 * verifies responses (status, GraphQL `errors`, and the workload's check on sampled bodies — every
 * body of a write), and sends the figures back over IPC.
 */
import autocannon from 'autocannon';
import { authHeaders } from '@pecg/testing';
import { bodyOf, workloadByName, type WorkloadContext } from './workloads';

export interface LoadJob {
  url: string;
  workload: string;
  ctx: WorkloadContext;
  connections: number;
  /** Seconds measured. */
  duration: number;
  /** Seconds of warm-up before (not measured; 0 for writes). */
  warmup: number;
  /** Parse and check every n-th response body (writes: every body). */
  sampleEvery: number;
}

export interface LoadResult {
  /** Responses received in the measured window. */
  requests: number;
  /** Requests sent (responses + those still in flight when the window closed). */
  sent: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
  /** Socket errors and timeouts, non-2xx responses, bodies with GraphQL errors, failed checks. */
  errors: { socket: number; timeouts: number; non2xx: number; graphql: number; check: number; first?: string };
  /** Responses checked in full. */
  checked: number;
  /** Per step of the workload: responses that were 200, without errors, and passed the check. */
  stepSuccesses: number[];
  /** Writes: per step, the ids its successful responses returned. */
  writtenIds: string[][];
}

async function drive(job: LoadJob, seconds: number, measure: boolean): Promise<LoadResult> {
  const workload = workloadByName(job.workload);
  // One user per connection (distinct tokens, as distinct users send): a gateway that shares
  // identical in-flight subgraph requests can only share them within one user's requests.
  // The user's token for a gateway, and the gateway's 60-second internal assertion for the same caller
  // (what a subgraph called directly accepts; a gateway ignores it), minted per run.
  const tokens = await Promise.all(
    Array.from({ length: job.connections }, (_, k) => authHeaders({ ...workload.caller, subject: `${workload.caller.subject ?? 'bench'}-${k + 1}` })),
  );
  let nextClient = 0;
  const result: LoadResult = {
    requests: 0,
    sent: 0,
    seconds,
    rps: 0,
    latencyMs: { p50: 0, p90: 0, p99: 0, mean: 0, max: 0 },
    errors: { socket: 0, timeouts: 0, non2xx: 0, graphql: 0, check: 0 },
    checked: 0,
    stepSuccesses: workload.steps.map(() => 0),
    writtenIds: workload.steps.map(() => []),
  };
  let counter = measure ? 0 : 1_000_000;
  let responses = 0;
  const fail = (kind: 'non2xx' | 'graphql' | 'check', what: string) => {
    result.errors[kind] += 1;
    result.errors.first ??= what.slice(0, 500);
  };
  const requests = workload.steps.map((step, k) => ({
    method: 'POST' as const,
    setupRequest(request: any, context: any) {
      context.token ??= tokens[nextClient++ % tokens.length];
      if (k === 0) {
        context.i = counter++;
        context.captured = {};
      }
      request.headers = { ...request.headers, ...context.token };
      context.variables = step.variables(context.i, job.ctx, context.captured);
      request.body = bodyOf(step, context.variables);
      return request;
    },
    onResponse(status: number, body: string, context: any) {
      responses += 1;
      if (status !== 200) return fail('non2xx', `HTTP ${status} on ${step.operation}: ${body}`);
      if (body.includes('"errors":')) return fail('graphql', `${step.operation}: ${body}`);
      const full = workload.writes || step.capture || responses % job.sampleEvery === 0;
      if (!full) return void (result.stepSuccesses[k] += 1);
      result.checked += 1;
      let data: unknown;
      try {
        data = (JSON.parse(body) as { data?: unknown }).data;
      } catch {
        return fail('check', `${step.operation}: not JSON: ${body}`);
      }
      const problem = step.check(data, job.ctx, context.variables);
      if (problem) return fail('check', `${step.operation}: ${problem}`);
      if (step.capture) Object.assign(context.captured, step.capture(data));
      result.stepSuccesses[k] += 1;
      if (workload.writes && step.writtenId) result.writtenIds[k].push(step.writtenId(data));
    },
  }));
  const out = await autocannon({
    url: job.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: job.connections,
    duration: seconds,
    requests,
    timeout: 30,
  } as autocannon.Options);
  result.requests = out['2xx'] + out.non2xx;
  result.sent = out.requests.sent;
  result.seconds = out.duration;
  result.rps = result.requests / out.duration;
  result.latencyMs = { p50: out.latency.p50, p90: out.latency.p90, p99: out.latency.p99, mean: out.latency.mean, max: out.latency.max };
  result.errors.socket = out.errors;
  result.errors.timeouts = out.timeouts;
  return result;
}

process.on('message', async (job: LoadJob) => {
  try {
    if (job.warmup > 0) await drive(job, job.warmup, false);
    const result = await drive(job, job.duration, true);
    process.send?.({ ok: true, result });
  } catch (error) {
    process.send?.({ ok: false, error: String((error as Error)?.stack ?? error) });
  }
});
