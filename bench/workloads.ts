import fs from 'node:fs';
import path from 'node:path';
import { demoEnterpriseId, demoId } from '@pecg/demo';
import { type MintOptions, type SubgraphName } from '@pecg/common';

/**
 * The benchmark's workloads: operations from bench/workloads/*.graphql a user would recognise, the
 * variables of the i-th request, the caller, and a check of each sampled response body.
 */
export interface WorkloadContext {
  /** Enterprises in the loaded scale: requests spread over demoEnterpriseId(1…enterprises). */
  enterprises: number;
  /** Unique per run: write markers carry it, so a run's writes can be counted in the database. */
  runId: string;
}

/** One request of a workload: built from the request number and what earlier steps captured. */
export interface Step {
  operation: string;
  variables(i: number, ctx: WorkloadContext, captured: Record<string, unknown>): Record<string, unknown>;
  /** Checks a response's data; returns what is wrong, or null. */
  check(data: any, ctx: WorkloadContext, variables: Record<string, unknown>): string | null;
  /** Keeps what the next step needs (e.g. the id and version of what was just created). */
  capture?(data: any): Record<string, unknown>;
  /** Writes: the id of what a successful response wrote (checked in the database afterwards). */
  writtenId?(data: any): string;
  /** Writes: where the written document lives, the field holding the run's marker (creating steps) and the status it must have. */
  stored?: { subgraph: SubgraphName; collection: string; markerField?: string; status: string };
}

export interface Workload {
  /** Name in the results, e.g. "EnterpriseList first:50". */
  name: string;
  /** Family, for cost growth across sizes and scales. */
  family: 'EnterpriseCard' | 'EnterprisePage' | 'EnterpriseList' | 'AnalystStats' | 'Writes';
  caller: MintOptions;
  /** Requests a client sends in order, again and again. */
  steps: Step[];
  /** The subgraph that can answer it alone (for the gateway-overhead ratio). */
  direct?: SubgraphName;
  /** Writes: how many documents a run should have created, checked in the database afterwards. */
  writes?: boolean;
  /** Items per request (EnterpriseList), for round-trip growth. */
  items?: number;
}

const WORKLOAD_DIR = path.join(__dirname, 'workloads');
const cache = new Map<string, string>();

export function operation(name: string): string {
  if (!cache.has(name)) cache.set(name, fs.readFileSync(path.join(WORKLOAD_DIR, `${name}.graphql`), 'utf8'));
  return cache.get(name)!;
}

/** A deterministic spread of enterprises over the loaded scale (a multiplicative hash of i). */
export const enterpriseFor = (i: number, ctx: WorkloadContext) => demoEnterpriseId(((i * 7_919) % ctx.enterprises) + 1).toHexString();

const enterpriseCheck = (data: any, ctx: WorkloadContext, fields: string[]): string | null => {
  const e = data?.enterprise;
  if (!e) return 'enterprise is null';
  if (!/^[0-9a-f]{24}$/.test(e.id)) return `enterprise.id "${e.id}" is not an id`;
  for (const field of fields) if (e[field] === undefined) return `enterprise.${field} is missing`;
  return ctx.enterprises > 0 ? null : 'no enterprises';
};

const SORT_FIELDS = ['NAME', 'FOUNDED_ON', 'EMPLOYEE_COUNT', 'CREATED_AT'] as const;
/**
 * The directory filters of the list workload: the five of the twelve category × membership filters
 * that hold at least a page of 50 firms at every scale from xs up (at xs, 200 firms: all 200, 小微科技
 * 157, non-members 132, 小微科技 non-members 111, members 68). The others (e.g. 其他 ∩ members, 4 firms
 * at xs and 333 at m) return a short page at xs and a full one at m, so with them a request did less
 * work at xs than at m and "CPU per request, m ÷ xs" measured the page's fill, not the cost of data
 * size; they are cheap, and they stay covered by the subgraphs' tests.
 */
const LIST_FILTERS: ReadonlyArray<Record<string, unknown>> = [
  {},
  { category: 'SMALL_MICRO_TECH' },
  { allianceMember: false },
  { allianceMember: true },
  { category: 'SMALL_MICRO_TECH', allianceMember: false },
];

/**
 * Request i's list: one of 5 filters × 4 sort fields × 2 directions. The filters cycle fastest (any 5
 * requests in a row hold each filter once), so a short window — 40 requests of a slow list at scale
 * m, 120 at xs — reads the same mix of filters at every scale.
 */
export function listVariables(i: number, first: number): Record<string, unknown> {
  const filter = LIST_FILTERS[i % LIST_FILTERS.length];
  const sort = { field: SORT_FIELDS[Math.floor(i / LIST_FILTERS.length) % 4], direction: Math.floor(i / (4 * LIST_FILTERS.length)) % 2 ? 'DESC' : 'ASC' };
  return { first, sort, ...(Object.keys(filter).length ? { filter } : {}) };
}

