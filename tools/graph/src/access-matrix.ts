import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isEnumType,
  isUnionType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { maskIdNumber, maskName, maskPhone, PII_CLEAR_ROLES, PII_POLICY, seesPiiInClear, type Caller, type PiiKind, type Role } from '@pecg/common';
import { REPO_ROOT } from './subgraphs';

/**
 * The generated access matrix (issue 11 item 2): everything the test needs that does not need a
 * running graph. From the client-facing schema it derives
 * - the enterprise-scoped types (Enterprise, and every type that names its enterprise(s)),
 * - the personal-information fields (every `pii.reveal(…)` site of the subgraphs, mapped onto the
 *   schema, and every field whose name says it holds a person's name, phone or ID number),
 * - every path from a root Query field, to a depth that covers every object type, that reaches one of
 *   them (no field twice on a path),
 * and it packs the paths into operations within a role's query budget, then checks the answers:
 * no record of another tenant for an ENTERPRISE caller, masking exactly as PII_POLICY says.
 */

// ---------------------------------------------------------------------------------------------------
// Enterprise-scoped types

/** How a type names the enterprise(s) it belongs to (the fields the check selects). */
export interface Ownership {
  /** `enterprise: Enterprise` (single owner). */
  enterprise?: string;
  /** `enterprises: [Enterprise]` (several: a record of each). */
  enterprises?: string;
  /** `enterpriseId: ID`. */
  enterpriseId?: string;
  /** `enterpriseIds: [ID]`. */
  enterpriseIds?: string;
}

export const ENTERPRISE_TYPE = 'Enterprise';
/** The GraphQL field listing an object's enterprises (a field name, not the subgraph of that name). */
const ENTERPRISES_FIELD = `${ENTERPRISE_TYPE.toLowerCase()}s`;

/**
 * Types whose Enterprise reference is a relation to the directory, not ownership: the type is not an
 * enterprise's record (a police officer serves several enterprises and is visible to all), though its
 * nested Enterprise objects are still checked like every Enterprise object.
 */
export const NOT_OWNED_BY_ENTERPRISE: Readonly<Record<string, string>> = {
  PoliceOfficer: 'an officer serves enterprises; the officer is staff, visible to every role (its list of enterprises is checked as Enterprise objects)',
  EnterpriseRegistrationCount: 'a statistics row; its `enterprise` is checked as an Enterprise object',
};

/**
 * Enterprise-scoped types, mechanically: Enterprise itself, and every object type with a field
 * `enterprise: Enterprise`, `enterprises: [Enterprise]`, `enterpriseId: ID` or `enterpriseIds: [ID]`
 * (except the relations listed in NOT_OWNED_BY_ENTERPRISE). Mapped to the fields naming the owner.
 */
export function enterpriseScopedTypes(schema: GraphQLSchema): Map<string, Ownership> {
  const scoped = new Map<string, Ownership>();
  const enterprise = schema.getType(ENTERPRISE_TYPE);
  if (!enterprise) throw new Error('the schema has no Enterprise type');
  scoped.set(ENTERPRISE_TYPE, {});
  for (const type of objectTypes(schema)) {
    if (type.name === ENTERPRISE_TYPE || NOT_OWNED_BY_ENTERPRISE[type.name]) continue;
    const ownership: Ownership = {};
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const list = isListType(getNullableType(field.type));
      if (named.name === ENTERPRISE_TYPE && field.name === 'enterprise' && !list) ownership.enterprise = field.name;
      else if (named.name === ENTERPRISE_TYPE && field.name === ENTERPRISES_FIELD && list) ownership.enterprises = field.name;
      else if (field.name === 'enterpriseId' && isScalarType(named) && !list) ownership.enterpriseId = field.name;
      else if (field.name === 'enterpriseIds' && isScalarType(named) && list) ownership.enterpriseIds = field.name;
    }
    if (Object.keys(ownership).length > 0) scoped.set(type.name, ownership);
  }
  return scoped;
}

/** Object types of the client-facing schema, operation and introspection types excluded. */
export function objectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const operations = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  return Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !operations.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------------------------------------------
// Personal information

/** One `pii.reveal(kind, value, entity, entityId, field)` call in a subgraph's source (or a call of a helper wrapping it, or of `revealStamp`). */
export interface RevealSite {
  /** Path relative to the repository root, and line. */
  file: string;
  line: number;
  /** The call as written (for messages). */
  call: string;
  /** Undefined when the call's arguments could not be read (the site is then reported as not covered). */
  kind?: PiiKind;
  /** The kind of record (a key of PII_POLICY); `ActorStamp` for `revealStamp`. */
  entity?: string;
  /** The stored field path named in the call (`contacts.${c.index}.name`). */
  fieldPath?: string;
  /** The GraphQL type owning the resolver (the resolver file's name). */
  resolverType: string;
  /** The resolver's key on that type (e.g. `applicantContact`), if found. */
  resolverField?: string;
  /** `stamp`: a `revealStamp`/`revealActorName` call — the name of an ActorStamp. */
  stamp?: boolean;
}

