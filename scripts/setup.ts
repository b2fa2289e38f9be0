import { config } from '@pecg/common';
import { ensureEmbeddedDatabaseInstalled } from '@pecg/embedded-db';
import { ensureDashboardBuilt } from './build-dashboard';

/**
 * `npm run setup` (also run by `npm start` and `npm test`): installs what the project needs beyond
 * npm packages — the embedded database (mongo-java-server and our extension of it) — into the
 * git-ignored .tools folder, and builds the dashboard into dashboard/dist (served by the gateway at
 * /dashboard) when its sources changed. Idempotent; seconds when nothing changed.
 */
export function setup(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): void {
  log(`Dashboard: ${ensureDashboardBuilt()}`);
  if (config.mongodbUri) {
    log('MONGODB_URI is set: using that server, no embedded database needed');
    return;
  }
  log(`Embedded database: ${ensureEmbeddedDatabaseInstalled()}`);
}

if (require.main === module) {
  try {
    setup();
  } catch (error) {
    process.stderr.write(`setup failed: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
