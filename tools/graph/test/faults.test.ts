import { once } from 'node:events';
import net from 'node:net';
import { demoId } from '@pecg/demo';
import { startGateway, type RunningGateway } from '@pecg/gateway';
import { authHeaders, postGraphQL, startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { composeSupergraph } from '../src/composition';
import { subgraphDefinition } from '../src/subgraphs';

/**
 * The short, in-process part of the fault-injection suite (`npm run test:faults` runs the long one
 * with real processes and kill -9): a gateway started while two subgraphs are down (nothing listens
 * on their ports) and a third accepts connections but never answers. The gateway must start, name
 * the missing subgraphs on its operations `/ready`, answer operations that do not need them in full
 * and the others with partial data naming the subgraph, send a mutation to the hanging subgraph
 * exactly once, and give its sockets back after the per-subgraph timeout.
 */

/** A subgraph that accepts connections and never answers; counts requests and open sockets. */
class HangingSubgraph {
  readonly server: net.Server;
  readonly sockets = new Set<net.Socket>();
  maxOpen = 0;
  /** Everything each connection sent (never answered). */
  readonly streams: Array<{ text: string }> = [];
  private waiters: Array<() => void> = [];

  constructor() {
    this.server = net.createServer((socket) => {
      this.sockets.add(socket);
      this.maxOpen = Math.max(this.maxOpen, this.sockets.size);
      const stream = { text: '' };
      this.streams.push(stream);
      socket.on('data', (chunk) => {
        stream.text += chunk.toString('utf8');
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        if (this.sockets.size === 0) for (const w of this.waiters.splice(0)) w();
      });
    });
  }

  /** How many times `text` was sent, over all connections. */
  count(text: string): number {
    return this.streams.reduce((n, s) => n + s.text.split(text).length - 1, 0);
  }

  async listen(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}/graphql`;
  }

  /** Resolves when no socket is open any more. */
  allClosed(): Promise<void> {
    return this.sockets.size === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** A loopback port nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

describe('faults: a gateway with subgraphs down and one that never answers', () => {
  let enterprises: TestSubgraph<any>;
  let hanging: HangingSubgraph;
  let gateway: RunningGateway;
  const query = async (q: string, variables: Record<string, unknown> = {}) => postGraphQL(gateway.url, q, variables, await authHeaders('ADMIN'));

  beforeAll(async () => {
    enterprises = await startTestSubgraph(subgraphDefinition('enterprises') as never, { seed: true });
    hanging = new HangingSubgraph();
    const composed = composeSupergraph();
    if (!composed.supergraphSdl) throw new Error(composed.errors.join('; '));
    gateway = await startGateway({
      supergraphSdl: composed.supergraphSdl,
      port: 0,
      subgraphTimeoutMs: 500,
      subgraphUrls: { enterprises: enterprises.url, activities: await closedPortUrl(), approvals: await closedPortUrl(), mediation: await hanging.listen() },
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    await hanging?.close();
    await enterprises?.stop();
  });

  it('starts, and its operations /ready names each subgraph that is down', async () => {
    const response = await fetch(new URL('/ready', gateway.opsUrl));
    const body = (await response.json()) as { status: string; subgraphs: Record<string, string> };
    expect(response.status).toBe(503);
    expect(body.subgraphs.enterprises).toBe('ready');
    for (const name of ['activities', 'approvals', 'mediation']) expect(body.subgraphs[name]).not.toBe('ready');
  });

  it('answers operations that do not need a missing subgraph in full, the others with partial data naming it', async () => {
    const full = await query(`{ enterprises(first: 3) { edges { node { id name } } } }`);
    expect(full.errors).toBeUndefined();
    expect(full.data!.enterprises.edges).toHaveLength(3);
    const partial = await query(`query ($id: ID!) { enterprises(first: 2) { edges { node { id } } } activity(id: $id) { id } }`, {
      id: demoId('activity', 1).toHexString(),
    });
    expect(partial.status).toBe(200);
    expect(partial.data!.enterprises.edges).toHaveLength(2);
    expect(partial.data!.activity).toBeNull();
    expect(JSON.stringify(partial.errors)).toContain('activities');
  });

  it('sends a mutation to a subgraph that never answers exactly once, answers with an error naming it, and frees its sockets', async () => {
    const before = hanging.count('registerVolunteer');
    hanging.maxOpen = hanging.sockets.size;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        query(`mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`, {
          input: { name: `志愿者${i}`, duties: ['PATROL'], gridId: demoId('grid', 1).toHexString() },
        }),
      ),
    );
    for (const answer of answers) {
      expect(answer.data?.registerVolunteer ?? null).toBeNull();
      expect(JSON.stringify(answer.errors)).toContain('mediation');
    }
    // each mutation reached the subgraph once: six in all, one per volunteer, no retry
    expect(hanging.count('registerVolunteer') - before).toBe(6);
    for (let i = 0; i < 6; i++) expect(hanging.count(`志愿者${i}`)).toBe(1);
    expect(hanging.maxOpen).toBeLessThanOrEqual(6 + 1); // the six calls, and the /ready probe's socket if still open
    await hanging.allClosed();
    expect(hanging.sockets.size).toBe(0);
  });
});
