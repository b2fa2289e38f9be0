import { staleFiles } from './src/generated-files';
import { validateDeployFiles } from './src/validate';

/**
 * `npm run deploy:check`: fails when a generated deployment file is stale (the registry or a model changed
 * without `npm run deploy:generate`) or when any manifest or the compose file breaks a rule
 * (deploy/src/validate.ts). No cluster and no network needed; CI runs the same checks as a jest test.
 */
async function main() {
  const started = process.hrtime.bigint();
  const problems = [...(await staleFiles()).map((file) => `${file} is stale: run \`npm run deploy:generate\``), ...validateDeployFiles()];
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (problems.length) {
    for (const problem of problems) process.stderr.write(`✗ ${problem}\n`);
    process.stderr.write(`deploy: ${problems.length} problem(s) (${ms.toFixed(0)} ms)\n`);
    process.exit(1);
  }
  process.stdout.write(`deploy: manifests, compose file and MONGODB.md are valid and up to date (${ms.toFixed(0)} ms)\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
