import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { SUBGRAPH_NAMES } from '@pecg/registry';
import { composeSupergraph, readCommittedSupergraph, SUPERGRAPH_PATH, type CompositionOutcome } from './composition';
import { REPO_ROOT, subgraphSdl } from './subgraphs';

/**
 * Departments own their subgraph; this check keeps one department from breaking the graph for
 * everyone: the subgraphs must compose, every subgraph names its owner (@contact), and the client-facing
 * API schema must not lose or tighten anything compared with the committed supergraph.
 */
export interface SchemaChanges {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

export interface SchemaCheckReport extends SchemaChanges {
  compositionErrors: string[];
  hints: string[];
  /** Subgraphs whose schema does not name an owner with @contact. */
  missingOwners: string[];
  /** The composed supergraph equals the baseline byte for byte. */
  unchanged: boolean;
}

/** The schema clients see (join/link machinery removed) of a supergraph SDL. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** Classifies the differences between two client-facing schemas with @graphql-inspector/core. */
export async function compareApiSchemas(before: GraphQLSchema, after: GraphQLSchema): Promise<SchemaChanges> {
  const changes = await diff(before, after);
  const level = (l: CriticalityLevel) => changes.filter((c) => c.criticality.level === l);
  return { breaking: level(CriticalityLevel.Breaking), dangerous: level(CriticalityLevel.Dangerous), safe: level(CriticalityLevel.NonBreaking) };
}

/** The supergraph to compare with: as committed at `ref` (default HEAD), or the file when git cannot tell. */
export function baselineSupergraph(ref = 'HEAD'): string {
  try {
    const relative = path.relative(REPO_ROOT, SUPERGRAPH_PATH);
    return execFileSync('git', ['show', `${ref}:${relative}`], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return readCommittedSupergraph();
  }
}

export function subgraphsWithoutOwner(sdlOf: (name: string) => string = subgraphSdl): string[] {
  return SUBGRAPH_NAMES.filter((name) => !/@contact\s*\(/.test(sdlOf(name)));
}

export async function checkSchemas(
  baseline: string,
  outcome: CompositionOutcome = composeSupergraph(),
  missingOwners = subgraphsWithoutOwner(),
): Promise<SchemaCheckReport> {
  const base = { compositionErrors: outcome.errors, hints: outcome.hints, missingOwners };
  if (!outcome.supergraphSdl) return { ...base, breaking: [], dangerous: [], safe: [], unchanged: false };
  const changes = await compareApiSchemas(apiSchemaOf(baseline), apiSchemaOf(outcome.supergraphSdl));
  return { ...base, ...changes, unchanged: outcome.supergraphSdl === baseline };
}

/** Human-readable report; `ok` is false on composition errors, missing owners, or breaking changes (unless allowed). */
export function formatReport(report: SchemaCheckReport, allowBreaking = false, verbose = false): { ok: boolean; text: string } {
  const lines: string[] = [];
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`, ...items.map((item) => `  - ${item}`));
  };
  list('Composition errors', report.compositionErrors);
  list('Composition hints', report.hints);
  list('Subgraphs without an owner (@contact)', report.missingOwners);
  const describe = (c: Change) => `${c.message}${c.path ? ` [${c.path}]` : ''}${c.criticality.reason ? ` — ${c.criticality.reason}` : ''}`;
  list('BREAKING changes', report.breaking.map(describe));
  list('Dangerous changes', report.dangerous.map(describe));
  if (verbose) list('Safe changes', report.safe.map(describe));
  else if (report.safe.length > 0) lines.push(`Safe changes: ${report.safe.length} (--verbose lists them)`);
  const ok = report.compositionErrors.length === 0 && report.missingOwners.length === 0 && (allowBreaking || report.breaking.length === 0);
  if (report.compositionErrors.length === 0) {
    lines.push(
      report.unchanged
        ? 'The composed supergraph equals the committed one.'
        : 'The composed supergraph differs from the committed one: run `npm run compose` and commit schema/supergraph.graphql.',
    );
  }
  lines.push(ok ? 'schema check passed' : 'schema check FAILED');
  return { ok, text: lines.join('\n') };
}
