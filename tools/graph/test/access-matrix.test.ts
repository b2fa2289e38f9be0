import { parse, getNamedType, isObjectType, isNonNullType, isScalarType, isEnumType, type GraphQLSchema, type GraphQLObjectType } from 'graphql';
import { budgetFor, checkQueryLimits, type QueryBudget } from '@pecg/gateway';
import { ROLES, type Caller, type Role } from '@pecg/common';
import { demoEnterpriseId } from '@pecg/demo';
import type { SubgraphName } from '@pecg/registry';
import type { TestCaller } from '@pecg/testing';
import {
  AccessMatrix,
  AnswerChecker,
  censusRoutes,
  connectionNode,
  describeFinding,
  entityTypesOf,
  ENTERPRISE_TYPE,
  type CheckContext,
  type Finding,
  type MatrixOperation,
  type OwnerIndex,
  type RootCall,
  type Selection,
  printOperation,
} from '../src/access-matrix';
import { apiSchemaOf, composeSupergraph, startTestGraph, type TestGraph } from '../src';

/**
 * The generated access matrix (issue 11 item 2). Every path from a root Query field by which an
 * enterprise-scoped type or a PII field is reachable (derived from the composed supergraph and the
 * subgraphs' `pii.reveal` sites — see src/access-matrix.ts) is run against the real graph with the
 * demo data as every role. The test fails on the first leak: a record of another tenant for an
 * ENTERPRISE caller (demo enterprise 1), a record of another department's subgraph for a DEPARTMENT
 * caller, PII masked otherwise than PII_POLICY says, totals that count other tenants' records, and
 * `_entities` of any subgraph answering for another tenant's reference.
 */

const E1 = demoEnterpriseId(1).toHexString();
const E2 = demoEnterpriseId(2).toHexString();
const DEPARTMENT = 'approvals';
/** Tests per role (its operations split evenly). */
const PARTS = 2;

const callerOf = (role: Role): Caller & TestCaller => {
  const subject = `matrix-${role.toLowerCase()}`;
  if (role === 'ENTERPRISE') return { role, subject, enterpriseId: E1 };
  if (role === 'DEPARTMENT') return { role, subject, department: DEPARTMENT };
  return { role, subject };
};

const supergraphSdl = (() => {
  const composed = composeSupergraph();
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  return composed.supergraphSdl;
})();
const schema = apiSchemaOf(supergraphSdl);
const matrix = new AccessMatrix(schema, supergraphSdl);
/** The tightest of the roles' query budgets (gateway/src/limits-config.ts): every operation runs as every role. */
const budget: QueryBudget = ROLES.map((role) => budgetFor(role)).reduce((a, b) => {
  const tightest = { ...a };
  for (const key of Object.keys(a) as Array<keyof QueryBudget>) tightest[key] = Math.min(a[key], b[key]);
  return tightest;
});
const fits = (text: string) => checkQueryLimits({ schema, document: parse(text), source: text, budget, role: 'every role' })?.message;

interface RoleReport {
  paths: number;
  operations: number;
  objects: number;
  values: number;
  pii: number;
  findings: Finding[];
  errors: number;
  /** FORBIDDEN / NOT_FOUND answers (a record the caller may not see). */
  refused: number;
  ms: number;
}

const reports = new Map<string, RoleReport>();
const owners: OwnerIndex = new Map();
const clearValues = new Map<string, string>();
const census = { types: 0, records: 0, queries: 0 };
const setup = { startMs: 0, totalMs: 0 };
let operations: MatrixOperation[] = [];
let overBudget: Array<{ path: string; reason: string }> = [];
const unfilled: string[] = [];
const notes: string[] = [];
const allFindings: Finding[] = [];
/** PII values seen per field (all roles). */
const piiSeen = new Map<string, number>();

const dataOf = (response: { data?: Record<string, any> | null; errors?: unknown[] }, what: string): Record<string, any> => {
  if (response.errors?.length) throw new Error(`${what}: ${JSON.stringify(response.errors).slice(0, 800)}`);
  return response.data as Record<string, any>;
};

/** Enterprise-scoped objects an ENTERPRISE caller saw, per type (over its parts). */
const enterpriseSeen = new Map<string, { seen: number; own: number }>();
const newContext = (caller: Caller): CheckContext => ({
  caller,
  clearValues,
  owners,
  findings: [],
  counts: { objects: 0, values: 0, pii: new Map(), types: caller.role === 'ENTERPRISE' ? enterpriseSeen : undefined },
});

