import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPH_REGISTRY } from '@pecg/registry';
import { renderedFiles, resolveOptions, withRegistryEntry } from './scaffold';

/**
 * `npm run new-subgraph -- <name> --owner "<department>" [--entity Device] [--plural devices] [--label 设备]
 *  [--description "what the department owns"] [--port 4005] [--database pecg_x]`
 *
 * Creates subgraphs/<name>/ from the template (schema with @contact, one entity with @key, list with
 * filter/sort/cursor/statistics, versioned mutations, mappers, loaders, seed, validation, tests),
 * registers it in packages/registry (the one list of subgraphs), links the workspace, regenerates the
 * codegen output, the supergraph and the deployment files, and runs the schema check.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    owner: { type: 'string' },
    description: { type: 'string' },
    entity: { type: 'string' },
    plural: { type: 'string' },
    label: { type: 'string' },
    port: { type: 'string' },
    database: { type: 'string' },
  },
});

function run(command: string, args: string[]): void {
  process.stdout.write(`\n$ ${command} ${args.join(' ')}\n`);
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
}

function main(): void {
  const [name] = positionals;
  if (!name) throw new Error('usage: npm run new-subgraph -- <name> --owner "<department>" [--entity Device] [--label 设备]');
  const resolved = resolveOptions(
    {
      name,
      owner: values.owner ?? '',
      ...(values.description ? { ownerDescription: values.description } : {}),
      ...(values.entity ? { entity: values.entity } : {}),
      ...(values.plural ? { plural: values.plural } : {}),
      ...(values.label ? { label: values.label } : {}),
      ...(values.port ? { port: Number(values.port) } : {}),
      ...(values.database ? { database: values.database } : {}),
    },
    SUBGRAPH_REGISTRY,
  );
  const directory = path.join(ROOT, 'subgraphs', name);
  if (fs.existsSync(directory)) throw new Error(`subgraphs/${name} exists already`);
  const versions = JSON.parse(fs.readFileSync(path.join(ROOT, 'subgraphs', SUBGRAPH_REGISTRY[0].name, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const files = renderedFiles(resolved, { __graphqlVersion__: versions.dependencies.graphql, __mongooseVersion__: versions.dependencies.mongoose });
  for (const [relative, content] of files) {
    const target = path.join(directory, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  process.stdout.write(`created subgraphs/${name}/ (${files.length} files)\n`);
  const registryFile = path.join(ROOT, 'packages', 'registry', 'src', 'index.ts');
  fs.writeFileSync(registryFile, withRegistryEntry(fs.readFileSync(registryFile, 'utf8'), resolved));
  process.stdout.write(`registered ${name} in packages/registry/src/index.ts (port ${resolved.port}, database ${resolved.database})\n`);
  // the workspace: package-lock.json gains the package, node_modules/@pecg/<name> links to it (as npm install does)
  run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']);
  const link = path.join(ROOT, 'node_modules', '@pecg', name);
  if (!fs.existsSync(link)) fs.symlinkSync(path.relative(path.dirname(link), directory), link, 'dir');
  run('npm', ['run', 'codegen', '--silent']);
  run('npx', ['prettier', '--write', '--log-level', 'warn', `subgraphs/${name}`, 'packages/registry/src/index.ts', 'codegen.yml']);
  run('npm', ['run', 'compose', '--silent']);
  // the dashboard's typed operations are generated from the supergraph just composed
  run('npm', ['run', 'codegen:dashboard', '--silent']);
  run('npm', ['run', 'deploy:generate', '--silent']);
  run('npm', ['run', 'schema:check', '--silent']);
  process.stdout.write(
    [
      '',
      `Done. subgraphs/${name} is registered, composed into schema/supergraph.graphql and deployable (deploy/).`,
      `  npm run dev -- ${name}                       run it alone on port ${resolved.port}`,
      `  npx jest --selectProjects @pecg/${name}        its tests (operations, _entities, 401, tenant scope, a federated query)`,
      `  npm start                                     the whole graph with it`,
      'Then make the entity your own: rename fields in src/schema/*/*.graphql, npm run codegen, npm run compose, npm run schema:check.',
      '',
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  process.stderr.write(`new-subgraph: ${(error as Error).message}\n`);
  process.exit(1);
}
