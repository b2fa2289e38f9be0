import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { print } from 'graphql';
import { REPO_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '@pecg/common';
import { activitiesSubgraph } from '@pecg/activities';
import { approvalsSubgraph } from '@pecg/approvals';
import { enterprisesSubgraph } from '@pecg/enterprises';
import { mediationSubgraph } from '@pecg/mediation';

export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

export const SUBGRAPH_DEFINITIONS = {
  enterprises: enterprisesSubgraph,
  activities: activitiesSubgraph,
  approvals: approvalsSubgraph,
  mediation: mediationSubgraph,
} as const;

/** Default routing URL written into the supergraph (overridden at run time by <NAME>_URL). */
export function defaultRoutingUrl(name: SubgraphName, port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}

export interface CompositionOutcome {
  supergraphSdl?: string;
  errors: string[];
  hints: string[];
}

const PORTS: Record<SubgraphName, number> = { enterprises: 4001, activities: 4002, approvals: 4003, mediation: 4004 };

/** Composes the four subgraph schemas with @apollo/composition (no binary, no network). */
export function composeSupergraph(): CompositionOutcome {
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({ name, typeDefs: SUBGRAPH_DEFINITIONS[name].typeDefs, url: defaultRoutingUrl(name, PORTS[name]) })),
  );
  const hints = (result.hints ?? []).map((h) => `${h.definition.code}: ${h.message}`);
  if (result.errors) return { errors: result.errors.map((e) => e.message), hints };
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, errors: [], hints };
}

export function readCommittedSupergraph(): string {
  return fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
}

/** The subgraph SDL as a department edits it (for breaking-change checks). */
export function subgraphSdl(name: SubgraphName): string {
  return print(SUBGRAPH_DEFINITIONS[name].typeDefs);
}
