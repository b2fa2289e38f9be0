import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda, exponential, type Job } from 'agenda';
import type { Db } from 'mongodb';
import type { Connection } from 'mongoose';
import { DomainError } from './errors';
import type { Logger } from './logger';
import type { JobMetrics } from './metrics';

/**
 * Scheduled jobs of a subgraph (the time rules: deadlines, expiries), run by agenda
 * (https://github.com/agenda/agenda) in the subgraph's own database, collection `scheduled_jobs`:
 * - on the server clock: `run(models, now)` gets the time the run started;
 * - once across replicas: every replica polls, and a due job is taken by one of them with an atomic
 *   lock (findOneAndUpdate on `lockedAt`); a lock left by a crashed replica expires after
 *   `lockLifetimeMs`;
 * - across restarts: the next run is stored with the job and kept when a replica starts again;
 * - a failed run is retried with exponential backoff, and each failure is logged at error level
 *   (the job's name, attempt and a reason without personal information: see `failureReason`).
 */
export interface ScheduledJob<M> {
  /** Unique within the subgraph, e.g. `approvals.deadlines`. */
  name: string;
  /** How often: an interval in words (`1 minute`, `30 seconds`) or a cron expression. */
  every: string;
  /** One run at the server's clock (`now`); must be idempotent (a retried run repeats it). */
  run(models: M, now: Date): Promise<unknown>;
  /** Retries after a failed run before waiting for the next scheduled run (default 3). */
  retries?: number;
  /** Delay before the first retry, doubled for each next one (default 5000 ms). */
  retryDelayMs?: number;
  /** A replica that holds a run longer than this is presumed dead and the lock is taken over (default 10 min). */
  lockLifetimeMs?: number;
}

/** What the operations port's /ready shows of a job (all read from the database: every replica agrees). */
export interface JobState {
  name: string;
  every: string | null;
  /** Start of the latest run (null: never ran). */
  lastRunAt: Date | null;
  lastFinishedAt: Date | null;
  /** End of the latest successful run (null when the latest run failed or none ran). */
  lastSuccessAt: Date | null;
  nextRunAt: Date | null;
  /** Failures since the last success (0 after a success). */
  failCount: number;
  lastFailure: { at: Date; reason: string } | null;
  /** A replica is running it now. */
  running: boolean;
}

export interface JobSchedulerOptions {
  /** How often each replica looks for due jobs (default 5 s; tests use a few ms). */
  processEvery?: number | string;
  /** Overrides every job's first retry delay (tests). */
  retryDelayMs?: number;
  /**
   * Overrides every job's lock lifetime (tests: agenda checks a running job's lock every half lifetime
   * with a timer that outlives the run, so a short lifetime lets the test process exit promptly).
   */
  lockLifetimeMs?: number;
  /** Name of this replica in the job records (`lastModifiedBy`). */
  instance?: string;
}

/** The collection of a subgraph's job records (in its own database). */
export const JOBS_COLLECTION = 'scheduled_jobs';

const DEFAULT_RETRIES = 3;
const DEFAULT_RETRY_DELAY_MS = 5_000;
const DEFAULT_LOCK_LIFETIME_MS = 10 * 60_000;
const REASON_MAX = 200;

/**
 * A failure's reason as logged and stored: the message of a domain error (written for clients, so
 * free of personal information); for any other error only its class and code — a driver's message
 * can quote the values of a document.
 */
export function failureReason(error: unknown): string {
  if (error instanceof DomainError) return `${error.code}: ${error.message}`.slice(0, REASON_MAX);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return (typeof code === 'string' || typeof code === 'number' ? `${error.name} (${code})` : error.name).slice(0, REASON_MAX);
  }
  return typeof error;
}

interface JobRecord {
  _id: unknown;
  name: string;
  repeatInterval?: string | null;
  nextRunAt?: Date | null;
  lastRunAt?: Date | null;
  lastFinishedAt?: Date | null;
  failedAt?: Date | null;
  failCount?: number | null;
  failReason?: string | null;
  lockedAt?: Date | null;
}

function stateOf(record: JobRecord): JobState {
  const failedAt = record.failedAt ?? null;
  const finished = record.lastFinishedAt ?? null;
  const succeeded = finished !== null && (failedAt === null || finished.getTime() > failedAt.getTime());
  return {
    name: record.name,
    every: record.repeatInterval ?? null,
    lastRunAt: record.lastRunAt ?? null,
    lastFinishedAt: finished,
    lastSuccessAt: succeeded ? finished : null,
    nextRunAt: record.nextRunAt ?? null,
    failCount: record.failCount ?? 0,
    lastFailure: failedAt ? { at: failedAt, reason: record.failReason ?? 'unknown' } : null,
    running: Boolean(record.lockedAt) && (record.lastRunAt ?? null) !== null && (finished === null || record.lastRunAt!.getTime() > finished.getTime()),
  };
}

/** The jobs of one subgraph replica: `start()` with the subgraph, `stop()` before its database closes. */
export class JobScheduler<M> {
  /** The agenda instance (tests await its `complete:<name>` / `fail:<name>` events). */
  readonly agenda: Agenda;
  private readonly db: Db;
  /** Runs of this replica between agenda's `start` and `complete` (its record saved). */
  private inFlight = 0;
  private idle: Array<() => void> = [];

