import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '@pecg/common';
import { composeSupergraph } from '@pecg/graph-tools';
import { forkService, type Service } from './services/fork';
import type { TargetName } from './report';

/** The services of one benchmark stack: four subgraph processes and the gateways in front of them. */
export interface Stack {
  subgraphs: Record<SubgraphName, Service>;
  targets: { [target in Exclude<TargetName, 'direct'>]?: Service };
  supergraphFile: string;
  resetRoundTrips(): Promise<void>;
  /** Waits until no service is still working on a request (those abandoned at a run's end included). */
  quiet(): Promise<void>;
  roundTrips(): Promise<{ total: number; byCommand: Record<string, number> }>;
  stop(): Promise<void>;
}

/**
 * Composes the current subgraph schemas (in a fresh clone identical to the committed
 * schema/supergraph.graphql) and points each subgraph's routing URL at where it runs.
 */
export function writeSupergraph(urls: Record<SubgraphName, string>, dir: string): string {
  const composed = composeSupergraph();
  if (!composed.supergraphSdl) throw new Error(`the subgraphs do not compose: ${composed.errors.join('; ')}`);
  let sdl = composed.supergraphSdl;
  for (const name of SUBGRAPH_NAMES) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]+(")`), `$1${urls[name]}$2`);
  }
  const file = path.join(dir, 'supergraph.graphql');
  fs.writeFileSync(file, sdl);
  return file;
}

export interface StackOptions {
  mongodbUri: string;
  dbPrefix: string;
  gateways: Array<Exclude<TargetName, 'direct'>>;
  /** Where our gateway writes its CPU profile when asked (profileStart/profileStop). */
  profileFile: string;
  /** Variants of our gateway (targets `gateway:<label>`): another source folder and/or other options. */
  variants?: GatewayVariant[];
}

export interface GatewayVariant {
  label: string;
  /** gateway/src of another ref (extracted by run.ts); the current code when absent. */
  src?: string;
  /** Extra GatewayOptions (JSON-serialisable). */
  options?: Record<string, unknown>;
  what: string;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-bench-'));
  const started: Service[] = [];
  try {
    const subgraphs = Object.fromEntries(
      await Promise.all(
        SUBGRAPH_NAMES.map(async (name) => {
          // no scheduled jobs: the deadline job would change the measured data on the wall clock
          const service = await forkService(name, 'subgraph', {
            BENCH_SUBGRAPH: name,
            BENCH_MONGODB_URI: options.mongodbUri,
            DB_PREFIX: options.dbPrefix,
            JOBS_ENABLED: 'false',
          });
          started.push(service);
          return [name, service] as const;
        }),
      ),
    ) as Record<SubgraphName, Service>;
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, subgraphs[n].url])) as Record<SubgraphName, string>;
    const supergraphFile = writeSupergraph(urls, dir);
    const env = { BENCH_SUPERGRAPH: supergraphFile, BENCH_SUBGRAPH_URLS: JSON.stringify(urls) };
    const targets: Stack['targets'] = {};
    await Promise.all(
      options.gateways.map(async (target) => {
        const variant = target.startsWith('gateway:') ? options.variants?.find((v) => `gateway:${v.label}` === target) : undefined;
        if (target.startsWith('gateway:') && !variant) throw new Error(`no variant for target ${target}`);
        const service =
          target === 'gateway'
            ? await forkService('our gateway', 'gateway', { ...env, BENCH_PROFILE_FILE: options.profileFile })
            : variant
              ? await forkService(target, 'gateway', {
                  ...env,
                  BENCH_PROFILE_FILE: `${options.profileFile}.${variant.label}`,
                  BENCH_GATEWAY_SRC: variant.src ?? '',
                  BENCH_GATEWAY_OPTIONS: JSON.stringify(variant.options ?? {}),
                })
              : await forkService(target, 'hive', { ...env, BENCH_HIVE_PLANNER: target === 'hive-rust' ? 'rust' : 'node' });
        started.push(service);
        targets[target] = service;
      }),
    );
    const all = () => SUBGRAPH_NAMES.map((n) => subgraphs[n]);
    return {
      subgraphs,
      targets,
      supergraphFile,
      async resetRoundTrips() {
        await Promise.all(all().map((s) => s.request('resetRoundTrips')));
      },
      async quiet() {
        // Until no service works on a request any more (twice in a row), at most 120 s.
        const services = [...all(), ...started.filter((s) => !all().includes(s))];
        const deadline = Date.now() + 120_000;
        for (let idle = 0; idle < 2 && Date.now() < deadline;) {
          const active = await Promise.all(services.map((s) => s.request<number>('active')));
          idle = active.every((n) => n === 0) ? idle + 1 : 0;
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async roundTrips() {
        const readings = await Promise.all(all().map((s) => s.request<{ total: number; byCommand: Record<string, number> }>('roundTrips')));
        const byCommand: Record<string, number> = {};
        for (const [i, r] of readings.entries()) for (const [c, n] of Object.entries(r.byCommand)) byCommand[`${SUBGRAPH_NAMES[i]}.${c}`] = n;
        return { total: readings.reduce((a, r) => a + r.total, 0), byCommand };
      },
      async stop() {
        await Promise.all(Object.values(targets).map((s) => s?.stop()));
        await Promise.all(all().map((s) => s.stop()));
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(started.map((s) => s.stop().catch(() => undefined)));
    throw error;
  }
}
