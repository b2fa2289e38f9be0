import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoEnterpriseId } from '@pecg/demo';
import { mintToken } from '@pecg/common';
import { postGraphQL } from '@pecg/testing';
import { portVariable, SUBGRAPH_NAMES } from '@pecg/registry';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs `npm start`'s script as a child process with its own ports and data folder. */
function startGraph(dataDir: string, basePort: number) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PECG_DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: '0',
    GATEWAY_PORT: String(basePort),
    // every registered subgraph on its own port after the gateway's
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [portVariable(name), String(basePort + 1 + i)])),
    LOG_LEVEL: 'warn',
  };
  delete env.MONGODB_URI;
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl-C to stop.')) resolve(output);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${output.slice(-2000)}`)));
  });
  return { child, ready, output: () => output };
}

function stopGraph(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

function javaChildrenOf(dataDir: string): string[] {
  // Any embedded database process still holding this data folder.
  return fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
      } catch {
        return false;
      }
    });
}

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('brings up the whole graph with demo data, stops cleanly, and keeps the data on the next start', async () => {
    const port = 4600 + Math.floor(Math.random() * 150) * 10;
    const first = startGraph(dataDir, port);
    const banner = await first.ready;
    expect(banner).toMatch(/first query answered [\d.]+ s after start/);
    expect(banner).toMatch(/ANALYST\s+eyJ/);
    expect(banner.match(/demo data: \d+ records created/g)).toHaveLength(SUBGRAPH_NAMES.length);

    const token = await mintToken({ role: 'ADMIN' });
    const query = `query ($id: ID!) { enterprise(id: $id) { name applications { id } activitiesAttended { title } disputes { title } } }`;
    const id = demoEnterpriseId(1).toHexString();
    const before = await postGraphQL(`http://127.0.0.1:${port}/graphql`, query, { id }, { authorization: `Bearer ${token}` });
    expect(before.errors).toBeUndefined();
    expect(before.data!.enterprise.name).toEqual(expect.any(String));

    expect(await stopGraph(first.child)).toBe(0);
    expect(javaChildrenOf(dataDir)).toEqual([]);

    const second = startGraph(dataDir, port);
    const secondBanner = await second.ready;
    // The data folder survived the stop: nothing was seeded again (no duplicates, nothing wiped).
    expect(secondBanner.match(/demo data already present/g)).toHaveLength(SUBGRAPH_NAMES.length);
    const after = await postGraphQL(`http://127.0.0.1:${port}/graphql`, query, { id }, { authorization: `Bearer ${token}` });
    expect(after.data).toEqual(before.data);
    expect(await stopGraph(second.child)).toBe(0);
    expect(javaChildrenOf(dataDir)).toEqual([]);
  }, 120_000);
});
