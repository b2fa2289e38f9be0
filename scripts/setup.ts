import { config } from '@pecg/common';
import { ensureEmbeddedDatabaseInstalled } from '@pecg/embedded-db';

/**
 * `npm run setup` (also run by `npm start` and `npm test`): installs what the project needs beyond
 * npm packages — the embedded database (mongo-java-server and our extension of it) — into the
 * git-ignored .tools folder. Idempotent; seconds when nothing changed.
 */
export function setup(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): void {
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
