/**
 * Real processes on loopback for the fault-injection suite: the embedded database (file-backed, so it
 * can be killed and restarted on its files), each subgraph as its service entry point
 * (`subgraphs/<name>/src/main.ts`) and the gateway as its own (`gateway/src/main.ts`), configured only
 * through their environment variables, as deployed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@pecg/common';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@pecg/embedded-db';
import { portVariable, urlVariable } from '@pecg/registry';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Proc {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) when the process has exited. */
  exited: Promise<string>;
  /** The last lines it wrote (for diagnostics). */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<string>;
}

/** A free loopback port (listened on once and released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Spawns `node --import tsx <entry>` with env and waits until its stdout matches `ready` (bounded). */
export function startProcess(name: string, entry: string, env: Record<string, string | undefined>, ready: RegExp, timeoutMs = 180_000): Promise<Proc> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'error', ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stderr!.on('data', keep);
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? String(code))));
  const proc: Proc = {
    name,
    child,
    exited,
    output: () => output,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} was not ready within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve(proc);
      }
    });
    void exited.then((how) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${how}) before it was ready: ${output}`));
    });
  });
}

export interface FaultStack {
  dataDir: string;
  db: EmbeddedDatabase;
  dbPort: number;
  prefix: string;
  ports: Record<SubgraphName, number>;
  subgraphs: Record<SubgraphName, Proc>;
  gateway: Proc;
  gatewayUrl: string;
  gatewayOpsUrl: string;
  subgraphUrl(name: SubgraphName): string;
  /** The environment every service gets (database, ports, subgraph URLs). */
  env(overrides?: Record<string, string>): Record<string, string>;
  startSubgraph(name: SubgraphName, seed: boolean): Promise<Proc>;
  startGateway(overrides?: Record<string, string>): Promise<{ proc: Proc; url: string; opsUrl: string }>;
  restartDatabase(): Promise<void>;
  stop(): Promise<void>;
}

export async function startFaultStack(): Promise<FaultStack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-faults-'));
  let db = await startEmbeddedDatabase({ dataDir, cacheMb: 64 });
  const dbPort = db.port;
  const prefix = 'faults_';
  const ports = {} as Record<SubgraphName, number>;
  for (const name of SUBGRAPH_NAMES) ports[name] = await freePort();
  const subgraphUrl = (name: SubgraphName) => `http://127.0.0.1:${ports[name]}/graphql`;
  const env = (overrides: Record<string, string> = {}): Record<string, string> => {
    const out: Record<string, string> = {
      MONGODB_URI: db.uri,
      DB_PREFIX: prefix,
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      // one day of community safety's sensing events, not the demo's month: the suite injects faults, it does not load volume
      COMMUNITY_SAFETY_DEMO_EVENT_DAYS: '1',
    };
    for (const name of SUBGRAPH_NAMES) {
      out[portVariable(name)] = String(ports[name]);
      out[portVariable(name).replace(/_PORT$/, '_OPS_PORT')] = '0';
      out[urlVariable(name)] = subgraphUrl(name);
    }
    return { ...out, ...overrides };
  };
  const subgraphs = {} as Record<SubgraphName, Proc>;
  const gateways: Proc[] = [];
  const startSubgraph = async (name: SubgraphName, seed: boolean) => {
    const proc = await startProcess(name, `subgraphs/${name}/src/main.ts`, env({ SEED_DEMO: String(seed) }), /subgraph ready at/);
    subgraphs[name] = proc;
    return proc;
  };
  const startGateway = async (overrides: Record<string, string> = {}) => {
    const port = await freePort();
    const opsPort = await freePort();
    const proc = await startProcess(
      'gateway',
      'gateway/src/main.ts',
      env({ GATEWAY_PORT: String(port), OPS_PORT: String(opsPort), ...overrides }),
      /gateway ready at/,
    );
    gateways.push(proc);
    return { proc, url: `http://127.0.0.1:${port}/graphql`, opsUrl: `http://127.0.0.1:${opsPort}` };
  };
  try {
    // seeded one after the other: four seeds at once on two shared cores take longer than in turn
    for (const name of SUBGRAPH_NAMES) await startSubgraph(name, true);
    const gateway = await startGateway();
    return {
      dataDir,
      get db() {
        return db;
      },
      dbPort,
      prefix,
      ports,
      subgraphs,
      gateway: gateway.proc,
      gatewayUrl: gateway.url,
      gatewayOpsUrl: gateway.opsUrl,
      subgraphUrl,
      env,
      startSubgraph,
      startGateway,
      async restartDatabase() {
        db = await startEmbeddedDatabase({ dataDir, cacheMb: 64, port: dbPort });
      },
      async stop() {
        for (const g of gateways) await g.kill('SIGTERM');
        for (const name of SUBGRAPH_NAMES) await subgraphs[name]?.kill('SIGTERM');
        await db.stop().catch(() => undefined);
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const g of gateways) await g.kill('SIGKILL');
    for (const name of SUBGRAPH_NAMES) await subgraphs[name]?.kill('SIGKILL');
    await db.kill('SIGKILL');
    throw error;
  }
}
