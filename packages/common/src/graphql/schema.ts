import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import type { BaseContext } from '../context';
import { REVEALED_STAMP, type StampLike } from '../pii-audit';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { monthLabel } from '../stats';

/**
 * Types every subgraph shares (scalars, PageInfo, SortDirection, MonthCount, Actor). The file ships
 * inside this package (`@pecg/common/schema/common.graphql`), so a subgraph builds outside the monorepo.
 */
export const COMMON_SDL_PATH = path.join(__dirname, '..', '..', 'schema', 'common.graphql');

/**
 * The SDL files of a subgraph whose schema is split into domain modules, `<schemaDir>/<module>/*.graphql`
 * (the layout of graphql-codegen's server preset). Modules named in `moduleOrder` come first, in that
 * order, then the others alphabetically; files within a module alphabetically. The order matters only
 * for the fields of `Query` and `Mutation` (each module extends them), which appear in the composed
 * supergraph in file order.
 */
export function moduleSchemaFiles(schemaDir: string, moduleOrder: readonly string[] = []): string[] {
  const modules = fs
    .readdirSync(schemaDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.readdirSync(path.join(schemaDir, entry.name)).some((file) => file.endsWith('.graphql')))
    .map((entry) => entry.name);
  const unknown = moduleOrder.filter((name) => !modules.includes(name));
  if (unknown.length) throw new Error(`no schema module ${unknown.join(', ')} in ${schemaDir}`);
  const rank = (name: string) => (moduleOrder.includes(name) ? moduleOrder.indexOf(name) : moduleOrder.length);
  const ordered = [...modules].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ordered.flatMap((name) =>
    fs
      .readdirSync(path.join(schemaDir, name))
      .filter((file) => file.endsWith('.graphql'))
      .sort()
      .map((file) => path.join(schemaDir, name, file)),
  );
}

/**
 * A subgraph's full type definitions: its own SDL followed by the shared SDL. `schema` is one SDL file,
 * a list of them (in order), or a folder of domain modules (see moduleSchemaFiles).
 */
export function loadSubgraphTypeDefs(schema: string | readonly string[]): DocumentNode {
  const files = typeof schema !== 'string' ? schema : fs.statSync(schema).isDirectory() ? moduleSchemaFiles(schema) : [schema];
  if (!files.length) throw new Error(`no SDL files in ${String(schema)}`);
  const own = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  const common = fs.readFileSync(COMMON_SDL_PATH, 'utf8');
  return parse(`${own}\n${common}`);
}

/** Resolvers for the shared scalars. */
export const commonScalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
};

/**
 * Resolvers of the shared object types every subgraph serves. `ActorStamp.name` is a person's name:
 * it goes through the PII policy (kind of record `Staff`) like every other name.
 */
export const commonTypeResolvers = {
  /** Every subgraph's month rows carry `month`; `key` and `label` are derived from it (one row shape). */
  MonthCount: {
    key: (row: { month?: string; key?: string }) => row.key ?? row.month,
    label: (row: { month?: string; key?: string; label?: string }) => row.label ?? monthLabel(row.key ?? row.month ?? ''),
    month: (row: { month?: string; key?: string }) => row.month ?? row.key,
  },
  ActorStamp: {
    name: (stamp: StampLike & { subject: string; [REVEALED_STAMP]?: true }, _args: unknown, ctx: BaseContext, info?: GraphQLResolveInfo) =>
      stamp[REVEALED_STAMP] ? (stamp.name ?? null) : ctx.pii.revealActorName(stamp, stamp.subject, stampPath(info)),
  },
};

/** `Activity.created.name`: where an unmarked stamp's name was read (for the audit record). */
function stampPath(info: GraphQLResolveInfo | undefined): string {
  const parent = info?.path.prev;
  const owner = parent && typeof parent.key === 'number' ? parent.prev : parent;
  return owner ? `${owner.typename ?? ''}.${owner.key}.name` : 'actor.name';
}
