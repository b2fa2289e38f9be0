import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Types } from 'mongoose';
import { startGateway, type RunningGateway } from '@pecg/gateway';
import { SUBGRAPH_NAMES, type SubgraphName } from '@pecg/registry';
import { demoEnterpriseId, demoId } from '@pecg/demo';
import {
  authHeaders,
  dropDatabase,
  postGraphQL,
  startTestSubgraph,
  uniqueDatabaseName,
  type GraphQLResponse,
  type TestCaller,
  type TestSubgraph,
} from '@pecg/testing';
import { composeSupergraph } from '../src/composition';
import { subgraphDefinition } from '../src/subgraphs';

/**
 * Replicas (issue 12 item 5): two replicas of every subgraph on ONE database per subgraph, and two
 * gateways, on loopback. Each gateway reaches a subgraph through a small round-robin HTTP forwarder
 * started here, so consecutive fetches of one subgraph alternate between its two replicas; the test
 * also alternates between the gateways. Races are `Promise.all`; jobs are driven by `runNow` and
 * agenda's events — no sleeping.
 */

const DEADLINES_JOB = 'approvals.deadlines';

interface Forwarder {
  url: string;
  /** Requests forwarded to each replica. */
  hits: [number, number];
  stop(): Promise<void>;
}

/** Forwards each request to the next of two replicas in turn (round robin), body and headers unchanged. */
async function startForwarder(targets: [string, string]): Promise<Forwarder> {
  const hits: [number, number] = [0, 0];
  let turn = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const index = turn % 2;
    turn += 1;
    hits[index] += 1;
    const target = new URL(req.url ?? '/', targets[index]);
    const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host }, agent }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}

interface ReplicatedGraph {
  replicas: Record<SubgraphName, [TestSubgraph<any>, TestSubgraph<any>]>;
  forwarders: Record<SubgraphName, Forwarder>;
  gateways: [RunningGateway, RunningGateway];
  query<T = Record<string, any>>(
    gateway: 0 | 1,
    query: string,
    variables?: Record<string, unknown>,
    caller?: TestCaller,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

async function startReplicatedGraph(): Promise<ReplicatedGraph> {
  const databases = {} as Record<SubgraphName, string>;
  const replicas = {} as ReplicatedGraph['replicas'];
  const forwarders = {} as ReplicatedGraph['forwarders'];
  for (const name of SUBGRAPH_NAMES) {
    databases[name] = uniqueDatabaseName(`replicas_${name}`);
    // both replicas run the subgraph's jobs (approvals: the deadlines), polling every few ms
    const start = (instance: string, seed: boolean) =>
      startTestSubgraph(subgraphDefinition(name) as never, {
        database: databases[name],
        seed,
        jobs: { enabled: true, processEvery: 20, lockLifetimeMs: 2_000, instance },
      });
    const a = await start(`${name}-a`, true);
    const b = await start(`${name}-b`, false);
    replicas[name] = [a, b];
    // the subgraph's path (e.g. /graphql) is kept: the forwarder only swaps the origin
    forwarders[name] = await startForwarder([new URL(a.url).origin, new URL(b.url).origin]);
  }
  const composed = composeSupergraph();
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors.join('; ')}`);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((n) => {
      const url = new URL(replicas[n][0].url);
      return [n, `${forwarders[n].url}${url.pathname}${url.search}`];
    }),
  );
  const gateways: [RunningGateway, RunningGateway] = [
    await startGateway({ supergraphSdl: composed.supergraphSdl, port: 0, subgraphUrls }),
    await startGateway({ supergraphSdl: composed.supergraphSdl, port: 0, subgraphUrls }),
  ];
  return {
    replicas,
    forwarders,
    gateways,
    async query(gateway, query, variables = {}, caller = 'ADMIN', headers = {}) {
      return postGraphQL(gateways[gateway].url, query, variables, { ...headers, ...(await authHeaders(caller)) });
    },
    async stop() {
      for (const gateway of gateways) await gateway.stop();
      for (const name of SUBGRAPH_NAMES) {
        await forwarders[name].stop();
        for (const replica of replicas[name]) await replica.stop();
        await dropDatabase(databases[name]);
      }
    },
  };
}

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code as string | undefined;

describe('two replicas of every subgraph and two gateways on one database', () => {
  let graph: ReplicatedGraph;
  beforeAll(async () => {
    graph = await startReplicatedGraph();
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
  }, 60_000);

  it('spreads the calls: both replicas of a subgraph serve fetches', async () => {
    const id = demoEnterpriseId(1).toHexString();
    const responses = await Promise.all([0, 1, 0, 1].map((g) => graph.query(g as 0 | 1, `query ($id: ID!) { enterprise(id: $id) { id version } }`, { id })));
    for (const r of responses) expect(r.data?.enterprise?.id).toBe(id);
    const [a, b] = graph.forwarders.enterprises.hits;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
  });

  describe('no lost update', () => {
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $input) { id version industry } }`;
    const READ = `query ($id: ID!) { enterprise(id: $id) { id version industry } }`;

    it('16 concurrent versioned updates of one enterprise across both gateways: exactly one wins, the rest get CONFLICT', async () => {
      const id = demoEnterpriseId(3).toHexString();
      const before = (await graph.query(0, READ, { id })).data!.enterprise;
      const RACERS = 16;
      const responses = await Promise.all(
        Array.from({ length: RACERS }, (_, i) => graph.query((i % 2) as 0 | 1, UPDATE, { id, v: before.version, input: { industry: `副本竞争-${i}` } })),
      );
      const winners = responses.filter((r) => !r.errors);
      const losers = responses.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map(codeOf)).toEqual(Array(RACERS - 1).fill('CONFLICT'));
      const winner = winners[0].data!.updateEnterprise;
      expect(winner.version).toBe(before.version + 1);
      // the record holds the winner's value, whichever gateway and replica is asked
      for (const g of [0, 1, 0, 1] as const) expect((await graph.query(g, READ, { id })).data!.enterprise).toEqual(winner);
      const stored = await graph.replicas.enterprises[1].models.Enterprise.findById(id).lean();
      expect({ version: stored.version, industry: stored.industry }).toEqual({ version: winner.version, industry: winner.industry });
    });

