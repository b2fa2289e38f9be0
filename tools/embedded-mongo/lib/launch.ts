import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { ensureEmbeddedDatabaseInstalled, JAVA_DIR, JAVA_MAIN_CLASS } from './install';

/**
 * Starting and stopping the embedded database (mongo-java-server with our extension, see
 * tools/embedded-mongo); installing it is in install.ts.
 *
 * Besides the MongoDB commands it supports, the engine answers `pecgCounters` on the admin database:
 * `db.admin().command({ pecgCounters: 1 })` → `{ ok: 1, examined, returned, commands, namespaces:
 * { '<db>.<collection>': { examined, returned, commands, indexed, scans } } }`, and
 * `{ pecgCounters: 1, reset: true }` answers the same and zeroes them. examined = documents read
 * to evaluate a filter (index candidates, or the whole collection for a scan); returned = documents
 * that matched it. See tools/embedded-mongo/src/main/java/pecg/embedded/Counters.java.
 */
export * from './install';

export interface EmbeddedDatabase {
  uri: string;
  port: number;
  /** The engine's process id (tests kill it with SIGKILL to prove durability). */
  pid: number;
  /** Sends a signal to the engine's process (no clean shutdown for SIGKILL); resolves when it exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Stops the engine cleanly (closes its stdin: it commits and closes the store). */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep data in this folder (file `embedded-mongo.mv`); omit for an in-memory database (tests). */
  dataDir?: string;
  /** Port to listen on (loopback only); 0 picks a free one. */
  port?: number;
  /** MVStore page cache of a file store in MB (default 256); the JVM heap is sized above it. */
  cacheMb?: number;
  /** JVM heap in MB; default: 3 × cacheMb + 512 for a file store, the JVM's default in memory. */
  heapMb?: number;
  /** Force the file to the disk after each write command (survives power loss, slower). */
  fsync?: boolean;
  /** How often the file store is compacted, in ms (default 1000; 0: never). */
  compactIntervalMs?: number;
  /** Documents read by `_id` kept in memory per collection (default 250 000); tests set a few to exercise eviction. */
  cachedDocuments?: number;
}

async function waitForPing(uri: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`embedded database exited with code ${child.exitCode}`);
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000, directConnection: true });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
  throw new Error(`embedded database did not answer ping within ${timeoutMs} ms: ${String(lastError)}`);
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`embedded database did not start within ${timeoutMs} ms: ${output.slice(-1000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded database exited with code ${code}: ${output.slice(-2000)}`));
    });
  });
}

/** The java command line of the engine (exported for scripts that run it themselves). */
export function embeddedDatabaseCommand(options: StartOptions = {}): { command: string; args: string[] } {
  const cacheMb = options.cacheMb ?? 256;
  const heapMb = options.heapMb ?? (options.dataDir ? cacheMb * 3 + 512 : undefined);
  // A large page cache keeps many live objects: G1 collects them mostly concurrently, in short pauses
  // (the serial and parallel collectors stopped the engine for seconds at scale m — long enough for
  // the driver's server monitor to give up on it). Small heaps (tests) start faster with the serial one.
  const gc = heapMb && heapMb >= 1024 ? ['-XX:+UseG1GC', '-XX:MaxGCPauseMillis=50', `-Xms${Math.min(heapMb, 2048)}m`] : ['-XX:+UseSerialGC'];
  const args = ['-Xss4m', ...gc, ...(heapMb ? [`-Xmx${heapMb}m`] : [])];
  if (options.cachedDocuments !== undefined) args.push(`-Dpecg.cachedDocuments=${options.cachedDocuments}`);
  args.push(
    '-cp',
    `${path.join(JAVA_DIR, 'classes')}${path.delimiter}${path.join(JAVA_DIR, 'lib', '*')}`,
    JAVA_MAIN_CLASS,
    '--port',
    String(options.port ?? 0),
  );
  if (options.dataDir) {
    args.push('--file', path.join(options.dataDir, 'embedded-mongo.mv'), '--cache-mb', String(cacheMb));
    if (options.fsync) args.push('--fsync');
    if (options.compactIntervalMs !== undefined) args.push('--compact-interval-ms', String(options.compactIntervalMs));
  } else {
    args.push('--memory');
  }
  return { command: 'java', args };
}

/**
 * How long opening may take: a minute, plus a minute per GB of an existing file store — on open the
 * engine reads every document once to rebuild its in-memory indexes (≈ 7 s per 100 000 documents on
 * two cores; scale m's 570 000 documents in a 3.4 GB file: ≈ 40 s).
 */
function openTimeoutMs(dataDir: string | undefined): number {
  const file = dataDir ? path.join(dataDir, 'embedded-mongo.mv') : undefined;
  const bytes = file && fs.existsSync(file) ? fs.statSync(file).size : 0;
  return 60_000 + Math.ceil(bytes / 1e9) * 60_000;
}

/** Starts the embedded database on a loopback port and waits until it answers `ping`. */
export async function startEmbeddedDatabase(options: StartOptions = {}): Promise<EmbeddedDatabase> {
  ensureEmbeddedDatabaseInstalled();
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const { command, args } = embeddedDatabaseCommand(options);
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let port: number;
  try {
    port = await waitForListening(child, openTimeoutMs(options.dataDir));
    await waitForPing(`mongodb://127.0.0.1:${port}/?directConnection=true`, child, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  // Drain output so the child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    uri,
    port,
    pid: child.pid ?? 0,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
