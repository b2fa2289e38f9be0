import path from 'node:path';
import { ensureEmbeddedDatabaseInstalled, startEmbeddedDatabase } from '@pecg/embedded-db';

/** Jest global setup: one embedded database for the whole run unless MONGODB_URI points at a server. */
export default async function globalSetup(): Promise<void> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // Scheduled jobs would change a test's data on the wall clock: off unless a test enables them for its subgraph.
  process.env.JOBS_ENABLED ??= 'false';
  // Flows run on the real clock (today + 20 working days) may reach past the last official calendar
  // year; the test fixtures (weekends only, marked as such) let them count. Tests of the
  // "calendar not loaded" error use a year past the fixtures (2029) or their own WorkingCalendar.
  // one day of the platform's ≈5 000 sensing events instead of the demo's month
  process.env.COMMUNITY_SAFETY_DEMO_EVENT_DAYS ??= '1';
  process.env.HOLIDAY_CALENDAR_DIRS ??= path.resolve(__dirname, '..', 'calendar');
  if (process.env.MONGODB_URI) return;
  ensureEmbeddedDatabaseInstalled();
  const db = await startEmbeddedDatabase({});
  process.env.MONGODB_URI = db.uri;
  (globalThis as { __PECG_TEST_DB__?: typeof db }).__PECG_TEST_DB__ = db;
}
