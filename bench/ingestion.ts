import type { LoadJob, LoadResult } from './load';
import { errorCount, type IngestionRecord } from './report';
import type { Stack } from './stack';
import { validate } from './verify';
import { INGESTION, INGESTION_BATCH, type WorkloadContext } from './workloads';

type Runner = { run(job: LoadJob): Promise<LoadResult> };

/**
 * Community safety's ingestion, measured through our gateway: the platform pushing batches of
 * sensing events alone (events/s), the enterprise page alone (its p99), and both at once — the
 * events/s sustained and the page's p99 while the graph ingests. Two load generators (two processes),
 * so the two loads run side by side.
 */
export async function measureIngestion(
  stack: Stack,
  loads: [Runner, Runner],
  scale: { name: string; enterprises: number },
  plan: { duration: number; pushers: number; pageConnections: number },
): Promise<IngestionRecord> {
  const url = stack.targets.gateway!.url;
  const ctx = (tag: string): WorkloadContext => ({ enterprises: scale.enterprises, runId: `${scale.name}-${tag}-${(Date.now() % 1e8).toString(36)}` });
  const invalid = await validate(url, INGESTION, ctx('validate'));
  if (invalid) return { scale: scale.name, batch: INGESTION_BATCH, pushers: plan.pushers, failed: true, detail: invalid };
  const ingest = (tag: string): LoadJob => ({
    url,
    workload: INGESTION.name,
    ctx: ctx(tag),
    connections: plan.pushers,
    duration: plan.duration,
    warmup: 0,
    sampleEvery: 1,
  });
  const page = (tag: string): LoadJob => ({
    url,
    workload: 'EnterprisePage',
    ctx: ctx(tag),
    connections: plan.pageConnections,
    duration: plan.duration,
    warmup: 0,
    sampleEvery: 20,
  });
  await stack.quiet();
  const pushAlone = await loads[0].run(ingest('alone'));
  await stack.quiet();
  const pageAlone = await loads[0].run(page('page-alone'));
  await stack.quiet();
  const [pushDuring, pageDuring] = await Promise.all([loads[0].run(ingest('during')), loads[1].run(page('page-during'))]);
  await stack.quiet();
  const events = (r: LoadResult) => (r.stepSuccesses[0] * INGESTION_BATCH) / r.seconds;
  const failed = [pushAlone, pageAlone, pushDuring, pageDuring].some((r) => errorCount(r) > 0);
  return {
    scale: scale.name,
    batch: INGESTION_BATCH,
    pushers: plan.pushers,
    failed,
    eventsPerSecondAlone: events(pushAlone),
    pushP99MsAlone: pushAlone.latencyMs.p99,
    eventsPerSecondDuringPage: events(pushDuring),
    page: {
      connections: plan.pageConnections,
      rpsAlone: pageAlone.rps,
      p99MsAlone: pageAlone.latencyMs.p99,
      rpsDuring: pageDuring.rps,
      p99MsDuring: pageDuring.latencyMs.p99,
    },
    errors: [pushAlone, pageAlone, pushDuring, pageDuring].map((r) => errorCount(r)),
    ...(failed ? { detail: [pushAlone, pageAlone, pushDuring, pageDuring].map((r) => r.errors.first).find(Boolean) } : {}),
  };
}
