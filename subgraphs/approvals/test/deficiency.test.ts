import { Types } from 'mongoose';
import { useTestSubgraph } from '@pecg/testing';
import { markBrokenCommitment } from '../src/services/credit';
import { workingCalendar } from '@pecg/common';
import { approvalsSubgraph } from '../src';
import { act, APP_FIELDS, dataOf, E, ESSENTIAL, errorOf, step, submitted } from './helpers';

const deadlineIn = (days: number) => workingCalendar.addWorkingDays(new Date(), days).toISOString();

describe('容缺受理: acceptance with non-essential materials missing, under a commitment', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('is refused when an essential material (主项) is missing, naming it', async () => {
    const app = await submitted(sg, ['M01', 'M02', 'M03', 'M04', 'M06'], 11);
    const refused = errorOf(await act(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(3) }));
    expect(refused.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(refused.message).toContain('essential materials (主项) M05');
    expect(refused.message).not.toContain('M07');
  });

  it('refuses a commitment deadline beyond the promised time limit (5 working days for item 1)', async () => {
    const app = await submitted(sg, ESSENTIAL, 12);
    const late = errorOf(await act(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(6) }));
    expect(late.code).toBe('BAD_USER_INPUT');
    expect(late.extensions.field).toBe('input.deadline');
    expect(late.message).toContain('at most 5 working days');
  });

  it('creates the commitment, lets review proceed, blocks the certificate until every committed material arrives', async () => {
    let app = await submitted(sg, ESSENTIAL, 13);
    app = await step(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(5) });
    expect(app.status).toBe('ACCEPTED_WITH_DEFICIENCY');
    expect(app.commitment).toMatchObject({ status: 'PENDING', missingMaterialCodes: ['M06', 'M07'], outstandingMaterialCodes: ['M06', 'M07'] });
    app = await step(sg, 'startReview', app);
    const blocked = errorOf(await act(sg, 'approveApplication', app));
    expect(blocked.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(blocked.message).toContain('still outstanding: M06, M07');
    app = await step(sg, 'submitMaterials', app, { materials: [{ code: 'M06', channel: 'PHOTO_TO_OFFICER' }] }, { role: 'ENTERPRISE', enterpriseId: E(13) });
    expect(app.commitment).toMatchObject({ status: 'PENDING', outstandingMaterialCodes: ['M07'] });
    expect(errorOf(await act(sg, 'approveApplication', app)).message).toContain('still outstanding: M07');
    app = await step(sg, 'submitMaterials', app, { materials: [{ code: 'M07', channel: 'IN_PERSON' }] });
    expect(app.commitment.status).toBe('FULFILLED');
    expect(app.commitment.fulfilledAt).toBeTruthy();
    app = await step(sg, 'approveApplication', app);
    expect(app.status).toBe('APPROVED');
    expect(app.certificateNumber).toBeTruthy();
  });

  it('a material arriving after the deadline does not fulfil; the lapse terminates, marks the enterprise, excludes it from 容缺 until cleared', async () => {
    let app = await submitted(sg, ESSENTIAL, 14);
    app = await step(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(2) });
    // the deadline passes (moved into the past through the model); the materials then arrive late — by the server's clock
    await sg.models.Application.updateOne({ _id: new Types.ObjectId(app.id) }, { $set: { 'commitment.deadline': new Date(Date.now() - 60_000) } });
    app = await step(sg, 'submitMaterials', app, {
      materials: [
        { code: 'M06', channel: 'ONLINE' },
        { code: 'M07', channel: 'ONLINE' },
      ],
    });
    expect(app.commitment.status).toBe('PENDING');

    const asOf = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const run = dataOf(
      await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { commitmentsLapsed supervisionCasesOpened } }`, { asOf }, 'POLICE'),
    ).processDeadlines;
    expect(run.commitmentsLapsed).toBeGreaterThanOrEqual(1);
    const after = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { ${APP_FIELDS} } }`, { id: app.id })).application;
    expect(after.status).toBe('TERMINATED');
    expect(after.commitment.status).toBe('LAPSED');
    expect(after.timeline.at(-1)).toMatchObject({ from: 'ACCEPTED_WITH_DEFICIENCY', to: 'TERMINATED', actor: { role: 'ADMIN' } });

    const rerun = dataOf(
      await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { commitmentsLapsed supervisionCasesOpened } }`, { asOf }, 'POLICE'),
    ).processDeadlines;
    expect(rerun).toEqual({ commitmentsLapsed: 0, supervisionCasesOpened: 0 });

    const mark = async () =>
      dataOf(
        await sg.query(
          `{ _entities(representations: [{ __typename: "Enterprise", id: "${E(14)}" }]) { ... on Enterprise { creditMark { active brokenCommitmentCount lastBrokenApplicationId version } } } }`,
        ),
      )._entities[0].creditMark;
    expect(await mark()).toMatchObject({ active: true, brokenCommitmentCount: 1, lastBrokenApplicationId: app.id });
    const cases = dataOf(
      await sg.query(`query ($id: ID!) { supervisionCases(filter: { applicationId: $id }) { edges { node { trigger status } } } }`, { id: app.id }),
    ).supervisionCases.edges;
    expect(cases.map((e: any) => e.node.trigger)).toEqual(['TERMINATED']);

    const next = await submitted(sg, ESSENTIAL, 14);
    const excluded = errorOf(await act(sg, 'acceptWithDeficiency', next, { deadline: deadlineIn(3) }));
    expect(excluded).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', message: expect.stringContaining('excluded from 容缺受理') }); // was BAD_USER_INPUT
    const { version } = await mark();
    const cleared = dataOf(
      await sg.query(
        `mutation ($e: ID!, $v: Int!) { clearCreditMark(enterpriseId: $e, expectedVersion: $v, input: { reason: "企业已说明并补齐" }) { active cleared { role } clearReason } }`,
        { e: E(14), v: version },
        'POLICE',
      ),
    ).clearCreditMark;
    expect(cleared).toMatchObject({ active: false, cleared: { role: 'POLICE' } });
    const accepted = await step(sg, 'acceptWithDeficiency', next, { deadline: deadlineIn(3) });
    expect(accepted.status).toBe('ACCEPTED_WITH_DEFICIENCY');
  });

  it('a crash between recording the broken commitment and terminating the application is repaired by the next deadline run', async () => {
    let app = await submitted(sg, ESSENTIAL, 15);
    app = await step(sg, 'acceptWithDeficiency', app, { deadline: deadlineIn(2) });
    const appId = new Types.ObjectId(app.id);
    const enterpriseId = new Types.ObjectId(E(15));
    const asOf = new Date(Date.now() + 10 * 86_400_000);
    // step 1 only, as the deadline run does it (the enterprise's mark names the application), then the process "crashes"
    await sg.models.EnterpriseCreditMark.updateOne(
      { enterpriseId, brokenApplicationIds: { $ne: appId } },
      {
        $set: { active: true, markedAt: asOf, lastBrokenApplicationId: appId, cleared: null, clearReason: null },
        $push: { brokenApplicationIds: appId },
        $inc: { brokenCommitmentCount: 1, version: 1 },
      },
      { upsert: true },
    );
    expect((await sg.models.Application.findById(appId).lean())!.status).toBe('ACCEPTED_WITH_DEFICIENCY');
    // the next run completes the change without recording the broken commitment twice
    const run = dataOf(
      await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { commitmentsLapsed } }`, { asOf: asOf.toISOString() }, 'POLICE'),
    ).processDeadlines;
    expect(run.commitmentsLapsed).toBeGreaterThanOrEqual(1);
    expect(await sg.models.Application.findById(appId).lean()).toMatchObject({ status: 'TERMINATED', commitment: { status: 'LAPSED' } });
    const mark = await sg.models.EnterpriseCreditMark.findOne({ enterpriseId }).lean();
    expect(mark).toMatchObject({ active: true, brokenCommitmentCount: 1 });
    expect(mark!.brokenApplicationIds.map(String)).toEqual([app.id]);
    // and once more: nothing changes
    await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { commitmentsLapsed } }`, { asOf: asOf.toISOString() }, 'POLICE');
    expect(await sg.models.EnterpriseCreditMark.findOne({ enterpriseId }).lean()).toMatchObject({ brokenCommitmentCount: 1, version: mark!.version });
  });

  it('concurrent broken commitments of one enterprise without a mark yet are all recorded, each once', async () => {
    const enterpriseId = new Types.ObjectId(E(18));
    const apps = Array.from({ length: 6 }, () => ({ _id: new Types.ObjectId(), enterpriseId }));
    await Promise.all([...apps, ...apps].map((app) => markBrokenCommitment(sg.models, app, new Date())));
    const mark = await sg.models.EnterpriseCreditMark.findOne({ enterpriseId }).lean();
    expect(mark!.brokenCommitmentCount).toBe(6);
    expect(mark!.brokenApplicationIds.map(String).sort()).toEqual(apps.map((a) => a._id.toHexString()).sort());
  });

  it('clearing a credit mark is one versioned write: a clear based on a mark that was marked again meanwhile gets CONFLICT', async () => {
    const enterpriseId = new Types.ObjectId(E(16));
    const first = new Types.ObjectId();
    await markBrokenCommitment(sg.models, { _id: first, enterpriseId }, new Date());
    const { version } = (await sg.models.EnterpriseCreditMark.findOne({ enterpriseId }).lean())!;
    await markBrokenCommitment(sg.models, { _id: new Types.ObjectId(), enterpriseId }, new Date());
    await markBrokenCommitment(sg.models, { _id: first, enterpriseId }, new Date());
    const CLEAR = `mutation ($e: ID!, $v: Int!) { clearCreditMark(enterpriseId: $e, expectedVersion: $v, input: { reason: "企业已说明" }) { active brokenCommitmentCount version } }`;
    const stale = errorOf(await sg.query(CLEAR, { e: E(16), v: version }, 'POLICE'));
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { expectedVersion: version, currentVersion: version + 1 } });
    const cleared = dataOf(await sg.query(CLEAR, { e: E(16), v: version + 1 }, 'POLICE')).clearCreditMark;
    expect(cleared).toEqual({ active: false, brokenCommitmentCount: 2, version: version + 2 });
    expect(errorOf(await sg.query(CLEAR, { e: E(17), v: 1 }, 'POLICE')).code).toBe('NOT_FOUND');
  });
});
