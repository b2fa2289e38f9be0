import fc from 'fast-check';
import { Types } from 'mongoose';
import { demoEnterpriseId, demoId, demoOfficerId } from '@pecg/demo';
import { startTestSubgraph, type GraphQLResponse, type TestCaller, type TestSubgraph } from '@pecg/testing';
import { subgraphDefinition } from '../src/subgraphs';
import { setTestClock } from '@pecg/activities';

/**
 * Property-based concurrency tests (fast-check) against real subgraphs on the real database: random
 * batches of operations are sent concurrently (all of a batch use the versions read before it, so
 * they race), and after every batch the documents are checked for lost updates and broken
 * invariants. Runs are few and bounded so the file stays in CI; a failure reports fast-check's seed
 * and path (`fc.assert(…, { seed, path })` replays it).
 */

type Sg = TestSubgraph<any>;

/** Runs per property; `PROPERTY_RUNS=200 npx jest tools/graph/test/properties.test.ts` searches longer. */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 12), endOnFailure: true } as const;
/** The only refusals a race may produce; anything else (INTERNAL_SERVER_ERROR above all) fails the property. */
const RACE_CODES = ['CONFLICT', 'ILLEGAL_STATE_TRANSITION', 'NOT_FOUND', 'BAD_USER_INPUT'];

interface Outcome<T = any> {
  ok: boolean;
  data?: T;
  code?: string;
  message?: string;
}

async function call<T = any>(sg: Sg, field: string, query: string, variables: Record<string, unknown>, caller: TestCaller = 'ADMIN'): Promise<Outcome<T>> {
  const response: GraphQLResponse = await sg.query(query, variables, caller);
  if (response.status >= 500) throw new Error(`${field}: HTTP ${response.status} ${JSON.stringify(response.errors)}`);
  const error = response.errors?.[0];
  if (!error) return { ok: true, data: response.data![field] as T };
  const code = error.extensions?.code as string;
  if (!RACE_CODES.includes(code)) throw new Error(`${field}: unexpected ${code}: ${error.message}`);
  return { ok: false, code, message: error.message };
}

