import type { LoadResult } from './load';
import type { ProfileSummary } from './profile';

/** `gateway:<label>`: a variant of our gateway (`--variant`), e.g. the code before an optimisation. */
export type TargetName = 'gateway' | 'hive' | 'hive-rust' | 'direct' | `gateway:${string}`;

export const TARGET_LABELS: Record<'gateway' | 'hive' | 'hive-rust' | 'direct', string> = {
  gateway: 'our gateway (@apollo/gateway)',
  hive: 'Hive Gateway (Node planner)',
  'hive-rust': 'Hive Gateway + router-runtime (Rust planner)',
  direct: 'owning subgraph directly',
};

export interface RunRecord {
  scale: string;
  workload: string;
  family: string;
  items?: number;
  target: TargetName;
  connections: number;
  /** With `--rounds N`: which round (0-based) this run was; the report keeps each target's best. */
  round?: number;
  result: LoadResult;
  /** Database commands per request, summed over the four subgraphs (driver command monitoring). */
  dbRoundTripsPerRequest: number;
  dbRoundTripsByCommand: Record<string, number>;
  /**
   * Documents the database examined and returned during the run (the embedded engine's counters,
   * `{ pecgCounters: 1 }`); examined ÷ returned near 1 means every read was served by an index.
   * Absent on a server without the counters (a real MongoDB).
   */
  scan?: {
    examined: number;
    returned: number;
    perRequestExamined: number;
    /** Per collection ("pecg_approvals.applications"): documents examined and returned per request, full scans in the run. */
    byCollection?: Record<string, { examinedPerRequest: number; returnedPerRequest: number; scans: number }>;
  };
  /** Memory of the process serving the target after the run. */
  memory?: { rssMiB: number; heapUsedMiB: number };
  /** CPU ms per request of the target process ("gateway") and of each subgraph process. */
  cpuMsPerRequest: Record<string, number>;
  /** Writes: what the database holds afterwards vs. what the client saw succeed. */
  writeCheck?: { ok: boolean; detail: string };
  failed: boolean;
}

/** Community safety's ingestion through our gateway: alone, and while the enterprise page is served. */
export interface IngestionRecord {
  scale: string;
  batch: number;
  pushers: number;
  failed: boolean;
  detail?: string;
  eventsPerSecondAlone?: number;
  pushP99MsAlone?: number;
  eventsPerSecondDuringPage?: number;
  page?: { connections: number; rpsAlone: number; p99MsAlone: number; rpsDuring: number; p99MsDuring: number };
  errors?: number[];
}

export interface BenchResults {
  startedAt: string;
  mode: 'quick' | 'full';
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  database: string;
  loads: unknown[];
  /** One request of each workload per target before the load (all steps; `ms`: its latency, unloaded). */
  validation: Array<{ scale: string; workload: string; target: TargetName; ok: boolean; detail?: string; ms?: number }>;
  runs: RunRecord[];
  profiles: Array<ProfileSummary & { workload: string; rps: number; target?: string }>;
  failed: boolean;
  notes: string[];
  /** Ingestion of sensing events (community safety), per scale. */
  ingestion?: IngestionRecord[];
  /** Variants of our gateway run side by side (`--variant label=…`), with what each one is. */
  variants?: Array<{ label: string; what: string }>;
}

const f0 = (n: number) => (Number.isFinite(n) ? Math.round(n).toString() : '–');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
export const errorCount = (r: LoadResult) => r.errors.socket + r.errors.timeouts + r.errors.non2xx + r.errors.graphql + r.errors.check;

const SHORT: Record<string, string> = { enterprises: 'E', activities: 'Ac', approvals: 'Ap', mediation: 'M', database: '· DB' };
/** "3.1 · E 2.0 Ac 0.5 Ap 0.4 M 0.3 · DB 9.0" */
function cpuCell(cpu: Record<string, number> | undefined): string {
  if (!cpu) return '–';
  const gateway = cpu.gateway !== undefined ? `${f1(cpu.gateway)} · ` : '– · ';
  return (
    gateway +
    Object.entries(cpu)
      .filter(([k]) => k !== 'gateway')
      .map(([k, v]) => `${SHORT[k] ?? k} ${f1(v)}`)
      .join(' ')
  );
}

/** "1.02 (41/req)": examined ÷ returned, and documents examined per request. */
function scanCell(scan: RunRecord['scan']): string {
  if (!scan) return '–';
  const ratio = scan.returned ? scan.examined / scan.returned : scan.examined ? Infinity : 1;
  return `${Number.isFinite(ratio) ? ratio.toFixed(2) : '∞'} (${f0(scan.perRequestExamined)}/req)`;
}

/** A target's run of a workload; with `--rounds`, its best round (highest req/s). */
function find(results: BenchResults, scale: string, workload: string, target: TargetName, connections: number) {
  return results.runs
    .filter((r) => r.scale === scale && r.workload === workload && r.target === target && r.connections === connections)
    .reduce<RunRecord | undefined>((best, r) => (!best || r.result.rps > best.result.rps ? r : best), undefined);
}

