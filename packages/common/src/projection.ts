import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Projections from the GraphQL selection: fetch only the document fields the selected GraphQL fields
 * read (e.g. `disputes { id kind }` of 50 enterprises reads `_id` and `kind`, not every party,
 * session and history entry of every dispute).
 *
 * Correct by construction: a selected field of the type
 * - listed in `needs` reads the document paths listed there;
 * - with no resolver of its own (the default resolver) reads the document field of the same name;
 * - with a resolver not listed in `needs` may read anything: the whole document is fetched.
 * `_id` always comes back. A directive (`@include`/`@skip`) is not evaluated: a field that might be
 * skipped is still fetched (a projection may be wider than needed, never narrower).
 */
export type Projection = Record<string, 1>;

export interface FieldNeeds {
  /** The type's resolver map (its own field resolvers); `__resolveReference` and `__`-keys are ignored. */
  resolvers: object;
  /** GraphQL field → the document paths its resolver reads (`[]`: only `_id`, or nothing). */
  needs: Record<string, readonly string[]>;
}

/** Selected field names of the object below `path` (e.g. `['edges', 'node']` of a connection); null: cannot tell. */
function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> | null {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean => {
    if (!set) return true;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (depth === path.length) names.add(selection.name.value);
        else if (selection.name.value === path[depth] && !visit(selection.selectionSet, depth + 1)) return false;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(selection.selectionSet, depth)) return false;
      } else {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || !visit(fragment.selectionSet, depth)) return false;
      }
    }
    return true;
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) if (!visit(node.selectionSet, 0)) return null;
  return names;
}

/**
 * The projection of the documents a resolver returns (at `path` below its field, e.g. `['edges',
 * 'node']` for a connection), or `undefined` for whole documents; keys are sorted, so equal
 * projections are equal strings (usable as a loader family's argument).
 */
export function projectionOf(info: GraphQLResolveInfo, fields: FieldNeeds, path: readonly string[] = []): Projection | undefined {
  const selected = selectedFields(info, path);
  if (!selected) return undefined;
  const paths = new Set<string>();
  const resolvers = fields.resolvers as Record<string, unknown>;
  for (const name of selected) {
    if (name.startsWith('__')) continue;
    const needs = fields.needs[name];
    if (needs) for (const p of needs) paths.add(p);
    else if (Object.prototype.hasOwnProperty.call(resolvers, name)) return undefined;
    else paths.add(name);
  }
  paths.delete('_id');
  // a path inside another one (`contact.name` with `contact`) would be a path collision
  for (const p of [...paths]) for (let i = p.indexOf('.'); i > 0; i = p.indexOf('.', i + 1)) if (paths.has(p.slice(0, i))) paths.delete(p);
  if (paths.size === 0) return { _id: 1 };
  return Object.fromEntries([...paths].sort().map((p) => [p, 1])) as Projection;
}
