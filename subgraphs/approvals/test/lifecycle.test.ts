import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { act, APP_FIELDS, dataOf, E, ESSENTIAL, errorOf, ITEM, OPTIONAL, step, submitted } from './helpers';

const ALL = [...ESSENTIAL, ...OPTIONAL];

describe('application life cycle (one table, every transition)', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('walks draft → submitted → accepted → under review → approved, with timeline, due dates and certificate', async () => {
    let app = await submitted(sg, ALL);
    expect(app.status).toBe('SUBMITTED');
    expect(app.dueDate).toBeTruthy();
    app = await step(sg, 'acceptApplication', app);
    expect(app).toMatchObject({ status: 'ACCEPTED', statusLabel: '已受理', deemedAccepted: false });
    expect(new Date(app.decisionDueDate).getTime()).toBeGreaterThan(new Date(app.acceptedAt).getTime() + 20 * 86_400_000);
    app = await step(sg, 'startReview', app);
    app = await step(sg, 'approveApplication', app);
    expect(app.status).toBe('APPROVED');
    expect(app.certificateNumber).toMatch(/^GA-ZA-001-\d{8}-[0-9A-F]{24}$/);
    expect(app.timeline.map((t: any) => `${t.from}>${t.to}`)).toEqual([
      'null>DRAFT',
      'DRAFT>SUBMITTED',
      'SUBMITTED>ACCEPTED',
      'ACCEPTED>UNDER_REVIEW',
      'UNDER_REVIEW>APPROVED',
    ]);
    const detail = dataOf(
      await sg.query(`query ($id: ID!) { application(id: $id) { workingDaysToDecision decidedOnTime decidedAt certificateDueDate item { code } } }`, {
        id: app.id,
      }),
    ).application;
    expect(detail).toMatchObject({ workingDaysToDecision: 0, decidedOnTime: true, item: { code: 'GA-ZA-001' } });
    expect(detail.certificateDueDate).toBeTruthy();
  });

  it('refuses illegal transitions naming the current state and the allowed next ones', async () => {
    const app = await submitted(sg, ALL);
    const early = errorOf(await act(sg, 'approveApplication', app));
    expect(early.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(early.message).toContain('cannot go from SUBMITTED to APPROVED');
    expect(early.extensions.allowed).toEqual(['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'NOT_ACCEPTED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN']);
    expect(errorOf(await act(sg, 'startReview', app)).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(errorOf(await act(sg, 'denyApplication', app, { reason: '不符合', legalBasis: '条例' })).code).toBe('ILLEGAL_STATE_TRANSITION');
    // another enterprise's application does not exist for an ENTERPRISE caller (READ_POLICY): NOT_FOUND, not FORBIDDEN
    expect(errorOf(await act(sg, 'submitApplication', app, undefined, { role: 'ENTERPRISE', enterpriseId: 'ffffffffffffffffffffffff' })).code).toBe(
      'NOT_FOUND',
    );
    const again = errorOf(
      await sg.query(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { id } }`, { id: app.id, v: app.version }),
    );
    expect(again.code).toBe('ILLEGAL_STATE_TRANSITION');
    const accepted = await step(sg, 'acceptApplication', app);
    const refuseLate = errorOf(await act(sg, 'refuseApplication', accepted, { reason: '迟了' }));
    expect(refuseLate.extensions).toMatchObject({ from: 'ACCEPTED', to: 'NOT_ACCEPTED', allowed: ['UNDER_REVIEW', 'WITHDRAWN'] });
  });

  it('accepting with materials missing is refused; the one supplement notice lists everything missing and cannot be repeated', async () => {
    const app = await submitted(sg, ['M01', 'M02', 'M03']);
    const blocked = errorOf(await act(sg, 'acceptApplication', app));
    expect(blocked.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(blocked.message).toContain('M04, M05, M06, M07');
    const notice = await step(sg, 'requestSupplement', app, { note: '请补齐' });
    expect(notice.status).toBe('SUPPLEMENT_REQUESTED');
    expect(notice.supplementNotice.missingMaterialCodes).toEqual(['M04', 'M05', 'M06', 'M07']);
    expect(notice.dueDate).toBeNull(); // the acceptance clock stops
    const twice = errorOf(await act(sg, 'requestSupplement', notice, { note: '再补' }));
    expect(twice.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(twice.extensions.allowed).not.toContain('SUPPLEMENT_REQUESTED');
    const supplied = await step(
      sg,
      'submitMaterials',
      notice,
      { materials: ['M04', 'M05', 'M06', 'M07'].map((code) => ({ code, channel: 'PHOTO_TO_OFFICER' })) },
      'ADMIN',
    );
    const accepted = await step(sg, 'acceptApplication', supplied);
    expect(accepted.status).toBe('ACCEPTED');
  });

  it('not accepted and denied need their reasons; withdrawal only before a decision', async () => {
    const a = await submitted(sg, ALL);
    expect(errorOf(await act(sg, 'refuseApplication', a, { reason: '' })).code).toBe('BAD_USER_INPUT');
    const refused = await step(sg, 'refuseApplication', a, { reason: '不属于本机关职权范围' });
    expect(refused).toMatchObject({ status: 'NOT_ACCEPTED', statusLabel: '不予受理' });
    expect(refused.timeline.at(-1).reason).toBe('不属于本机关职权范围');

    let b = await submitted(sg, ALL);
    b = await step(sg, 'startReview', await step(sg, 'acceptApplication', b));
    const noBasis = errorOf(await act(sg, 'denyApplication', b, { reason: '安全条件不符合' }));
    expect(noBasis.code).toBe('BAD_USER_INPUT');
    const denied = await step(sg, 'denyApplication', b, { reason: '安全条件不符合', legalBasis: '《危险化学品安全管理条例》第五十条' });
    expect(denied.status).toBe('DENIED');
    expect(errorOf(await act(sg, 'withdrawApplication', denied, { reason: '撤回' })).code).toBe('ILLEGAL_STATE_TRANSITION');
    // materials after a decision, a time limit extended after it: not in a state that allows this (was BAD_USER_INPUT)
    expect(errorOf(await act(sg, 'submitMaterials', denied, { materials: [{ code: 'M01', channel: 'ONLINE' }] }))).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      extensions: { from: 'DENIED' },
      message: expect.stringContaining('materials can no longer be handed in'),
    });
    expect(errorOf(await act(sg, 'extendDecisionDeadline', denied, { reason: '延期', approvedBy: '局长' })).code).toBe('ILLEGAL_STATE_TRANSITION');

    const c = await submitted(sg, ALL);
    const withdrawn = await step(
      sg,
      'withdrawApplication',
      c,
      { reason: '计划调整' },
      { role: 'ENTERPRISE', enterpriseId: c.id && (await enterpriseOf(c.id)) },
    );
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.timeline.at(-1).actor.role).toBe('ENTERPRISE');
  });

  async function enterpriseOf(id: string): Promise<string> {
    return dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { enterprise { id } } }`, { id })).application.enterprise.id;
  }

  it('deems an application accepted when nobody acted within 5 working days, once (processDeadlines is idempotent)', async () => {
    const app = await submitted(sg, ['M01', 'M02', 'M03']);
    const asOf = new Date(Date.now() + 12 * 86_400_000).toISOString();
    const run = dataOf(
      await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { deemedAccepted commitmentsLapsed newlyOverdue } }`, { asOf }, 'POLICE'),
    ).processDeadlines;
    expect(run.deemedAccepted).toBeGreaterThanOrEqual(1);
    const after = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { ${APP_FIELDS} submittedAt } }`, { id: app.id })).application;
    expect(after).toMatchObject({ status: 'ACCEPTED', deemedAccepted: true });
    expect(after.acceptedAt).toBe(after.submittedAt);
    expect(after.timeline.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'ACCEPTED', reason: expect.stringContaining('视为受理') });
    const rerun = dataOf(
      await sg.query(
        `mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { deemedAccepted commitmentsLapsed newlyOverdue supervisionCasesOpened } }`,
        { asOf },
        'ADMIN',
      ),
    ).processDeadlines;
    expect(rerun).toEqual({ deemedAccepted: 0, commitmentsLapsed: 0, newlyOverdue: 0, supervisionCasesOpened: 0 });
    expect(errorOf(await sg.query(`mutation { processDeadlines { deemedAccepted } }`, {}, 'ANALYST')).code).toBe('FORBIDDEN');
  });

  it('creating an application costs 1 database round trip (the insert; the item catalogue is shared), submitting it 2 (application, one conditional write)', async () => {
    dataOf(await sg.query(`query ($id: ID!) { approvalItem(id: $id) { id } }`, { id: ITEM(1) }));
    sg.db.roundTrips.reset();
    const created = dataOf(
      await sg.query(`mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`, {
        input: { itemId: ITEM(1), enterpriseId: E(7), applicantContact: { name: '往返', phone: '13800001111' } },
      }),
    ).createApplication;
    expect(Object.fromEntries(sg.db.roundTrips.byCommand)).toEqual({ insert: 1 });
    sg.db.roundTrips.reset();
    dataOf(
      await sg.query(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { status } }`, { id: created.id, v: created.version }),
    );
    expect(Object.fromEntries(sg.db.roundTrips.byCommand)).toEqual({ find: 1, findAndModify: 1 });
  });

  it('two officers racing to approve the same application: exactly one wins, the other gets CONFLICT', async () => {
    let app = await submitted(sg, ALL);
    app = await step(sg, 'startReview', await step(sg, 'acceptApplication', app));
    const results = await Promise.all([
      act(sg, 'approveApplication', app),
      act(sg, 'denyApplication', app, { reason: '不符合', legalBasis: '条例' }),
      act(sg, 'approveApplication', app, undefined, 'ADMIN'),
    ]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => errorOf(r).code)).toEqual(['CONFLICT', 'CONFLICT']);
    const final = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { status version timeline { to } } }`, { id: app.id })).application;
    expect(final.timeline.filter((t: any) => t.to === 'APPROVED' || t.to === 'DENIED')).toHaveLength(1);
    expect(final.version).toBe(app.version + 1);
  });

  it('records visits, flags more than one, extends the time limit once and pauses it for special procedures', async () => {
    let app = await submitted(sg, ALL);
    app = await step(sg, 'recordVisit', app, { purpose: '窗口提交材料' });
    expect(app).toMatchObject({ inPersonVisitCount: 1, multipleVisits: false });
    app = await step(sg, 'recordVisit', app, { purpose: '补交原件' });
    expect(app).toMatchObject({ inPersonVisitCount: 2, multipleVisits: true });
    app = await step(sg, 'acceptApplication', app);
    const due0 = new Date(app.decisionDueDate).getTime();
    app = await step(sg, 'extendDecisionDeadline', app, { reason: '情况复杂', approvedBy: '分管副局长' });
    expect(new Date(app.decisionDueDate).getTime()).toBeGreaterThanOrEqual(due0 + 14 * 86_400_000);
    // not in a state that allows it: ILLEGAL_STATE_TRANSITION (was BAD_USER_INPUT)
    expect(errorOf(await act(sg, 'extendDecisionDeadline', app, { reason: '再延', approvedBy: '局长' }))).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      message: expect.stringContaining('already extended once'),
    });
    expect(errorOf(await act(sg, 'endSpecialProcedure', app))).toMatchObject({
      code: 'ILLEGAL_STATE_TRANSITION',
      message: expect.stringContaining('no special procedure is running'),
    });
    const start = new Date(Date.now() - 86_400_000 * 0).toISOString();
    app = await step(sg, 'startSpecialProcedure', app, { kind: 'EXPERT_REVIEW', reason: '专家评审', at: start });
    const ended = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const res = dataOf(
      await sg.query(
        `mutation ($id: ID!, $v: Int!, $at: DateTime) { endSpecialProcedure(id: $id, expectedVersion: $v, at: $at) { decisionDueDate specialProcedures { kindLabel workingDays endedAt } } }`,
        { id: app.id, v: app.version, at: ended },
      ),
    ).endSpecialProcedure;
    expect(res.specialProcedures[0].kindLabel).toBe('专家评审');
    expect(res.specialProcedures[0].workingDays).toBeGreaterThanOrEqual(8);
    expect(new Date(res.decisionDueDate).getTime()).toBeGreaterThan(new Date(app.decisionDueDate).getTime() + 10 * 86_400_000);
    const flagged = dataOf(await sg.query(`{ applications(filter: { multipleVisits: true }, first: 100) { edges { node { id } } } }`)).applications.edges.map(
      (e: any) => e.node.id,
    );
    expect(flagged).toContain(app.id);
  });
});
