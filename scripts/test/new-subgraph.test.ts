import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintSupergraph } from '@pecg/graph-tools';
import { SUBGRAPH_REGISTRY } from '@pecg/registry';
import { copyRepository } from '../new-subgraph/repo-copy';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs a command in the copy; the child gets the test database and none of this jest run's worker variables. */
function run(cwd: string, command: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  for (const name of Object.keys(env)) if (name.startsWith('JEST_')) delete env[name];
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run new-subgraph (in a copy of the repository)', () => {
  let copy: string;
  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-new-subgraph-'));
    copyRepository(ROOT, copy);
    // the embedded database's engine build is not in git: share the installed one
    if (fs.existsSync(path.join(ROOT, '.tools'))) {
      fs.symlinkSync(path.join(ROOT, '.tools'), path.join(copy, '.tools'));
      fs.appendFileSync(path.join(copy, '.git', 'info', 'exclude'), '.tools\n');
    }
  }, 120_000);
  afterAll(() => {
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  it('creates a subgraph that composes, passes the schema check and its own tests, editing only the registry and generated files', () => {
    const created = run(copy, 'npm', [
      'run',
      'new-subgraph',
      '--silent',
      '--',
      'harbour-watch',
      '--owner',
      '港口治安联勤室 — a test department',
      '--entity',
      'Vessel',
      '--label',
      '船舶',
    ]);
    expect(created.output).toContain('schema check passed');
    expect(created.status).toBe(0);

    // composed into the supergraph, with its owner
    const supergraph = fs.readFileSync(path.join(copy, 'schema', 'supergraph.graphql'), 'utf8');
    const port = Math.max(...SUBGRAPH_REGISTRY.map((e) => e.port)) + 1;
    expect(supergraph).toContain(`HARBOUR_WATCH @join__graph(name: "harbour-watch", url: "http://127.0.0.1:${port}/graphql")`);
    expect(supergraph).toMatch(/\n {2}vesselStatistics\(\n/);
    expect(supergraph).toMatch(/ filter: VesselFilter\n {2}\): VesselStatistics! @join__field\(graph: HARBOUR_WATCH\)/);
    // the new subgraph keeps the analysts' contract (plural filters, lists, { key label count } rows, an aggregate)
    expect(lintSupergraph(supergraph)).toEqual([]);
    expect(supergraph).toContain('vesselAggregate(');

    // the only hand-maintained file touched is the registry; the rest is generated or the new subgraph
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: copy, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    const generated =
      /^(subgraphs\/harbour-watch\/|deploy\/(k8s|compose\.yaml|router|MONGODB\.md)|schema\/supergraph\.graphql$|codegen\.yml$|package-lock\.json$|dashboard\/src\/__generated__\/)/;
    expect(changed.filter((file) => !generated.test(file))).toEqual(['packages/registry/src/index.ts']);
    expect(changed).toContain('subgraphs/harbour-watch/src/schema/vessel/vessel.graphql');

    const tests = run(copy, 'npx', ['jest', '--ci', '--selectProjects', '@pecg/harbour-watch', 'unit', '--', 'subgraphs/harbour-watch']);
    expect(tests.output).toMatch(/Tests:\s+\d+ passed, \d+ total/);
    expect(tests.output).not.toMatch(/failed/);
    expect(tests.status).toBe(0);
    for (const [command, args] of [
      ['npx', ['tsc', '--noEmit', '-p', 'subgraphs/harbour-watch']],
      ['npx', ['eslint', 'subgraphs/harbour-watch', 'packages/registry']],
      ['npx', ['prettier', '--check', 'subgraphs/harbour-watch', 'packages/registry']],
      ['npm', ['run', 'generated:check', '--silent']],
      ['npm', ['run', 'deploy:check', '--silent']],
    ] as const) {
      const checked = run(copy, command, [...args]);
      expect({ command: `${command} ${args.join(' ')}`, status: checked.status, output: checked.status ? checked.output : '' }).toEqual({
        command: `${command} ${args.join(' ')}`,
        status: 0,
        output: '',
      });
    }
  }, 600_000);

  it('refuses a name that is taken or malformed, and changes nothing', () => {
    const before = execFileSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' });
    const taken = run(copy, 'npm', ['run', 'new-subgraph', '--silent', '--', 'enterprises', '--owner', 'x']);
    expect(taken.status).toBe(1);
    expect(taken.output).toContain('name: "enterprises" is already a registered subgraph');
    const malformed = run(copy, 'npm', ['run', 'new-subgraph', '--silent', '--', 'Harbour_Watch', '--owner', 'x']);
    expect(malformed.status).toBe(1);
    expect(malformed.output).toContain('must be lower-case letters, digits and dashes');
    const ownerless = run(copy, 'npm', ['run', 'new-subgraph', '--silent', '--', 'night-market']);
    expect(ownerless.output).toContain('--owner: the owning department is required');
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' })).toBe(before);
  }, 120_000);
});
