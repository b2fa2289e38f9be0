import fs from 'node:fs';
import path from 'node:path';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { REPO_ROOT } from '@pecg/common';
import { CODEGEN_CONFIG_PATH, codegenConfigYaml } from './codegen-config';

/** The dashboard's client-preset configuration (typed operations against the committed supergraph). */
const DASHBOARD_CODEGEN_CONFIG = path.join(REPO_ROOT, 'dashboard', 'codegen.ts');
import { composeSupergraph, readCommittedSupergraph } from '@pecg/graph-tools';

/**
 * `npm run generated:check` (run by CI): fails when schema/supergraph.graphql, codegen.yml (written
 * from the subgraph registry by scripts/codegen-config.ts) or the codegen output committed in each
 * subgraph (types, resolver map, scaffolded resolver files) or the dashboard's typed operations
 * (dashboard/src/__generated__, from dashboard/codegen.ts against the committed supergraph) is stale, i.e.
 * differs from what `npm run compose` / `npm run codegen` would write now.
 */
async function main() {
  const problems: string[] = [];
  const composed = composeSupergraph();
  if (!composed.supergraphSdl) problems.push(`composition fails: ${composed.errors.join('; ')}`);
  else if (composed.supergraphSdl !== readCommittedSupergraph()) problems.push('schema/supergraph.graphql is stale: run `npm run compose`');

  const committedConfig = fs.existsSync(CODEGEN_CONFIG_PATH) ? fs.readFileSync(CODEGEN_CONFIG_PATH, 'utf8') : '';
  if (committedConfig !== codegenConfigYaml()) problems.push('codegen.yml differs from the subgraph registry: run `npm run codegen`');

  const { config } = await loadCodegenConfig({ configFilePath: CODEGEN_CONFIG_PATH });
  const outputs = await generate({ ...config, cwd: REPO_ROOT, silent: true }, false);
  const dashboard = await loadCodegenConfig({ configFilePath: DASHBOARD_CODEGEN_CONFIG });
  try {
    outputs.push(...(await generate({ ...dashboard.config, cwd: REPO_ROOT, silent: true }, false)));
  } catch (error) {
    problems.push(`the dashboard's operations do not validate against schema/supergraph.graphql: ${(error as Error).message}`);
  }
  for (const output of outputs as Array<{ filename: string; content: string }>) {
    const file = path.resolve(REPO_ROOT, output.filename);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== output.content) problems.push(`${path.relative(REPO_ROOT, file)} is stale: run \`npm run codegen\``);
  }
  if (problems.length) {
    for (const p of problems) process.stderr.write(`✗ ${p}\n`);
    process.exit(1);
  }
  process.stdout.write(`generated files are up to date (supergraph + ${outputs.length} codegen outputs)\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
