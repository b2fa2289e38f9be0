import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * Types every subgraph shares (scalars, PageInfo, SortDirection, MonthCount, Actor). The file ships
 * inside this package (`@pecg/common/schema/common.graphql`), so a subgraph builds outside the monorepo.
 */
export const COMMON_SDL_PATH = path.join(__dirname, '..', '..', 'schema', 'common.graphql');

/** A subgraph's full type definitions: the shared SDL followed by its own schema file. */
export function loadSubgraphTypeDefs(schemaFile: string): DocumentNode {
  const own = fs.readFileSync(schemaFile, 'utf8');
  const common = fs.readFileSync(COMMON_SDL_PATH, 'utf8');
  return parse(`${own}\n${common}`);
}

/** Resolvers for the shared scalars. */
export const commonScalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
};