describe('concurrency properties (fast-check over random interleavings, real subgraphs and database)', () => {
  const running: Partial<Record<'activities' | 'enterprises' | 'approvals', Sg>> = {};
  beforeAll(async () => {
    for (const name of ['activities', 'enterprises', 'approvals'] as const)
      running[name] = await startTestSubgraph(subgraphDefinition(name) as never, { seed: true });
  });
  afterAll(async () => {
    for (const sg of Object.values(running)) await sg?.stop();
  });

  describe('activities: register, cancel, check in and resize concurrently', () => {
    type Op = { kind: 'register'; person: number } | { kind: 'cancel'; ref: number } | { kind: 'checkIn'; ref: number } | { kind: 'resize'; capacity: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('register' as const), person: fc.nat(7) }) },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('cancel' as const), ref: fc.nat(40) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('checkIn' as const), ref: fc.nat(40) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('resize' as const), capacity: fc.integer({ min: 1, max: 6 }) }) },
    );
    const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id status version } }`;
    const CANCEL = `mutation ($id: ID!, $v: Int!) { cancelRegistration(id: $id, expectedVersion: $v) { id status version } }`;
    const CHECK_IN = `mutation ($id: ID!, $v: Int!) { checkIn(id: $id, expectedVersion: $v) { id status version } }`;
    /** Seats are held by people registered (CONFIRMED), offered a freed seat (OFFERED) or checked in (ATTENDED). */
    const HOLDS_SEAT = new Set(['CONFIRMED', 'OFFERED', 'ATTENDED']);
    // the activities' clock inside the runs: registration still open, check-in already open (30 minutes before the start)
    beforeAll(() => setTestClock(new Date('2030-05-01T08:30:00+08:00')));
    afterAll(() => setTestClock(null));
    const RESIZE = `mutation ($id: ID!, $v: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, expectedVersion: $v, input: $input) { capacity version } }`;
    let run = 0;
    /** Acknowledged operations over all runs, by kind: the property is not vacuous. */
    const acknowledged = { register: 0, cancel: 0, checkIn: 0, resize: 0, promoted: 0 };

    it('keeps seats ≤ capacity, counters equal to the registrations, the waitlist in order, and every acknowledged change', async () => {
      const sg = running.activities!;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 4 }),
          fc.array(fc.array(op, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }),
          async (capacity, batches) => {
            run += 1;
            const planned = await call(
              sg,
              'planActivity',
              `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id version } }`,
              {
                input: {
                  title: `性质测试 ${run}`,
                  kind: 'SYMPOSIUM',
                  // an outside address: no room booking, so every run can take the same time
                  address: '万象创新科技产业园报告厅（园区自有场地）',
                  startsAt: '2030-05-01T09:00:00+08:00',
                  endsAt: '2030-05-01T11:00:00+08:00',
                  capacity,
                },
              },
              'POLICE',
            );
            const activityId = planned.data.id as string;
            await call(sg, 'openRegistration', `mutation ($id: ID!, $v: Int!) { openRegistration(id: $id, expectedVersion: $v) { id } }`, {
              id: activityId,
              v: planned.data.version,
            });
            const batchOf = new Map<string, number>();
            const cancelled = new Set<string>();
            const checkedIn = new Set<string>();
            for (const [b, batch] of batches.entries()) {
              const regs = (await sg.models.Registration.find({ activityId: new Types.ObjectId(activityId) })
                .sort({ _id: 1 })
                .lean()) as any[];
              const activity = (await sg.models.Activity.findById(activityId).lean()) as any;
              const pick = (ref: number) => regs[ref % Math.max(regs.length, 1)];
              const outcomes = await Promise.all(
                batch.map(async (o) => {
                  if (o.kind === 'register') {
                    const out = await call(sg, 'register', REGISTER, {
                      input: {
                        activityId,
                        enterpriseId: demoEnterpriseId(1 + (o.person % 3)).toHexString(),
                        personName: `报名人${o.person}`,
                        personPhone: `1380000${String(o.person).padStart(4, '0')}`,
                      },
                    });
                    if (out.ok) {
                      batchOf.set(out.data.id, b);
                      acknowledged.register += 1;
                    }
                    return { o, out, target: undefined as string | undefined, version: 0 };
                  }
                  if (o.kind === 'resize') {
                    const out = await call(sg, 'updateActivity', RESIZE, { id: activityId, v: activity.version, input: { capacity: o.capacity } }, 'POLICE');
                    if (out.ok) acknowledged.resize += 1;
                    return { o, out, target: activityId, version: activity.version as number };
                  }
                  const reg = pick(o.ref);
                  if (!reg) return { o, out: { ok: false, code: 'SKIPPED' } as Outcome, target: undefined, version: 0 };
                  const out = await call(sg, o.kind === 'cancel' ? 'cancelRegistration' : 'checkIn', o.kind === 'cancel' ? CANCEL : CHECK_IN, {
                    id: reg._id.toHexString(),
                    v: reg.version,
                  });
                  if (out.ok) {
                    (o.kind === 'cancel' ? cancelled : checkedIn).add(reg._id.toHexString());
                    acknowledged[o.kind] += 1;
                  }
                  return { o, out, target: reg._id.toHexString() as string, version: reg.version as number };
                }),
              );
              // one write per (record, version): concurrent writers with the same expectedVersion — at most one wins
              const winners = new Map<string, number>();
              for (const { out, target, version } of outcomes)
                if (out.ok && target) winners.set(`${target}@${version}`, (winners.get(`${target}@${version}`) ?? 0) + 1);
              for (const [key, n] of winners) expect({ key, winners: n }).toEqual({ key, winners: 1 });

              const after = (await sg.models.Registration.find({ activityId: new Types.ObjectId(activityId) }).lean()) as any[];
              const doc = (await sg.models.Activity.findById(activityId).lean()) as any;
              const confirmed = after.filter((r) => HOLDS_SEAT.has(r.status));
              // a freed seat is offered to the first person waiting (OFFERED), who then holds it
              acknowledged.promoted += after.filter((r) => r.status === 'OFFERED').length;
              const waiting = after.filter((r) => r.status === 'WAITLISTED');
              expect({
                seatsTaken: doc.seatsTaken,
                seatsLeft: doc.seatsLeft,
                waitlistCount: doc.waitlistCount,
                attendedCount: doc.attendedCount,
                withinCapacity: doc.seatsTaken <= doc.capacity,
                nobodyWaitsForAFreeSeat: waiting.length === 0 || doc.seatsLeft === 0,
              }).toEqual({
                seatsTaken: confirmed.length,
                seatsLeft: doc.capacity - confirmed.length,
                waitlistCount: waiting.length,
                attendedCount: after.filter((r) => r.status === 'ATTENDED').length,
                withinCapacity: true,
                nobodyWaitsForAFreeSeat: true,
              });
              // acknowledged writes are all there
              for (const r of after) {
                const id = r._id.toHexString();
                if (cancelled.has(id)) expect({ id, status: r.status }).toEqual({ id, status: 'CANCELLED' });
                if (checkedIn.has(id)) expect({ id, attended: r.attended, status: r.status }).toEqual({ id, attended: true, status: 'ATTENDED' });
              }
              for (const id of batchOf.keys()) expect(after.some((r) => r._id.toHexString() === id)).toBe(true);
              // the waitlist is served first come, first served: nobody who registered in a later batch holds a seat while someone earlier still waits
              for (const w of waiting) {
                const overtaken = confirmed.filter((c) => (batchOf.get(c._id.toHexString()) ?? -1) > (batchOf.get(w._id.toHexString()) ?? -1));
                expect({ waiting: w._id.toHexString(), overtakenBy: overtaken.map((c) => c._id.toHexString()) }).toEqual({
                  waiting: w._id.toHexString(),
                  overtakenBy: [],
                });
              }
            }
          },
        ),
        {
          ...RUNS,
          // fixed cases run first, so every kind below is acknowledged in every run of the file (random runs alone may miss one):
          // a seat freed by a cancellation is offered to the person waiting; a check-in and a resize succeed
          examples: [
            [1, [[{ kind: 'register', person: 0 }], [{ kind: 'register', person: 1 }], [{ kind: 'cancel', ref: 0 }]]],
            [2, [[{ kind: 'register', person: 2 }], [{ kind: 'checkIn', ref: 0 }], [{ kind: 'resize', capacity: 3 }]]],
          ],
        },
      );
      for (const [kind, n] of Object.entries(acknowledged)) expect({ kind, some: n > 0 }).toEqual({ kind, some: true });
    });
  });

  describe('enterprises: assignOfficer and endAssignment concurrently (一企一警)', () => {
    type Op = { kind: 'assign'; officer: number } | { kind: 'end'; ref: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('assign' as const), officer: fc.integer({ min: 1, max: 5 }) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('end' as const), ref: fc.nat(20) }) },
    );
    const ASSIGN = `mutation ($input: AssignOfficerInput!) { assignOfficer(input: $input) { id version } }`;
    const END = `mutation ($id: ID!, $v: Int!) { endAssignment(id: $id, expectedVersion: $v) { id version } }`;

    it('never holds two active 一企一警 officers; every acknowledged assignment and end is kept', async () => {
      const sg = running.enterprises!;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 6 }),
          fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
          async (enterprise, batches) => {
            const enterpriseId = demoEnterpriseId(enterprise);
            const E = enterpriseId.toHexString();
            const oneOf = () =>
              sg.models.OfficerAssignment.find({ enterpriseId, kind: 'ONE_ENTERPRISE_ONE_OFFICER' }).sort({ _id: 1 }).lean() as Promise<any[]>;
            for (const batch of batches) {
              const known = (await oneOf()).filter((a) => a.endedOn === null);
              const all = await oneOf();
              const outcomes = await Promise.all(
                batch.map(async (o) => {
                  if (o.kind === 'assign') {
                    const out = await call(sg, 'assignOfficer', ASSIGN, {
                      input: { enterpriseId: E, officerId: demoOfficerId(o.officer).toHexString(), kind: 'ONE_ENTERPRISE_ONE_OFFICER' },
                    });
                    return { o, out, target: undefined as string | undefined };
                  }
                  const target = (known.length ? known : all)[o.ref % Math.max((known.length ? known : all).length, 1)];
                  if (!target) return { o, out: { ok: false } as Outcome, target: undefined };
                  return {
                    o,
                    out: await call(sg, 'endAssignment', END, { id: target._id.toHexString(), v: target.version }),
                    target: target._id.toHexString() as string,
                  };
                }),
              );
              const after = await oneOf();
              const active = after.filter((a) => a.endedOn === null);
              expect(active.length).toBeLessThanOrEqual(1);
              for (const a of after) expect(a.slot).toBe(a.endedOn === null ? `${E}:ONE` : `ended:${a._id.toHexString()}`);
              const assigned = outcomes.filter((x) => x.o.kind === 'assign' && x.out.ok).map((x) => x.out.data.id as string);
              for (const id of assigned) expect(after.filter((a) => a._id.toHexString() === id)).toHaveLength(1);
              // an acknowledged assignment of this batch holds the slot unless a later one of the same batch replaced it
              if (assigned.length) expect(active.map((a) => assigned.includes(a._id.toHexString()))).toEqual([true]);
              for (const x of outcomes) if (x.o.kind === 'end' && x.out.ok) expect(after.find((a) => a._id.toHexString() === x.target)?.endedOn).not.toBeNull();
            }
          },
        ),
        RUNS,
      );
    });
  });

  describe('approvals: refusals, withdrawals and deadline runs concurrently', () => {
    type Op = 'refuse' | 'withdraw' | 'accept' | 'deadlines';
    const SUBMIT_FIELDS = 'id version status';
    let n = 0;

    async function submittedApplication(sg: Sg): Promise<{ id: string; version: number }> {
      n += 1;
      const created = await call(
        sg,
        'createApplication',
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { ${SUBMIT_FIELDS} } }`,
        {
          input: {
            itemId: demoId('approval-item', 1).toHexString(),
            enterpriseId: demoEnterpriseId(1 + (n % 5)).toHexString(),
            applicantContact: { name: '张伟', phone: '13800001111' },
            handlingOfficerId: demoOfficerId(2).toHexString(),
            materials: ['M01', 'M02', 'M03', 'M04', 'M05'].map((code) => ({ code, channel: 'ONLINE' })),
          },
        },
      );
      const submitted = await call(
        sg,
        'submitApplication',
        `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { ${SUBMIT_FIELDS} } }`,
        {
          id: created.data.id,
          v: created.data.version,
        },
      );
      return submitted.data;
    }

    it('opens at most one case per application and trigger, and one for every acknowledged refusal', async () => {
      const sg = running.approvals!;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom<Op>('refuse', 'withdraw', 'accept', 'deadlines'), { minLength: 2, maxLength: 8 }),
          fc.integer({ min: 1, max: 3 }),
          async (ops, apps) => {
            const targets = await Promise.all(Array.from({ length: apps }, () => submittedApplication(sg)));
            const asOf = new Date(Date.now() + 400 * 86_400_000).toISOString();
            const outcomes = await Promise.all(
              ops.map(async (o, i): Promise<{ o: Op; app: { id: string; version: number }; out: Outcome }> => {
                const app = targets[i % targets.length];
                if (o === 'deadlines') {
                  const out = await call(sg, 'processDeadlines', `mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { supervisionCasesOpened } }`, {
                    asOf,
                  });
                  return { o, app, out };
                }
                const mutation = { refuse: 'refuseApplication', withdraw: 'withdrawApplication', accept: 'acceptApplication' }[o];
                const args = o === 'accept' ? '' : ', input: { reason: "材料不符合法定形式" }';
                const out = await call(
                  sg,
                  mutation,
                  `mutation ($id: ID!, $v: Int!) { ${mutation}(id: $id, expectedVersion: $v${args}) { id status version } }`,
                  {
                    id: app.id,
                    v: app.version,
                  },
                );
                return { o, app, out };
              }),
            );
            for (const app of targets) {
              const mine = outcomes.filter((x) => x.app.id === app.id && x.o !== 'deadlines');
              // same expectedVersion: exactly one of the concurrent transitions wins (deadline runs also write, so at most one)
              expect(mine.filter((x) => x.out.ok).length).toBeLessThanOrEqual(1);
              const cases = (await sg.models.SupervisionCase.find({ applicationId: new Types.ObjectId(app.id) }).lean()) as any[];
              const triggers = cases.map((c) => c.trigger as string);
              expect(new Set(triggers).size).toBe(triggers.length);
              const doc = (await sg.models.Application.findById(app.id).lean()) as any;
              if (mine.some((x) => x.o === 'refuse' && x.out.ok)) {
                expect(doc.status).toBe('NOT_ACCEPTED');
                expect(triggers.filter((t) => t === 'NOT_ACCEPTED')).toHaveLength(1);
              } else {
                expect(triggers).not.toContain('NOT_ACCEPTED');
              }
              if (mine.some((x) => x.o === 'withdraw' && x.out.ok)) expect(doc.status).toBe('WITHDRAWN');
            }
          },
        ),
        RUNS,
      );
    });
  });

  describe('versioned updates: N concurrent writers with the same expectedVersion', () => {
    it('exactly one wins, every other gets CONFLICT, and the record holds the winner’s write', async () => {
      const sg = running.enterprises!;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 8 }),
          fc.uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: 2, maxLength: 8 }),
          async (enterprise, tags) => {
            const id = demoEnterpriseId(enterprise).toHexString();
            const before = (await sg.models.Enterprise.findById(id).lean()) as any;
            const outcomes = await Promise.all(
              tags.map((tag) =>
                call(
                  sg,
                  'updateEnterprise',
                  `mutation ($id: ID!, $v: Int!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $input) { address version } }`,
                  { id, v: before.version, input: { address: `园区大道${tag}号` } },
                ),
              ),
            );
            const won = outcomes.filter((o) => o.ok);
            expect(won).toHaveLength(1);
            expect(outcomes.filter((o) => !o.ok).map((o) => o.code)).toEqual(Array(tags.length - 1).fill('CONFLICT'));
            const after = (await sg.models.Enterprise.findById(id).lean()) as any;
            expect({ address: after.address, version: after.version }).toEqual({ address: won[0].data.address, version: before.version + 1 });
          },
        ),
        RUNS,
      );
    });
  });
});