const list = (first: number): Workload => ({
  name: `EnterpriseList first:${first}`,
  family: 'EnterpriseList',
  // ANALYST: names stay masked, so a page writes no PII-audit records (ADMIN/POLICE would reveal and
  // audit them); the STANDARD budget of ADMIN/POLICE allows the same page (cost 3 401 at first:50, 6 801 at 100).
  caller: { role: 'ANALYST', subject: 'bench-analyst' },
  items: first,
  steps: [
    {
      operation: 'EnterpriseList',
      variables: (i) => listVariables(i, first),
      check(data, ctx) {
        const c = data?.enterprises;
        if (!c) return 'enterprises is null';
        if (!(c.totalCount > 0 && c.totalCount <= ctx.enterprises)) return `totalCount ${c.totalCount} outside 1…${ctx.enterprises}`;
        const expected = Math.min(first, c.totalCount);
        if (c.edges?.length !== expected) return `expected ${expected} edges, got ${c.edges?.length}`;
        for (const { node } of c.edges) {
          if (!Array.isArray(node.applications) || !Array.isArray(node.disputes) || !Array.isArray(node.activityRegistrations))
            return `node ${node.id} lacks a subgraph's lists`;
        }
        return null;
      },
    },
  ],
});

const STAT_VARIANTS: Array<Record<string, unknown>> = [
  {},
  { enterpriseFilter: { category: 'ABOVE_SCALE' }, activityFilter: { kinds: ['TRAINING'] }, disputeFilter: { kinds: ['ENTERPRISE_RELATED'] } },
  { enterpriseFilter: { category: 'SMALL_MICRO_TECH' }, activityFilter: { kinds: ['THEMED_PARTY_DAY'] }, disputeFilter: { kinds: ['TOURIST'] } },
  { enterpriseFilter: { allianceMember: true }, activityFilter: { statuses: ['COMPLETED'] }, disputeFilter: { resolved: true } },
];
/** Request i's statistics: every fourth over all data, the others narrowed by category / kind / status. */
export const statsVariables = (i: number) => STAT_VARIANTS[i % STAT_VARIANTS.length];

export const MARKER_PREFIX = 'bw';
export const writeMarker = (ctx: WorkloadContext, i: number) => `${MARKER_PREFIX} ${ctx.runId} #${i}`;

export const WORKLOADS: Workload[] = [
  {
    name: 'EnterpriseCard',
    family: 'EnterpriseCard',
    caller: { role: 'ADMIN', subject: 'bench-admin' },
    direct: 'enterprises',
    steps: [
      {
        operation: 'EnterpriseCard',
        variables: (i, ctx) => ({ id: enterpriseFor(i, ctx) }),
        check: (d, ctx) => enterpriseCheck(d, ctx, ['name', 'creditCode', 'categoryLabel']),
      },
    ],
  },
  {
    name: 'EnterprisePage',
    family: 'EnterprisePage',
    caller: { role: 'ADMIN', subject: 'bench-admin' },
    steps: [
      {
        operation: 'EnterprisePage',
        variables: (i, ctx) => ({ id: enterpriseFor(i, ctx) }),
        check: (d, ctx) =>
          enterpriseCheck(d, ctx, [
            'officer',
            'partyOrganization',
            'serviceNeeds',
            'riskAlerts',
            'applications',
            'creditMark',
            'disputes',
            'activityRegistrations',
          ]),
      },
    ],
  },
  list(10),
  list(50),
  list(100),
  {
    name: 'AnalystStats',
    family: 'AnalystStats',
    caller: { role: 'ANALYST', subject: 'bench-analyst' },
    steps: [
      {
        operation: 'AnalystStats',
        variables: (i) => statsVariables(i),
        check(data, ctx, variables) {
          const all = !variables.enterpriseFilter;
          const total = data?.enterpriseStatistics?.total;
          if (all ? total !== ctx.enterprises : !(total >= 0 && total <= ctx.enterprises))
            return `enterpriseStatistics.total ${total} (enterprises: ${ctx.enterprises})`;
          if (!(data?.activityStatistics?.total >= 0) || !(data?.disputeStatistics?.total >= 0)) return 'activity or dispute statistics missing';
          if (!Array.isArray(data?.approvalStatistics?.byStatus) || !(data.approvalStatistics.decidedCount > 0)) return 'approval statistics missing or empty';
          if (all && !(data.activityStatistics.total > 0 && data.disputeStatistics.total > 0)) return 'statistics over all data are empty';
          return null;
        },
      },
    ],
  },
  {
    name: 'Writes',
    family: 'Writes',
    caller: { role: 'ADMIN', subject: 'bench-writer' },
    writes: true,
    steps: [
      {
        operation: 'RaiseServiceNeed',
        variables: (i, ctx) => ({ input: { enterpriseId: enterpriseFor(i, ctx), category: 'SECURITY', description: writeMarker(ctx, i) } }),
        check: (d) => (d?.raiseServiceNeed?.status === 'OPEN' ? null : `raiseServiceNeed.status ${d?.raiseServiceNeed?.status}`),
        capture: (d) => ({ needId: d?.raiseServiceNeed?.id, needVersion: d?.raiseServiceNeed?.version }),
        writtenId: (d) => d.raiseServiceNeed.id,
        stored: { subgraph: 'enterprises', collection: 'service_needs', markerField: 'description', status: 'OPEN' },
      },
      {
        operation: 'AdvanceServiceNeed',
        variables: (_i, _ctx, captured) => ({ id: captured.needId, expectedVersion: captured.needVersion, input: { action: 'START' } }),
        check: (d) => (d?.advanceServiceNeed?.status === 'IN_PROGRESS' ? null : `advanceServiceNeed.status ${d?.advanceServiceNeed?.status}`),
        writtenId: (d) => d.advanceServiceNeed.id,
        stored: { subgraph: 'enterprises', collection: 'service_needs', status: 'IN_PROGRESS' },
      },
      {
        operation: 'CreateApplication',
        variables: (i, ctx) => ({
          input: {
            itemId: demoId('approval-item', (i % 5) + 1).toHexString(),
            enterpriseId: enterpriseFor(i, ctx),
            applicantContact: { name: writeMarker(ctx, i), phone: '13900000000' },
          },
        }),
        check: (d) => (d?.createApplication?.status === 'DRAFT' ? null : `createApplication.status ${d?.createApplication?.status}`),
        capture: (d) => ({ applicationId: d?.createApplication?.id, applicationVersion: d?.createApplication?.version }),
        writtenId: (d) => d.createApplication.id,
        stored: { subgraph: 'approvals', collection: 'applications', markerField: 'applicantContact.name', status: 'DRAFT' },
      },
      {
        operation: 'SubmitApplication',
        variables: (_i, _ctx, captured) => ({ id: captured.applicationId, expectedVersion: captured.applicationVersion }),
        check: (d) => (d?.submitApplication?.status === 'SUBMITTED' ? null : `submitApplication.status ${d?.submitApplication?.status}`),
        writtenId: (d) => d.submitApplication.id,
        stored: { subgraph: 'approvals', collection: 'applications', status: 'SUBMITTED' },
      },
    ],
  },
];

