/**
 * `npm run bench [-- --full] [--scale s|m|l] [--connections 1,10] [--only REGEX] [--no-hive] [--no-profile] [--profile-subgraphs] [--memory] [--cache-mb N] [--variant LABEL=git:REF|LABEL=options:JSON …]`
 *
 * Starts the embedded database (its H2 file store in a temporary folder under .data, or in memory
 * with --memory; or MONGODB_URI), loads a scale, starts the four subgraphs
 * and the gateways each in its own process (ours, Hive Gateway, Hive Gateway with the Rust planner),
 * checks every workload once per target, then drives each with autocannon from a separate process
 * and reports req/s, latency, errors, DB round-trips and documents examined ÷ returned per request and gateway memory. Writes
 * bench/results/<timestamp>.json and prints a Markdown table. Exits 1 when any run had errors.
 *
 * `--profile-subgraphs` (opt-in, independent of --no-profile): after the runs, V8 CPU profiles of the four
 * subgraph processes while our gateway serves EnterpriseList first:50, EnterprisePage and AnalystStats
 * (those matching --only), 4 s each (10 s with --full), measured window only: written as
 * bench/results/<timestamp>-subgraph-<name>-<workload>.cpuprofile, summarised (top functions,
 * packages) in the results JSON (`profiles`, target `subgraph:<name>`) and on the console. The
 * `dispatch` (native) frames in a profile are the inspector stopping the profiler, not request work.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config, logger } from '@pecg/common';
import { EngineCounters, startEmbeddedDatabase, type EmbeddedDatabase } from '@pecg/embedded-db';
import { loadScale } from './data/load';
import type { LoadJob, LoadResult } from './load';
import { summarizeProfile } from './profile';
import { errorCount, markdown, type BenchResults, type RunRecord, type TargetName } from './report';
import { scaleByName, type Scale } from './scales';
import { TS_EXEC_ARGV } from './services/fork';
import { startStack, type GatewayVariant, type Stack } from './stack';
import { databaseSettled, findDatabasePid, processCpuMs } from './db-cpu';
import { measureIngestion } from './ingestion';
import { checkWrites, validate } from './verify';
import { WORKLOADS, type Workload, type WorkloadContext } from './workloads';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const full = flag('full');
const PLAN = full ? { connections: [10, 50], duration: 10, warmup: 3 } : { connections: [10], duration: 3, warmup: 1 };
/** `--connections 1,10`: other concurrency levels (1 = one request at a time: latency alone). */
if (option('connections'))
  PLAN.connections = option('connections')!
    .split(',')
    .map((c) => {
      const n = Number(c);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--connections must list positive integers, got "${c}"`);
      return n;
    });
/** `--memory`: the embedded engine keeps data in memory instead of its file store (the default, as `npm start` runs it). */
const inMemory = flag('memory');
/** `--cache-mb N`: the embedded engine's store cache (the JVM heap is sized from it). */
const cacheMb = Number(option('cache-mb') ?? 3072);
/** `--heap-mb N`: the embedded engine's JVM heap (default 12 GiB: the 3 GiB page cache holds scale m's documents, and the indexes live on the heap too). */
const heapMb = Number(option('heap-mb') ?? 12288);
/**
 * `--data-dir DIR`: the embedded engine's file store lives in DIR and is kept afterwards; a scale already
 * loaded there (marker `loaded-<scale>.json`) is not loaded again — the next run at scale m starts in
 * seconds (the engine reopens the file and rebuilds its in-memory indexes) instead of minutes. The writes
 * of earlier runs stay in it.
 */
const keptDataDir = option('data-dir') ? path.resolve(option('data-dir')!) : undefined;
const scales: Scale[] = (option('scales') ?? option('scale') ?? (full ? 's,m' : 'xs')).split(',').map(scaleByName);
const only = option('only') ? new RegExp(option('only')!) : undefined;
/**
 * `--rounds N` (default 1): measure every (workload, concurrency) N times. The order of the targets is
 * rotated per workload and per round, and reversed on every other round (A B C, then C B A…), so no
 * target is always measured first — the first one pays the database's and the subgraphs' remaining JIT
 * compilation. The report keeps each target's best round.
 */
const rounds = Number(option('rounds') ?? 1);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, got "${option('rounds')}"`);
/**
 * `--warmup-pass S` (default 5): seconds of the one warm-up pass over every read workload before anything
 * is measured. The database's JIT needs thousands of commands before its code is compiled; a short pass
 * makes the first scale and the first target of each workload look more expensive than they are.
 */
const warmupPass = Number(option('warmup-pass') ?? 5);
if (!(warmupPass >= 0)) throw new Error(`--warmup-pass must be a number of seconds, got "${option('warmup-pass')}"`);
/** The targets in the order they are measured in one round: rotated by `shift`, reversed when `reverse`. */
function targetOrder<T>(targets: readonly T[], shift: number, reverse: boolean): T[] {
  const k = targets.length ? shift % targets.length : 0;
  const rotated = [...targets.slice(k), ...targets.slice(0, k)];
  return reverse ? rotated.reverse() : rotated;
}
const RESULTS_DIR = path.join(__dirname, 'results');
const REPO_ROOT = path.join(__dirname, '..');

/**
 * `--variant LABEL=git:REF`: our gateway as committed at REF (its gateway/src, extracted under
 * .data/bench-variants; it runs against the current packages). `--variant LABEL=options:JSON`: the
 * current gateway with other GatewayOptions (e.g. `{"limitsCache":false}`). Each becomes a target
 * `gateway:LABEL`, measured in the same run as the others — before/after in the same conditions.
 */
function parseVariants(): GatewayVariant[] {
  const variants: GatewayVariant[] = [];
  args.forEach((arg, i) => {
    if (arg !== '--variant') return;
    const match = /^([\w.-]+)=(git|options):(.+)$/.exec(args[i + 1] ?? '');
    if (!match) throw new Error(`--variant needs LABEL=git:REF or LABEL=options:JSON, got "${args[i + 1]}"`);
    const [, label, kind, value] = match;
    if (kind === 'options') {
      variants.push({ label, options: JSON.parse(value) as Record<string, unknown>, what: `this code with ${value}` });
      return;
    }
    if (!/^[\w./~^-]+$/.test(value)) throw new Error(`--variant ${label}: "${value}" is not a git ref`);
    const commit = spawnSync('git', ['rev-parse', '--short', `${value}^{commit}`], { cwd: REPO_ROOT, encoding: 'utf8' }).stdout.trim();
    if (!commit) throw new Error(`--variant ${label}: git does not know "${value}"`);
    const dir = path.join(REPO_ROOT, '.data', 'bench-variants', `${label}-${commit}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const archive = spawnSync('sh', ['-c', `git archive ${commit} gateway/src | tar -x -C "${dir}"`], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (archive.status !== 0) throw new Error(`--variant ${label}: git archive failed: ${archive.stderr}`);
    variants.push({ label, src: path.join(dir, 'gateway', 'src'), what: `gateway/src as committed at ${commit} (${value})` });
  });
  return variants;
}
const variants = parseVariants();
const gateways: Array<Exclude<TargetName, 'direct'>> = [
  'gateway',
  ...variants.map((v) => `gateway:${v.label}` as const),
  ...(flag('no-hive') ? [] : (['hive', 'hive-rust'] as const)),
];
if (!process.env.LOG_LEVEL) logger.level = 'error';
// Community safety's demo holds a week of the platform's ≈5 000 daily events here (npm start: a month),
// so a scale loads in seconds; the ingestion phase adds to it. COMMUNITY_SAFETY_DEMO_EVENT_DAYS overrides.
process.env.COMMUNITY_SAFETY_DEMO_EVENT_DAYS ??= '7';

const started = Date.now();
const say = (text: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${text}\n`);

/** The load generator process, reused for every run. */
function loadGenerator(): { run(job: LoadJob): Promise<LoadResult>; stop(): void } {
  const child: ChildProcess = fork(path.join(__dirname, 'load.ts'), [], { execArgv: TS_EXEC_ARGV, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return {
    run(job) {
      return new Promise((resolve, reject) => {
        const onExit = (code: number) => reject(new Error(`load generator exited with code ${code}`));
        child.once('exit', onExit);
        child.once('message', (message: { ok: boolean; result?: LoadResult; error?: string }) => {
          child.off('exit', onExit);
          if (message.ok) resolve(message.result!);
          else reject(new Error(message.error));
        });
        child.send(job);
      });
    },
    stop: () => child.kill(),
  };
}

function targetUrl(stack: Stack, workload: Workload, target: TargetName): string {
  return target === 'direct' ? stack.subgraphs[workload.direct!].url : stack.targets[target]!.url;
}

async function profileGateway(
  stack: Stack,
  load: ReturnType<typeof loadGenerator>,
  ctx: WorkloadContext,
  results: BenchResults,
  profileFile: string,
  workload: string,
  target: Exclude<TargetName, 'direct'> = 'gateway',
): Promise<void> {
  const gateway = stack.targets[target];
  if (!gateway) return;
  const job: LoadJob = { url: gateway.url, workload, ctx, connections: 10, duration: full ? 10 : 4, warmup: 0, sampleEvery: 50 };
  await load.run({ ...job, duration: 1 });
  await stack.quiet();
  await gateway.request('profileStart');
  const result = await load.run(job);
  await gateway.request('profileStop');
  await stack.quiet();
  const written = target === 'gateway' ? profileFile : `${profileFile}.${target.slice('gateway:'.length)}`;
  const file = profileFile.replace(
    '.cpuprofile',
    `${target === 'gateway' ? '' : `-${target.slice('gateway:'.length)}`}-${workload.replace(/\W+/g, '-')}.cpuprofile`,
  );
  fs.renameSync(written, file);
  results.profiles.push({ ...summarizeProfile(file), workload, rps: result.rps, target });
}

/** Profiles the four subgraph processes while our gateway serves `workload` (`--profile-subgraphs`). */
async function profileSubgraphs(
  stack: Stack,
  load: ReturnType<typeof loadGenerator>,
  ctx: WorkloadContext,
  results: BenchResults,
  profileFile: string,
  workload: string,
): Promise<void> {
  const job: LoadJob = { url: stack.targets.gateway!.url, workload, ctx, connections: 10, duration: full ? 10 : 4, warmup: 0, sampleEvery: 50 };
  await load.run({ ...job, duration: 1 });
  await stack.quiet();
  const subgraphs = Object.values(stack.subgraphs);
  await Promise.all(subgraphs.map((s) => s.request('profileStart')));
  const result = await load.run(job);
  const written = await Promise.all(subgraphs.map((s) => s.request<string>('profileStop')));
  await stack.quiet();
  subgraphs.forEach((s, k) => {
    const file = profileFile.replace('-gateway.cpuprofile', `-subgraph-${s.name}-${workload.replace(/\W+/g, '-')}.cpuprofile`);
    fs.renameSync(written[k], file);
    const summary = summarizeProfile(file, 15);
    results.profiles.push({ ...summary, workload, rps: result.rps, target: `subgraph:${s.name}` });
    say(
      `  ${s.name} during ${workload} (${result.rps.toFixed(0)} req/s, ${(summary.totalMs / Math.max(1, result.sent)).toFixed(1)} ms CPU sampled per request): ${path.relative(REPO_ROOT, file)}`,
    );
    say(
      `    packages: ${summary.packages
        .slice(0, 8)
        .map((p) => `${p.name} ${p.percent}%`)
        .join(', ')}`,
    );
    for (const f of summary.functions.slice(0, 12)) say(`    ${String(f.percent).padStart(5)}% ${f.name} ${f.where}`);
  });
}

async function main(): Promise<void> {
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    mode: full ? 'full' : 'quick',
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
    },
    database: '',
    loads: [],
    validation: [],
    runs: [],
    profiles: [],
    failed: false,
    notes: [],
    variants: variants.map((v) => ({ label: v.label, what: v.what })),
  };
  const profileFile = path.join(RESULTS_DIR, `${results.startedAt.replace(/[:.]/g, '-')}-gateway.cpuprofile`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  let database: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let counters: EngineCounters | undefined;
  let stack: Stack | undefined;
  const load = loadGenerator();
  /** A second load generator, started on first use: the ingestion phase runs two loads side by side. */
  let second: ReturnType<typeof loadGenerator> | undefined;
  const ingestLoad = () => (second ??= loadGenerator());
  // Ctrl-C / SIGTERM: stop the services and the database this run started, then exit.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      load.stop();
      second?.stop();
      void Promise.allSettled([stack?.stop(), database?.stop()]).then(() => process.exit(130));
    });
  }
  try {
    let uri = config.mongodbUri;
    if (!uri) {
      if (keptDataDir) {
        fs.mkdirSync(keptDataDir, { recursive: true });
      } else if (!inMemory) {
        fs.mkdirSync(config.dataDir, { recursive: true });
        dataDir = fs.mkdtempSync(path.join(config.dataDir, 'bench-db-'));
      }
      const opening = Date.now();
      database = await startEmbeddedDatabase({ port: 0, dataDir: keptDataDir ?? dataDir, cacheMb, heapMb });
      if (keptDataDir) say(`database opened from ${keptDataDir} in ${((Date.now() - opening) / 1000).toFixed(1)} s`);
      uri = database.uri;
    }
    results.database = database
      ? `embedded mongo-java-server + pecg indexes (${inMemory && !keptDataDir ? 'in memory' : `H2 file store in ${keptDataDir ? `${keptDataDir} (kept)` : 'a temporary folder'}, commit per write, ${cacheMb} MB cache, ${heapMb} MB heap`})`
      : 'MONGODB_URI';
    counters = await EngineCounters.connect(uri);
    if (!counters.supported)
      results.notes.push('The database does not count documents examined (no pecgCounters command): the examined ÷ returned column is empty.');
    const dbPid = database ? findDatabasePid() : undefined;
    if (database && !dbPid) results.notes.push('The embedded database process was not found in /proc: its CPU per request is not reported.');
    say(`database: ${results.database}; mode ${results.mode}; scales ${scales.map((s) => s.name).join(', ')}; targets ${gateways.join(', ')}`);
    for (const scale of scales) {
      process.env.DB_PREFIX = `bench_${scale.name}_`;
      process.env.BENCH_SUBGRAPH_PROFILE_PREFIX = profileFile.replace(/-gateway\.cpuprofile$/, '');
      const marker = keptDataDir && !config.mongodbUri ? path.join(keptDataDir, `loaded-${scale.name}.json`) : undefined;
      if (marker && fs.existsSync(marker)) {
        results.loads.push({ ...(JSON.parse(fs.readFileSync(marker, 'utf8')) as object), reused: marker });
        say(`scale ${scale.name} already loaded in ${keptDataDir} (${path.basename(marker)}): not loaded again`);
      } else {
        say(`loading scale ${scale.name} (${scale.enterprises} enterprises)…`);
        const loaded = await loadScale(uri, scale, { progress: true });
        results.loads.push(loaded);
        if (marker) fs.writeFileSync(marker, `${JSON.stringify(loaded, null, 2)}\n`);
        say(`scale ${scale.name} loaded in ${loaded.seconds.toFixed(1)} s`);
      }
      stack = await startStack({ mongodbUri: uri, dbPrefix: process.env.DB_PREFIX, gateways, profileFile, variants });
      say(`services up: ${[...Object.values(stack.subgraphs), ...Object.values(stack.targets)].map((s) => `${s?.name} ${s?.url}`).join(', ')}`);
      const ctx: WorkloadContext = { enterprises: scale.enterprises, runId: `${scale.name}v-${(Date.now() % 1e8).toString(36)}` };
      const workloads = WORKLOADS.filter((w) => !only || only.test(w.name));
      const targetsOf = (w: Workload): TargetName[] => [...gateways, ...(w.direct ? (['direct'] as const) : [])];
      for (const workload of workloads) {
        for (const target of targetsOf(workload)) {
          const t0 = Date.now();
          const detail = await validate(targetUrl(stack, workload, target), workload, ctx);
          results.validation.push({ scale: scale.name, workload: workload.name, target, ok: !detail, detail, ms: Date.now() - t0 });
          if (detail) say(`validation FAILED: ${workload.name} → ${target}: ${detail}`);
        }
      }
      // One warm-up pass over every read workload before anything is measured: otherwise the first
      // target measured pays the subgraphs' and the database's JIT and cache warm-up alone.
      for (const workload of workloads.filter((w) => !w.writes)) {
        const target = targetsOf(workload)[0];
        if (results.validation.some((v) => v.scale === scale.name && v.workload === workload.name && v.target === target && !v.ok)) continue;
        await load.run({
          url: targetUrl(stack, workload, target),
          workload: workload.name,
          ctx: { ...ctx, runId: `${ctx.runId}-warmup` },
          connections: Math.max(...PLAN.connections),
          duration: warmupPass,
          warmup: 0,
          sampleEvery: 1000,
        });
      }
      await stack.quiet();
      for (const [w, workload] of workloads.entries()) {
        for (const [c, connections] of PLAN.connections.entries()) {
          for (let round = 0; round < rounds; round++) {
            for (const target of targetOrder(targetsOf(workload), w + c + round, round % 2 === 1)) {
              if (results.validation.some((v) => v.scale === scale.name && v.workload === workload.name && v.target === target && !v.ok)) continue;
              const runCtx: WorkloadContext = {
                enterprises: scale.enterprises,
                runId: `${scale.name}${target}${connections}-${(Date.now() % 1e8).toString(36)}`,
              };
              const job: LoadJob = {
                url: targetUrl(stack, workload, target),
                workload: workload.name,
                ctx: runCtx,
                connections,
                duration: PLAN.duration,
                warmup: 0,
                sampleEvery: 20,
              };
              if (!workload.writes) await load.run({ ...job, duration: PLAN.warmup, ctx: { ...runCtx, runId: `${runCtx.runId}-warm` } });
              await stack.quiet();
              await databaseSettled(dbPid);
              await stack.resetRoundTrips();
              await counters?.reset();
              const service = target === 'direct' ? stack.subgraphs[workload.direct!] : stack.targets[target]!;
              const measured = target === 'direct' ? Object.values(stack.subgraphs) : [service, ...Object.values(stack.subgraphs)];
              const cpuBefore = await Promise.all(measured.map((s) => s.memory()));
              const dbBefore = processCpuMs(dbPid);
              const result = await load.run(job);
              await stack.quiet();
              const cpuAfter = await Promise.all(measured.map((s) => s.memory()));
              const dbCpu = processCpuMs(dbPid) - dbBefore;
              const trips = await stack.roundTrips();
              const scanned = await counters?.read();
              const record: RunRecord = {
                scale: scale.name,
                workload: workload.name,
                family: workload.family,
                items: workload.items,
                target,
                connections,
                round,
                result,
                dbRoundTripsPerRequest: result.sent ? trips.total / result.sent : NaN,
                dbRoundTripsByCommand: trips.byCommand,
                scan:
                  scanned && result.sent
                    ? {
                        examined: scanned.examined,
                        returned: scanned.returned,
                        perRequestExamined: scanned.examined / result.sent,
                        byCollection: Object.fromEntries(
                          Object.entries(scanned.namespaces)
                            .filter(([, n]) => n.examined > 0)
                            .map(([ns, n]) => [
                              ns.replace(/^bench_\w+?_/, ''),
                              {
                                examinedPerRequest: +(n.examined / result.sent).toFixed(1),
                                returnedPerRequest: +(n.returned / result.sent).toFixed(1),
                                scans: n.scans ?? 0,
                              },
                            ]),
                        ),
                      }
                    : undefined,
                memory: target === 'direct' ? undefined : cpuAfter[0],
                cpuMsPerRequest: {
                  ...Object.fromEntries(
                    measured.map((s, k) => [
                      s === service && target !== 'direct' ? 'gateway' : s.name,
                      result.sent ? (cpuAfter[k].cpuMs - cpuBefore[k].cpuMs) / result.sent : NaN,
                    ]),
                  ),
                  database: result.sent ? dbCpu / result.sent : NaN,
                },
                failed: errorCount(result) > 0,
              };
              if (workload.writes) {
                record.writeCheck = await checkWrites(uri, workload, runCtx.runId, result, connections);
                record.failed ||= !record.writeCheck.ok;
              }
              results.runs.push(record);
              say(
                `${scale.name} ${workload.name.padEnd(24)} ${target.padEnd(9)} c=${connections}${rounds > 1 ? ` round ${round + 1}` : ''}: ${result.rps.toFixed(0).padStart(5)} req/s p50 ${result.latencyMs.p50} ms p99 ${result.latencyMs.p99} ms, errors ${errorCount(result)}${result.errors.first ? ` (${result.errors.first.slice(0, 200)})` : ''}, ${record.dbRoundTripsPerRequest.toFixed(1)} DB round-trips/req${record.scan ? `, examined ÷ returned ${(record.scan.examined / Math.max(1, record.scan.returned)).toFixed(2)}` : ''}`,
              );
            }
          }
        }
      }
      // Community safety: the platform pushing sensing events through our gateway, alone and while the
      // enterprise page is served (`--only Ingestion` runs just this with the other matching workloads).
      if ((!only || only.test('Ingestion')) && stack.targets.gateway) {
        say('measuring ingestion of sensing events (community safety) through our gateway, alone and during EnterprisePage…');
        const record = await measureIngestion(stack, [load, ingestLoad()], scale, { duration: PLAN.duration, pushers: 2, pageConnections: 2 });
        (results.ingestion ??= []).push(record);
        say(
          record.page
            ? `${scale.name} ingestion: ${record.eventsPerSecondAlone!.toFixed(0)} events/s alone (push p99 ${record.pushP99MsAlone} ms), ${record.eventsPerSecondDuringPage!.toFixed(0)} events/s during EnterprisePage; page p99 ${record.page.p99MsAlone} → ${record.page.p99MsDuring} ms, ${record.page.rpsAlone.toFixed(0)} → ${record.page.rpsDuring.toFixed(0)} req/s${record.failed ? ` FAILED: ${record.detail}` : ''}`
            : `${scale.name} ingestion FAILED: ${record.detail}`,
        );
      }
      // `--profile-subgraphs`: the V8 CPU profile of each subgraph process while our gateway serves
      // EnterpriseList first:50, EnterprisePage and AnalystStats (those matching --only); independent of --no-profile.
      for (const workload of ['EnterpriseList first:50', 'EnterprisePage', 'AnalystStats']) {
        if (!flag('profile-subgraphs') || scale !== scales[0] || (only && !only.test(workload)) || !stack.targets.gateway) continue;
        say(`profiling the subgraphs (V8 CPU profiler, measured window only) during ${workload} through our gateway…`);
        await profileSubgraphs(stack, load, { enterprises: scale.enterprises, runId: 'profile-subgraphs' }, results, profileFile, workload);
      }
      for (const workload of ['EnterpriseList first:50', 'EnterpriseCard']) {
        if (flag('no-profile') || scale !== scales[0] || (only && !only.test(workload))) continue;
        for (const target of gateways.filter((g) => g === 'gateway' || g.startsWith('gateway:'))) {
          say(`profiling ${target} (V8 CPU profiler, measured window only) during ${workload}…`);
          await profileGateway(stack, load, { enterprises: scale.enterprises, runId: 'profile' }, results, profileFile, workload, target);
        }
      }
      await stack.stop();
      stack = undefined;
    }
  } finally {
    load.stop();
    second?.stop();
    await stack?.stop().catch(() => undefined);
    await counters?.close().catch(() => undefined);
    await database?.stop().catch(() => undefined);
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  results.failed = results.runs.some((r) => r.failed) || results.validation.some((v) => !v.ok) || !!results.ingestion?.some((r) => r.failed);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`\n${markdown(results)}\n\nResults: ${path.relative(process.cwd(), file)} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  process.exitCode = results.failed ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error)?.stack ?? error}\n`);
  process.exit(1);
});
