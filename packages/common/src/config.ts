import path from 'node:path';

/** Root of the repository (two levels above packages/common/src). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The four subgraphs, in composition order, with their default ports. */
export const SUBGRAPHS = {
  enterprises: { port: 4001, database: 'pecg_enterprises' },
  activities: { port: 4002, database: 'pecg_activities' },
  approvals: { port: 4003, database: 'pecg_approvals' },
  mediation: { port: 4004, database: 'pecg_mediation' },
} as const;

export type SubgraphName = keyof typeof SUBGRAPHS;
export const SUBGRAPH_NAMES = Object.keys(SUBGRAPHS) as SubgraphName[];

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new Error(`Environment variable ${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

/** Every environment variable the system reads, in one place (documented in README). */
export const config = {
  /** A MongoDB connection string; when unset the embedded database is started. */
  get mongodbUri(): string | undefined {
    return process.env.MONGODB_URI || undefined;
  },
  /**
   * Write concern of every write: MONGODB_WRITE_CONCERN is `majority` (default) or a number of
   * members; MONGODB_WRITE_JOURNAL=false stops waiting for the journal (default: wait).
   */
  get writeConcern(): { w: 'majority' | number; journal: boolean } {
    const raw = (process.env.MONGODB_WRITE_CONCERN ?? '').trim();
    let w: 'majority' | number = 'majority';
    if (raw !== '' && raw !== 'majority') {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1) throw new Error(`Environment variable MONGODB_WRITE_CONCERN must be "majority" or a number of members (1 or more: writes are always acknowledged), got "${raw}"`);
      w = n;
    }
    const journalRaw = (process.env.MONGODB_WRITE_JOURNAL ?? '').trim().toLowerCase();
    if (journalRaw !== '' && journalRaw !== 'true' && journalRaw !== 'false') throw new Error(`Environment variable MONGODB_WRITE_JOURNAL must be "true" or "false", got "${journalRaw}"`);
    return { w, journal: journalRaw !== 'false' };
  },
  /** Where the embedded database keeps its files (git-ignored). */
  get dataDir(): string {
    return process.env.PECG_DATA_DIR || path.join(REPO_ROOT, '.data');
  },
  /** Port of the embedded database; 0 picks a free one. */
  get embeddedDbPort(): number {
    return intFromEnv('EMBEDDED_DB_PORT', 27018);
  },
  get host(): string {
    return process.env.HOST || '127.0.0.1';
  },
  get gatewayPort(): number {
    return intFromEnv('GATEWAY_PORT', 4000);
  },
  subgraphPort(name: SubgraphName): number {
    return intFromEnv(`${name.toUpperCase()}_PORT`, SUBGRAPHS[name].port);
  },
  /** URL the gateway uses for a subgraph; defaults to loopback on its port. */
  subgraphUrl(name: SubgraphName): string {
    return process.env[`${name.toUpperCase()}_URL`] || `http://127.0.0.1:${this.subgraphPort(name)}/graphql`;
  },
  /** Database name of a subgraph (prefix configurable so several installs can share a server). */
  databaseName(name: SubgraphName): string {
    return `${process.env.DB_PREFIX ?? ''}${SUBGRAPHS[name].database}`;
  },
  get logLevel(): string {
    return process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === 'production';
  },
};
