import path from 'node:path';
import { portVariable, subgraphEntry, urlVariable } from '@pecg/registry';

/** Root of the repository (two levels above packages/common/src). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export { SUBGRAPH_NAMES, type SubgraphName } from '@pecg/registry';

function intFromEnv(name: string, fallback: number, min = 0, max = 65535): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`Environment variable ${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** Every environment variable the system reads, in one place (documented in README). */
export const config = {
  /**
   * Directories with official holiday calendars, one `<year>.json` per year (HOLIDAY_CALENDAR_DIRS,
   * separated by the path delimiter), read after the bundled packages/common/calendar: an
   * administrator adds a year by dropping a file there (`npm run calendar:import`).
   */
  get holidayCalendarDirs(): string[] {
    const raw = process.env.HOLIDAY_CALENDAR_DIRS ?? '';
    return raw
      .split(path.delimiter)
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => path.resolve(d));
  },
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
      if (!Number.isInteger(n) || n < 1)
        throw new Error(
          `Environment variable MONGODB_WRITE_CONCERN must be "majority" or a number of members (1 or more: writes are always acknowledged), got "${raw}"`,
        );
      w = n;
    }
    const journalRaw = (process.env.MONGODB_WRITE_JOURNAL ?? '').trim().toLowerCase();
    if (journalRaw !== '' && journalRaw !== 'true' && journalRaw !== 'false')
      throw new Error(`Environment variable MONGODB_WRITE_JOURNAL must be "true" or "false", got "${journalRaw}"`);
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
  /**
   * Where the gateway reads the composed supergraph: SUPERGRAPH is a file path or an http(s) URL;
   * unset, the committed schema/supergraph.graphql next to the gateway package.
   */
  get supergraph(): string | undefined {
    return process.env.SUPERGRAPH || undefined;
  },
  get gatewayPort(): number {
    return intFromEnv('GATEWAY_PORT', 4000);
  },
  /**
   * Where a subgraph sends the operations it runs against the whole graph (graph-client.ts):
   * GATEWAY_URL, default http://127.0.0.1:<GATEWAY_PORT>/graphql.
   */
  get gatewayUrl(): string {
    return process.env.GATEWAY_URL || `http://127.0.0.1:${intFromEnv('GATEWAY_PORT', 4000)}/graphql`;
  },
  /**
   * The bearer token a subgraph presents to the gateway as its service identity (PECG_SERVICE_TOKEN: a
   * DEPARTMENT token for the subgraph's department); required in production, minted locally elsewhere.
   */
  get serviceToken(): string | undefined {
    return process.env.PECG_SERVICE_TOKEN || undefined;
  },
  /** Port a subgraph listens on: `<NAME>_PORT`, else its port in the registry. */
  subgraphPort(name: string): number {
    return intFromEnv(portVariable(name), subgraphEntry(name).port);
  },
  /**
   * URL override for a subgraph (`<NAME>_URL`), read by the gateway for every subgraph named in the
   * supergraph; undefined when unset (the gateway then uses the supergraph's routing URL).
   */
  subgraphUrlOverride(name: string): string | undefined {
    return process.env[urlVariable(name)] || undefined;
  },
  /** Database name of a subgraph (prefix configurable so several installs can share a server). */
  databaseName(name: string): string {
    return `${process.env.DB_PREFIX ?? ''}${subgraphEntry(name).database}`;
  },
  /** Connections per subgraph to the database (MONGODB_POOL_SIZE, default 20). */
  get mongodbPoolSize(): number {
    return intFromEnv('MONGODB_POOL_SIZE', 20, 1, 10_000);
  },
  /** Largest accepted request body (MAX_BODY_SIZE, default 1mb; `bytes` syntax). */
  get maxBodySize(): string {
    return process.env.MAX_BODY_SIZE || '1mb';
  },
  /**
   * Drain budget on SIGTERM/SIGINT (DRAIN_TIMEOUT_MS, default 35000): how long a stopping service lets
   * its requests in flight finish. The default is longer than the longest operation budget of the
   * gateway (30 s for ANALYST, gateway/src/limits-config.ts); keep Kubernetes'
   * terminationGracePeriodSeconds above it.
   */
  get drainTimeoutMs(): number {
    return intFromEnv('DRAIN_TIMEOUT_MS', 35_000, 0, 3_600_000);
  },
  /**
   * Most rows one export of the gateway (`/export`, CSV or NDJSON) may hold (EXPORT_MAX_ROWS, default
   * 100000): a larger list is refused before streaming when its count is known, else the file ends
   * with an error marker (NDJSON) or is aborted (CSV) once the cap is reached.
   */
  get exportMaxRows(): number {
    return intFromEnv('EXPORT_MAX_ROWS', 100_000, 1, 10_000_000);
  },
  /** How long the gateway waits for one subgraph call (SUBGRAPH_TIMEOUT_MS, default 8000). */
  get subgraphTimeoutMs(): number {
    return intFromEnv('SUBGRAPH_TIMEOUT_MS', 8_000, 1, 600_000);
  },
  /**
   * Token verification: JWT_SECRET (HS256), or JWT_PUBLIC_KEY_FILE with JWT_ALGORITHM, or
   * JWT_JWKS_FILE; JWT_MAX_LIFETIME_SECONDS (default 8 h) bounds exp − iat; JWT_REVOKED_FILE lists
   * revoked token ids (jti).
   */
  get jwt(): { secret?: string; publicKeyFile?: string; algorithm: string; jwksFile?: string; maxLifetimeSeconds: number; revokedFile?: string } {
    return {
      secret: process.env.JWT_SECRET || undefined,
      publicKeyFile: process.env.JWT_PUBLIC_KEY_FILE || undefined,
      algorithm: process.env.JWT_ALGORITHM || 'RS256',
      jwksFile: process.env.JWT_JWKS_FILE || undefined,
      maxLifetimeSeconds: intFromEnv('JWT_MAX_LIFETIME_SECONDS', 8 * 3600, 60, 30 * 24 * 3600),
      revokedFile: process.env.JWT_REVOKED_FILE || undefined,
    };
  },
  /**
   * The key only the gateway and the subgraphs share: it signs the internal assertion the gateway
   * forwards to the subgraphs (INTERNAL_JWT_SECRET; a development default outside production).
   */
  get internalJwtSecret(): string | undefined {
    return process.env.INTERNAL_JWT_SECRET || undefined;
  },
  /**
   * Port of a service's loopback-only operations server (/metrics, full /ready): OPS_PORT for the
   * gateway, `<NAME>_OPS_PORT` for a subgraph; default the service's port + 1000, or any free port
   * when the service listens on port 0.
   */
  opsPort(servicePort: number, subgraph?: string): number {
    const fallback = servicePort === 0 ? 0 : servicePort + 1000;
    return intFromEnv(subgraph ? portVariable(subgraph).replace(/_PORT$/, '_OPS_PORT') : 'OPS_PORT', fallback > 65535 ? 0 : fallback);
  },
  /** Distinct operation names /metrics labels (METRICS_MAX_OPERATIONS, default 100); later names count as `other`. */
  get metricsMaxOperations(): number {
    return intFromEnv('METRICS_MAX_OPERATIONS', 100, 0, 10_000);
  },
  /** Name in every log line (PECG_SERVICE, default `pecg`). */
  get serviceName(): string {
    return process.env.PECG_SERVICE || 'pecg';
  },
  /** A subgraph started by `runSubgraphMain` or `npm run dev` loads its demo data unless SEED_DEMO=false. */
  get seedDemo(): boolean {
    return process.env.SEED_DEMO !== 'false';
  },
  /** Only PECG_ALLOW_APOLLO_TELEMETRY=true leaves Apollo's own telemetry setting alone. */
  get allowApolloTelemetry(): boolean {
    return process.env.PECG_ALLOW_APOLLO_TELEMETRY === 'true';
  },
  /**
   * A subgraph's own integer setting (e.g. APPROVALS_RECTIFICATION_DAYS): read here like every other
   * variable, refused with a clear error when set to anything but an integer in [min, max].
   */
  integer(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
    return intFromEnv(name, fallback, min, max);
  },
  /** Days the PII audit log keeps a record (PII_AUDIT_RETENTION_DAYS, default 180; a TTL index on MongoDB). */
  get piiAuditRetentionDays(): number {
    return intFromEnv('PII_AUDIT_RETENTION_DAYS', 180, 1, 36_500);
  },
  /**
   * Hours a subgraph remembers an `Idempotency-Key` and the response it gave (IDEMPOTENCY_KEY_TTL_HOURS,
   * default 24, 1–8760): checked by the code on every use, removed by MongoDB's TTL index (the embedded
   * development engine keeps the expired records; they are overwritten on reuse).
   */
  get idempotencyKeyTtlHours(): number {
    return intFromEnv('IDEMPOTENCY_KEY_TTL_HOURS', 24, 1, 8_760);
  },
  /**
   * Whether a subgraph runs its scheduled jobs (JOBS_ENABLED, default true; the test setup sets it to
   * false, and a test that exercises jobs enables them for its own subgraph).
   */
  get jobsEnabled(): boolean {
    const raw = (process.env.JOBS_ENABLED ?? '').trim().toLowerCase();
    if (raw !== '' && raw !== 'true' && raw !== 'false') throw new Error(`Environment variable JOBS_ENABLED must be "true" or "false", got "${raw}"`);
    return raw !== 'false';
  },
  /**
   * A scheduled job's period (e.g. APPROVALS_DEADLINES_EVERY): `<n> second(s)|minute(s)|hour(s)|day(s)`
   * or a 5- or 6-field cron expression; refused with a clear error otherwise.
   */
  every(name: string, fallback: string): string {
    const raw = (process.env[name] ?? '').trim();
    if (raw === '') return fallback;
    const words = /^[1-9]\d* (second|minute|hour|day|week)s?$/.test(raw);
    const cron = /^[\d*/,\-A-Za-z?LW#]+(\s+[\d*/,\-A-Za-z?LW#]+){4,5}$/.test(raw);
    if (!words && !cron) throw new Error(`Environment variable ${name} must be like "1 minute" or a cron expression, got "${raw}"`);
    return raw;
  },
  get logLevel(): string {
    return process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  },
  /** NODE_ENV=test: only then may a test move a server-owned clock (e.g. processDeadlines(asOf:)). */
  get isTest(): boolean {
    return process.env.NODE_ENV === 'test';
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === 'production';
  },
};