/** The arguments of the call whose `(` is at `open`, split at top-level commas; and the index after `)`. */
export function callArguments(source: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | undefined;
  for (let i = open + 1; i < source.length; i += 1) {
    const c = source[i];
    if (quote) {
      current += c;
      if (c === '\\') {
        current += source[i + 1] ?? '';
        i += 1;
      } else if (c === quote) quote = undefined;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
      current += c;
    } else if (c === '(' || c === '[' || c === '{') {
      depth += 1;
      current += c;
    } else if ((c === ')' || c === ']' || c === '}') && depth > 0) {
      depth -= 1;
      current += c;
    } else if (c === ')') {
      if (current.trim()) args.push(current.trim());
      return { args, end: i + 1 };
    } else if (c === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += c;
  }
  return { args, end: source.length };
}

/** The text of a string or template literal (template expressions kept as `${…}`), or undefined for anything else. */
function literal(arg: string | undefined): string | undefined {
  const m = arg && /^(['"`])([\s\S]*)\1$/.exec(arg.trim());
  return m ? m[2] : undefined;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'node_modules') out.push(...sourceFiles(full));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.generated.ts')) out.push(full);
  }
  return out;
}

/** The source files of every subgraph (`subgraphs/<name>/src`, tests and generated files excluded): path relative to `root` → text. */
export function subgraphSources(root = REPO_ROOT): Map<string, string> {
  const sources = new Map<string, string>();
  const subgraphsDir = path.join(root, 'subgraphs');
  for (const subgraph of readdirSync(subgraphsDir).sort()) {
    const src = path.join(subgraphsDir, subgraph, 'src');
    let files: string[];
    try {
      files = sourceFiles(src).sort();
    } catch {
      continue;
    }
    for (const file of files) sources.set(path.relative(root, file), readFileSync(file, 'utf8'));
  }
  return sources;
}

/** Every reveal site of the subgraphs' sources (see RevealSite). */
export function findRevealSites(root = REPO_ROOT): RevealSite[] {
  return revealSitesOf(subgraphSources(root));
}

const lineOf = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** The resolver key at or above `line` (1-based): `  key: (` or `  key(` at the resolver map's indentation. */
function resolverKeyAt(lines: string[], line: number): string | undefined {
  for (let i = line - 1; i >= 0; i -= 1) {
    const key = /^\s{2}(\w+)\s*(?::|\()/.exec(lines[i]);
    if (key) return key[1];
  }
  return undefined;
}

/**
 * The reveal sites of some source files (path → text): every `.reveal(` call with literal kind,
 * entity and field path; a helper function that passes its own parameters to `.reveal(` is followed to
 * its calls; every `.revealStamp(`/`.revealActorName(` call is the name of an ActorStamp.
 */
export function revealSitesOf(sources: ReadonlyMap<string, string>): RevealSite[] {
  const sites: RevealSite[] = [];
  const helpers: Array<{ name: string; params: string[]; args: string[]; file: string; line: number }> = [];
  for (const [file, source] of sources) {
    const lines = source.split('\n');
    const resolverType = path.basename(file, '.ts');
    for (const match of source.matchAll(/\.(reveal|revealStamp|revealActorName)\(/g)) {
      const open = match.index! + match[0].length - 1;
      const { args, end } = callArguments(source, open);
      const line = lineOf(source, match.index!);
      const call = source.slice(match.index! + 1, end).replace(/\s+/g, ' ');
      if (match[1] !== 'reveal') {
        sites.push({
          file,
          line,
          call,
          entity: 'ActorStamp',
          kind: 'NAME',
          fieldPath: 'name',
          resolverType,
          resolverField: resolverKeyAt(lines, line),
          stamp: true,
        });
        continue;
      }
      const [kind, entity, fieldPath] = [literal(args[0]), literal(args[2]), literal(args[4])];
      if (kind && entity && fieldPath !== undefined) {
        sites.push({ file, line, call, kind: kind as PiiKind, entity, fieldPath, resolverType, resolverField: resolverKeyAt(lines, line) });
        continue;
      }
      // a helper passing its parameters on: function name(a, b, …) { … .reveal(…) }
      let helper: { name: string; params: string[] } | undefined;
      for (let i = line - 1; i >= 0 && !helper; i -= 1) {
        const fn = /function\s+(\w+)\s*\(/.exec(lines[i]);
        if (fn) {
          const at = source.indexOf(fn[0], lines.slice(0, i).join('\n').length);
          const params = callArguments(source, at + fn[0].length - 1).args.map((p) => p.replace(/[?]?\s*:.*$/s, '').trim());
          helper = { name: fn[1], params };
        }
      }
      if (helper) helpers.push({ ...helper, args, file, line });
      else sites.push({ file, line, call, resolverType });
    }
  }
  for (const helper of helpers) {
    const bind = (arg: string | undefined, values: string[]) => {
      if (arg === undefined) return undefined;
      const index = helper.params.indexOf(arg.trim());
      return index >= 0 ? values[index] : arg;
    };
    let calls = 0;
    for (const [file, source] of sources) {
      const lines = source.split('\n');
      for (const match of source.matchAll(new RegExp(`(?<![\\w.])${helper.name}\\(`, 'g'))) {
        const line = lineOf(source, match.index!);
        if (file === helper.file && /function\s/.test(lines[line - 1])) continue;
        const { args: values, end } = callArguments(source, match.index! + match[0].length - 1);
        calls += 1;
        const [kind, entity, fieldPath] = [literal(bind(helper.args[0], values)), literal(bind(helper.args[2], values)), literal(bind(helper.args[4], values))];
        const call = source.slice(match.index!, end).replace(/\s+/g, ' ');
        const resolverType = path.basename(file, '.ts');
        if (kind && entity && fieldPath !== undefined)
          sites.push({ file, line, call, kind: kind as PiiKind, entity, fieldPath, resolverType, resolverField: resolverKeyAt(lines, line) });
        else sites.push({ file, line, call, resolverType });
      }
    }
    if (calls === 0) sites.push({ file: helper.file, line: helper.line, call: `${helper.name}(…) (never called)`, resolverType: '' });
  }
  return sites.sort((a, b) => `${a.file}:${String(a.line).padStart(5, '0')}`.localeCompare(`${b.file}:${String(b.line).padStart(5, '0')}`));
}

/**
 * The schema field a reveal site resolves: the last segment of its stored field path, on the
 * resolver's type or on the type one of the path's segments (or the resolver's key) leads to.
 */
export function schemaFieldOfRevealSite(schema: GraphQLSchema, site: RevealSite): { type: string; field: string } | undefined {
  const start = schema.getType(site.resolverType);
  if (!start || !isObjectType(start) || site.fieldPath === undefined) return undefined;
  if (site.stamp) {
    const stamp = schema.getType(STAMP_TYPE);
    return stamp && isObjectType(stamp) && stamp.getFields().name ? { type: STAMP_TYPE, field: 'name' } : undefined;
  }
  const segments = site.fieldPath.split('.').filter((s) => /^[A-Za-z_]\w*$/.test(s));
  const last = segments[segments.length - 1];
  if (!last) return undefined;
  const isScalarField = (t: GraphQLObjectType, name: string) => {
    const f = t.getFields()[name];
    return !!f && (isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)));
  };
  let current: GraphQLObjectType = start;
  for (const segment of segments.slice(0, -1)) {
    const f = current.getFields()[segment];
    const next = f && getNamedType(f.type);
    if (next && isObjectType(next)) current = next;
  }
  if (isScalarField(current, last)) return { type: current.name, field: last };
  if (site.resolverField) {
    const f = start.getFields()[site.resolverField];
    const next = f && getNamedType(f.type);
    if (next && isObjectType(next) && isScalarField(next, last)) return { type: next.name, field: last };
    if (f && isScalarField(start, site.resolverField)) return { type: start.name, field: site.resolverField };
  }
  return undefined;
}

/** The type of "who did something" stamps, revealed by `PiiGate.revealStamp`. */
export const STAMP_TYPE = 'ActorStamp';

/**
 * The PII_POLICY entity of an ActorStamp's name, as `PiiGate.revealActorName` decides it: a person of
 * an enterprise when an ENTERPRISE user acted (that enterprise sees the name in the clear), else staff.
 * The stamp does not show its enterprise: it is taken to be the owner of the stamped record.
 */
export function stampEntity(stamp: { role?: unknown }): string {
  return stamp.role === 'ENTERPRISE' ? 'Enterprise' : 'Staff';
}

/** Fields selected beside PII fields because the rule for them depends on them. */
export const PII_CONTEXT_FIELDS: Readonly<Record<string, readonly string[]>> = { [STAMP_TYPE]: ['role'] };

/** A field holding personal information, with the rule PII_POLICY applies to it. */
export interface PiiField {
  type: string;
  field: string;
  kind: PiiKind;
  /** The PII_POLICY key its masking follows. */
  entity: string;
  /** A reveal site masks it; `name`: found by its name only (nothing masks it today). */
  source: 'reveal' | 'name';
  sites: string[];
}

/** Field names that hold a person's name, phone or ID number, wherever they appear. */
const PERSON_FIELD =
  /^(personName|personPhone|mediatorName|answeredBy|secretary|liaisonName|liaisonPhone|contactName|contactPhone|\w*Phone|phone|idNumber|\w*IdNumber)$/;
/** `name` holds a person's name on types that describe a person: they have a phone or ID number, or are an actor stamp. */
const PERSON_TYPE_NAME_FIELD = 'name';

/**
 * Which PII_POLICY entity a field found by name only follows (nothing reveals it, so nothing says):
 * the policy's own descriptions (read-policy.ts) name these. Other such fields follow the type they
 * are on, or the nearest PII_POLICY entity a path to them passes (see `piiEntityOnPath`).
 */
export const PII_ENTITY_BY_FIELD: Readonly<Record<string, string>> = {
  'PartyOrganization.secretary': 'Enterprise',
  'MediationSession.mediatorName': 'Staff',
  'LegalConsultation.answeredBy': 'Staff',
  'ActorStamp.name': 'ActorStamp',
};

/** Fields whose name looks personal but that are not personal information, with the reason. */
export const NOT_PII: Readonly<Record<string, string>> = {
  'PoliceOfficer.name': "an officer's name is public (badge, workstation); only the work phone is PII (PII_POLICY.PoliceOfficer)",
};

function kindOfName(field: string): PiiKind {
  if (/phone/i.test(field)) return 'PHONE';
  if (/idnumber/i.test(field)) return 'ID_NUMBER';
  return 'NAME';
}

/**
 * The personal-information fields of the schema: every reveal site (kind and entity as the call
 * says), plus every field whose name says it holds a person's name, phone or ID number.
 */
export function piiFields(schema: GraphQLSchema, sites: RevealSite[] = findRevealSites()): { fields: PiiField[]; unmapped: RevealSite[] } {
  const byKey = new Map<string, PiiField>();
  const unmapped: RevealSite[] = [];
  for (const site of sites) {
    const target = site.kind ? schemaFieldOfRevealSite(schema, site) : undefined;
    if (!target || !site.kind || !site.entity) {
      unmapped.push(site);
      continue;
    }
    const key = `${target.type}.${target.field}`;
    const existing = byKey.get(key);
    if (existing) existing.sites.push(`${site.file}:${site.line}`);
    else byKey.set(key, { ...target, kind: site.kind, entity: site.entity, source: 'reveal', sites: [`${site.file}:${site.line}`] });
  }
  for (const type of objectTypes(schema)) {
    const fields = type.getFields();
    const personType =
      Object.keys(fields).some((f) => /phone$|idNumber$/i.test(f)) || (['subject', 'role', 'name'].every((f) => f in fields) && !('id' in fields));
    for (const field of Object.values(fields)) {
      const key = `${type.name}.${field.name}`;
      if (byKey.has(key) || NOT_PII[key] || getNamedType(field.type).name !== 'String') continue;
      if (PERSON_FIELD.test(field.name) || (field.name === PERSON_TYPE_NAME_FIELD && personType)) {
        byKey.set(key, { type: type.name, field: field.name, kind: kindOfName(field.name), entity: PII_ENTITY_BY_FIELD[key] ?? '', source: 'name', sites: [] });
      }
    }
  }
  return { fields: [...byKey.values()].sort((a, b) => `${a.type}.${a.field}`.localeCompare(`${b.type}.${b.field}`)), unmapped };
}

/**
 * The PII_POLICY entity a field found by name follows on a given path: its declared entity, else
 * the field's own type if PII_POLICY names it, else the nearest type on the path PII_POLICY names
 * (a dispute party's phone follows Dispute), else none (PiiGate's fallback by kind).
 */
export function piiEntityOnPath(field: PiiField, typesOnPath: readonly string[]): string {
  if (field.entity) return field.entity;
  if (PII_POLICY[field.type]) return field.type;
  for (let i = typesOnPath.length - 1; i >= 0; i -= 1) if (PII_POLICY[typesOnPath[i]]) return typesOnPath[i];
  return '';
}

export const MASKERS: Readonly<Record<PiiKind, (value: string) => string | null>> = { NAME: maskName, PHONE: maskPhone, ID_NUMBER: maskIdNumber };

/** Whether PII_POLICY shows `caller` the person's data in the clear (`owner`: the enterprise the person belongs to). */
export function expectClear(caller: Caller, entity: string, kind: PiiKind, owner: string | undefined): boolean {
  return seesPiiInClear(caller, entity, owner, PII_CLEAR_ROLES[kind]);
}

// ---------------------------------------------------------------------------------------------------
// Paths

/** One field on a path: `parent.field`, returning `type` (connections are unwrapped: `type` is the node type). */
export interface PathStep {
  parent: string;
  field: string;
  type: string;
  list: boolean;
  /** The field returns a connection (`totalCount`, `edges { node }`). */
  connection: boolean;
}

export interface AccessPath {
  steps: PathStep[];
  /** What the path reaches: the enterprise-scoped type and/or PII fields of its last type. */
  reaches: { scoped: boolean; pii: string[] };
}

export function pathText(steps: readonly PathStep[]): string {
  return steps.map((s) => s.field).join('.');
}

/** The node type of a connection type (`edges: [XEdge] { node: X }`), if `type` is one. */
export function connectionNode(schema: GraphQLSchema, typeName: string): string | undefined {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type) || !typeName.endsWith('Connection')) return undefined;
  const edges = type.getFields().edges;
  const edge = edges && getNamedType(edges.type);
  if (!edge || !isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  return node ? getNamedType(node.type).name : undefined;
}

/** Object-typed fields out of a type (connection and edge wrappers skipped). */
export function stepsFrom(schema: GraphQLSchema, typeName: string): PathStep[] {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) return [];
  const steps: PathStep[] = [];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (!isObjectType(named) || named.name === 'PageInfo') continue;
    const node = connectionNode(schema, named.name);
    steps.push({ parent: typeName, field: field.name, type: node ?? named.name, list: !!node || isListType(getNullableType(field.type)), connection: !!node });
  }
  return steps;
}