/** The results as Markdown: every run, then the side-by-side ratios and cost growth. */
export function markdown(results: BenchResults): string {
  const lines: string[] = [];
  const m = results.machine;
  lines.push(
    `Run ${results.startedAt} (${results.mode}) on ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}; database: ${results.database}.`,
  );
  lines.push('');
  lines.push(
    '| scale | workload | target | conc. | req/s | p50 ms | p90 ms | p99 ms | errors | DB round-trips/req | examined ÷ returned | RSS MiB | heap MiB | CPU ms/req: gateway · subgraphs · DB |',
  );
  lines.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results.runs) {
    const e = errorCount(r.result);
    lines.push(
      `| ${r.scale} | ${r.workload} | ${r.target}${r.round ? ` (round ${r.round + 1})` : ''} | ${r.connections} | ${f0(r.result.rps)} | ${f1(r.result.latencyMs.p50)} | ${f1(r.result.latencyMs.p90)} | ${f1(r.result.latencyMs.p99)} | ${e ? `**${e} FAILED**` : '0'} | ${f1(r.dbRoundTripsPerRequest)} | ${scanCell(r.scan)} | ${r.memory?.rssMiB ?? '–'} | ${r.memory?.heapUsedMiB ?? '–'} | ${cpuCell(r.cpuMsPerRequest)} |`,
    );
  }
  if (results.ingestion?.length) {
    lines.push('', '**Ingestion of sensing events (community safety) through our gateway:**', '');
    lines.push(
      '| scale | batch × pushers | events/s alone | push p99 ms | events/s during the page | EnterprisePage conc. | page req/s alone → during | page p99 ms alone → during | errors |',
    );
    lines.push('| --- | --- | ---: | ---: | ---: | ---: | --- | --- | --- |');
    for (const r of results.ingestion) {
      if (!r.page) {
        lines.push(`| ${r.scale} | ${r.batch} × ${r.pushers} | **FAILED** ${r.detail ?? ''} | | | | | | |`);
        continue;
      }
      lines.push(
        `| ${r.scale} | ${r.batch} × ${r.pushers} | ${f0(r.eventsPerSecondAlone!)} | ${f1(r.pushP99MsAlone!)} | ${f0(r.eventsPerSecondDuringPage!)} | ${r.page.connections} | ${f0(r.page.rpsAlone)} → ${f0(r.page.rpsDuring)} | ${f1(r.page.p99MsAlone)} → ${f1(r.page.p99MsDuring)} | ${r.failed ? `**${r.errors?.join('/')} FAILED** ${r.detail ?? ''}` : '0'} |`,
      );
    }
  }
  const writes = results.runs.filter((r) => r.writeCheck);
  if (writes.length) {
    lines.push('', '**Writes, counted in the databases afterwards:**', '');
    for (const r of writes) lines.push(`- ${r.target}: ${r.writeCheck!.ok ? 'OK' : '**FAILED**'} — ${r.writeCheck!.detail}`);
  }
  const side: string[] = [];
  const scales = [...new Set(results.runs.map((r) => r.scale))];
  for (const scale of scales) {
    for (const workload of [...new Set(results.runs.filter((r) => r.scale === scale).map((r) => r.workload))]) {
      for (const c of [...new Set(results.runs.map((r) => r.connections))]) {
        const ours = find(results, scale, workload, 'gateway', c);
        if (!ours) continue;
        const cell = (t: TargetName) => {
          const other = find(results, scale, workload, t, c);
          return other ? `${f0(other.result.rps)} (${f2(ours.result.rps / other.result.rps)}×)` : '–';
        };
        side.push(`| ${scale} | ${workload} | ${c} | ${f0(ours.result.rps)} | ${cell('hive')} | ${cell('hive-rust')} | ${cell('direct')} |`);
      }
    }
  }
  if (side.length) {
    lines.push(
      '',
      '**Side by side** (req/s; in brackets: our gateway ÷ that target — above 1 means ours is faster; vs. direct it is the gateway overhead):',
      '',
    );
    lines.push(
      '| scale | workload | conc. | our gateway | Hive Gateway | Hive + Rust planner | subgraph directly |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...side,
    );
  }
  const variantRows: string[] = [];
  for (const scale of scales) {
    for (const workload of [...new Set(results.runs.filter((r) => r.scale === scale).map((r) => r.workload))]) {
      for (const c of [...new Set(results.runs.map((r) => r.connections))]) {
        const ours = find(results, scale, workload, 'gateway', c);
        const variants = results.runs.filter((r) => r.scale === scale && r.workload === workload && r.connections === c && r.target.startsWith('gateway:'));
        if (!ours || !variants.length) continue;
        for (const r of [...variants, ours]) {
          variantRows.push(
            `| ${scale} | ${workload} | ${c} | ${r.target === 'gateway' ? 'gateway (this code)' : r.target} | ${f0(r.result.rps)} | ${f1(r.result.latencyMs.p50)} | ${f1(r.result.latencyMs.p99)} | ${f2(r.cpuMsPerRequest.gateway)} | ${r.memory?.rssMiB ?? '–'} |`,
          );
        }
      }
    }
  }
  if (variantRows.length) {
    lines.push('', '**Variants of our gateway**, same run:', '');
    for (const v of results.variants ?? []) lines.push(`- \`gateway:${v.label}\`: ${v.what}`);
    lines.push(
      '',
      '| scale | workload | conc. | variant | req/s | p50 ms | p99 ms | gateway CPU ms/req | RSS MiB |',
      '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
      ...variantRows,
    );
  }
  const growth = results.runs.filter((r) => r.target === 'gateway' && (r.family === 'EnterpriseList' || r.family === 'AnalystStats'));
  if (growth.length) {
    lines.push('', '**Cost growth** (our gateway): EnterpriseList by page size, AnalystStats by scale:', '');
    lines.push(
      '| scale | workload | one request alone, ms | conc. | req/s | p50 ms | DB round-trips/req |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of growth) {
      const alone = results.validation.find((v) => v.scale === r.scale && v.workload === r.workload && v.target === 'gateway')?.ms;
      lines.push(
        `| ${r.scale} | ${r.workload} | ${alone ?? '–'} | ${r.connections} | ${f0(r.result.rps)} | ${f1(r.result.latencyMs.p50)} | ${f1(r.dbRoundTripsPerRequest)} |`,
      );
    }
  }
  // Cost flat with data size: CPU per request (gateway + subgraphs + database) at each scale ÷ the smallest.
  if (scales.length > 1) {
    const totalCpu = (r: RunRecord) => Object.values(r.cpuMsPerRequest).reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
    const flat: string[] = [];
    for (const workload of [...new Set(results.runs.filter((r) => r.target === 'gateway').map((r) => r.workload))]) {
      for (const c of [...new Set(results.runs.map((r) => r.connections))]) {
        const base = find(results, scales[0], workload, 'gateway', c);
        if (!base) continue;
        for (const scale of scales) {
          const r = find(results, scale, workload, 'gateway', c);
          if (!r) continue;
          // per document read: a page that holds more rows at a larger scale (filters narrowing few firms below the page size) reads more
          const perDoc = (x: RunRecord) => (x.scan?.perRequestExamined ? totalCpu(x) / x.scan.perRequestExamined : NaN);
          flat.push(
            `| ${workload} | ${c} | ${scale} | ${f1(totalCpu(r))} | ${f2(totalCpu(r) / totalCpu(base))}× | ${scanCell(r.scan)} | ${Number.isFinite(perDoc(r)) ? perDoc(r).toFixed(3) : '–'} | ${Number.isFinite(perDoc(r) / perDoc(base)) ? `${f2(perDoc(r) / perDoc(base))}×` : '–'} |`,
          );
        }
      }
    }
    if (flat.length) {
      lines.push(
        '',
        `**Cost by data size** (our gateway): CPU ms per request summed over gateway, subgraphs and database, and its ratio to scale ${scales[0]}:`,
        '',
      );
      lines.push(
        '| workload | conc. | scale | CPU ms/req (all processes) | ÷ smallest scale | examined ÷ returned | CPU ms per document read | ÷ smallest scale |',
        '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
        ...flat,
      );
    }
  }
  for (const p of results.profiles) {
    lines.push(
      '',
      `**CPU profile of ${!p.target || p.target === 'gateway' ? 'our gateway' : p.target}** during ${p.workload} (${f0(p.rps)} req/s; ${p.totalMs} ms of samples, idle excluded) — self time by package:`,
      '',
    );
    lines.push('| package | self ms | % |', '| --- | ---: | ---: |', ...p.packages.slice(0, 10).map((x) => `| ${x.name} | ${x.selfMs} | ${x.percent} |`));
    lines.push(
      '',
      'Share of samples with each concern on the stack (overlapping):',
      '',
      '| concern | % |',
      '| --- | ---: |',
      ...p.concerns.map((c) => `| ${c.name} | ${c.percent} |`),
    );
    lines.push('', 'Top functions by self time:', '', '| function | where | self ms | % |', '| --- | --- | ---: | ---: |');
    lines.push(...p.functions.slice(0, 12).map((x) => `| \`${x.name}\` | ${x.where} | ${x.selfMs} | ${x.percent} |`));
  }
  const failures = results.validation.filter((v) => !v.ok);
  if (failures.length) {
    lines.push('', '**Validation failures** (one request per workload and target before the load):', '');
    for (const v of failures) lines.push(`- ${v.scale} ${v.workload} → ${v.target}: ${v.detail}`);
  }
  for (const note of results.notes) lines.push('', `Note: ${note}`);
  lines.push('', results.failed ? '**RESULT: FAILED** (errors, failed validation or failed write check above)' : '**RESULT: OK** — zero errors in every run.');
  return lines.join('\n');
}
