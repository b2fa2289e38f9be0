import { ensureEmbeddedDatabaseInstalled, startEmbeddedDatabase } from '@pecg/embedded-db';

/** Jest global setup: one embedded database for the whole run unless MONGODB_URI points at a server. */
export default async function globalSetup(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  if (process.env.MONGODB_URI) return;
  ensureEmbeddedDatabaseInstalled();
  const db = await startEmbeddedDatabase({});
  process.env.MONGODB_URI = db.uri;
  (globalThis as { __PECG_TEST_DB__?: typeof db }).__PECG_TEST_DB__ = db;
}