/** The errors a caller may get for a record it may not see (the record's fields are then absent, not leaked). */
const EXPECTED_ERROR_CODES = new Set(['FORBIDDEN', 'NOT_FOUND']);

describe('access matrix: every role × every path to enterprise-scoped records and personal information', () => {
  let graph: TestGraph;
  /** Ids found by the census, per type: [id, owners]. */
  const records = new Map<string, Array<{ id: string; owners: string[] }>>();

  beforeAll(async () => {
    const started = Date.now();
    graph = await startTestGraph({ seed: true });
    setup.startMs = Date.now() - started;

    // 1. The ADMIN census: every record of every enterprise-scoped type (and of every type a root field takes an id of), with its owner.
    const query = schema.getQueryType()!;
    const idRoots = Object.values(query.getFields()).filter((f) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined));
    const wanted = [...new Set([...matrix.scoped.keys(), ...idRoots.map((f) => getNamedType(f.type).name)])].filter((t) => {
      const type = schema.getType(t);
      return type && isObjectType(type) && 'id' in type.getFields() && t !== ENTERPRISE_TYPE;
    });
    for (const route of censusRoutes(matrix, wanted)) {
      let pageSize = 100;
      while (pageSize > 1 && fits(route.text(pageSize))) pageSize = Math.floor(pageSize / 2);
      const list: Array<{ id: string; owners: string[] }> = [];
      let after: string | undefined;
      do {
        census.queries += 1;
        const data = dataOf(await graph.query(route.text(pageSize), { after }, 'ADMIN'), `census of ${route.type}`);
        const page = route.read(data);
        list.push(...page.records);
        after = route.paged ? page.next : undefined;
      } while (after);
      records.set(route.type, list);
      census.types += 1;
      census.records += list.length;
      if (matrix.scoped.has(route.type)) for (const r of list) owners.set(`${route.type}:${r.id}`, r.owners);
    }
    records.set(ENTERPRISE_TYPE, [
      { id: E1, owners: [E1] },
      { id: E2, owners: [E2] },
    ]);

    // 2. Arguments of root fields that take an id: one record of the caller's enterprise and one of another (or any one, for types not scoped).
    const calls = new Map<string, RootCall[]>();
    for (const field of idRoots) {
      const type = getNamedType(field.type).name;
      const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const list = records.get(type) ?? [];
      const picks: Array<{ label: string; id: string }> = [];
      if (matrix.scoped.has(type)) {
        const own = list.find((r) => r.owners.includes(E1));
        const other = list.find((r) => r.owners.length > 0 && !r.owners.includes(E1));
        if (own) picks.push({ label: 'own', id: own.id });
        if (other) picks.push({ label: 'other', id: other.id });
      } else if (list[0]) picks.push({ label: 'any', id: list[0].id });
      const byId = Object.values(query.getFields()).find((f) => getNamedType(f.type).name === type && f.args.length === 1 && f.args[0].name === 'id');
      const out: RootCall[] = [];
      for (const pick of picks) {
        const values: string[] = [];
        for (const arg of required) {
          if (arg.name === 'id') values.push(`id: ${JSON.stringify(pick.id)}`);
          else if (byId && (schema.getType(type) as GraphQLObjectType).getFields()[arg.name]) {
            const data = dataOf(
              await graph.query(`query ($id: ID!) { x: ${byId.name}(id: $id) { ${arg.name} } }`, { id: pick.id }, 'ADMIN'),
              `${field.name} argument`,
            );
            values.push(`${arg.name}: ${JSON.stringify(data.x?.[arg.name])}`);
          }
        }
        if (values.length !== required.length) continue;
        out.push({ field: field.name, args: `(${values.join(', ')})`, alias: `${field.name}_${pick.label}`, label: `${pick.label} ${pick.id}` });
      }
      if (out.length === 0) unfilled.push(field.name);
      calls.set(field.name, out);
    }

    // 3. The paths, packed into operations within the gateway's budget (the same operations for every role).
    ({ operations, overBudget } = matrix.pack(calls, fits));
    setup.totalMs = Date.now() - started;
  }, 120_000);

  afterAll(async () => {
    await graph?.stop();
    const lines = [
      '',
      'access matrix',
      `  enterprise-scoped types (${matrix.scoped.size}): ${[...matrix.scoped.keys()].join(', ')}`,
      `  PII fields (${matrix.pii.length}): ${matrix.pii.map((p) => `${p.type}.${p.field}${p.source === 'name' ? '*' : ''}`).join(', ')}${matrix.pii.some((p) => p.source === 'name') ? '  (* no reveal site: found by its name)' : ''}`,
      `  paths: ${matrix.paths.length} (≤ ${Math.max(...matrix.paths.map((p) => p.steps.length))} fields, over ${new Set(matrix.paths.flatMap((p) => p.steps.map((st) => `${st.parent}.${st.field}`))).size} schema fields), ${operations.length} operations per role, ${overBudget.length} over budget${unfilled.length ? `, root fields without arguments at hand: ${unfilled.join(', ')}` : ''}`,
      `  ADMIN census: ${census.records} records of ${census.types} types in ${census.queries} queries; setup ${setup.totalMs} ms (graph started in ${setup.startMs} ms)`,
    ];
    for (const [role, r] of reports) {
      const kinds = new Map<string, number>();
      for (const f of r.findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
      lines.push(
        `  ${role.padEnd(10)} paths checked ${r.paths} in ${r.operations} operations, objects ${r.objects}, fields checked ${r.values} (PII ${r.pii}), refused ${r.refused}, unexpected errors ${r.errors}, leaks ${r.findings.length}${kinds.size ? ` (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''}, ${r.ms} ms`,
      );
    }
    const unseen = matrix.pii.map((p) => `${p.type}.${p.field}`).filter((f) => !piiSeen.get(f));
    if (reports.size > 0)
      lines.push(
        `  PII fields seen with a value: ${matrix.pii.length - unseen.length}/${matrix.pii.length}${unseen.length ? ` (no value in the demo data on any path: ${unseen.join(', ')})` : ''}`,
      );
    if (enterpriseSeen.size > 0) {
      const own = [...enterpriseSeen].filter(([t, v]) => matrix.scoped.has(t) && v.own > 0).map(([t, v]) => `${t} ${v.own}`);
      lines.push(`  ENTERPRISE saw its own records of ${own.length} enterprise-scoped types: ${own.join(', ')}`);
    }
    for (const note of notes) lines.push(`  ${note}`);
    const shown = new Set<string>();
    const distinct = allFindings.filter((f) => {
      const key = `${f.role}|${f.kind}|${f.path.replace(/\[\d+\]/g, '[]')}`;
      if (shown.has(key)) return false;
      shown.add(key);
      return true;
    });
    if (allFindings.length > 0) {
      // by role, kind and the schema field that reached the leaked record or value
      const vectors = new Map<string, { count: number; first: Finding }>();
      for (const f of allFindings) {
        const key = `${f.role} ${f.kind} ${f.via ?? f.path}`;
        const v = vectors.get(key);
        if (v) v.count += 1;
        else vectors.set(key, { count: 1, first: f });
      }
      lines.push(`  leaks: ${allFindings.length} in ${vectors.size} role × kind × field (first path of each):`);
      for (const [key, v] of vectors) lines.push(`    ${key} ×${v.count}: ${v.first.path} — ${v.first.detail.slice(0, 160)}`);
      lines.push(`  first ${Math.min(distinct.length, 40)} of ${distinct.length} distinct role × kind × path:`);
    }
    for (const f of distinct.slice(0, 40)) lines.push(`    ${describeFinding(f)}`);
    for (const o of overBudget.slice(0, 20)) lines.push(`  over budget: ${o.path}: ${o.reason}`);
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  it('derives the matrix from the schema: every reveal site maps to a field, every field to a sensitive type is on a path, no path over budget', () => {
    expect(matrix.unmappedRevealSites).toEqual([]);
    expect(matrix.uncoveredFields()).toEqual([]);
    expect(overBudget).toEqual([]);
    expect(unfilled).toEqual([]);
    expect(matrix.paths.length).toBeGreaterThan(100);
  });

  // ADMIN first: its clear values are what the other roles' masked values are compared with. Each role's
  // operations run in PARTS tests (each within the 60 s test timeout on a loaded machine); the totals with the last.
  const ordered: Role[] = ['ADMIN', ...ROLES.filter((r) => r !== 'ADMIN')];
  const table = ordered.flatMap((role) => Array.from({ length: PARTS }, (_, i) => [role, i + 1] as const));
  it.each(table)('%s (part %i): no record of another tenant, personal information exactly as PII_POLICY says', async (role, part) => {
    const caller = callerOf(role);
    const ctx = newContext(caller);
    const checker = new AnswerChecker(matrix, ctx);
    const started = Date.now();
    let errors = 0;
    let refused = 0;
    const run = async (operation: MatrixOperation): Promise<void> => {
      const response = await graph.query(operation.text, {}, caller);
      if (response.status >= 400 && !response.data)
        throw new Error(`[${role}] operation refused (${response.status}): ${JSON.stringify(response.errors)}\n${operation.text}`);
      const expectedOnly = (response.errors ?? []).every((e) => EXPECTED_ERROR_CODES.has(e.extensions?.code));
      // a non-null root the role may not read (FORBIDDEN) takes the whole answer with it: ask each root alone
      if (!response.data && expectedOnly && operation.roots.size > 1) {
        for (const [key, field] of operation.roots) {
          const roots = new Map([[key, field]]);
          await run({ text: printOperation(roots), roots, paths: [] });
        }
        return;
      }
      for (const error of response.errors ?? []) {
        if (EXPECTED_ERROR_CODES.has(error.extensions?.code)) {
          refused += 1;
          continue;
        }
        errors += 1;
        if (errors <= 3) notes.push(`[${role}] error at ${(error.path ?? []).join('.')}: ${error.extensions?.code} ${error.message.slice(0, 160)}`);
      }
      checker.checkData(operation, response.data);
    };
    const size = Math.ceil(operations.length / PARTS);
    const mine = operations.slice((part - 1) * size, part * size);
    for (const operation of mine) await run(operation);

    // totals: a connection's totalCount and its statistics' total count the same records; an ENTERPRISE caller's count only its own
    if (part === PARTS) ctx.findings.push(...(await checkTotals(graph, caller)));
    // not a vacuous pass: the caller's own records of every enterprise-scoped type it has any of are seen on some path
    if (part === PARTS && role === 'ENTERPRISE') {
      for (const [type, list] of records) {
        const own = list.filter((r) => r.owners.includes(E1)).length;
        if (matrix.scoped.has(type) && own > 0 && !enterpriseSeen.get(type)?.own) {
          ctx.findings.push({
            role,
            kind: 'own-records-unseen',
            path: type,
            record: `${own} in the ADMIN census`,
            detail: `enterprise ${E1} has ${own} ${type} records but saw none of them on any path`,
          });
        }
      }
    }

    const before = reports.get(role);
    const report: RoleReport = {
      paths: (before?.paths ?? 0) + mine.reduce((n, o) => n + o.paths.length, 0),
      operations: (before?.operations ?? 0) + mine.length,
      objects: (before?.objects ?? 0) + ctx.counts.objects,
      values: (before?.values ?? 0) + ctx.counts.values,
      pii: (before?.pii ?? 0) + [...ctx.counts.pii.values()].reduce((n, s) => n + s.clear + s.masked, 0),
      findings: [...(before?.findings ?? []), ...ctx.findings],
      errors: (before?.errors ?? 0) + errors,
      refused: (before?.refused ?? 0) + refused,
      ms: (before?.ms ?? 0) + Date.now() - started,
    };
    reports.set(role, report);
    for (const [field, stats] of ctx.counts.pii) piiSeen.set(field, (piiSeen.get(field) ?? 0) + stats.clear + stats.masked);
    allFindings.push(...ctx.findings);
    if (ctx.findings.length > 0) throw new Error(`${ctx.findings.length} leak(s) for ${role} (part ${part}); first: ${describeFinding(ctx.findings[0])}`);
  });

  it("ENTERPRISE through `_entities` of every subgraph: another tenant's reference resolves to nothing", async () => {
    const caller = callerOf('ENTERPRISE');
    const ctx = newContext(caller);
    const checker = new AnswerChecker(matrix, ctx);
    const started = Date.now();
    let representations = 0;
    for (const [name, subgraphSchema] of matrix.subgraphSchemas) {
      for (const type of entityTypesOf(subgraphSchema)) {
        const list = records.get(type) ?? [];
        const scoped = matrix.scoped.has(type);
        const own = scoped ? list.find((r) => r.owners.some((o) => o === E1)) : list[0];
        const other = scoped ? list.find((r) => r.owners.length > 0 && !r.owners.includes(E1)) : undefined;
        const selection = entitySelection(subgraphSchema, type);
        const text = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${type} ${printSel(selection)} } }`;
        for (const [label, record] of [
          ['own', own],
          ['other', other],
        ] as const) {
          if (!record) continue;
          representations += 1;
          const response = await graph.subgraphs[name as SubgraphName].query(text, { representations: [{ __typename: type, id: record.id }] }, caller);
          if (response.status >= 400 && !response.data)
            throw new Error(`${name} refused _entities(${type}) (${response.status}): ${JSON.stringify(response.errors)}`);
          const entity = response.data?._entities?.[0];
          const path = `${name}._entities(${type} ${label} ${record.id})`;
          if (label === 'other' && entity) {
            const filled = Object.entries(entity).filter(([k, v]) => k !== 'id' && k !== '__typename' && !isEmpty(v));
            if (filled.length > 0)
              ctx.findings.push({
                role: 'ENTERPRISE',
                kind: 'entities',
                path,
                via: `${name}._entities(${type})`,
                record: JSON.stringify(entity).slice(0, 300),
                detail: `another tenant's ${type} answers ${filled.map(([k]) => k).join(', ')}`,
              });
          }
          // the representation's own id comes back as sent: for another tenant's reference only what is under it is checked
          if (entity && label === 'own') checker.walkObject(entity, selection, { path, via: `${name}._entities(${type})`, types: [], relative: '' });
          else if (entity) {
            for (const [key, field] of selection.fields)
              checker.walkField(entity[key], field, { path: `${path}.${key}`, via: `${type}.${key} (${name}._entities)`, types: [type], relative: '' });
          }
        }
      }
    }
    reports.set('ENTERPRISE _entities', {
      paths: representations,
      operations: representations,
      objects: ctx.counts.objects,
      values: ctx.counts.values,
      pii: 0,
      findings: ctx.findings,
      errors: 0,
      refused: 0,
      ms: Date.now() - started,
    });
    allFindings.push(...ctx.findings);
    if (ctx.findings.length > 0) throw new Error(`${ctx.findings.length} leak(s) through _entities; first: ${describeFinding(ctx.findings[0])}`);
  });

  /** Compares totals for one caller (see the test above). */
  async function checkTotals(graph: TestGraph, caller: Caller & TestCaller): Promise<Finding[]> {
    const findings: Finding[] = [];
    const query = schema.getQueryType()!;
    const connections = Object.values(query.getFields()).filter(
      (f) => connectionNode(schema, getNamedType(f.type).name) && !f.args.some((a) => isNonNullType(a.type)),
    );
    const statistics = Object.values(query.getFields()).filter((f) => {
      const t = getNamedType(f.type);
      return isObjectType(t) && 'total' in t.getFields() && f.args.some((a) => a.name === 'filter');
    });
    // one root per operation: a non-null root the role may not read (FORBIDDEN) would take the others with it
    const data: Record<string, any> = {};
    for (const [name, selection] of [
      ...connections.map((f) => [f.name, `(first: 1) { totalCount }`] as const),
      ...statistics.map((f) => [f.name, `{ total }`] as const),
    ]) {
      const response = await graph.query(`{ ${name}${selection} }`, {}, caller);
      const unexpected = (response.errors ?? []).filter((e) => !EXPECTED_ERROR_CODES.has(e.extensions?.code));
      if (unexpected.length > 0) throw new Error(`[${caller.role}] ${name}: ${JSON.stringify(unexpected).slice(0, 800)}`);
      data[name] = response.data?.[name] ?? null;
    }
    for (const s of statistics) {
      const filter = s.args.find((a) => a.name === 'filter')!;
      const twin = connections.find((c) => c.args.find((a) => a.name === 'filter')?.type.toString() === filter.type.toString());
      if (twin && data[s.name] && data[twin.name] && data[s.name].total !== data[twin.name].totalCount) {
        findings.push({
          role: caller.role,
          kind: 'count',
          path: `${s.name}.total`,
          record: `${data[s.name].total}`,
          detail: `${s.name}.total ${data[s.name].total} ≠ ${twin.name}.totalCount ${data[twin.name].totalCount} (same filter type)`,
        });
      }
    }
    for (const c of connections) {
      const node = connectionNode(schema, getNamedType(c.type).name)!;
      if (!data[c.name]) continue;
      const total = data[c.name].totalCount as number;
      if (
        caller.role === 'DEPARTMENT' &&
        matrix.scoped.has(node) &&
        node !== ENTERPRISE_TYPE &&
        !(matrix.owners.get(node) ?? []).includes(DEPARTMENT) &&
        total !== 0
      ) {
        findings.push({
          role: caller.role,
          kind: 'count',
          path: `${c.name}.totalCount`,
          record: `${total}`,
          detail: `${node} is another department's record; the ${DEPARTMENT} department counts ${total}`,
        });
      }
      if (caller.role !== 'ENTERPRISE' || !matrix.scoped.has(node)) continue;
      const filterArg = c.args.find((a) => a.name === 'filter');
      const filterType = filterArg && getNamedType(filterArg.type);
      let expected: number | undefined;
      let how = '';
      if (filterType && 'getFields' in filterType && 'enterpriseId' in (filterType as any).getFields()) {
        const admin = dataOf(
          await graph.query(`{ x: ${c.name}(first: 1, filter: { enterpriseId: ${JSON.stringify(E1)} }) { totalCount } }`, {}, 'ADMIN'),
          `ADMIN ${c.name} of ${E1}`,
        );
        expected = admin.x.totalCount;
        how = `ADMIN's ${c.name}(filter: { enterpriseId }) counts ${expected}`;
      } else {
        const list = records.get(node);
        const ownCount = list?.filter((r) => r.owners.includes(E1)).length;
        if (ownCount !== undefined && total > ownCount)
          findings.push({
            role: caller.role,
            kind: 'count',
            path: `${c.name}.totalCount`,
            record: `${total}`,
            detail: `more than the ${ownCount} ${node} records of ${E1} in the ADMIN census`,
          });
        continue;
      }
      if (total !== expected)
        findings.push({
          role: caller.role,
          kind: 'count',
          path: `${c.name}.totalCount`,
          record: `${total}`,
          detail: `the ENTERPRISE caller's total is ${total}; ${how}`,
        });
    }
    return findings;
  }
});

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'totalCount' in (value as object)) return (value as { totalCount: number }).totalCount === 0;
  if (typeof value === 'number') return value === 0;
  return false;
}

