import fs from 'node:fs';
import path from 'node:path';

/** Self time per function from a V8 .cpuprofile (node --cpu-prof), and per package. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Top functions by self time. */
  functions: Array<{ name: string; where: string; selfMs: number; percent: number }>;
  /** Self time grouped by package (node_modules/<pkg>), node internals, or our code. */
  packages: Array<{ name: string; selfMs: number; percent: number }>;
  /** Share of samples whose synchronous stack contains a frame of each concern (overlapping). */
  concerns: Array<{ name: string; percent: number }>;
}

/** What the gateway spends time on, by the frames on the stack (file or function name). */
const CONCERNS: Array<[string, RegExp]> = [
  ['query limits (gateway/src/limits.ts, graphql-query-complexity, graphql-armor)', /gateway\/src\/limits|graphql-query-complexity|graphql-armor/],
  ['async_hooks (AsyncLocalStorage promise hooks)', /async_hooks/],
  ['AbortSignal creation (AbortSignal.any / timeout)', /makeTransferable|AbortSignal|abort_controller/],
  ['JWT verification (jose)', /\/jose\//],
  ['metrics (prom-client)', /prom-client|metrics\.ts/],
  ['request logs (pino)', /\/pino\/|@pinojs/],
  ['express, router, body-parser', /body-parser|\/express\/|\/router\//],
  ['subgraph HTTP client (undici)', /undici/],
  ['query planning (@apollo/query-planner)', /query-planner/],
  ['result shaping (@apollo/gateway resultShaping)', /resultShaping/],
  ['GraphQL parse / validate (graphql-js)', /graphql\/(language\/parser|validation\/validate)/],
];

function where(url: string, line: number): string {
  if (!url) return '(native)';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  const short = nm >= 0 ? clean.slice(nm + 'node_modules/'.length) : path.relative(process.cwd(), clean);
  return `${short}:${line + 1}`;
}

function packageOf(url: string, functionName: string): string {
  if (!url)
    return functionName === '(garbage collector)'
      ? '(garbage collector)'
      : functionName === '(idle)' || functionName === '(program)'
        ? functionName
        : '(native)';
  if (url.startsWith('node:')) return 'node:internals';
  const clean = url.replace(/^file:\/\//, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm < 0) return clean.includes('/packages/common/') ? '@pecg/common' : clean.includes('/gateway/') ? '@pecg/gateway' : 'other';
  const rest = clean.slice(nm + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

export function summarizeProfile(file: string, top = 20): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i += 1) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const functions = new Map<string, { name: string; where: string; selfMs: number }>();
  const packages = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    totalUs += us;
    const key = `${functionName}@${url}:${lineNumber}`;
    const entry = functions.get(key) ?? { name: functionName || '(anonymous)', where: where(url, lineNumber), selfMs: 0 };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
    const pkg = packageOf(url, functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us / 1000);
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const concernUs = CONCERNS.map(() => 0);
  for (const [id, us] of self) {
    if (byId.get(id)!.callFrame.functionName === '(idle)') continue;
    CONCERNS.forEach(([, re], k) => {
      for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
        const frame = byId.get(cur)!.callFrame;
        if (re.test(frame.url) || re.test(frame.functionName)) {
          concernUs[k] += us;
          break;
        }
      }
    });
  }
  const totalMs = totalUs / 1000;
  const pct = (ms: number) => Math.round((ms / totalMs) * 1000) / 10;
  return {
    file,
    totalMs: Math.round(totalMs),
    functions: [...functions.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, selfMs: Math.round(f.selfMs), percent: pct(f.selfMs) })),
    packages: [...packages.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, selfMs: Math.round(ms), percent: pct(ms) })),
    concerns: CONCERNS.map(([name], k) => ({ name, percent: pct(concernUs[k] / 1000) })).sort((a, b) => b.percent - a.percent),
  };
}

if (require.main === module) {
  const summary = summarizeProfile(process.argv[2], Number(process.argv[3] ?? 25));
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}
