import fs from 'node:fs';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  parse,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { budgetFor, checkQueryLimits } from '@pecg/gateway';
import { REPO_ROOT } from '../../src';

/**
 * The operations of the gateway-parity test, most of them generated from the supergraph so that
 * every list, statistics field and `<entity>Aggregate` present when the test runs is covered without
 * a list to keep up to date: each field's selection is every non-deprecated field without required
 * arguments, to a depth, so fields of other subgraphs (federation's `_entities` fan-outs, Enterprise
 * fields joined from every subgraph) come with them.
 */
export interface ParityOperation {
  /** Unique name (the test reports mismatches by it). */
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Top-level Query/Mutation fields it runs (coverage per subgraph). */
  roots: string[];
}

type Composite = GraphQLObjectType | GraphQLInterfaceType;

const requiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const pageArgs = (field: GraphQLField<unknown, unknown>) => (field.args.some((a) => a.name === 'first') ? '(first: 3)' : '');

/** Every non-deprecated field without required arguments, objects followed `depth` levels deep. */
export function selectionOf(type: GraphQLNamedType, depth: number): string | undefined {
  if (isLeafType(type)) return '';
  if (isUnionType(type)) return '{ __typename }';
  const parts: string[] = [];
  for (const field of Object.values((type as Composite).getFields())) {
    if (field.deprecationReason || requiredArgs(field).length > 0) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(`${field.name}${pageArgs(field)}`);
    else if (depth > 0) {
      const sub = selectionOf(named, depth - 1);
      if (sub) parts.push(`${field.name}${pageArgs(field)} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : undefined;
}

/** The connection's node type when the field returns `edges { node }`. */
export function connectionNode(field: GraphQLField<unknown, unknown>): GraphQLNamedType | undefined {
  const type = getNullableType(field.type);
  if (!isObjectType(type)) return undefined;
  const edges = type.getFields().edges;
  if (!edges || !isListType(getNullableType(edges.type))) return undefined;
  const node = (getNamedType(edges.type) as GraphQLObjectType).getFields().node;
  return node ? getNamedType(node.type) : undefined;
}

/** The deepest selection (3, 2, 1, 0) whose document fits the tightest role budget of our gateway. */
function fitting(schema: GraphQLSchema, build: (depth: number) => string | undefined): string | undefined {
  for (const depth of [3, 2, 1, 0]) {
    const query = build(depth);
    if (!query) continue;
    const error = (['ADMIN', 'ENTERPRISE', 'ANALYST'] as const)
      .map((role) => checkQueryLimits({ schema, document: parse(query), source: query, budget: budgetFor(role), role }))
      .find(Boolean);
    if (!error) return query;
  }
  return undefined;
}

/** Query fields by kind: lists, statistics, aggregates, single records by id, and other argument-free reads. */
export function generatedOperations(schema: GraphQLSchema): { operations: ParityOperation[]; byId: Array<{ field: string; list: string }> } {
  const operations: ParityOperation[] = [];
  const byId: Array<{ field: string; list: string }> = [];
  const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => !f.deprecationReason);
  for (const field of fields) {
    const node = connectionNode(field);
    const required = requiredArgs(field);
    if (node && required.length === 0) {
      const query = fitting(schema, (depth) => {
        const sub = selectionOf(node, depth);
        return sub && `{ ${field.name}(first: 5) { totalCount edges { cursor node ${sub} } pageInfo { hasNextPage endCursor } } }`;
      });
      if (query) operations.push({ name: `list ${field.name}`, query, roots: [field.name] });
      continue;
    }
    if (field.name.endsWith('Aggregate') && required.length === 0) {
      const dimension = getNamedType(field.args.find((a) => a.name === 'groupBy')?.type);
      const dimensions = dimension && isEnumType(dimension) ? dimension.getValues().map((v) => v.name) : [];
      const variants = [[], ...dimensions.map((d) => [d]), ...(dimensions.length > 1 ? [dimensions.slice(0, 2)] : [])].slice(0, 12);
      const query = fitting(schema, (depth) => {
        const sub = selectionOf(getNamedType(field.type), depth);
        return sub && `{ ${variants.map((v, i) => `g${i}: ${field.name}${v.length ? `(groupBy: [${v.join(', ')}])` : ''} ${sub}`).join(' ')} }`;
      });
      if (query) operations.push({ name: `aggregate ${field.name}`, query, roots: [field.name] });
      continue;
    }
    if (required.length === 1 && required[0].name === 'id') {
      const list = fields.find((f) => connectionNode(f) === getNamedType(field.type) && requiredArgs(f).length === 0);
      if (list) byId.push({ field: field.name, list: list.name });
      continue;
    }
    if (required.length > 0) continue;
    const query = fitting(schema, (depth) => {
      const sub = selectionOf(getNamedType(field.type), depth);
      return sub !== undefined ? `{ ${field.name}${pageArgs(field)} ${sub} }` : undefined;
    });
    if (query) operations.push({ name: `${field.name.endsWith('Statistics') ? 'statistics' : 'read'} ${field.name}`, query, roots: [field.name] });
  }
  return { operations, byId };
}

/** A record by id, selected as deep as the budget allows. */
export function byIdOperation(schema: GraphQLSchema, field: string, id: string, label: string): ParityOperation | undefined {
  const definition = schema.getQueryType()!.getFields()[field];
  const query = fitting(schema, (depth) => {
    const sub = selectionOf(getNamedType(definition.type), depth);
    return sub && `query ($id: ID!) { ${field}(id: $id) ${sub} }`;
  });
  return query ? { name: `${label} ${field}`, query, variables: { id }, roots: [field] } : undefined;
}

/** The benchmark's operations a user would recognise: the enterprise page and the enterprise list with fields from every subgraph. */
export function workload(name: 'EnterprisePage' | 'EnterpriseList'): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'bench', 'workloads', `${name}.graphql`), 'utf8');
}