/**
 * What `_entities` asks of an entity type in one subgraph: every field the subgraph defines for it
 * (without required arguments); object fields with their id, owner reference and PII fields.
 */
function entitySelection(subgraphSchema: GraphQLSchema, typeName: string): Selection {
  const type = subgraphSchema.getType(typeName) as GraphQLObjectType;
  const selection: Selection = { type: typeName, fields: new Map() };
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    const args = field.args.some((a) => a.name === 'first') ? '(first: 5)' : '';
    if (isScalarType(named) || isEnumType(named)) {
      selection.fields.set(field.name, { name: field.name, args, connection: false });
      continue;
    }
    if (!isObjectType(named)) continue;
    const node = connectionNode(subgraphSchema, named.name);
    const childType = node ?? named.name;
    const child = subgraphSchema.getType(childType) as GraphQLObjectType;
    const sub: Selection = { type: childType, fields: new Map() };
    const childFields = child.getFields();
    for (const f of Object.values(childFields)) {
      const t = getNamedType(f.type);
      const leaf = isScalarType(t) || isEnumType(t);
      if (f.args.some((a) => isNonNullType(a.type))) continue;
      if (leaf && (f.name === 'id' || f.name === '__typename' || (matrix.piiByType.get(childType) ?? []).some((p) => p.field === f.name)))
        sub.fields.set(f.name, { name: f.name, args: '', connection: false });
      if (isObjectType(t) && t.name === ENTERPRISE_TYPE) {
        // where the subgraph holds the enterprise itself, ask for its name too (a resolved Enterprise, checked as one)
        const local = 'name' in t.getFields();
        const enterprise = new Map([['id', { name: 'id', args: '', connection: false }]]);
        if (local) enterprise.set('name', { name: 'name', args: '', connection: false });
        sub.fields.set(f.name, { name: f.name, args: '', connection: false, child: { type: ENTERPRISE_TYPE, fields: enterprise } });
      }
    }
    if (sub.fields.size === 0) sub.fields.set('__typename', { name: '__typename', args: '', connection: false });
    selection.fields.set(field.name, { name: field.name, args, connection: !!node, child: sub });
  }
  return selection;
}

function printSel(selection: Selection): string {
  const parts = [...selection.fields.values()].map((f) => {
    const head = `${f.name}${f.args}`;
    if (!f.child) return head;
    if (f.connection) return `${head} { totalCount edges { node ${printSel(f.child)} } }`;
    return `${head} ${printSel(f.child)}`;
  });
  return `{ ${parts.join(' ')} }`;
}
