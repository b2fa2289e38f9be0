import { Types } from 'mongoose';
import { useTestSubgraph, type TestCaller } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { workingCalendar } from '@pecg/common';
import { APP_FIELDS, dataOf, E, ESSENTIAL, errorOf, ITEM, OPTIONAL, O, step, submitted } from './helpers';

const ALL = [...ESSENTIAL, ...OPTIONAL];
const deadlineIn = (days: number) => workingCalendar.addWorkingDays(new Date(), days).toISOString();
const enterprise = (n: number): TestCaller => ({ role: 'ENTERPRISE', enterpriseId: E(n) });

/** Runs `fn` as if the subgraph were not under test (NODE_ENV=development): no test clock. */
async function outsideTestMode<T>(fn: () => Promise<T>): Promise<T> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    return await fn();
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/**
 * Facts the server owns (issue 11 item 5): arrival times of materials, the deadline clock, who assigns
 * the handling officer and who rates 好差评.
 */
describe('facts the server owns', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('a material’s arrival time is the server’s: a backdated submittedAt is kept only as the stated time', async () => {
    const before = Date.now();
    const created = dataOf(
      await sg.query(
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { submittedMaterials { code submittedAt statedSubmittedAt } } }`,
        {
          input: {
            itemId: ITEM(1),
            enterpriseId: E(61),
            applicantContact: { name: '张伟', phone: '13800001111' },
            materials: [{ code: 'M01', channel: 'ONLINE', submittedAt: '2020-01-02T03:04:05.000Z' }],
          },
        },
        enterprise(61),
      ),
    ).createApplication;
    const [material] = created.submittedMaterials;
    expect(new Date(material.submittedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(material.statedSubmittedAt).toBe('2020-01-02T03:04:05.000Z');
  });

  it('backdating late 容缺 materials does not fulfil a lapsed commitment; the server-clock deadline run terminates it', async () => {
    let app = await submitted(sg, ESSENTIAL, 62);
    app = await step(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(2) });
    // time passes: the commitment deadline is now behind us, with M06 and M07 still missing
    const deadline = new Date(Date.now() - 60_000);
    await sg.models.Application.updateOne({ _id: new Types.ObjectId(app.id) }, { $set: { 'commitment.deadline': deadline } });
    const backdated = new Date(deadline.getTime() - 86_400_000).toISOString();
    app = await step(
      sg,
      'submitMaterials',
      app,
      { materials: ['M06', 'M07'].map((code) => ({ code, channel: 'ONLINE', submittedAt: backdated })) },
      enterprise(62),
    );
    expect(app.commitment).toMatchObject({ status: 'PENDING', fulfilledAt: null });
    const run = dataOf(await sg.query(`mutation { processDeadlines { asOf commitmentsLapsed } }`, {}, 'POLICE')).processDeadlines;
    expect(run.commitmentsLapsed).toBeGreaterThanOrEqual(1);
    expect(Math.abs(new Date(run.asOf).getTime() - Date.now())).toBeLessThan(60_000);
    const after = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { ${APP_FIELDS} } }`, { id: app.id })).application;
    expect(after).toMatchObject({ status: 'TERMINATED', commitment: { status: 'LAPSED' } });
  });

  it('processDeadlines applies the server clock: asOf is refused outside test mode, nothing is terminated or marked', async () => {
    let app = await submitted(sg, ESSENTIAL, 63);
    app = await step(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(2) });
    const refused = await outsideTestMode(() => sg.query(`mutation { processDeadlines(asOf: "2099-01-01T00:00:00Z") { commitmentsLapsed } }`, {}, 'POLICE'));
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'asOf' } });
    const run = await outsideTestMode(() => sg.query(`mutation { processDeadlines { asOf } }`, {}, 'POLICE'));
    expect(Math.abs(new Date(dataOf(run).processDeadlines.asOf).getTime() - Date.now())).toBeLessThan(60_000);
    const after = dataOf(
      await sg.query(`query ($id: ID!) { application(id: $id) { status commitment { status } enterprise { creditMark { id } } } }`, { id: app.id }),
    ).application;
    expect(after).toEqual({ status: 'ACCEPTED_WITH_DEFICIENCY', commitment: { status: 'PENDING' }, enterprise: { creditMark: null } });
  });

  it('好差评: only the applicant enterprise rates; an officer cannot file the rating first; officers record the call-back', async () => {
    const decided = await step(sg, 'approveApplication', await step(sg, 'startReview', await step(sg, 'acceptApplication', await submitted(sg, ALL, 64))));
    const rate = (caller: TestCaller) =>
      sg.query(
        `mutation ($id: ID!) { evaluateApplication(applicationId: $id, input: { rating: DISSATISFIED }) { id version rated: enterprise { id } } }`,
        { id: decided.id },
        caller,
      );
    expect(errorOf(await rate('POLICE')).code).toBe('FORBIDDEN');
    expect(errorOf(await rate('ADMIN')).code).toBe('FORBIDDEN');
    const rating = dataOf(await rate(enterprise(64))).evaluateApplication;
    expect(rating.rated).toEqual({ id: E(64) });
    const called = await sg.query(
      `mutation ($id: ID!, $v: Int!) { followUpEvaluation(id: $id, expectedVersion: $v, input: { action: CALL_BACK, note: "已回访" }) { followUpStatus } }`,
      { id: rating.id, v: rating.version },
      'POLICE',
    );
    expect(dataOf(called).followUpEvaluation.followUpStatus).toBe('AWAITING_RECTIFICATION');
  });

  it('the handling officer is assigned by officers, not chosen by the applicant enterprise', async () => {
    const input = (handlingOfficerId?: string) => ({
      itemId: ITEM(1),
      enterpriseId: E(65),
      applicantContact: { name: '张伟', phone: '13800001111' },
      materials: ALL.map((code) => ({ code, channel: 'ONLINE' })),
      handlingOfficerId,
    });
    const create = `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version handlingOfficer { id } } }`;
    expect(errorOf(await sg.query(create, { input: input(O(3)) }, enterprise(65))).code).toBe('FORBIDDEN');
    const own = dataOf(await sg.query(create, { input: input() }, enterprise(65))).createApplication;
    expect(own.handlingOfficer).toBeNull();
    const sent = await step(sg, 'submitApplication', own, undefined, enterprise(65));
    const officer = new Types.ObjectId().toHexString();
    const accepted = dataOf(
      await sg.query(
        `mutation ($id: ID!, $v: Int!) { acceptApplication(id: $id, expectedVersion: $v) { status handlingOfficer { id } } }`,
        { id: own.id, v: sent.version },
        { role: 'POLICE', officerId: officer },
      ),
    ).acceptApplication;
    expect(accepted).toEqual({ status: 'ACCEPTED', handlingOfficer: { id: officer } });
    const byOfficer = dataOf(await sg.query(create, { input: input(O(3)) }, 'POLICE')).createApplication;
    expect(byOfficer.handlingOfficer).toEqual({ id: O(3) });
  });
});
