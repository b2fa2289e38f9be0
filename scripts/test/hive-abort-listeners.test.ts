import { fork } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/**
 * The benchmark's `MaxListenersExceededWarning: 11 abort listeners added to [AbortSignal]` came from
 * the Hive Gateway targets (bench/services/hive.ts), not from our gateway (its operation signal is an
 * EventEmitter per operation; gateway/test/abort-listeners.test.ts): Hive's HTTP executor hands one
 * long-lived AbortSignal per subgraph to every call, so each call in flight adds a listener to it.
 * The test holds 11 calls to one subgraph in flight at once (a stub subgraph answers only when the
 * 11th has arrived), three times in a row with the process's limit at 20, and fails if the Hive
 * process warns: on the code before the fix at the first wave (Node's limit of 10), and whenever
 * listeners outlive their calls (22 by the second wave).
 */
describe('the bench Hive Gateway process under concurrent subgraph calls', () => {
  it('does not warn when 11 calls to one subgraph are in flight, and keeps no listener across waves of calls', async () => {
    const held: http.ServerResponse[] = [];
    const CONCURRENT = 11;
    const subgraph = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        held.push(res);
        if (held.length < CONCURRENT) return;
        for (const r of held.splice(0)) {
          r.setHeader('content-type', 'application/json');
          r.end(JSON.stringify({ data: { hello: 'hi' } }));
        }
      });
    });
    await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const composed = composeServices([
      {
        name: 'stub',
        url,
        typeDefs: parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@shareable"]) type Query { hello(i: Int): String }'),
      },
    ]);
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-hive-'));
    const supergraph = path.join(dir, 'supergraph.graphql');
    fs.writeFileSync(supergraph, composed.supergraphSdl);
    const child = fork(path.join(__dirname, '..', '..', 'bench', 'services', 'hive.ts'), [], {
      env: { ...process.env, BENCH_SUPERGRAPH: supergraph, LOG_LEVEL: 'error', BENCH_HIVE_MAX_LISTENERS: '20' },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.stdout!.resume();
    try {
      const [ready] = (await once(child, 'message')) as [{ type: string; url?: string; error?: string }];
      if (ready.type !== 'ready') throw new Error(`hive did not start: ${ready.error}`);
      // three waves: with the limit at 20, listeners left behind by the first wave would warn in the second
      for (let wave = 0; wave < 3; wave++) {
        const answers = await Promise.all(
          Array.from({ length: CONCURRENT }, (_, i) =>
            fetch(ready.url!, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: `{ hello(i: ${wave * CONCURRENT + i}) }` }),
            }).then((r) => r.json()),
          ),
        );
        expect(answers).toEqual(Array.from({ length: CONCURRENT }, () => ({ data: { hello: 'hi' } })));
      }
      const exited = once(child, 'exit');
      child.send({ id: 1, type: 'stop' });
      await exited;
      expect(stderr).not.toContain('MaxListenersExceededWarning');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      subgraph.closeAllConnections();
      subgraph.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
