import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { demoEnterpriseId } from '@pecg/demo';
import { SUBGRAPH_REGISTRY, urlVariable } from '@pecg/registry';
import { authHeaders, postGraphQL } from '@pecg/testing';
import { REPO_ROOT, startTestGraph, type TestGraph } from '../src';

/**
 * The gateway is a runtime that needs only the composed supergraph: a copy of the gateway package and
 * schema/supergraph.graphql in a folder without any subgraph, started as its own process, serves a
 * query across every subgraph — and a guard in that process fails it if anything from subgraphs/ or
 * tools/ is ever loaded.
 */
describe('the gateway starts with only the supergraph present', () => {
  let graph: TestGraph;
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    graph = await startTestGraph({ seed: ['enterprises', 'approvals'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-gateway-alone-'));
    fs.cpSync(path.join(REPO_ROOT, 'gateway', 'src'), path.join(dir, 'gateway', 'src'), { recursive: true });
    // the IDE's page and assets are part of the gateway package (read when it starts)
    fs.cpSync(path.join(REPO_ROOT, 'gateway', 'ide'), path.join(dir, 'gateway', 'ide'), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, 'gateway', 'package.json'), path.join(dir, 'gateway', 'package.json'));
    // the gateway's own nested dependencies (npm installs a version apart there, e.g. lru-cache 11 while the root has 5)
    if (fs.existsSync(path.join(REPO_ROOT, 'gateway', 'node_modules')))
      fs.symlinkSync(path.join(REPO_ROOT, 'gateway', 'node_modules'), path.join(dir, 'gateway', 'node_modules'));
    fs.mkdirSync(path.join(dir, 'schema'));
    fs.copyFileSync(path.join(REPO_ROOT, 'schema', 'supergraph.graphql'), path.join(dir, 'schema', 'supergraph.graphql'));
    // node_modules with the third-party packages and only the gateway's own @pecg dependencies
    const modules = path.join(dir, 'node_modules');
    fs.mkdirSync(path.join(modules, '@pecg'), { recursive: true });
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
      if (entry === '@pecg' || entry === '.bin') continue;
      fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', entry), path.join(modules, entry));
    }
    const gatewayDeps = Object.keys(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'gateway', 'package.json'), 'utf8')).dependencies);
    for (const dep of gatewayDeps.filter((d) => d.startsWith('@pecg/'))) {
      fs.symlinkSync(fs.realpathSync(path.join(REPO_ROOT, 'node_modules', dep)), path.join(modules, dep));
    }
    fs.writeFileSync(
      path.join(dir, 'guard.js'),
      `const Module = require('module');
const resolve = Module._resolveFilename;
const forbidden = ${JSON.stringify([path.join(REPO_ROOT, 'subgraphs') + path.sep, path.join(REPO_ROOT, 'tools') + path.sep])};
Module._resolveFilename = function (...args) {
  const file = resolve.apply(this, args);
  if (forbidden.some((prefix) => file.startsWith(prefix))) { process.stderr.write('GUARD: the gateway loaded ' + file + '\\n'); process.exit(97); }
  return file;
};\n`,
    );
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    await graph?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves a query across the subgraphs, loading no subgraph code', async () => {
    expect(fs.existsSync(path.join(dir, 'subgraphs'))).toBe(false);
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', GATEWAY_PORT: '0', SUPERGRAPH: '' };
    for (const entry of SUBGRAPH_REGISTRY) env[urlVariable(entry.name)] = graph.subgraphs[entry.name].url;
    child = spawn(
      process.execPath,
      ['--require', path.join(dir, 'guard.js'), '--require', require.resolve('tsx/cjs'), path.join(dir, 'gateway', 'src', 'main.ts')],
      {
        cwd: dir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const exited = once(child, 'exit').then(([code]) => {
      throw new Error(`gateway exited with ${code}: ${stderr}`);
    });
    const ready = (async () => {
      const printed: string[] = [];
      for await (const line of createInterface({ input: child!.stdout! })) {
        const match = /gateway ready at (\S+)/.exec(line);
        if (match) return match[1];
        printed.push(line);
      }
      throw new Error(`gateway printed no address: ${stderr}\n${printed.slice(-5).join('\n')}`);
    })();
    const url = await Promise.race([ready, exited]);

    const enterpriseId = demoEnterpriseId(103).toHexString(); // 四川新四方肥业有限公司 (roster n = 103)
    const response = await postGraphQL(
      url,
      `query ($id: ID!) { enterprise(id: $id) { name applications { item { name } } } }`,
      { id: enterpriseId },
      await authHeaders('ADMIN'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.enterprise.name).toBe('四川新四方肥业有限公司');
    expect(response.data!.enterprise.applications.length).toBeGreaterThan(0);
    expect(child.exitCode).toBeNull();
  });
});