/** Events per pushed batch in the ingestion workload (the API takes up to 1 000). */
export const INGESTION_BATCH = 500;
const AI_CAMERAS = Array.from({ length: 23 }, (_, k) => `BHT-AI-${String(k + 1).padStart(3, '0')}`);
const EVENT_KINDS = ['CROWD_DENSITY', 'VEHICLE_IN_CLOSED_LANE', 'ABNORMAL_GATHERING', 'INTRUSION', 'FALL'] as const;

/**
 * The platform's push (community safety): batches of INGESTION_BATCH events with ids unique per run,
 * through the gateway with the platform's service identity. Measured in its own phase, alone and
 * while the EnterprisePage workload runs (bench/ingestion.ts), not in the per-target loop.
 */
export const INGESTION: Workload = {
  name: 'IngestSensingEvents',
  family: 'Writes',
  caller: { role: 'DEPARTMENT', department: 'community-safety', subject: 'platform:cloud-prevention' },
  items: INGESTION_BATCH,
  steps: [
    {
      operation: 'IngestSensingEvents',
      variables(i, ctx) {
        const at = new Date(Date.now() - 30_000).toISOString();
        return {
          events: Array.from({ length: INGESTION_BATCH }, (_, k) => ({
            platformEventId: `bench-${ctx.runId}-${i}-${k}`,
            deviceCode: AI_CAMERAS[(i + k) % AI_CAMERAS.length],
            kind: EVENT_KINDS[k % EVENT_KINDS.length],
            occurredAt: at,
            value: k % 5 === 0 ? 4.5 : null,
          })),
        };
      },
      check(data) {
        const r = data?.ingestSensingEvents;
        if (!r) return 'ingestSensingEvents is null';
        if (r.accepted !== INGESTION_BATCH || r.rejected.length)
          return `accepted ${r.accepted} of ${INGESTION_BATCH}, rejected ${r.rejected.length}: ${r.rejected[0]?.reason ?? ''}`;
        return null;
      },
    },
  ],
};

export function workloadByName(name: string): Workload {
  if (name === INGESTION.name) return INGESTION;
  const workload = WORKLOADS.find((w) => w.name === name);
  if (!workload) throw new Error(`no workload named "${name}"`);
  return workload;
}

/** The JSON body of one request. */
export function requestBody(step: Step, i: number, ctx: WorkloadContext, captured: Record<string, unknown> = {}): string {
  return bodyOf(step, step.variables(i, ctx, captured));
}

export function bodyOf(step: Step, variables: Record<string, unknown>): string {
  return JSON.stringify({ query: operation(step.operation), variables });
}