    it('24 concurrent registrations for one activity across both gateways never exceed its capacity of 3', async () => {
      const planned = await graph.query(
        0,
        `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id version } }`,
        {
          input: {
            title: '副本报名竞争',
            kind: 'SYMPOSIUM',
            venueId: demoId('venue', 2).toHexString(),
            startsAt: '2030-06-01T09:00:00+08:00',
            endsAt: '2030-06-01T11:00:00+08:00',
            capacity: 3,
          },
        },
        'POLICE',
      );
      expect(planned.errors).toBeUndefined();
      const activityId = planned.data!.planActivity.id as string;
      const opened = await graph.query(1, `mutation ($id: ID!, $v: Int!) { openRegistration(id: $id, expectedVersion: $v) { id status } }`, {
        id: activityId,
        v: planned.data!.planActivity.version,
      });
      expect(opened.errors).toBeUndefined();

      const RACERS = 24;
      const responses = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          graph.query((i % 2) as 0 | 1, `mutation ($input: RegisterInput!) { register(input: $input) { id status } }`, {
            input: {
              activityId,
              enterpriseId: demoEnterpriseId(1 + (i % 3)).toHexString(),
              personName: `副本报名${i}`,
              personPhone: `1390000${String(i).padStart(4, '0')}`,
            },
          }),
        ),
      );
      for (const r of responses) expect(r.errors).toBeUndefined();
      const statuses = responses.map((r) => r.data!.register.status as string);
      const confirmed = statuses.filter((s) => s === 'CONFIRMED').length;
      expect(confirmed).toBe(3);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(RACERS - 3);