  constructor(
    private readonly jobs: readonly ScheduledJob<M>[],
    private readonly models: M,
    connection: Connection,
    private readonly log: Logger,
    private readonly metrics: JobMetrics,
    options: JobSchedulerOptions = {},
  ) {
    const names = jobs.map((j) => j.name);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) throw new Error(`scheduled job "${duplicate}" is declared twice`);
    this.db = connection.db as unknown as Db;
    this.agenda = new Agenda({
      // the subgraph's own connection: agenda never closes it (stop() leaves it to the subgraph)
      backend: new MongoBackend({ mongo: this.db as never, collection: JOBS_COLLECTION, ...(options.instance ? { name: options.instance } : {}) }),
      processEvery: options.processEvery ?? '5 seconds',
      ...(options.instance ? { name: options.instance } : {}),
    });
    this.agenda.on('error', (error: Error) => this.log.error({ errorName: error.name }, 'job scheduler error'));
    this.agenda.on('start', () => {
      this.inFlight += 1;
    });
    this.agenda.on('complete', () => {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const resolve of this.idle.splice(0)) resolve();
    });
    for (const job of jobs) {
      const delay = options.retryDelayMs ?? job.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS;
      this.agenda.define(job.name, (run: Job) => this.execute(job, run), {
        concurrency: 1,
        lockLimit: 1,
        lockLifetime: options.lockLifetimeMs ?? job.lockLifetimeMs ?? DEFAULT_LOCK_LIFETIME_MS,
        backoff: exponential({ delay, factor: 2, maxRetries: job.retries ?? DEFAULT_RETRIES }),
      });
      this.agenda.on(`retry exhausted:${job.name}`, (_error: Error, run: Job) => {
        this.log.error(
          { job: job.name, failCount: run.attrs.failCount, nextRunAt: run.attrs.nextRunAt ?? null, alert: 'job-failing' },
          'scheduled job: retries exhausted, waiting for the next scheduled run',
        );
      });
    }
  }

  private async execute(job: ScheduledJob<M>, run: Job): Promise<void> {
    const attempt = (run.attrs.failCount ?? 0) + 1;
    this.metrics.runs.inc({ job: job.name });
    try {
      await job.run(this.models, new Date());
      this.metrics.lastSuccess.set({ job: job.name }, Date.now() / 1000);
    } catch (error) {
      this.metrics.failures.inc({ job: job.name });
      const reason = failureReason(error);
      this.log.error({ job: job.name, attempt, reason, alert: 'job-failed' }, 'scheduled job failed');
      // agenda stores the message as the record's failReason: store the PII-free reason
      throw new Error(reason);
    }
  }

  /** Creates each job's record unless present (its stored next run is kept), then starts polling. */
  async start(): Promise<void> {
    const collection = this.db.collection<JobRecord>(JOBS_COLLECTION);
    // one record per job name, whichever replica creates it first (an upsert race loses on this index)
    await collection.createIndex({ name: 1 }, { unique: true, name: 'name_unique' });
    for (const job of this.jobs) {
      const record = this.agenda.create(job.name);
      record.repeatEvery(job.every, { skipImmediate: true });
      record.unique({ name: job.name }, { insertOnly: true });
      try {
        await record.save();
      } catch (error) {
        if ((error as { code?: unknown }).code !== 11000) throw error;
      }
      // a changed interval applies from the stored next run on
      await collection.updateOne({ name: job.name, repeatInterval: { $ne: job.every } }, { $set: { repeatInterval: job.every } });
    }
    this.metrics.refresh = () => this.refreshMetrics();
    await this.refreshMetrics();
    await this.agenda.start();
    this.log.info({ jobs: this.jobs.map((j) => ({ name: j.name, every: j.every })) }, 'scheduled jobs started');
  }

  /** The last-success gauge from the records (a run on another replica counts too). */
  private async refreshMetrics(): Promise<void> {
    for (const state of await this.states()) {
      if (state.lastSuccessAt) this.metrics.lastSuccess.set({ job: state.name }, state.lastSuccessAt.getTime() / 1000);
    }
  }

  /**
   * Makes a job due now (its record's next run; agenda takes it on the next poll, on one replica).
   * For tests and operators; the regular schedule continues after that run.
   */
  async runNow(name: string): Promise<void> {
    if (!this.jobs.some((j) => j.name === name)) throw new Error(`no scheduled job "${name}"`);
    await this.db.collection<JobRecord>(JOBS_COLLECTION).updateOne({ name }, { $set: { nextRunAt: new Date() } });
  }

  /** Every declared job's state, read from its record (the same on every replica). */
  async states(): Promise<JobState[]> {
    const names = this.jobs.map((j) => j.name);
    const records = await this.db
      .collection<JobRecord>(JOBS_COLLECTION)
      .find({ name: { $in: names } })
      .toArray();
    return names.flatMap((name) => {
      const record = records.find((r) => r.name === name);
      return record ? [stateOf(record)] : [];
    });
  }

  /**
   * Stops polling once no run of this replica is in progress (waiting at most `budgetMs`), then
   * unlocks the jobs it had taken ahead of their time so another replica runs them.
   */
  async stop(budgetMs = 10_000): Promise<void> {
    if (this.inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idle.push(resolve)),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, budgetMs);
        }),
      ]);
      clearTimeout(timer);
    }
    this.metrics.refresh = undefined;
    // agenda's stop() halts the processor before its first await: no run starts after the check
    await this.agenda.stop(false);
  }
}
