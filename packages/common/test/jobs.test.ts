import path from 'node:path';
import { Writable } from 'node:stream';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { dropDatabase, testMongoUri, uniqueDatabaseName } from '@pecg/testing';
import { createLogger, loadSubgraphTypeDefs, startSubgraph, type RunningSubgraph, type ScheduledJob, type SubgraphDefinition } from '../src';

/**
 * Scheduled jobs on the real database (jobs.ts, agenda): one run across replicas, retries with
 * backoff visible on /ready and /metrics, the schedule kept across a restart. Driven through the
 * scheduler's own API (`runNow`) and agenda's events, never by waiting on the clock.
 */
interface ProbeModels {
  runs: Collection<{ key: string; n: number }>;
}

const COUNT = 'probe.count';
const FAIL = 'probe.fail';
let failing = true;

const probeJobs: ScheduledJob<ProbeModels>[] = [
  {
    name: COUNT,
    // far longer than a test: only runNow makes it due
    every: '1 hour',
    run: async (models) => {
      await models.runs.updateOne({ key: COUNT }, { $inc: { n: 1 } }, { upsert: true });
    },
  },
  {
    name: FAIL,
    every: '1 hour',
    retries: 2,
    run: async () => {
      // a message with personal information: it must reach neither the log nor the job record
      if (failing) throw new Error('SMS to 13800001111 could not be sent');
    },
  },
];

const probe: SubgraphDefinition<ProbeModels> = {
  name: 'approvals',
  typeDefs: loadSubgraphTypeDefs(path.join(__dirname, 'fixtures', 'jobs-probe.graphql')),
  resolvers: { Query: { jobsProbe: () => 'ok' } },
  createModels: (connection: Connection) => ({ runs: connection.db!.collection('job_probe_runs') as unknown as ProbeModels['runs'] }),
  createContext: (base) => base,
  jobs: probeJobs,
};

function logCapture() {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      callback();
    },
  });
  return { logger: createLogger(stream, 'info'), lines, raw };
}

function start(database: string, instance: string, extra: Parameters<typeof startSubgraph>[1] = { mongodbUri: '' }) {
  return startSubgraph(probe, {
    ...extra,
    mongodbUri: testMongoUri(),
    database,
    port: 0,
    opsPort: 0,
    jobs: { enabled: true, processEvery: 20, retryDelayMs: 20, lockLifetimeMs: 1_000, instance },
  });
}

/** Resolves with the event's arguments the next time `sg`'s scheduler emits it. */
function next(sg: RunningSubgraph<ProbeModels>, event: string): Promise<unknown[]> {
  return new Promise((resolve) => sg.jobs!.agenda.once(event, (...args: unknown[]) => resolve(args)));
}

async function readyJobs(sg: RunningSubgraph<ProbeModels>): Promise<Array<Record<string, any>>> {
  const response = await fetch(new URL('ready', sg.opsUrl));
  expect(response.status).toBe(200);
  return ((await response.json()) as { jobs: Array<Record<string, any>> }).jobs;
}

