import { Types } from 'mongoose';
import { config, connectDatabase } from '@pecg/common';
import { authHeaders } from '@pecg/testing';
import type { LoadResult } from './load';
import { bodyOf, MARKER_PREFIX, type Workload, type WorkloadContext } from './workloads';

/** Checks shared by `npm run bench` and the CI smoke test (gateway/test/bench-smoke.test.ts). */

/** One pass of every step of a workload, with full checks: the workload is answerable there. */
export async function validate(url: string, workload: Workload, ctx: WorkloadContext, i = 0): Promise<string | undefined> {
  const headers = await authHeaders(workload.caller);
  const captured: Record<string, unknown> = {};
  for (const step of workload.steps) {
    const variables = step.variables(i, ctx, captured);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: bodyOf(step, variables),
    });
    const text = await response.text();
    if (response.status !== 200) return `HTTP ${response.status}: ${text.slice(0, 400)}`;
    const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }> };
    if (body.errors?.length)
      return `${step.operation}: ${body.errors
        .map((e) => e.message)
        .join('; ')
        .slice(0, 600)}`;
    const problem = step.check(body.data, ctx, variables);
    if (problem) return `${step.operation}: ${problem}`;
    if (step.capture) Object.assign(captured, step.capture(body.data));
  }
  return undefined;
}

/**
 * Counts a write run's documents in the subgraphs' databases. For each creating step: every document
 * a successful response returned is there (none lost), no marker occurs twice (none duplicated), and
 * the only extra documents are requests still in flight when the measured window closed (at most one
 * per connection). For each advancing step: every document it acknowledged has the new status.
 */
export async function checkWrites(
  uri: string,
  workload: Workload,
  runId: string,
  result: Pick<LoadResult, 'writtenIds'>,
  connections: number,
): Promise<{ ok: boolean; detail: string }> {
  const details: string[] = [];
  let ok = true;
  for (const [k, step] of workload.steps.entries()) {
    if (!step.stored) continue;
    const { subgraph, collection, markerField, status } = step.stored;
    const handle = await connectDatabase(uri, config.databaseName(subgraph));
    try {
      const docs = handle.connection.db!.collection(collection);
      const ids = result.writtenIds[k].map((id) => new Types.ObjectId(id));
      if (markerField) {
        const match = { [markerField]: { $regex: `^${MARKER_PREFIX} ${runId} #` } };
        const [total, distinct, found] = await Promise.all([
          docs.countDocuments(match),
          docs.aggregate([{ $match: match }, { $group: { _id: `$${markerField}` } }, { $count: 'n' }]).toArray(),
          docs.countDocuments({ ...match, _id: { $in: ids } }),
        ]);
        const unique = (distinct[0]?.n as number | undefined) ?? 0;
        const inFlight = total - ids.length;
        const stepOk = found === ids.length && unique === total && inFlight >= 0 && inFlight <= connections;
        ok &&= stepOk;
        details.push(
          `${step.operation}: ${ids.length} acknowledged, ${found} of them in ${collection}, ${total} with this run's marker (${unique} distinct, ${inFlight} in flight at the cut-off)${stepOk ? '' : ' — WRONG'}`,
        );
      } else {
        const found = await docs.countDocuments({ _id: { $in: ids }, status });
        const stepOk = found === ids.length;
        ok &&= stepOk;
        details.push(`${step.operation}: ${ids.length} acknowledged, ${found} of them ${status}${stepOk ? '' : ' — WRONG'}`);
      }
    } finally {
      await handle.close();
    }
  }
  return { ok, detail: details.join('; ') };
}
