import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  parse,
  print,
  validate,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { ErrorCode } from '@pecg/common';

/**
 * What an export runs: the client's query, with the one top-level list field paged by the server.
 * Pure (no I/O): export.ts runs the documents through the gateway's own /graphql.
 */
export interface ExportPlan {
  /** The list field's name on Query (audit line, file name). */
  rootField: string;
  /** Where the connection sits in a page's `data` (its alias, else its name). */
  responseKey: string;
  /** Response keys of `edges` and of `node` in the client's selection (aliases allowed). */
  edgesKey: string;
  nodeKey: string;
  /** The node's selected leaf fields as dot paths of response keys, in selection order (CSV columns). */
  columns: string[];
  /** The first page's document: the client's, with `first`, `after`, `pageInfo` and `totalCount` (when the connection has one). */
  firstPage: string;
  /** The document of every later page (no `totalCount`: counted once). */
  nextPages: string;
  /** Whether `firstPage` selects `totalCount` (the row count is known before streaming). */
  counted: boolean;
  operationName?: string;
}

/** The variable that carries the cursor of the next page. */
export const AFTER_VARIABLE = 'pecgExportAfter';

/** A request the export refuses before anything is run: a GraphQL-style error. */
export class ExportInputError extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
    readonly status = 400,
  ) {
    super(message);
  }
}

const badInput = (message: string, details: Record<string, unknown> = {}) => new ExportInputError(message, { code: ErrorCode.BAD_USER_INPUT, ...details });

type Fragments = Record<string, FragmentDefinitionNode>;

/** Fields of a selection set, inline fragments and fragment spreads followed. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, fragments: Fragments): FieldNode[] {
  const fields: FieldNode[] = [];
  const walk = (selections: readonly SelectionNode[], seen: Set<string>) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections, seen);
      else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        walk(fragments[selection.name.value].selectionSet.selections, new Set([...seen, selection.name.value]));
      }
    }
  };
  walk(selectionSet?.selections ?? [], new Set());
  return fields;
}

const keyOf = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The leaf fields under a selection as dot paths (nested objects, lists and fragments followed), deduplicated. */
function leafPaths(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode | undefined,
  type: GraphQLCompositeType,
  fragments: Fragments,
  prefix: string,
  into: string[],
): void {
  const add = (path: string) => {
    if (!into.includes(path)) into.push(path);
  };
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind !== Kind.FIELD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      leafPaths(schema, fragment.selectionSet, (condition ?? type) as GraphQLCompositeType, fragments, prefix, into);
      continue;
    }
    const path = `${prefix}${keyOf(selection)}`;
    const definition = selection.name.value === '__typename' || !('getFields' in type) ? undefined : type.getFields()[selection.name.value];
    const named = definition ? getNamedType(definition.type) : undefined;
    if (!named || isLeafType(named)) add(path);
    else leafPaths(schema, selection.selectionSet, named as GraphQLCompositeType, fragments, `${path}.`, into);
  }
}

/** The `edges { node }` of a connection type, or undefined when the type is not a connection. */
function connectionParts(type: GraphQLObjectType): { node: GraphQLCompositeType } | undefined {
  const edges = type.getFields().edges;
  if (!edges || !isListType(getNullableType(edges.type))) return undefined;
  const edge = getNamedType(edges.type);
  if (!isObjectType(edge)) return undefined;
  const node = edge.getFields().node;
  if (!node) return undefined;
  const nodeType = getNamedType(node.type);
  return isLeafType(nodeType) ? undefined : { node: nodeType as GraphQLCompositeType };
}

const field = (name: string, selections?: FieldNode[]): FieldNode => ({
  kind: Kind.FIELD,
  name: { kind: Kind.NAME, value: name },
  ...(selections ? { selectionSet: { kind: Kind.SELECTION_SET, selections } } : {}),
});

/** Variables a document still uses (operation and fragments). */
function usedVariables(document: DocumentNode): Set<string> {
  const used = new Set<string>();
  visit(document, {
    VariableDefinition: () => false,
    Variable(node) {
      used.add(node.name.value);
    },
  });
  return used;
}

/**
 * Plans an export of `source`, or returns undefined when the document does not parse or validate
 * against the gateway's API schema (the gateway's /graphql then answers it, with its own error).
 * A valid document that is not one query of one list field is refused here, naming the field.
 */
