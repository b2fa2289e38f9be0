import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { act, dataOf, E, ESSENTIAL, errorOf, OPTIONAL, step, submitted } from './helpers';

const ALL = [...ESSENTIAL, ...OPTIONAL];
const CASES = `query ($id: ID!) { supervisionCases(filter: { applicationId: $id }) { totalCount edges { node { id trigger triggerLabel status version dueDate enterprise { id } } } } }`;

describe('“办不成事” supervision, 好差评 evaluations, enterprise scope and statistics', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('opens a supervision case once when an application is not accepted or denied, and works it through to archive', async () => {
    const a = await submitted(sg, ALL, 21);
    await step(sg, 'refuseApplication', a, { reason: '不属于本机关职权范围' });
    const [c] = dataOf(await sg.query(CASES, { id: a.id })).supervisionCases.edges.map((e: any) => e.node);
    expect(c).toMatchObject({ trigger: 'NOT_ACCEPTED', triggerLabel: '不予受理', status: 'OPEN', enterprise: { id: E(21) } });
    // the unique key application+trigger: opening again is a no-op
    await sg.models.SupervisionCase.syncIndexes();
    const { openAutomaticCase } = await import('../src/services/supervision');
    const doc = await sg.models.Application.findById(a.id).lean();
    expect(await openAutomaticCase(sg.models, doc!, 'NOT_ACCEPTED', 'again', { subject: 's', role: 'ADMIN', at: new Date() })).toBe(0);
    expect(dataOf(await sg.query(CASES, { id: a.id })).supervisionCases.totalCount).toBe(1);

    const advance = (id: string, v: number, input: unknown, caller: any = 'POLICE') =>
      sg.query(
        `mutation ($id: ID!, $v: Int!, $input: AdvanceSupervisionCaseInput!) { advanceSupervisionCase(id: $id, expectedVersion: $v, input: $input) { status version classificationLabel dueDate escalated closed { role } } }`,
        { id, v, input },
        caller,
      );
    expect(errorOf(await advance(c.id, c.version, { action: 'INVESTIGATE' })).extensions.field).toBe('input.classification');
    expect(errorOf(await advance(c.id, c.version, { action: 'RECTIFY' })).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(errorOf(await advance(c.id, c.version, { action: 'INVESTIGATE', classification: 'COMPLEX' }, 'ANALYST')).code).toBe('FORBIDDEN');
    const investigating = dataOf(await advance(c.id, c.version, { action: 'INVESTIGATE', classification: 'COMPLEX' })).advanceSupervisionCase;
    expect(investigating).toMatchObject({ status: 'INVESTIGATING', classificationLabel: '复杂', escalated: false });
    expect(errorOf(await advance(c.id, investigating.version, { action: 'RECTIFY', finding: '告知不清' })).extensions.field).toBe('input.responsibleParty');
    const rectified = dataOf(
      await advance(c.id, investigating.version, {
        action: 'RECTIFY',
        finding: '窗口告知不清',
        responsibleParty: '工作站窗口',
        rectification: '统一告知口径',
        feedback: '已电话反馈企业',
      }),
    ).advanceSupervisionCase;
    expect(rectified).toMatchObject({ status: 'RECTIFIED', closed: { role: 'POLICE' } });
    const archived = dataOf(await advance(c.id, rectified.version, { action: 'ARCHIVE' })).advanceSupervisionCase;
    expect(archived.status).toBe('ARCHIVED');

    let b = await submitted(sg, ALL, 22);
    b = await step(sg, 'startReview', await step(sg, 'acceptApplication', b));
    await step(sg, 'denyApplication', b, { reason: '安全条件不符合', legalBasis: '条例第五十条' });
    const denied = dataOf(await sg.query(CASES, { id: b.id })).supervisionCases.edges.map((e: any) => e.node);
    expect(denied).toEqual([expect.objectContaining({ trigger: 'DENIED', status: 'OPEN' })]);
  });

  it('opens an OVERDUE case once for a decision past its due date, lists overdue applications and cases', async () => {
    const a = await step(sg, 'acceptApplication', await submitted(sg, ALL, 23));
    const asOf = new Date(Date.now() + 60 * 86_400_000).toISOString();
    const overdue = dataOf(
      await sg.query(`query ($asOf: DateTime) { overdueApplications(asOf: $asOf, first: 100) { edges { node { id } } } }`, { asOf }),
    ).overdueApplications.edges.map((e: any) => e.node.id);
    expect(overdue).toContain(a.id);
    const now = dataOf(await sg.query(`{ overdueApplications(first: 100) { edges { node { id } } } }`)).overdueApplications.edges.map((e: any) => e.node.id);
    expect(now).not.toContain(a.id);
    const run = dataOf(
      await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { newlyOverdue supervisionCasesOpened } }`, { asOf }, 'ADMIN'),
    ).processDeadlines;
    expect(run.newlyOverdue).toBeGreaterThanOrEqual(1);
    await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { newlyOverdue } }`, { asOf }, 'ADMIN');
    const cases = dataOf(await sg.query(CASES, { id: a.id })).supervisionCases;
    expect(cases.edges.map((e: any) => e.node.trigger)).toEqual(['OVERDUE']);
    const lateCasesOf = async (at: string) =>
      dataOf(
        await sg.query(
          `query ($asOf: DateTime, $e: ID) { supervisionCases(filter: { overdueAsOf: $asOf, enterpriseId: $e }, first: 100) { edges { node { id } } } }`,
          { asOf: at, e: E(23) },
        ),
      ).supervisionCases.edges.map((e: any) => e.node.id);
    // a complex case is due in 5 working days: late 60 days from now, not yet today
    expect(await lateCasesOf(new Date(Date.now() + 90 * 86_400_000).toISOString())).toContain(cases.edges[0].node.id);
    expect(await lateCasesOf(new Date().toISOString())).not.toContain(cases.edges[0].node.id);
  });

  it('a deadline run interrupted between its two steps of an overdue application is completed by the next run (the case opened once)', async () => {
    const a = await step(sg, 'acceptApplication', await submitted(sg, ALL, 24));
    const asOf = new Date(Date.now() + 60 * 86_400_000);
    // the crash: one step written (the overdue mark), the process dies before the other
    await sg.models.Application.updateOne({ _id: a.id, overdueAt: null }, { $set: { overdueAt: asOf }, $inc: { version: 1 } });
    expect(dataOf(await sg.query(CASES, { id: a.id })).supervisionCases.totalCount).toBe(0);
    await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { newlyOverdue } }`, { asOf: asOf.toISOString() }, 'ADMIN');
    const cases = dataOf(await sg.query(CASES, { id: a.id })).supervisionCases;
    expect(cases.edges.map((e: any) => e.node.trigger)).toEqual(['OVERDUE']);
    // and the other way round: the case opened, the mark not yet — the next run marks it, no second case
    const b = await step(sg, 'acceptApplication', await submitted(sg, ALL, 25));
    const { openAutomaticCase } = await import('../src/services/supervision');
    const doc = await sg.models.Application.findById(b.id).lean();
    expect(await openAutomaticCase(sg.models, doc!, 'OVERDUE', 'interrupted', { subject: 's', role: 'ADMIN', at: new Date() })).toBe(1);
    await sg.query(`mutation ($asOf: DateTime) { processDeadlines(asOf: $asOf) { newlyOverdue } }`, { asOf: asOf.toISOString() }, 'ADMIN');
    expect(dataOf(await sg.query(CASES, { id: b.id })).supervisionCases.totalCount).toBe(1);
    expect((await sg.models.Application.findById(b.id).lean())!.overdueAt).toEqual(asOf);
  });

  it('an enterprise reports an unresolved matter for itself only', async () => {
    const own = await sg.query(
      `mutation ($input: ReportUnresolvedMatterInput!) { reportUnresolvedMatter(input: $input) { trigger status enterprise { id } opened { role } } }`,
      { input: { enterpriseId: E(30), description: '消防与特行许可衔接不畅' } },
      { role: 'ENTERPRISE', enterpriseId: E(30) },
    );
    expect(dataOf(own).reportUnresolvedMatter).toMatchObject({
      trigger: 'ENTERPRISE_REPORT',
      status: 'OPEN',
      enterprise: { id: E(30) },
      opened: { role: 'ENTERPRISE' },
    });
    const other = await sg.query(
      `mutation ($input: ReportUnresolvedMatterInput!) { reportUnresolvedMatter(input: $input) { trigger } }`,
      { input: { enterpriseId: E(31), description: 'x' } },
      { role: 'ENTERPRISE', enterpriseId: E(30) },
    );
    expect(errorOf(other).code).toBe('FORBIDDEN');
  });

  it('evaluation: rated after a decision, once; a bad rating is called back and rectified; an officer may appeal', async () => {
    const draftLike = await submitted(sg, ALL, 40);
    const early = await sg.query(
      `mutation ($id: ID!) { evaluateApplication(applicationId: $id, input: { rating: SATISFIED }) { id } }`,
      { id: draftLike.id },
      { role: 'ENTERPRISE', enterpriseId: E(40) },
    );
    expect(errorOf(early)).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', message: expect.stringContaining('can be rated after a decision') });
    const decided = await step(sg, 'approveApplication', await step(sg, 'startReview', await step(sg, 'acceptApplication', draftLike)));
    const rate = (rating: string, caller: any = { role: 'ENTERPRISE', enterpriseId: E(40) }) =>
      sg.query(
        `mutation ($id: ID!, $r: EvaluationRating!) { evaluateApplication(applicationId: $id, input: { rating: $r, comment: "等了很久" }) { id version rating ratingLabel bad followUpStatus rectificationDueDate } }`,
        { id: decided.id, r: rating },
        caller,
      );
    // another enterprise's application does not exist for it (READ_POLICY)
    expect(errorOf(await rate('SATISFIED', { role: 'ENTERPRISE', enterpriseId: E(41) })).code).toBe('NOT_FOUND');
    const bad = dataOf(await rate('VERY_DISSATISFIED')).evaluateApplication;
    expect(bad).toMatchObject({ ratingLabel: '非常不满意', bad: true, followUpStatus: 'AWAITING_CALL_BACK' });
    expect(new Date(bad.rectificationDueDate).getTime()).toBeGreaterThan(Date.now() + 18 * 86_400_000); // 15 working days
    expect(errorOf(await rate('SATISFIED')).code).toBe('CONFLICT');
    const follow = (v: number, action: string, note: string) =>
      sg.query(
        `mutation ($id: ID!, $v: Int!, $a: EvaluationFollowUpAction!, $n: String!) { followUpEvaluation(id: $id, expectedVersion: $v, input: { action: $a, note: $n }) { version followUpStatus followUpStatusLabel callBackNote answer } }`,
        { id: bad.id, v, a: action, n: note },
        'POLICE',
      );
    expect(errorOf(await follow(bad.version, 'RECTIFY', '已整改')).code).toBe('ILLEGAL_STATE_TRANSITION');
    const called = dataOf(await follow(bad.version, 'CALL_BACK', '已回访')).followUpEvaluation;
    expect(called).toMatchObject({ followUpStatus: 'AWAITING_RECTIFICATION', callBackNote: '已回访' });
    const fixed = dataOf(await follow(called.version, 'RECTIFY', '优化告知流程')).followUpEvaluation;
    expect(fixed).toMatchObject({ followUpStatus: 'RECTIFIED', followUpStatusLabel: '已整改', answer: '优化告知流程' });
    const viaApp = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { evaluation { rating followUpStatus } } }`, { id: decided.id })).application;
    expect(viaApp.evaluation).toEqual({ rating: 'VERY_DISSATISFIED', followUpStatus: 'RECTIFIED' });
  });

  it('an ENTERPRISE caller sees only its own applications, evaluations and cases; its own applicant contacts in the clear, masked for analysts', async () => {
    const mine = { role: 'ENTERPRISE' as const, enterpriseId: E(1) };
    const list = dataOf(
      await sg.query(`{ applications(first: 100) { totalCount edges { node { id enterprise { id } applicantContact { name phone } } } } }`, {}, mine),
    ).applications;
    expect(list.totalCount).toBeGreaterThan(0);
    expect(new Set(list.edges.map((e: any) => e.node.enterprise.id))).toEqual(new Set([E(1)]));
    expect(list.edges[0].node.applicantContact.phone).toMatch(/^1\d{10}$/);
    const analyst = dataOf(await sg.query(`{ applications(first: 1) { edges { node { applicantContact { phone } } } } }`, {}, 'ANALYST')).applications;
    expect(analyst.edges[0].node.applicantContact.phone).toMatch(/\*/);
    const all = dataOf(await sg.query(`{ applications(first: 1) { totalCount edges { node { applicantContact { phone } } } } }`, {}, 'POLICE')).applications;
    expect(all.totalCount).toBeGreaterThan(list.totalCount);
    expect(all.edges[0].node.applicantContact.phone).toMatch(/^1\d{10}$/);
    const foreignId = dataOf(
      await sg.query(`query ($e: ID!) { applications(filter: { enterpriseId: $e }, first: 1) { edges { node { id } } } }`, { e: E(2) }, 'POLICE'),
    ).applications.edges[0].node.id;
    expect(dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { id } }`, { id: foreignId }, mine)).application).toBeNull();
    const ent = dataOf(
      await sg.query(
        `{ _entities(representations: [{ __typename: "Enterprise", id: "${E(2)}" }, { __typename: "Enterprise", id: "${E(1)}" }]) { ... on Enterprise { applications(first: 2) { id } } } }`,
        {},
        mine,
      ),
    )._entities;
    expect(ent[0]).toBeNull(); // another enterprise does not exist for this caller
    expect(ent[1].applications.length).toBeGreaterThan(0);
    // these lists are checked with an enterprise that has both an evaluation and a supervision case in the demo data
    const enterprisesIn = async (list: string) =>
      new Set<string>(
        dataOf(await sg.query(`{ ${list}(first: 100) { edges { node { enterprise { id } } } } }`, {}, 'POLICE'))[list].edges.map(
          (e: any) => e.node.enterprise.id,
        ),
      );
    const rated = await enterprisesIn('evaluations');
    const both = [...(await enterprisesIn('supervisionCases'))].find((id) => rated.has(id))!;
    expect(both).toBeTruthy();
    const withCases = { role: 'ENTERPRISE' as const, enterpriseId: both };
    for (const list of ['evaluations', 'supervisionCases']) {
      const nodes = dataOf(await sg.query(`{ ${list}(first: 100) { edges { node { enterprise { id } } } } }`, {}, withCases))[list].edges;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((e: any) => e.node.enterprise.id === both)).toBe(true);
    }
    expect(errorOf(await act(sg, 'acceptApplication', { id: foreignId, version: 1 }, undefined, 'ANALYST')).code).toBe('FORBIDDEN');
  });
});