async function metric(sg: RunningSubgraph<ProbeModels>, name: string, job: string): Promise<number | undefined> {
  const text = await (await fetch(new URL('metrics', sg.opsUrl))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(`job="${job}"`));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

async function runCount(sg: RunningSubgraph<ProbeModels>): Promise<number> {
  return (await sg.models.runs.findOne({ key: COUNT }))?.n ?? 0;
}

describe('scheduled jobs', () => {
  const databases: string[] = [];
  const running: Array<RunningSubgraph<ProbeModels>> = [];
  const fresh = () => {
    const name = uniqueDatabaseName('jobs');
    databases.push(name);
    return name;
  };
  const started = async (database: string, instance: string, extra?: Parameters<typeof startSubgraph>[1]) => {
    const sg = await start(database, instance, extra);
    running.push(sg);
    return sg;
  };
  const stop = async (sg: RunningSubgraph<ProbeModels>) => {
    running.splice(running.indexOf(sg), 1);
    await sg.stop();
  };

  afterAll(async () => {
    for (const sg of running) await sg.stop();
    for (const name of databases) await dropDatabase(name);
  });

  it('runs a due job once across two replicas on one database', async () => {
    const database = fresh();
    const a = await started(database, 'replica-a');
    const b = await started(database, 'replica-b');
    const rounds = 6;
    for (let round = 0; round < rounds; round += 1) {
      const done = Promise.race([next(a, `complete:${COUNT}`), next(b, `complete:${COUNT}`)]);
      await (round % 2 ? b : a).jobs!.runNow(COUNT);
      await done;
    }
    // both replicas stop only after any run they hold is complete: every run there was is counted
    const runsA = (await metric(a, 'pecg_job_runs_total', COUNT)) ?? 0;
    const runsB = (await metric(b, 'pecg_job_runs_total', COUNT)) ?? 0;
    await stop(a);
    await stop(b);
    const check = await started(database, 'replica-c');
    expect(await runCount(check)).toBe(rounds);
    expect(runsA + runsB).toBe(rounds);
    // one record per job, whichever replica created it
    expect(await check.db.connection.db!.collection('scheduled_jobs').countDocuments({ name: COUNT })).toBe(1);
    await stop(check);
  });

  it('retries a failing job with growing delays, alerts in the log without personal data, and shows it on /ready and /metrics', async () => {
    failing = true;
    const capture = logCapture();
    const sg = await started(fresh(), 'replica-f', { mongodbUri: '', logger: capture.logger });
    const delays: number[] = [];
    sg.jobs!.agenda.on(`retry:${FAIL}`, (_job: unknown, details: { delay: number }) => delays.push(details.delay));
    const exhausted = next(sg, `retry exhausted:${FAIL}`);
    await sg.jobs!.runNow(FAIL);
    await exhausted;
    await next(sg, `complete:${FAIL}`);

    // one run and two retries, each delay double the one before (exponential backoff)
    expect(delays).toEqual([20, 40]);
    expect(await metric(sg, 'pecg_job_runs_total', FAIL)).toBe(3);
    expect(await metric(sg, 'pecg_job_failures_total', FAIL)).toBe(3);
    expect(await metric(sg, 'pecg_job_last_success_timestamp_seconds', FAIL)).toBeUndefined();

    const [state] = (await readyJobs(sg)).filter((j) => j.name === FAIL);
    expect(state).toMatchObject({ name: FAIL, every: '1 hour', failCount: 3, lastSuccessAt: null, running: false, lastFailure: { reason: 'Error' } });
    expect(Date.parse(state.nextRunAt)).toBeGreaterThan(Date.parse(state.lastRunAt));

    const failures = capture.lines.filter((l) => l.level === 50 && l.job === FAIL);
    expect(failures.filter((l) => l.alert === 'job-failed').map((l) => l.attempt)).toEqual([1, 2, 3]);
    expect(failures.filter((l) => l.alert === 'job-failing')).toHaveLength(1);
    expect(capture.raw.join('\n')).not.toContain('13800001111');
    const record = await sg.db.connection.db!.collection('scheduled_jobs').findOne({ name: FAIL });
    expect(JSON.stringify(record)).not.toContain('13800001111');

    // it recovers: the next run succeeds, the failure count resets and the last success is recorded
    failing = false;
    const recovered = next(sg, `success:${FAIL}`);
    await sg.jobs!.runNow(FAIL);
    await recovered;
    await next(sg, `complete:${FAIL}`);
    const [after] = (await readyJobs(sg)).filter((j) => j.name === FAIL);
    expect(after).toMatchObject({ failCount: 0, lastFailure: { reason: 'Error' } });
    expect(after.lastSuccessAt).toBe(after.lastFinishedAt);
    expect(await metric(sg, 'pecg_job_last_success_timestamp_seconds', FAIL)).toBe(Date.parse(after.lastSuccessAt) / 1000);
    expect(await metric(sg, 'pecg_job_runs_total', FAIL)).toBe(4);
  });

  it('keeps the schedule across a restart: the stored next run is not reset, and the job runs on from it', async () => {
    const database = fresh();
    const first = await started(database, 'replica-r1');
    const [initial] = (await readyJobs(first)).filter((j) => j.name === COUNT);
    // created one period ahead: a new subgraph does not run its jobs at start-up
    expect(initial).toMatchObject({ lastRunAt: null, failCount: 0 });
    const ran = next(first, `complete:${COUNT}`);
    await first.jobs!.runNow(COUNT);
    await ran;
    const [before] = (await readyJobs(first)).filter((j) => j.name === COUNT);
    expect(Date.parse(before.nextRunAt) - Date.parse(before.lastRunAt)).toBe(3_600_000);
    await stop(first);

    const second = await started(database, 'replica-r2');
    const [restarted] = (await readyJobs(second)).filter((j) => j.name === COUNT);
    expect(restarted).toMatchObject({ lastRunAt: before.lastRunAt, nextRunAt: before.nextRunAt, lastSuccessAt: before.lastSuccessAt });
    expect(await runCount(second)).toBe(1);
    expect(await metric(second, 'pecg_job_last_success_timestamp_seconds', COUNT)).toBe(Date.parse(before.lastSuccessAt) / 1000);

    const again = next(second, `complete:${COUNT}`);
    await second.jobs!.runNow(COUNT);
    await again;
    const [continued] = (await readyJobs(second)).filter((j) => j.name === COUNT);
    expect(Date.parse(continued.lastRunAt)).toBeGreaterThan(Date.parse(before.lastRunAt));
    expect(Date.parse(continued.nextRunAt) - Date.parse(continued.lastRunAt)).toBe(3_600_000);
    expect(await runCount(second)).toBe(2);
    await stop(second);
  });

  it('runs no job when jobs are disabled (JOBS_ENABLED=false, as in the test setup)', async () => {
    const sg = await startSubgraph(probe, { mongodbUri: testMongoUri(), database: fresh(), port: 0, opsPort: 0 });
    running.push(sg);
    expect(sg.jobs).toBeUndefined();
    const body: unknown = await (await fetch(new URL('ready', sg.opsUrl))).json();
    expect(body).toMatchObject({ status: 'ready', jobsEnabled: false, jobs: [] });
    await stop(sg);
  });
});