export function planExport(schema: GraphQLSchema, source: string, operationName: string | undefined, pageSize: number): ExportPlan | undefined {
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: 10_000 });
  } catch {
    return undefined;
  }
  if (validate(schema, document).length > 0) return undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  if (operation.operation !== 'query')
    throw badInput(`Only a query can be exported; the operation is a ${operation.operation}.`, { field: 'query', value: operation.operation });
  const fragments: Fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const roots = fieldsOf(operation.selectionSet, fragments).filter((f) => f.name.value !== '__typename');
  const names = [...new Set(roots.map(keyOf))];
  if (names.length !== 1)
    throw badInput(`An export selects exactly one list field at the top level; the query selects ${names.join(', ') || 'none'}.`, { field: names });
  const root = roots[0];
  const rootField = root.name.value;
  const definition = schema.getQueryType()!.getFields()[rootField];
  const type = getNullableType(definition.type);
  const parts = isObjectType(type) ? connectionParts(type) : undefined;
  const paged = definition.args.some((a) => a.name === 'first') && definition.args.some((a) => a.name === 'after');
  if (!parts || !paged)
    throw badInput(
      `Query.${rootField} returns ${String(definition.type)}, not a list (a connection with edges { node } paged by first/after): only a list can be exported.`,
      { field: rootField },
    );
  // the connection's `edges { node { … } }` in the client's selection (aliases allowed)
  const selectedOnRoot = roots.flatMap((r) => fieldsOf(r.selectionSet, fragments));
  let edgesKey: string | undefined;
  let nodeKey: string | undefined;
  const nodeSelections: FieldNode[] = [];
  for (const edges of selectedOnRoot.filter((f) => f.name.value === 'edges')) {
    for (const node of fieldsOf(edges.selectionSet, fragments).filter((f) => f.name.value === 'node')) {
      if (edgesKey === undefined) [edgesKey, nodeKey] = [keyOf(edges), keyOf(node)];
      if (keyOf(edges) === edgesKey && keyOf(node) === nodeKey) nodeSelections.push(node);
    }
  }
  const columns: string[] = [];
  for (const node of nodeSelections) leafPaths(schema, node.selectionSet, parts.node, fragments, '', columns);
  if (!edgesKey || !nodeKey || columns.length === 0)
    throw badInput(`An export of Query.${rootField} selects the rows' fields under edges { node { … } }.`, { field: rootField });

  const counted = 'totalCount' in (type as GraphQLObjectType).getFields();
  const removed = new Set<string>();
  const rewrite = (withCount: boolean): string => {
    const edited = visit(document, {
      Field(node) {
        if (node !== root) return undefined;
        const args: ArgumentNode[] = (node.arguments ?? []).filter((a) => {
          if (a.name.value !== 'first' && a.name.value !== 'after') return true;
          if (a.value.kind === Kind.VARIABLE) removed.add(a.value.name.value);
          return false;
        });
        args.push(
          { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(pageSize) } },
          { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'after' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } } },
        );
        const added = [field('pageInfo', [field('hasNextPage'), field('endCursor')]), ...(withCount && counted ? [field('totalCount')] : [])];
        return { ...node, arguments: args, selectionSet: { kind: Kind.SELECTION_SET, selections: [...(node.selectionSet?.selections ?? []), ...added] } };
      },
    });
    // drop the definitions of variables only the removed arguments used; declare the cursor
    const still = usedVariables(edited);
    const final = visit(edited, {
      OperationDefinition(node: OperationDefinitionNode) {
        if (node.name?.value !== operation.name?.value || node.operation !== operation.operation) return undefined;
        const kept = (node.variableDefinitions ?? []).filter((v) => !removed.has(v.variable.name.value) || still.has(v.variable.name.value));
        const after: VariableDefinitionNode = {
          kind: Kind.VARIABLE_DEFINITION,
          variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } },
        };
        return { ...node, variableDefinitions: [...kept, after] };
      },
    });
    return print(final);
  };
  return {
    rootField,
    responseKey: keyOf(root),
    edgesKey,
    nodeKey,
    columns,
    firstPage: rewrite(true),
    nextPages: rewrite(false),
    counted,
    operationName: operation.name?.value ?? operationName,
  };
}