/** Shortest number of steps from a root Query field to every reachable object type (wrappers skipped). */
export function typeDepths(schema: GraphQLSchema): Map<string, number> {
  const query = schema.getQueryType();
  if (!query) throw new Error('no Query type');
  const depth = new Map<string, number>();
  let frontier = [query.name];
  depth.set(query.name, 0);
  for (let d = 1; frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const typeName of frontier) {
      for (const step of stepsFrom(schema, typeName)) {
        if (depth.has(step.type)) continue;
        depth.set(step.type, d);
        next.push(step.type);
      }
    }
    frontier = next;
  }
  depth.delete(query.name);
  return depth;
}

export interface PathOptions {
  /** Steps per path (default: enough to take every field of every reachable type once: deepest type + 1). */
  maxSteps?: number;
  /** Root fields to leave out (e.g. not reachable with the arguments at hand). */
  skipRoots?: readonly string[];
}

/**
 * Every path from a root Query field, at most `maxSteps` fields long and with no field (`Type.field`)
 * twice, that ends on an enterprise-scoped type or on a type with PII fields. Every prefix of such a
 * path that also ends on one is a path of its own.
 */
export function enumeratePaths(
  schema: GraphQLSchema,
  scoped: ReadonlyMap<string, Ownership>,
  pii: readonly PiiField[],
  options: PathOptions = {},
): AccessPath[] {
  const depths = typeDepths(schema);
  const maxSteps = options.maxSteps ?? Math.max(...depths.values()) + 1;
  const piiByType = new Map<string, string[]>();
  for (const f of pii) piiByType.set(f.type, [...(piiByType.get(f.type) ?? []), f.field]);
  const sensitive = (t: string) => scoped.has(t) || piiByType.has(t);
  // can a sensitive type be reached from `type` within `remaining` steps? (memoised, ignoring the no-repeat rule: an upper bound)
  const memo = new Map<string, boolean>();
  const canReach = (type: string, remaining: number): boolean => {
    if (remaining <= 0) return false;
    const key = `${type}/${remaining}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false);
    const result = stepsFrom(schema, type).some((s) => sensitive(s.type) || canReach(s.type, remaining - 1));
    memo.set(key, result);
    return result;
  };
  const paths: AccessPath[] = [];
  const walk = (type: string, steps: PathStep[], used: Set<string>) => {
    if (steps.length >= maxSteps) return;
    for (const step of stepsFrom(schema, type)) {
      const key = `${step.parent}.${step.field}`;
      if (used.has(key)) continue;
      if (steps.length === 0 && options.skipRoots?.includes(step.field)) continue;
      const here = [...steps, step];
      if (sensitive(step.type)) paths.push({ steps: here, reaches: { scoped: scoped.has(step.type), pii: piiByType.get(step.type) ?? [] } });
      if (canReach(step.type, maxSteps - here.length)) {
        used.add(key);
        walk(step.type, here, used);
        used.delete(key);
      }
    }
  };
  walk(schema.getQueryType()!.name, [], new Set());
  return paths;
}

/** The root and nested fields with required arguments (the test must fill them). */
export function requiredArguments(schema: GraphQLSchema): Array<{ type: string; field: string; args: string[] }> {
  const out: Array<{ type: string; field: string; args: string[] }> = [];
  for (const type of [schema.getQueryType()!, ...objectTypes(schema)]) {
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
      if (args.length > 0) out.push({ type: type.name, field: field.name, args });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Subgraphs: which subgraph owns a type, and the entities each one resolves

/** The subgraph schemas as the supergraph records them (what the gateway sends `_entities` to). */
export function subgraphSchemasOf(supergraphSdl: string): Map<string, GraphQLSchema> {
  const out = new Map<string, GraphQLSchema>();
  for (const subgraph of Supergraph.build(supergraphSdl).subgraphs().values()) out.set(subgraph.name, subgraph.schema.toGraphQLJSSchema());
  return out;
}

/** The subgraphs defining each object type (an entity or shared value type has several). */
export function typeOwners(subgraphSchemas: ReadonlyMap<string, GraphQLSchema>): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [name, schema] of subgraphSchemas) {
    for (const type of objectTypes(schema)) owners.set(type.name, [...(owners.get(type.name) ?? []), name]);
  }
  return owners;
}

/** The entity types a subgraph resolves through `_entities` (members of its `_Entity` union). */
export function entityTypesOf(schema: GraphQLSchema): string[] {
  const union = schema.getType('_Entity');
  return union && isUnionType(union)
    ? union
        .getTypes()
        .map((t) => t.name)
        .sort()
    : [];
}

// ---------------------------------------------------------------------------------------------------
// Operations: paths merged into selection trees, packed into operations within a query budget

/** A selection set of one object type (response key → field). */
export interface Selection {
  type: string;
  fields: Map<string, SelectedField>;
}

export interface SelectedField {
  name: string;
  alias?: string;
  /** Printed arguments, e.g. `(first: 5)` or ''. */
  args: string;
  connection: boolean;
  child?: Selection;
}

/** A root field with the arguments it is asked with (`alias` when a root field is asked several times). */
export interface RootCall {
  field: string;
  args: string;
  alias?: string;
  /** What the arguments stand for (e.g. `own`, `other`), for messages. */
  label?: string;
}

export interface MatrixOperation {
  text: string;
  /** Root response key → selection tree. */
  roots: Map<string, SelectedField>;
  /** The paths this operation checks (one per root call and path). */
  paths: string[];
}

export const PAGE = 5;

export class AccessMatrix {
  readonly scoped: Map<string, Ownership>;
  readonly pii: PiiField[];
  readonly unmappedRevealSites: RevealSite[];
  readonly paths: AccessPath[];
  readonly piiByType = new Map<string, PiiField[]>();
  readonly subgraphSchemas: Map<string, GraphQLSchema>;
  readonly owners: Map<string, string[]>;

  constructor(
    readonly schema: GraphQLSchema,
    /** The supergraph (for the subgraphs' own schemas: `_entities`, the subgraph owning a type); none in unit tests. */
    supergraphSdl?: string,
    options: PathOptions & { revealSites?: RevealSite[] } = {},
  ) {
    this.scoped = enterpriseScopedTypes(schema);
    const { fields, unmapped } = piiFields(schema, options.revealSites ?? findRevealSites());
    this.pii = fields;
    this.unmappedRevealSites = unmapped;
    for (const f of fields) this.piiByType.set(f.type, [...(this.piiByType.get(f.type) ?? []), f]);
    this.paths = enumeratePaths(schema, this.scoped, fields, { ...options, maxSteps: options.maxSteps ?? this.coveringDepth() });
    this.subgraphSchemas = supergraphSdl ? subgraphSchemasOf(supergraphSdl) : new Map();
    this.owners = typeOwners(this.subgraphSchemas);
  }

  /**
   * The fewest steps that take every field leading to an enterprise-scoped or PII-holding type at
   * least once (at least the depth of the deepest object type).
   */
  coveringDepth(): number {
    const depths = typeDepths(this.schema);
    let max = Math.max(...depths.values());
    for (const [type, d] of depths) {
      for (const step of stepsFrom(this.schema, type)) if (this.sensitive(step.type)) max = Math.max(max, d + 1);
    }
    return max;
  }

  sensitive(type: string): boolean {
    return this.scoped.has(type) || this.piiByType.has(type);
  }

  /** Fields leading to a sensitive type (from reachable types) that no path takes. */
  uncoveredFields(): string[] {
    const taken = new Set(this.paths.flatMap((p) => p.steps.map((s) => `${s.parent}.${s.field}`)));
    const out: string[] = [];
    for (const type of [this.schema.getQueryType()!.name, ...typeDepths(this.schema).keys()]) {
      for (const step of stepsFrom(this.schema, type)) {
        const key = `${step.parent}.${step.field}`;
        if (this.sensitive(step.type) && !taken.has(key)) out.push(key);
      }
    }
    return out.sort();
  }

  private objectType(name: string): GraphQLObjectType {
    const type = this.schema.getType(name);
    if (!type || !isObjectType(type)) throw new Error(`${name} is not an object type`);
    return type;
  }

  /** What every object of `type` selects for the checks: id, the owner reference, PII fields (and `name` of an Enterprise, which makes the gateway resolve it). */
  baseSelection(typeName: string): Selection {
    const type = this.objectType(typeName);
    const fields = type.getFields();
    const selection: Selection = { type: typeName, fields: new Map() };
    const scalar = (name: string) => selection.fields.set(name, { name, args: '', connection: false });
    if (fields.id) scalar('id');
    if (typeName === ENTERPRISE_TYPE && fields.name) scalar('name');
    const ownership = this.scoped.get(typeName) ?? {};
    for (const f of [ownership.enterprise, ownership.enterprises]) {
      if (f)
        selection.fields.set(f, {
          name: f,
          args: '',
          connection: false,
          child: { type: ENTERPRISE_TYPE, fields: new Map([['id', { name: 'id', args: '', connection: false }]]) },
        });
    }
    for (const f of [ownership.enterpriseId, ownership.enterpriseIds]) if (f) scalar(f);
    for (const p of this.piiByType.get(typeName) ?? []) scalar(p.field);
    if (this.piiByType.has(typeName)) for (const f of PII_CONTEXT_FIELDS[typeName] ?? []) if (fields[f]) scalar(f);
    return selection;
  }

  private fieldArgs(parent: string, field: string, page: number): string {
    const f = this.objectType(parent).getFields()[field];
    return f.args.some((a) => a.name === 'first') ? `(first: ${page})` : '';
  }

  /** Adds a path's fields under `root` (the root call's selected field); lists with a `first` argument ask for `page` items. */
  addPath(root: SelectedField, path: AccessPath, page = PAGE): void {
    let current = root.child!;
    for (const step of path.steps.slice(1)) {
      let next = current.fields.get(step.field);
      if (!next) {
        next = { name: step.field, args: this.fieldArgs(step.parent, step.field, page), connection: step.connection, child: this.baseSelection(step.type) };
        current.fields.set(step.field, next);
      } else if (!next.child) {
        next.child = this.baseSelection(step.type);
      } else {
        // an owner reference (`enterprise { id }`) the path goes on through: keep it, add the type's checks
        for (const [k, v] of this.baseSelection(step.type).fields) if (!next.child.fields.has(k)) next.child.fields.set(k, v);
      }
      current = next.child!;
    }
  }

  rootField(call: RootCall, firstStep: PathStep, page = PAGE): SelectedField {
    const field = this.schema.getQueryType()!.getFields()[call.field];
    const args = call.args || (field.args.some((a) => a.name === 'first') ? `(first: ${page})` : '');
    return { name: call.field, alias: call.alias, args, connection: firstStep.connection, child: this.baseSelection(firstStep.type) };
  }

  /**
   * Packs the paths into operations within `fits` (the gateway's limits for the caller): paths of one
   * root call share a tree; a tree that no longer fits moves on to a new operation.
   */
  pack(
    calls: ReadonlyMap<string, RootCall[]>,
    fits: (text: string) => string | undefined,
  ): { operations: MatrixOperation[]; overBudget: Array<{ path: string; reason: string }> } {
    const operations: MatrixOperation[] = [];
    const overBudget: Array<{ path: string; reason: string }> = [];
    let current: MatrixOperation = { text: '', roots: new Map(), paths: [] };
    const flush = () => {
      if (current.roots.size > 0) operations.push({ ...current, text: printOperation(current.roots) });
      current = { text: '', roots: new Map(), paths: [] };
    };
    for (const path of this.paths) {
      const first = path.steps[0];
      for (const call of calls.get(first.field) ?? [{ field: first.field, args: '' }]) {
        const key = call.alias ?? call.field;
        const name = `${call.label ? `${key}[${call.label}]` : key}${path.steps.length > 1 ? '.' : ''}${pathText(path.steps.slice(1))}`;
        const attempt = (op: MatrixOperation): boolean => {
          const roots = cloneRoots(op.roots);
          const root = roots.get(key) ?? this.rootField(call, first);
          roots.set(key, root);
          this.addPath(root, path);
          const reason = fits(printOperation(roots));
          if (reason) return false;
          op.roots = roots;
          op.paths.push(name);
          return true;
        };
        if (attempt(current)) continue;
        flush();
        if (attempt(current)) continue;
        // too costly even alone: one item per list that takes `first`, in an operation of its own
        const alone = new Map<string, SelectedField>();
        const root = this.rootField(call, first, 1);
        alone.set(key, root);
        this.addPath(root, path, 1);
        const reason = fits(printOperation(alone));
        if (reason) overBudget.push({ path: name, reason });
        else operations.push({ text: printOperation(alone), roots: alone, paths: [`${name} (first: 1)`] });
      }
    }
    flush();
    return { operations, overBudget };
  }
}

function cloneSelection(selection: Selection): Selection {
  return { type: selection.type, fields: new Map([...selection.fields].map(([k, f]) => [k, { ...f, child: f.child && cloneSelection(f.child) }])) };
}

function cloneRoots(roots: ReadonlyMap<string, SelectedField>): Map<string, SelectedField> {
  return new Map([...roots].map(([k, f]) => [k, { ...f, child: f.child && cloneSelection(f.child) }]));
}

function printSelection(selection: Selection): string {
  return `{ ${[...selection.fields.entries()].map(([key, f]) => printField(key, f)).join(' ')} }`;
}

function printField(key: string, f: SelectedField): string {
  const head = `${f.alias ? `${key}: ` : ''}${f.name}${f.args}`;
  if (!f.child) return head;
  if (f.connection) return `${head} { totalCount edges { node ${printSelection(f.child)} } }`;
  return `${head} ${printSelection(f.child)}`;
}

/** Whether a value holds no information: null, 0, false, '', an empty list, or an object of such values (an empty aggregate group). */
function carriesNothing(value: unknown): boolean {
  if (value === null || value === undefined || value === 0 || value === false || value === '') return true;
  if (Array.isArray(value)) return value.every(carriesNothing);
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).every(([key, v]) => key === '__typename' || carriesNothing(v));
  return false;
}

export function printOperation(roots: ReadonlyMap<string, SelectedField>): string {
  return `{ ${[...roots.entries()].map(([key, f]) => printField(key, f)).join(' ')} }`;
}

// ---------------------------------------------------------------------------------------------------
// Checking answers

export type FindingKind =
  | 'own-records-unseen'
  | 'foreign-enterprise'
  | 'foreign-record'
  | 'other-department-record'
  | 'unverified-owner'
  | 'pii-in-clear'
  | 'pii-masked-wrongly'
  | 'count'
  | 'error'
  | 'entities';

/** A leak or a wrong answer: who asked, by which path, and what came back. */
export interface Finding {
  role: Role;
  kind: FindingKind;
  path: string;
  /** The schema field by which the leaked record or value was reached (`PoliceOfficer.enterprises`, `Registration.personName`). */
  via?: string;
  record: string;
  detail: string;
}

export function describeFinding(f: Finding): string {
  return `[${f.role}] ${f.kind} at ${f.path}: ${f.detail} — ${f.record}`;
}

/** Who owns the enterprise-scoped records seen in the ADMIN census: `Type:id` → enterprise ids. */
export type OwnerIndex = Map<string, string[]>;

export interface CheckContext {
  caller: Caller;
  /** `Type:id/relative.path` → the value ADMIN got in the clear (filled while checking ADMIN). */
  clearValues: Map<string, string>;
  owners: OwnerIndex;
  findings: Finding[];
  /** Scalar values checked (ownership and PII), and PII values checked per field. */
  counts: {
    objects: number;
    values: number;
    pii: Map<string, { clear: number; masked: number }>;
    /** Objects seen per type, and of those the caller's own enterprise's (ENTERPRISE callers). */
    types?: Map<string, { seen: number; own: number }>;
  };
}

export interface WalkState {
  path: string;
  /** The schema field that led here (`Type.field`). */
  via?: string;
  types: string[];
  /** Enterprise(s) owning the nearest enterprise-scoped object on the way. */
  owner?: string[];
  /** Nearest object with an id, and the path below it (the key of a clear value). */
  anchor?: string;
  relative: string;
}

const short = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

function looksMasked(kind: PiiKind, value: string): boolean {
  const chars = Array.from(value);
  if (chars.every((c) => c === '*')) return true;
  if (kind === 'NAME') return chars.length > 1 && chars.slice(1).every((c) => c === '*');
  const keep = kind === 'PHONE' ? [3, 4] : [4, 4];
  return chars.length > keep[0] + keep[1] && chars.slice(keep[0], chars.length - keep[1]).every((c) => c === '*') && !chars.slice(0, keep[0]).includes('*');
}

export class AnswerChecker {
  constructor(
    private readonly matrix: AccessMatrix,
    private readonly ctx: CheckContext,
  ) {}

  private add(kind: FindingKind, path: string, record: unknown, detail: string, via?: string) {
    this.ctx.findings.push({ role: this.ctx.caller.role, kind, path, via, record: short(record), detail });
  }

  /** Checks one operation's data. */
  checkData(operation: MatrixOperation, data: Record<string, unknown> | null | undefined): void {
    if (!data) return;
    for (const [key, field] of operation.roots) this.walkField(data[key], field, { path: key, via: `Query.${field.name}`, types: [], relative: '' });
  }

  /** Checks a value the caller got for `field` (whose child selection says its type). */
  walkField(value: unknown, field: SelectedField, state: WalkState): void {
    if (value === null || value === undefined || !field.child) return;
    if (field.connection) {
      const connection = value as { edges?: Array<{ node: unknown }>; totalCount?: number };
      const edges = connection.edges ?? [];
      // a short page is the whole list: its total must count exactly what the caller sees
      const first = /first:\s*(\d+)/.exec(field.args);
      this.ctx.counts.values += 1;
      if (first && edges.length < Number(first[1]) && typeof connection.totalCount === 'number' && connection.totalCount !== edges.length) {
        this.add(
          'count',
          `${state.path}.totalCount`,
          { totalCount: connection.totalCount, edges: edges.length },
          `totalCount ${connection.totalCount} but the whole list (a short page of ${edges.length}) shows ${edges.length}`,
          state.via,
        );
      }
      edges.forEach((edge, i) =>
        this.walkObject(edge?.node, field.child!, { ...state, path: `${state.path}[${i}]`, relative: `${state.relative}${field.name}.${i}.` }),
      );
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) =>
        this.walkObject(item, field.child!, { ...state, path: `${state.path}[${i}]`, relative: `${state.relative}${field.name}.${i}.` }),
      );
      return;
    }
    this.walkObject(value, field.child, { ...state, relative: `${state.relative}${field.name}.` });
  }

  walkObject(value: unknown, selection: Selection, state: WalkState): void {
    if (value === null || value === undefined || typeof value !== 'object') return;
    const object = value as Record<string, any>;
    const type = selection.type;
    const caller = this.ctx.caller;
    this.ctx.counts.objects += 1;
    const here: WalkState = { ...state, types: [...state.types, type] };
    if (typeof object.id === 'string') {
      here.anchor = `${type}:${object.id}`;
      here.relative = '';
    }
    // the owner of this object, if it is enterprise-scoped
    const ownership = this.matrix.scoped.get(type);
    let owner: string[] | undefined;
    if (type === ENTERPRISE_TYPE && typeof object.id === 'string') owner = [object.id];
    else if (ownership) {
      owner = typeof object.id === 'string' ? this.ctx.owners.get(`${type}:${object.id}`) : undefined;
      if (!owner) {
        const inline = [
          ...(ownership.enterprise && object[ownership.enterprise]?.id ? [object[ownership.enterprise].id as string] : []),
          ...(ownership.enterprises && Array.isArray(object[ownership.enterprises])
            ? object[ownership.enterprises].map((e: any) => e?.id).filter(Boolean)
            : []),
          ...(ownership.enterpriseId && object[ownership.enterpriseId] ? [object[ownership.enterpriseId] as string] : []),
          ...(ownership.enterpriseIds && Array.isArray(object[ownership.enterpriseIds]) ? object[ownership.enterpriseIds] : []),
        ];
        if (inline.length > 0) owner = inline;
      }
    }
    if (owner) here.owner = owner;
    if (this.ctx.counts.types) {
      const seen = this.ctx.counts.types.get(type) ?? { seen: 0, own: 0 };
      seen.seen += 1;
      if (owner?.some((o) => o.toLowerCase() === (caller.enterpriseId ?? '').toLowerCase())) seen.own += 1;
      this.ctx.counts.types.set(type, seen);
    }

    if (caller.role === 'ENTERPRISE' && ownership) {
      const own = (caller.enterpriseId ?? '').toLowerCase();
      this.ctx.counts.values += 1;
      if (type === ENTERPRISE_TYPE) {
        // a bare owner reference (`enterprise { id }`, nothing resolved) is checked as part of its record
        const bare = [...selection.fields.keys()].every((k) => k === 'id');
        if (!bare && String(object.id).toLowerCase() !== own)
          this.add('foreign-enterprise', state.path, object, `Enterprise ${object.id} of another tenant (caller's enterprise ${own})`, state.via);
      } else if (typeof object.id === 'string' && !owner) {
        this.add('unverified-owner', state.path, object, `${type} ${object.id} is not in the ADMIN census: its owner cannot be checked`, state.via);
      } else if (owner && !owner.some((o) => o.toLowerCase() === own)) {
        this.add(
          'foreign-record',
          state.path,
          object,
          `${type} ${object.id ?? ''} belongs to ${owner.length ? owner.join(', ') : 'no enterprise'}, not to the caller's enterprise ${own}`,
          state.via,
        );
      }
    }
    if (caller.role === 'DEPARTMENT' && ownership && type !== ENTERPRISE_TYPE) {
      const subgraphs = this.matrix.owners.get(type) ?? [];
      this.ctx.counts.values += 1;
      // an aggregate's group (figures, not a record: no id) tells nothing when every value it carries is empty
      const emptyFigures = typeof object.id !== 'string' && carriesNothing(object);
      if (!subgraphs.includes(caller.department ?? '') && !emptyFigures) {
        this.add(
          'other-department-record',
          state.path,
          object,
          `${type} is a record of ${subgraphs.join('/')}, the caller's department is ${caller.department}`,
          state.via,
        );
      }
    }
    for (const pii of this.matrix.piiByType.get(type) ?? []) {
      if (!(pii.field in object)) continue;
      const v = object[pii.field];
      if (typeof v !== 'string' || v === '') continue;
      this.checkPii(pii, v, here, object);
    }
    for (const [key, field] of selection.fields) {
      if (!field.child) continue;
      this.walkField(object[key], field, { ...here, path: `${here.path}.${key}`, via: `${type}.${field.name}`, relative: here.relative });
    }
  }

  private checkPii(pii: PiiField, value: string, state: WalkState, object: Record<string, unknown>): void {
    let entity = pii.source === 'reveal' ? pii.entity : piiEntityOnPath(pii, state.types);
    if (entity === STAMP_TYPE) entity = stampEntity(object);
    // several owners (a dispute of two enterprises): the person belongs to one of them; either answer is accepted
    const owners = state.owner ?? [];
    const own = (this.ctx.caller.enterpriseId ?? '').toLowerCase();
    const owner = owners.find((o) => o.toLowerCase() === own) ?? owners[0];
    const clear = expectClear(this.ctx.caller, entity, pii.kind, owner);
    const ambiguous =
      owners.length > 1 &&
      expectClear(
        this.ctx.caller,
        entity,
        pii.kind,
        owners.find((o) => o.toLowerCase() !== own),
      ) !== clear;
    const key = state.anchor ? `${state.anchor}/${state.relative}${pii.field}` : undefined;
    const field = `${pii.type}.${pii.field}`;
    const stats = this.ctx.counts.pii.get(field) ?? { clear: 0, masked: 0 };
    this.ctx.counts.pii.set(field, stats);
    this.ctx.counts.values += 1;
    if (this.ctx.caller.role === 'ADMIN' && key && clear) this.ctx.clearValues.set(key, value);
    const known = key ? this.ctx.clearValues.get(key) : undefined;
    const masked = MASKERS[pii.kind];
    const rule = `PII_POLICY.${entity || '(none)'} (${pii.kind}, owner ${owner ?? 'none'})`;
    const where = `${state.path}.${pii.field}`;
    if (ambiguous) {
      stats[looksMasked(pii.kind, value) ? 'masked' : 'clear'] += 1;
    } else if (clear) {
      stats.clear += 1;
      const ok = known !== undefined ? value === known : !looksMasked(pii.kind, value);
      if (!ok)
        this.add(
          'pii-masked-wrongly',
          where,
          value,
          `${field} should be in the clear for ${this.ctx.caller.role} by ${rule}; got "${value}"${known !== undefined ? `, clear value "${known}"` : ''}`,
          field,
        );
    } else {
      stats.masked += 1;
      const ok = known !== undefined ? value === masked(known) && value !== known : looksMasked(pii.kind, value);
      if (!ok) this.add('pii-in-clear', where, value, `${field} should be masked for ${this.ctx.caller.role} by ${rule}; got "${value}"`, field);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The ADMIN census: every record of a type with an id, with its owner(s)

export interface CensusRoute {
  type: string;
  steps: PathStep[];
  /** The root field is a connection (paged with `first`/`after`). */
  paged: boolean;
  /** The operation for a page size (variables: `$after`). */
  text(pageSize: number): string;
  /** The records (id and owners) in one answer; `next`: the cursor of the next page, if any. */
  read(data: Record<string, any>): { records: Array<{ id: string; owners: string[] }>; next?: string };
}

/** For each type with an id (enterprise-scoped types and the types of root fields taking an id), the shortest route from a root field without required arguments. */
export function censusRoutes(matrix: AccessMatrix, types: readonly string[]): CensusRoute[] {
  const schema = matrix.schema;
  const query = schema.getQueryType()!;
  const routes: CensusRoute[] = [];
  for (const target of types) {
    // breadth-first over steps, from root fields without required arguments
    const roots = stepsFrom(schema, query.name).filter(
      (s) => !query.getFields()[s.field].args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined) && s.list,
    );
    let frontier: PathStep[][] = roots.map((s) => [s]);
    let found: PathStep[] | undefined;
    for (let depth = 0; depth < 4 && !found; depth += 1) {
      found = frontier.find((p) => p[p.length - 1].type === target);
      if (found) break;
      frontier = frontier.flatMap((p) =>
        stepsFrom(schema, p[p.length - 1].type)
          .filter((s) => !p.some((q) => q.parent === s.parent && q.field === s.field))
          .map((s) => [...p, s]),
      );
    }
    if (!found) continue;
    const steps = found;
    const ownership = matrix.scoped.get(target) ?? {};
    const leaf = [
      'id',
      ...(ownership.enterprise ? [`${ownership.enterprise} { id }`] : []),
      ...(ownership.enterprises ? [`${ownership.enterprises} { id }`] : []),
    ].join(' ');
    const nestedArgs = (s: PathStep) =>
      (schema.getType(s.parent) as GraphQLObjectType).getFields()[s.field].args.some((a) => a.name === 'first') ? '(first: 100)' : '';
    const build = (i: number): string => {
      const s = steps[i];
      const inner = i === steps.length - 1 ? leaf : build(i + 1);
      const args = i === 0 ? '' : nestedArgs(s);
      return s.connection ? `${s.field}${args} { edges { node { ${inner} } } }` : `${s.field}${args} { ${inner} }`;
    };
    const root = steps[0];
    const inner = steps.length === 1 ? leaf : build(1);
    const text = (pageSize: number) =>
      root.connection
        ? `query ($after: String) { r: ${root.field}(first: ${pageSize}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${inner} } } } }`
        : `{ r: ${root.field} { ${inner} } }`;
    const read = (data: Record<string, any>) => {
      const records: Array<{ id: string; owners: string[] }> = [];
      const visit = (value: any, i: number) => {
        if (value === null || value === undefined) return;
        if (Array.isArray(value)) return value.forEach((v) => visit(v, i));
        if (i === steps.length) {
          const owners = [
            ...(ownership.enterprise && value[ownership.enterprise]?.id ? [value[ownership.enterprise].id] : []),
            ...(ownership.enterprises ? (value[ownership.enterprises] ?? []).map((e: any) => e?.id).filter(Boolean) : []),
          ];
          if (typeof value.id === 'string') records.push({ id: value.id, owners });
          return;
        }
        const s = steps[i];
        const child = value[s.field];
        if (s.connection)
          visit(
            (child?.edges ?? []).map((e: any) => e?.node),
            i + 1,
          );
        else visit(child, i + 1);
      };
      const r = data.r;
      if (root.connection)
        visit(
          (r?.edges ?? []).map((e: any) => e?.node),
          1,
        );
      else visit(r, 1);
      return { records, next: root.connection && r?.pageInfo?.hasNextPage ? (r.pageInfo.endCursor as string) : undefined };
    };
    routes.push({ type: target, steps, paged: root.connection, text, read });
  }
  return routes;
}
