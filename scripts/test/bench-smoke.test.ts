/**
 * CI smoke check of the benchmark (no timing assertions): loads the `xs` slice of scale `s` (200
 * enterprises, 1k applications, 1k disputes, 100 activities) with the bench generators, starts the
 * four subgraphs and our gateway, runs every workload operation once through the gateway and checks
 * the answers, that database round-trips of EnterpriseList do not grow with the page size, and that
 * the Writes mix neither loses nor duplicates a write.
 */
import { randomBytes } from 'node:crypto';
import { config, startSubgraph, SUBGRAPH_NAMES, type RunningSubgraph, type SubgraphName } from '@pecg/common';
import { dropDatabase, testMongoUri } from '@pecg/testing';
import { startGateway, type RunningGateway } from '@pecg/gateway';
import { composeSupergraph, subgraphDefinition } from '@pecg/graph-tools';
import { loadScale } from '../../bench/data/load';
import type { LoadResult } from '../../bench/load';
import { SCALES } from '../../bench/scales';
import { checkWrites, validate } from '../../bench/verify';
import { bodyOf, requestBody, WORKLOADS, workloadByName, type WorkloadContext } from '../../bench/workloads';
import { mintToken } from '@pecg/common';

const scale = SCALES.xs;
const prefix = `bench_smoke_${randomBytes(3).toString('hex')}_`;
const previousPrefix = process.env.DB_PREFIX;
let subgraphs: Array<RunningSubgraph<unknown>> = [];
let gateway: RunningGateway;
const ctx: WorkloadContext = { enterprises: scale.enterprises, runId: `smoke-${randomBytes(3).toString('hex')}` };

async function roundTripsOf(workloadName: string, i: number): Promise<number> {
  const workload = workloadByName(workloadName);
  const token = await mintToken(workload.caller);
  for (const s of subgraphs) s.db.roundTrips.reset();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: requestBody(workload.steps[0], i, ctx),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
  return subgraphs.reduce((sum, s) => sum + s.db.roundTrips.total, 0);
}

beforeAll(async () => {
  process.env.DB_PREFIX = prefix;
  const uri = testMongoUri();
  const loaded = await loadScale(uri, scale);
  expect(loaded.collections['enterprises.enterprises']).toBe(scale.enterprises);
  subgraphs = await Promise.all(
    SUBGRAPH_NAMES.map((name) => startSubgraph(subgraphDefinition(name) as never, { mongodbUri: uri, database: config.databaseName(name), port: 0 })),
  );
  const composed = composeSupergraph();
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  // A correctness check, not a timing one: CI runs two suites at once on a 2-core machine, so
  // subgraph calls get a generous timeout.
  gateway = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    port: 0,
    subgraphTimeoutMs: 60_000,
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
  });
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
  for (const s of subgraphs) await s.stop();
  for (const name of SUBGRAPH_NAMES) await dropDatabase(config.databaseName(name as SubgraphName));
  if (previousPrefix === undefined) delete process.env.DB_PREFIX;
  else process.env.DB_PREFIX = previousPrefix;
});

describe('bench workloads through the gateway (scale xs)', () => {
  it.each(WORKLOADS.filter((w) => !w.writes).map((w) => [w.name]))(
    '%s answers without errors and with the expected shape',
    async (name) => {
      // Two variants of each operation (request 0 and request 5 of a run).
      expect(await validate(gateway.url, workloadByName(name), ctx)).toBeUndefined();
      expect(await validate(gateway.url, workloadByName(name), { ...ctx }, 5)).toBeUndefined();
    },
    150_000,
  );

  it('EnterpriseList: database round-trips per request do not grow with the page size (10 vs 50)', async () => {
    const ten = await roundTripsOf('EnterpriseList first:10', 0);
    const fifty = await roundTripsOf('EnterpriseList first:50', 0);
    expect(ten).toBeGreaterThan(0);
    expect(fifty).toBeLessThanOrEqual(ten);
  }, 60_000);

  it('Writes: every acknowledged write is in the database once, none lost or duplicated', async () => {
    const workload = workloadByName('Writes');
    const token = await mintToken(workload.caller);
    const result = { writtenIds: workload.steps.map(() => [] as string[]) } as unknown as LoadResult;
    for (let i = 0; i < 6; i += 1) {
      const captured: Record<string, unknown> = {};
      for (const [k, step] of workload.steps.entries()) {
        const variables = step.variables(i, ctx, captured);
        const response = await fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: bodyOf(step, variables),
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(step.check(body.data, ctx, variables)).toBeNull();
        if (step.capture) Object.assign(captured, step.capture(body.data));
        result.writtenIds[k].push(step.writtenId!(body.data));
      }
    }
    const check = await checkWrites(testMongoUri(), workload, ctx.runId, result, 0);
    expect(check.detail).toBe(
      "RaiseServiceNeed: 6 acknowledged, 6 of them in service_needs, 6 with this run's marker (6 distinct, 0 in flight at the cut-off); " +
        'AdvanceServiceNeed: 6 acknowledged, 6 of them IN_PROGRESS; ' +
        "CreateApplication: 6 acknowledged, 6 of them in applications, 6 with this run's marker (6 distinct, 0 in flight at the cut-off); " +
        'SubmitApplication: 6 acknowledged, 6 of them SUBMITTED',
    );
    expect(check.ok).toBe(true);
  }, 150_000);
});
