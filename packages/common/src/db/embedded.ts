import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { config } from '../config';
import { embeddedEngine, ensureEmbeddedDatabaseInstalled, FERRETDB_BIN, JAVA_DIR, type EmbeddedEngine } from './embedded-install';

/** Starting and stopping the embedded database; installing it is in embedded-install.ts. */
export * from './embedded-install';

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
  const requested = options.engine ?? embeddedEngine();
  ensureEmbeddedDatabaseInstalled(requested);
  // a machine where FerretDB could not be built got mongo-java-server instead
  const engine: EmbeddedEngine = requested === 'ferretdb' && !fs.existsSync(FERRETDB_BIN) ? 'mongo-java-server' : requested;
  let child: ChildProcess;
  let requestedPort = options.port ?? 0;
  let temporaryDir: string | undefined;
  if (engine === 'ferretdb') {
    if (requestedPort === 0) requestedPort = await freePort();
    fs.mkdirSync(config.dataDir, { recursive: true });
    const dir = options.dataDir ?? (temporaryDir = fs.mkdtempSync(path.join(config.dataDir, 'ferretdb-tmp-')));
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
  // FerretDB logs nothing at warn level: its port is the one we chose, and the ping below waits for it.
  const port = engine === 'ferretdb' ? requestedPort : await waitForListening(child, requestedPort, 60_000);
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
      if (child.exitCode !== null) {
        if (temporaryDir) fs.rmSync(temporaryDir, { recursive: true, force: true });
        return;
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdin?.end();
      if (engine === 'ferretdb') child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      if (temporaryDir) fs.rmSync(temporaryDir, { recursive: true, force: true });
    },
  };
}