      const activity = (await graph.query(0, `query ($id: ID!) { activity(id: $id) { capacity seatsTaken seatsLeft waitlistCount } }`, { id: activityId }))
        .data!.activity;
      expect(activity).toEqual({ capacity: 3, seatsTaken: 3, seatsLeft: 0, waitlistCount: RACERS - 3 });
      const { Registration } = graph.replicas.activities[0].models;
      expect(await Registration.countDocuments({ activityId: new Types.ObjectId(activityId), status: 'CONFIRMED' })).toBe(3);
    });
  });

  describe('idempotency across replicas', () => {
    const RAISE = `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id status version description } }`;

    it('one Idempotency-Key sent concurrently 12 times through both gateways creates one record, with identical responses', async () => {
      const key = randomUUID();
      const caller = { role: 'POLICE' as const, subject: 'police-replicas-1' };
      const variables = { i: { enterpriseId: demoEnterpriseId(2).toHexString(), category: 'LEGAL', description: '副本幂等' } };
      const SENDERS = 12;
      const responses = await Promise.all(
        Array.from({ length: SENDERS }, (_, i) => graph.query((i % 2) as 0 | 1, RAISE, variables, caller, { 'idempotency-key': key })),
      );
      expect(responses[0].errors).toBeUndefined();
      for (const r of responses) expect({ data: r.data, errors: r.errors }).toEqual({ data: responses[0].data, errors: undefined });
      expect(await graph.replicas.enterprises[0].models.ServiceNeed.countDocuments({ description: '副本幂等' })).toBe(1);
    });
  });

  describe('jobs run once', () => {
    it('a due deadline job runs exactly once per round across the two approvals replicas', async () => {
      const [a, b] = graph.replicas.approvals;
      expect(a.jobs).toBeDefined();
      expect(b.jobs).toBeDefined();
      const starts = { a: 0, b: 0 };
      a.jobs!.agenda.on(`start:${DEADLINES_JOB}`, () => (starts.a += 1));
      b.jobs!.agenda.on(`start:${DEADLINES_JOB}`, () => (starts.b += 1));
      const completed = (sg: TestSubgraph<any>) =>
        new Promise<void>((resolve, reject) =>
          sg.jobs!.agenda.once(`complete:${DEADLINES_JOB}`, (job: { attrs: { failCount?: number | null; failReason?: string | null } }) =>
            job.attrs.failCount ? reject(new Error(`deadline job failed: ${job.attrs.failReason}`)) : resolve(),
          ),
        );

      // an application past its acceptance deadline: the run deems it accepted (视为受理)
      const app = await a.models.Application.findOne({ status: 'SUBMITTED' }).lean();
      expect(app).not.toBeNull();
      await a.models.Application.updateOne({ _id: app._id }, { $set: { acceptanceDueDate: new Date(app.submittedAt.getTime() - 1) } });

      const ROUNDS = 6;
      for (let round = 0; round < ROUNDS; round += 1) {
        const done = Promise.race([completed(a), completed(b)]);
        await (round % 2 ? b : a).jobs!.runNow(DEADLINES_JOB);
        await done;
        expect(starts.a + starts.b).toBe(round + 1);
      }
      // both replicas stay idle: nothing in flight, the next run one period (a minute) ahead
      const states = [...(await a.jobs!.states()), ...(await b.jobs!.states())];
      for (const state of states) expect(state).toMatchObject({ name: DEADLINES_JOB, running: false, failCount: 0 });
      expect(starts.a + starts.b).toBe(ROUNDS);

      const after = await b.models.Application.findById(app._id).lean();
      expect(after).toMatchObject({ status: 'ACCEPTED', deemedAccepted: true });
    });
  });

  describe('caches never serve a stale version', () => {
    const READ = `query ($id: ID!) { enterprise(id: $id) { id version name } }`;
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $input) { version } }`;

    it('read through gateway A, update through gateway B, read through A: always the new version (5 rounds, every replica)', async () => {
      const id = demoEnterpriseId(4).toHexString();
      for (let round = 0; round < 5; round += 1) {
        // read twice through A so that both enterprises replicas have served this entity
        const [first, second] = [await graph.query(0, READ, { id }), await graph.query(0, READ, { id })];
        expect(second.data).toEqual(first.data);
        const before = first.data!.enterprise;
        const updated = await graph.query(1, UPDATE, { id, v: before.version, input: { industry: `缓存轮次-${round}` } });
        expect(updated.errors).toBeUndefined();
        expect(updated.data!.updateEnterprise.version).toBe(before.version + 1);
        for (const r of [await graph.query(0, READ, { id }), await graph.query(0, READ, { id })]) expect(r.data!.enterprise.version).toBe(before.version + 1);
      }
    });

    it('an entity reference resolved through another subgraph (registration → enterprise) shows the new version too', async () => {
      const registration = await graph.replicas.activities[0].models.Registration.findOne().sort({ _id: 1 }).lean();
      expect(registration).not.toBeNull();
      const id = String(registration.enterpriseId);
      const REF = `query ($r: ID!) { registration(id: $r) { id enterprise { id version } } }`;
      const r = String(registration._id);
      const before = (await graph.query(0, REF, { r })).data!.registration.enterprise;
      expect(before.id).toBe(id);
      const updated = await graph.query(1, UPDATE, { id, v: before.version, input: { industry: '引用新版本' } });
      expect(updated.errors).toBeUndefined();
      for (const response of await Promise.all([graph.query(0, REF, { r }), graph.query(0, REF, { r })]))
        expect(response.data!.registration.enterprise.version).toBe(before.version + 1);
    });

    /**
     * The approval catalogue is the one process-level cache: `referenceDataLoader` keeps an item for
     * 60 s in each replica. No mutation edits the catalogue today (only the seed writes it), so there
     * is no versioned write that could be served stale; what holds for an out-of-band catalogue
     * write (the seed, an operator) is shown here: a replica that cached the item serves the old
     * copy until its TTL ends, a replica that had not cached it reads the new one at once.
     */
    it('the approval catalogue: a direct write is seen at once by a cold replica, by a warm one only after the 60 s TTL', async () => {
      const [a, b] = graph.replicas.approvals;
      const item = await a.models.ApprovalItem.findOne().sort({ _id: 1 }).lean();
      const ITEM = `query ($id: ID!) { approvalItem(id: $id) { id name } }`;
      const id = item._id.toHexString();
      expect((await a.query(ITEM, { id })).data!.approvalItem.name).toBe(item.name);
      await b.models.ApprovalItem.updateOne({ _id: item._id }, { $set: { name: `${item.name}（修订）` } });
      try {
        // replica A warmed its cache: it still answers the old name (no version to compare, no mutation to go stale against)
        expect((await a.query(ITEM, { id })).data!.approvalItem.name).toBe(item.name);
        // replica B had not cached the item: it reads the new name
        expect((await b.query(ITEM, { id })).data!.approvalItem.name).toBe(`${item.name}（修订）`);
        // past the TTL (the loader's clock moved on 61 s) replica A reads it again
        const now = Date.now();
        const spy = jest.spyOn(Date, 'now').mockReturnValue(now + 61_000);
        try {
          expect((await a.query(ITEM, { id })).data!.approvalItem.name).toBe(`${item.name}（修订）`);
        } finally {
          spy.mockRestore();
        }
      } finally {
        await b.models.ApprovalItem.updateOne({ _id: item._id }, { $set: { name: item.name } });
      }
    });
  });
});
