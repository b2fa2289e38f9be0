/**
 * `npm run test:faults [-- --quick] [--only a,b,c,d]` — the fault-injection suite: real processes on
 * loopback (the embedded database, four subgraph services, gateways), each scenario bounded in time.
 *
 *  a  kill -9 one subgraph under steady load (autocannon) and restart it
 *  b  a subgraph that accepts connections and never answers
 *  c  the gateway starts while a subgraph is down
 *  d  kill -9 the database during a write load and restart it
 *
 * Prints a table (scenario, requests sent, succeeded, partial, refused, acknowledged writes lost,
 * recovery time, verdict) and exits 1 when a scenario's expectation fails.
 */
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import autocannon from 'autocannon';
import { mongo } from 'mongoose';
import { mintToken, type SubgraphName } from '@pecg/common';
import { demoEnterpriseId, demoId } from '@pecg/demo';
import { freePort, startFaultStack, type FaultStack } from './stack';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
/** Seconds of load in scenarios a and d (the issue asks for ≥ 30 s in the full run). */
const LOAD_S = QUICK ? 8 : 30;
const SUBGRAPH_TIMEOUT_MS = QUICK ? 1_000 : 2_000;

interface Row {
  scenario: string;
  sent: number;
  succeeded: number;
  partial: number;
  refused: number;
  lost: number | '—';
  recovery: string;
  ok: boolean;
  notes: string[];
}

type Outcome = 'ok' | 'partial' | 'refused';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function classify(status: number, text: string): { outcome: Outcome; body: GraphQLBody | null } {
  let body: GraphQLBody | null = null;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    return { outcome: 'refused', body: null };
  }
  if (status === 200 && !body.errors?.length && body.data) return { outcome: 'ok', body };
  if (body.data && Object.values(body.data).some((v) => v !== null)) return { outcome: 'partial', body };
  return { outcome: 'refused', body };
}

const namesSubgraph = (body: GraphQLBody | null, name: string) => JSON.stringify(body?.errors ?? []).includes(name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    return { status: 0, text: String(error) };
  }
}

const UNTOUCHED = `query FaultsUntouched { enterprises(first: 5) { edges { node { id name } } } }`;
const touching = (field: string) => `query FaultsTouching { enterprises(first: 2) { edges { node { id name } } } ${field} }`;

interface Tally {
  ok: number;
  partial: number;
  refused: number;
  partialNamed: number;
  /** Answers that were not ok and whose errors name the subgraph. */
  named: number;
  /** Time of each response and its outcome. */
  log: Array<{ t: number; outcome: Outcome }>;
  firstError?: string;
}
const tally = (): Tally => ({ ok: 0, partial: 0, refused: 0, partialNamed: 0, named: 0, log: [] });

function record(t: Tally, status: number, text: string, subgraph?: string): void {
  const { outcome, body } = classify(status, text);
  t[outcome] += 1;
  if (outcome !== 'ok' && subgraph && namesSubgraph(body, subgraph)) {
    t.named += 1;
    if (outcome === 'partial') t.partialNamed += 1;
  }
  if (outcome !== 'ok' && !t.firstError) t.firstError = text.slice(0, 300);
  t.log.push({ t: Date.now(), outcome });
}

/**
 * Steady load with autocannon on one operation; every response body is classified. Runs `seconds`,
 * or until `stop()` when `seconds` is 0.
 */
function load(
  url: string,
  token: string,
  query: string,
  seconds: number,
  connections: number,
  t: Tally,
  subgraph?: string,
): { done: Promise<autocannon.Result>; stop(): void } {
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds || 600,
        timeout: 30,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [
          {
            method: 'POST',
            body: JSON.stringify({ query }),
            onResponse: (status: number, body: string) => record(t, status, body, subgraph),
          },
        ],
      } as autocannon.Options,
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  return { done, stop: () => instance?.stop() };
}

