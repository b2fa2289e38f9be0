import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { authHeaders, startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { probeSubgraph, releaseSlowResolvers, slowResolverStarted } from './support/probe';
import { rawGraphQL, rawRequest, startServiceProcess, type ServiceProcess } from './support/process';

/**
 * Graceful drain of the gateway as a real process with a real signal: the gateway runs as its own
 * process (gateway/src/main.ts through tsx) in front of an in-process probe subgraph whose slow
 * resolver the test holds and releases — no sleeps, every step waits on a line, a response or the
 * process's exit.
 */
describe('the gateway process drains on SIGTERM', () => {
  let alpha: TestSubgraph<Record<string, never>>;
  let dir: string;
  let supergraphFile: string;
  const running: ServiceProcess[] = [];

  beforeAll(async () => {
    alpha = await startTestSubgraph(probeSubgraph('alpha', 'alpha'));
    const composed = composeServices([{ name: 'alpha', typeDefs: probeSubgraph('alpha', 'alpha').typeDefs, url: alpha.url }]);
    if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('; '));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pecg-drain-'));
    supergraphFile = path.join(dir, 'supergraph.graphql');
    fs.writeFileSync(supergraphFile, composed.supergraphSdl);
  });

  afterEach(async () => {
    releaseSlowResolvers();
    for (const service of running.splice(0)) {
      if (service.child.exitCode === null && service.child.signalCode === null) {
        service.child.kill('SIGKILL');
        await service.exited;
      }
    }
  });

  afterAll(async () => {
    await alpha?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function startGatewayProcess(env: NodeJS.ProcessEnv = {}) {
    const service = startServiceProcess(path.join(__dirname, '..', 'src', 'main.ts'), {
      ...process.env,
      NODE_ENV: 'test',
      GATEWAY_PORT: '0',
      OPS_PORT: '',
      SUPERGRAPH: supergraphFile,
      ...env,
    });
    running.push(service);
    const [, url] = await service.line(/gateway ready at (\S+)/);
    const [, opsUrl] = await service.line(/gateway operations at (\S+)/);
    return { service, url, opsUrl };
  }

  it('turns /ready false, refuses new requests, finishes the operation in flight with its data, and exits 0', async () => {
    const { service, url, opsUrl } = await startGatewayProcess();
    const admin = await authHeaders('ADMIN');
    expect((await rawRequest(new URL('/ready', url).href)).status).toBe(200);
    expect((await rawRequest(new URL('/ready', opsUrl).href)).status).toBe(200);

    const started = slowResolverStarted();
    const inFlight = rawGraphQL(url, '{ alphaSlow(ms: 600000) }', admin);
    await started; // the operation is in flight, held in the subgraph until the test releases it

    const draining = service.line(/gateway draining on SIGTERM: (\d+) request/);
    service.child.kill('SIGTERM');
    expect((await draining)[1]).toBe('1');

    const publicReady = await rawRequest(new URL('/ready', url).href);
    expect(publicReady.status).toBe(503);
    expect(JSON.parse(publicReady.body)).toMatchObject({ status: 'draining' });
    const opsReady = await rawRequest(new URL('/ready', opsUrl).href);
    expect(opsReady.status).toBe(503);
    expect(JSON.parse(opsReady.body)).toMatchObject({ status: 'draining' });
    // still alive
    expect((await rawRequest(new URL('/health', url).href)).status).toBe(200);
    // a new operation is refused with a clear, retryable error
    const refused = await rawGraphQL(url, '{ alpha }', admin);
    expect(refused.status).toBe(503);
    expect(refused.headers.connection).toBe('close');
    expect(JSON.parse(refused.body)).toEqual({
      errors: [
        {
          message: 'the gateway is shutting down and accepts no new requests; send the request again (another instance will take it)',
          extensions: { code: 'SHUTTING_DOWN' },
        },
      ],
    });
    expect(service.child.exitCode).toBeNull();

    expect(releaseSlowResolvers()).toBe(1);
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ data: { alphaSlow: 'released' } });
    expect(await service.exited).toBe(0);
    await service.line(/gateway stopped: drained \(1 request\(s\) were in flight\)/);
  });

  it('exits 1 and names the operation it cut when the drain budget expires with it in flight', async () => {
    const { service, url } = await startGatewayProcess({ DRAIN_TIMEOUT_MS: '1' });
    const started = slowResolverStarted();
    const inFlight = rawGraphQL(url, '{ alphaSlow(ms: 600000) }', await authHeaders('ADMIN')).catch((error: Error) => error);
    await started;
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(1);
    const [, cut] = await service.line(/gateway stopped: drain budget of 1 ms expired; cut 1 request\(s\): (.*)$/);
    expect(cut).toMatch(/^POST \/graphql \[[0-9a-f-]{36}\] after \d+ ms$/);
    // the client sees its connection closed, not an answer
    expect(((await inFlight) as Error).message).toMatch(/socket hang up|ECONNRESET/);
  });
});
