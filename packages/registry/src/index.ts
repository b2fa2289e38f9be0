/**
 * The one registry of subgraphs. Everything that needs to know which subgraphs exist reads it:
 * runtime configuration (ports, database names, URL variables), composition, codegen, `npm start`,
 * the benchmark, the whole-graph test harness and the new-subgraph scaffold.
 *
 * Adding a subgraph edits this list only (the gateway itself reads the composed supergraph and knows
 * no subgraph). Order is composition order.
 */
export interface SubgraphEntry {
  /** Subgraph name in the supergraph (lower-case letters and dashes). */
  readonly name: string;
  /** Workspace package that holds the subgraph's code. */
  readonly package: string;
  /** Folder of that package, relative to the repository root. */
  readonly directory: string;
  /** Owning department (the subgraph schema names it with @contact too). */
  readonly owner: string;
  /** Default port when run on this machine (`<NAME>_PORT` overrides it). */
  readonly port: number;
  /** Database name (prefixed with DB_PREFIX). */
  readonly database: string;
}

export const SUBGRAPH_REGISTRY = [
  {
    name: 'enterprises',
    package: '@pecg/enterprises',
    directory: 'subgraphs/enterprises',
    owner: "园区警企联络办公室 — the park's police–enterprise liaison office",
    port: 4001,
    database: 'pecg_enterprises',
  },
  {
    name: 'activities',
    package: '@pecg/activities',
    directory: 'subgraphs/activities',
    owner: '治安大队党支部 — the security brigade party branch (警企党建红盟 secretariat)',
    port: 4002,
    database: 'pecg_activities',
  },
  {
    name: 'approvals',
    package: '@pecg/approvals',
    directory: 'subgraphs/approvals',
    owner: '行政审批办公室 — the administrative approval office',
    port: 4003,
    database: 'pecg_approvals',
  },
  {
    name: 'mediation',
    package: '@pecg/mediation',
    directory: 'subgraphs/mediation',
    owner: "综治中心 / 司法所 — the comprehensive governance centre with the judicial office (people's mediation)",
    port: 4004,
    database: 'pecg_mediation',
  },
  {
    name: 'community-safety',
    package: '@pecg/community-safety',
    directory: 'subgraphs/community-safety',
    owner: '白虎滩社区综治中心（联合社区警务室） — the 白虎滩 community comprehensive governance centre with the community police office',
    port: 4005,
    database: 'pecg_community_safety',
  },
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPH_REGISTRY.map((entry) => entry.name);

/** The registry entry of a subgraph; throws on an unknown name. */
export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPH_REGISTRY.find((e) => e.name === name);
  if (!entry) throw new Error(`unknown subgraph "${name}" (registered: ${SUBGRAPH_NAMES.join(', ')})`);
  return entry;
}

export function isSubgraphName(name: string): name is SubgraphName {
  return SUBGRAPH_REGISTRY.some((e) => e.name === name);
}

/** Environment variable prefix of a subgraph: `ENTERPRISES` for `enterprises`, `COMMUNITY_SAFETY` for `community-safety`. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** `<NAME>_URL`: the URL the gateway calls the subgraph at (overrides the supergraph's routing URL). */
export const urlVariable = (name: string): string => `${envPrefix(name)}_URL`;
/** `<NAME>_PORT`: the port the subgraph listens on. */
export const portVariable = (name: string): string => `${envPrefix(name)}_PORT`;

/** Routing URL written into the committed supergraph: loopback on the registered port. */
export function defaultRoutingUrl(entry: SubgraphEntry): string {
  return `http://127.0.0.1:${entry.port}/graphql`;
}
