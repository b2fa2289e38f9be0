import { execFileSync } from 'node:child_process';
import { SUBGRAPH_REGISTRY } from '@pecg/registry';
import { REPO_ROOT } from '../src';

/**
 * The registry (packages/registry) is the one place that lists the subgraphs: no code outside it, the
 * subgraph's own folder, docs, tests (the fault suite in scripts/faults is one: its scenarios pick
 * their victims) and the benchmark names a subgraph or imports its package —
 * adding a subgraph edits the registry only.
 */
describe('one registry of subgraphs', () => {
  it('no subgraph name or package appears in the runtime, the tools or the scripts outside the registry', () => {
    const names = SUBGRAPH_REGISTRY.map((entry) => entry.name);
    const pattern = `['"\`/@](${names.join('|')})['"\`/_]`;
    let output = '';
    try {
      output = execFileSync(
        'git',
        [
          'grep',
          '-nE',
          pattern,
          '--',
          'gateway',
          'packages',
          'tools',
          'scripts',
          'codegen.yml',
          ':!packages/registry',
          ':!**/test/**',
          ':!**/*.test.ts',
          ':!*.md',
          ':!tools/embedded-mongo/src/main/java',
          ':!scripts/faults',
        ],
        { cwd: REPO_ROOT, encoding: 'utf8' },
      );
    } catch (error) {
      if ((error as { status?: number }).status !== 1) throw error; // 1: no match
    }
    const allowed = (line: string) => line.startsWith('codegen.yml:'); // generated from the registry (npm run codegen)
    expect(output.split('\n').filter((line) => line && !allowed(line))).toEqual([]);
  });

  it('the gateway package depends on no subgraph and on no development tooling', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- reads the gateway's manifest, not its code
    const gateway = require('../../../gateway/package.json') as { dependencies: Record<string, string> };
    const forbidden = [
      ...SUBGRAPH_REGISTRY.map((entry) => entry.package),
      '@pecg/graph-tools',
      '@pecg/embedded-db',
      '@pecg/testing',
      '@pecg/demo',
      '@pecg/registry',
    ];
    expect(Object.keys(gateway.dependencies).filter((dep) => forbidden.includes(dep))).toEqual([]);
  });
});
