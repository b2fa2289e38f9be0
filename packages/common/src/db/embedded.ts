import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { REPO_ROOT, config } from '../config';

/**
 * The embedded MongoDB-compatible database, used when MONGODB_URI is not set.
 *
 * Two engines speak the MongoDB wire protocol here:
 * - `mongo-java-server` (default): de.bwaldvogel:mongo-java-server with its H2 MVStore file backend,
 *   resolved from Maven Central and compiled by `npm run setup` into .tools/embedded-mongo.
 * - `ferretdb` (EMBEDDED_DB=ferretdb): FerretDB v1.24.1 with its SQLite backend, installed with
 *   `go install` into .tools/bin. The Go module proxy reachable from our machines refuses this module
 *   (403 "This module version is not available"), so it is opt-in for machines where it installs.
 *
 * Application code stays inside what both engines (and FerretDB v1.24) support; see README.
 */
export type EmbeddedEngine = 'mongo-java-server' | 'ferretdb';

export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
const JAVA_DIR = path.join(TOOLS_DIR, 'embedded-mongo');
const JAVA_SOURCE_DIR = path.join(REPO_ROOT, 'tools', 'embedded-mongo');
const FERRETDB_BIN = path.join(TOOLS_DIR, 'bin', 'ferretdb');
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.1';

export function embeddedEngine(): EmbeddedEngine {
  const engine = process.env.EMBEDDED_DB || 'mongo-java-server';
  if (engine !== 'mongo-java-server' && engine !== 'ferretdb') {
    throw new Error(`EMBEDDED_DB must be "mongo-java-server" or "ferretdb", got "${engine}"`);
  }
  return engine;
}

function run(command: string, args: string[], what: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : `${result.stderr}${result.stdout}`.trim().slice(-2000);
    throw new Error(`${what} failed (${command} ${args.join(' ')}): ${reason}`);
  }
}

function javaInstalled(): boolean {
  return fs.existsSync(path.join(JAVA_DIR, 'classes', 'EmbeddedMongo.class')) && fs.existsSync(path.join(JAVA_DIR, 'lib'));
}

/** Installs the embedded database engine if it is not there yet. Idempotent; returns what it did. */
export function ensureEmbeddedDatabaseInstalled(engine = embeddedEngine()): string {
  if (engine === 'ferretdb') {
    if (fs.existsSync(FERRETDB_BIN)) return `FerretDB found at ${FERRETDB_BIN}`;
    run('go', ['install', FERRETDB_MODULE], 'Installing FerretDB', {
      ...process.env,
      GOBIN: path.dirname(FERRETDB_BIN),
      GOFLAGS: '-trimpath',
    });
    return `FerretDB installed at ${FERRETDB_BIN}`;
  }
  const sourceStamp = fs.readFileSync(path.join(JAVA_SOURCE_DIR, 'EmbeddedMongo.java'), 'utf8') + fs.readFileSync(path.join(JAVA_SOURCE_DIR, 'pom.xml'), 'utf8');
  const stampFile = path.join(JAVA_DIR, 'source.stamp');
  if (javaInstalled() && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === sourceStamp) {
    return `mongo-java-server found in ${JAVA_DIR}`;
  }
  fs.rmSync(JAVA_DIR, { recursive: true, force: true });
  fs.mkdirSync(JAVA_DIR, { recursive: true });
  run(
    'mvn',
    ['-q', '-B', '-f', path.join(JAVA_SOURCE_DIR, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(JAVA_DIR, 'lib')}`],
    'Resolving mongo-java-server from Maven Central',
  );
  run(
    'javac',
    ['-cp', path.join(JAVA_DIR, 'lib', '*'), '-d', path.join(JAVA_DIR, 'classes'), path.join(JAVA_SOURCE_DIR, 'EmbeddedMongo.java')],
    'Compiling the embedded database launcher',
  );
  fs.writeFileSync(stampFile, sourceStamp);
  return `mongo-java-server installed in ${JAVA_DIR}`;
}

export interface EmbeddedDatabase {
  uri: string;
  port: number;
  engine: EmbeddedEngine;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Keep data in this folder; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Port to listen on (loopback only); 0 picks a free one. */
  port?: number;
  engine?: EmbeddedEngine;
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

function waitForListening(child: ChildProcess, requestedPort: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`embedded database did not start within ${timeoutMs} ms: ${output.slice(-1000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      } else if (/Waiting for connections|Listening on/i.test(output) && requestedPort > 0) {
        clearTimeout(timer);
        resolve(requestedPort);
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

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the embedded database on a loopback port and waits until it answers `ping`. */
export async function startEmbeddedDatabase(options: StartOptions = {}): Promise<EmbeddedDatabase> {
  const engine = options.engine ?? embeddedEngine();
  ensureEmbeddedDatabaseInstalled(engine);
  let child: ChildProcess;
  let requestedPort = options.port ?? 0;
  if (engine === 'ferretdb') {
    if (requestedPort === 0) requestedPort = await freePort();
    const dir = options.dataDir ?? fs.mkdtempSync(path.join(config.dataDir, 'ferretdb-tmp-'));
    fs.mkdirSync(dir, { recursive: true });
    child = spawn(
      FERRETDB_BIN,
      [
        `--listen-addr=127.0.0.1:${requestedPort}`,
        '--handler=sqlite',
        `--sqlite-url=file:${dir}/`,
        '--telemetry=disable',
        '--debug-addr=-',
        '--log-level=warn',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
  } else {
    const args = ['-Xss4m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-cp', `${path.join(JAVA_DIR, 'classes')}${path.delimiter}${path.join(JAVA_DIR, 'lib', '*')}`, 'EmbeddedMongo', '--port', String(requestedPort)];
    if (options.dataDir) {
      fs.mkdirSync(options.dataDir, { recursive: true });
      args.push('--file', path.join(options.dataDir, 'embedded-mongo.mv'));
    } else {
      args.push('--memory');
    }
    child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  }
  const port = await waitForListening(child, requestedPort, 60_000);
  const uri = `mongodb://127.0.0.1:${port}/?directConnection=true`;
  await waitForPing(uri, child, 30_000);
  // Drain output so the child never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    uri,
    port,
    engine,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin?.end();
      if (engine === 'ferretdb') child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