// ---------------------------------------------------------------------------------------------
// a: kill -9 a subgraph under steady load, restart it
async function killSubgraphUnderLoad(stack: FaultStack, token: string): Promise<Row> {
  const victim: SubgraphName = 'activities';
  const activityId = demoId('activity', 1).toHexString();
  const untouched = tally();
  const touched = tally();
  const started = Date.now();
  const loads = [
    load(stack.gatewayUrl, token, UNTOUCHED, 0, 4, untouched),
    load(stack.gatewayUrl, token, touching(`activity(id: "${activityId}") { id title }`), 0, 4, touched, victim),
  ];
  await sleep((LOAD_S * 1000) / 3);
  const killedAt = Date.now();
  await stack.subgraphs[victim].kill('SIGKILL');
  await stack.startSubgraph(victim, false);
  const upAt = Date.now();
  // the load goes on for LOAD_S in all, and at least 3 s after the restart
  await sleep(Math.max(started + LOAD_S * 1000, upAt + 3_000) - Date.now());
  for (const l of loads) l.stop();
  const [u, t] = await Promise.all(loads.map((l) => l.done));
  const loadSeconds = (Date.now() - started) / 1000;
  // recovery: from the kill to the first good answer after the last bad one
  const after = touched.log.filter((r) => r.t >= killedAt);
  const lastBad = after.map((r) => r.outcome !== 'ok').lastIndexOf(true);
  const recovery = lastBad >= 0 && lastBad < after.length - 1 ? after[lastBad + 1].t - killedAt : NaN;
  const sent = (u.requests as unknown as { sent: number }).sent + (t.requests as unknown as { sent: number }).sent;
  const notes = [
    `untouched op (enterprises only): ${untouched.ok}/${untouched.ok + untouched.partial + untouched.refused} ok`,
    `op touching ${victim}: ${touched.partial} partial, ${touched.partialNamed} of them naming "${victim}"; ${touched.refused} refused`,
    `restart ready ${seconds(upAt - killedAt)} after the kill`,
  ];
  if (touched.firstError) notes.push(`first error: ${touched.firstError}`);
  const ok =
    untouched.partial + untouched.refused === 0 &&
    touched.refused === 0 &&
    touched.partial > 0 &&
    touched.partialNamed === touched.partial &&
    Number.isFinite(recovery);
  return {
    scenario: `a. kill -9 ${victim} under load (${loadSeconds.toFixed(0)} s, 2×4 connections) and restart`,
    sent,
    succeeded: untouched.ok + touched.ok,
    partial: untouched.partial + touched.partial,
    refused: untouched.refused + touched.refused,
    lost: '—',
    recovery: Number.isFinite(recovery) ? seconds(recovery) : 'never',
    ok,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// b: a subgraph that accepts connections and never answers
async function hangingSubgraph(stack: FaultStack, token: string): Promise<Row> {
  const victim: SubgraphName = 'mediation';
  let open = 0;
  let maxOpen = 0;
  let mutationsReceived = 0;
  let requestsReceived = 0;
  const sockets = new Set<net.Socket>();
  const fake = net.createServer((socket) => {
    sockets.add(socket);
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    let seen = '';
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1');
      // count complete request heads and the mutation's name, never answering anything
      for (let i; (i = seen.indexOf('POST /')) >= 0;) {
        requestsReceived += 1;
        seen = seen.slice(i + 6);
      }
      for (let i; (i = seen.indexOf('registerVolunteer')) >= 0;) {
        mutationsReceived += 1;
        seen = seen.slice(i + 17);
      }
    });
    socket.on('close', () => {
      open -= 1;
      sockets.delete(socket);
    });
    socket.on('error', () => undefined);
  });
  const fakePort = await freePort();
  await new Promise<void>((resolve) => fake.listen(fakePort, '127.0.0.1', resolve));
  const gateway = await stack.startGateway({ MEDIATION_URL: `http://127.0.0.1:${fakePort}/graphql`, SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS) });
  const untouched = tally();
  const touched = tally();
  const mutations = tally();
  const MUTATIONS = QUICK ? 10 : 30;
  const latencies: number[] = [];
  const loadSeconds = QUICK ? 4 : 10;
  const started = Date.now();
  const [u, t] = await Promise.all([
    load(gateway.url, token, UNTOUCHED, loadSeconds, 4, untouched).done,
    load(gateway.url, token, touching(`dispute(id: "${demoId('dispute', 1).toHexString()}") { id }`), loadSeconds, 8, touched, victim).done,
    (async () => {
      // the mutations, 5 at a time: each must reach the subgraph exactly once (no retry of a write)
      const queue = Array.from({ length: MUTATIONS }, (_, i) => i);
      await Promise.all(
        Array.from({ length: 5 }, async () => {
          for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
            const t0 = Date.now();
            const response = await post(
              gateway.url,
              token,
              `mutation FaultsHang($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id } }`,
              { input: { name: `志愿者${i}`, duties: ['PATROL'], gridId: demoId('grid', 1).toHexString() } },
            );
            latencies.push(Date.now() - t0);
            record(mutations, response.status, response.text, victim);
          }
        }),
      );
    })(),
  ]);
  const openAtEnd = open;
  // bounded: the gateway gives up on the sockets of timed-out calls
  const closeBy = Date.now() + SUBGRAPH_TIMEOUT_MS * 3;
  while (open > 0 && Date.now() < closeBy) await sleep(50);
  const openAfter = open;
  await gateway.proc.kill('SIGTERM');
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => fake.close(() => resolve()));
  const maxLatency = Math.max(...latencies);
  const sent = (u.requests as unknown as { sent: number }).sent + (t.requests as unknown as { sent: number }).sent + MUTATIONS;
  const notes = [
    `per-subgraph timeout ${SUBGRAPH_TIMEOUT_MS} ms: slowest mutation answer ${maxLatency} ms`,
    `${MUTATIONS} mutations sent, ${mutationsReceived} received by the hanging ${victim} (${requestsReceived} requests in all); ${mutations.named} answers name "${victim}"`,
    `open sockets at the hanging subgraph: at most ${maxOpen}, ${openAtEnd} when the load ended, ${openAfter} after ${seconds(Date.now() - started)}`,
    `untouched op: ${untouched.ok}/${untouched.ok + untouched.partial + untouched.refused} ok; touching op: ${touched.partialNamed}/${touched.partial} partial answers name "${victim}"`,
  ];
  if (mutations.firstError) notes.push(`mutation answer: ${mutations.firstError}`);
  const ok =
    mutationsReceived === MUTATIONS &&
    mutations.named === MUTATIONS &&
    maxLatency < SUBGRAPH_TIMEOUT_MS * 3 &&
    maxOpen <= 4 + 8 + 5 + 4 &&
    openAfter === 0 &&
    untouched.partial + untouched.refused === 0 &&
    touched.partial > 0 &&
    touched.partialNamed === touched.partial;
  return {
    scenario: `b. ${victim} accepts connections and never answers`,
    sent,
    succeeded: untouched.ok + touched.ok + mutations.ok,
    partial: untouched.partial + touched.partial + mutations.partial,
    refused: untouched.refused + touched.refused + mutations.refused,
    lost: '—',
    recovery: '—',
    ok,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// c: the gateway starts while a subgraph is down
async function gatewayStartsWithSubgraphDown(stack: FaultStack, token: string): Promise<Row> {
  const victim: SubgraphName = 'approvals';
  await stack.subgraphs[victim].kill('SIGKILL');
  const t0 = Date.now();
  const gateway = await stack.startGateway();
  const startedIn = Date.now() - t0;
  const readyDown = await fetch(`${gateway.opsUrl}/ready`);
  const readyBody = (await readyDown.json()) as { status: string; subgraphs?: Record<string, string> };
  const probe = tally();
  const query = touching(`application(id: "${demoId('application', 1).toHexString()}") { id }`);
  for (let i = 0; i < 5; i++) {
    const r = await post(gateway.url, token, query);
    record(probe, r.status, r.text, victim);
  }
  const untouched = tally();
  const u = await post(gateway.url, token, UNTOUCHED);
  record(untouched, u.status, u.text);
  const restartAt = Date.now();
  await stack.startSubgraph(victim, false);
  let readyAfter = 0;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if ((await fetch(`${gateway.opsUrl}/ready`)).status === 200) {
      readyAfter = Date.now() - restartAt;
      break;
    }
    await sleep(100);
  }
  const after = await post(gateway.url, token, query);
  record(probe, after.status, after.text, victim);
  await gateway.proc.kill('SIGTERM');
  const ok =
    readyDown.status === 503 &&
    readyBody.subgraphs?.[victim] !== 'ready' &&
    Object.entries(readyBody.subgraphs ?? {}).every(([n, s]) => n === victim || s === 'ready') &&
    probe.partial === 5 &&
    probe.partialNamed === 5 &&
    probe.ok === 1 &&
    untouched.ok === 1 &&
    readyAfter > 0;
  return {
    scenario: `c. gateway starts while ${victim} is down`,
    sent: 7,
    succeeded: probe.ok + untouched.ok,
    partial: probe.partial,
    refused: probe.refused + untouched.refused,
    lost: '—',
    recovery: readyAfter ? seconds(readyAfter) : 'never',
    ok,
    notes: [
      `gateway ready in ${seconds(startedIn)} with ${victim} down; ops /ready: HTTP ${readyDown.status} ${JSON.stringify(readyBody.subgraphs)}`,
      `operations touching ${victim}: partial data naming it (${probe.partialNamed}/5); /ready 200 ${seconds(readyAfter)} after ${victim} was started`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// d: kill -9 the database during a write load, restart it
async function killDatabaseUnderWrites(stack: FaultStack, token: string): Promise<Row> {
  const run = randomBytes(4).toString('hex');
  const acknowledged = new Map<string, string>(); // id → description
  const attempts = tally();
  let seq = 0;
  let stopAt = Date.now() + LOAD_S * 1000;
  const WRITERS = 4;
  const writers = Array.from({ length: WRITERS }, async (_, w) => {
    while (Date.now() < stopAt) {
      const description = `faults-${run}-${w}-${seq++}`;
      const r = await post(
        stack.gatewayUrl,
        token,
        `mutation FaultsWrite($input: RaiseServiceNeedInput!) { raiseServiceNeed(input: $input) { id description } }`,
        { input: { enterpriseId: demoEnterpriseId(1 + (seq % 10)).toHexString(), category: 'SECURITY', description } },
      );
      record(attempts, r.status, r.text);
      const id = (classify(r.status, r.text).body?.data?.raiseServiceNeed as { id?: string } | null)?.id;
      if (id) acknowledged.set(id, description);
      else await sleep(20); // refused while the database is down: do not spin
    }
  });
  await sleep((LOAD_S * 1000) / 3);
  const killedAt = Date.now();
  await stack.db.kill('SIGKILL');
  await stack.restartDatabase();
  const upAt = Date.now();
  stopAt = Math.max(stopAt, upAt + 5_000);
  await Promise.all(writers);
  const firstAck = attempts.log.find((r) => r.t > upAt && r.outcome === 'ok');
  const client = await mongo.MongoClient.connect(stack.db.uri);
  const docs = await client
    .db(`${stack.prefix}pecg_enterprises`)
    .collection('service_needs')
    .find({ description: { $regex: `^faults-${run}-` } }, { projection: { _id: 1, description: 1 } })
    .toArray();
  await client.close();
  const byId = new Map<string, number>();
  const byDescription = new Map<string, number>();
  for (const d of docs) {
    byId.set(String(d._id), (byId.get(String(d._id)) ?? 0) + 1);
    byDescription.set(String(d.description), (byDescription.get(String(d.description)) ?? 0) + 1);
  }
  const lost = [...acknowledged.keys()].filter((id) => !byId.has(id)).length;
  const twice = [...byDescription.values()].filter((n) => n > 1).length;
  const checksum = (rows: Array<[string, string]>) =>
    createHash('sha256')
      .update(
        rows
          .map(([id, d]) => `${id}|${d}`)
          .sort()
          .join('\n'),
      )
      .digest('hex')
      .slice(0, 16);
  const clientSum = checksum([...acknowledged.entries()]);
  const dbSum = checksum(docs.filter((d) => acknowledged.has(String(d._id))).map((d) => [String(d._id), String(d.description)]));
  const inDoubt = docs.filter((d) => !acknowledged.has(String(d._id))).length;
  const ok = lost === 0 && twice === 0 && clientSum === dbSum && acknowledged.size > 0 && firstAck !== undefined;
  return {
    scenario: `d. kill -9 the database under a write load (${WRITERS} writers) and restart it`,
    sent: attempts.ok + attempts.partial + attempts.refused,
    succeeded: attempts.ok,
    partial: attempts.partial,
    refused: attempts.refused,
    lost,
    recovery: firstAck ? seconds(firstAck.t - killedAt) : 'never',
    ok,
    notes: [
      `database restarted on its files ${seconds(upAt - killedAt)} after the kill`,
      `acknowledged ${acknowledged.size}, in the database ${docs.length - inDoubt} of them (+${inDoubt} written whose answer was an error), ${twice} twice; checksum client ${clientSum} / database ${dbSum}`,
    ],
  };
}

function table(rows: Row[]): string {
  const head = '| scenario | requests sent | succeeded | partial | refused | acknowledged writes lost | recovery | verdict |';
  const sep = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |';
  return [
    head,
    sep,
    ...rows.map((r) => `| ${r.scenario} | ${r.sent} | ${r.succeeded} | ${r.partial} | ${r.refused} | ${r.lost} | ${r.recovery} | ${r.ok ? 'pass' : 'FAIL'} |`),
  ].join('\n');
}

(async () => {
  const t0 = Date.now();
  process.stdout.write(`starting the stack (embedded database, 4 subgraphs seeded with demo data, gateway)…\n`);
  const stack = await startFaultStack();
  process.stdout.write(`stack up in ${seconds(Date.now() - t0)}\n`);
  const token = await mintToken({ role: 'ADMIN', subject: 'faults', expiresIn: '2h' });
  const rows: Row[] = [];
  const scenarios: Array<[string, (s: FaultStack, token: string) => Promise<Row>]> = [
    ['a', killSubgraphUnderLoad],
    ['b', hangingSubgraph],
    ['c', gatewayStartsWithSubgraphDown],
    ['d', killDatabaseUnderWrites],
  ];
  try {
    for (const [key, scenario] of scenarios) {
      if (ONLY && !ONLY.has(key)) continue;
      process.stdout.write(`scenario ${key}…\n`);
      const row = await scenario(stack, token);
      rows.push(row);
      process.stdout.write(`${row.ok ? 'pass' : 'FAIL'}: ${row.scenario}\n${row.notes.map((n) => `  - ${n}`).join('\n')}\n`);
    }
  } finally {
    await stack.stop();
  }
  process.stdout.write(`\n${table(rows)}\n\n(${QUICK ? '--quick, ' : ''}total ${seconds(Date.now() - t0)})\n`);
  process.exit(rows.every((r) => r.ok) ? 0 : 1);
})().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
