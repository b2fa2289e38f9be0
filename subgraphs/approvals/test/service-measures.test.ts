import { Types } from 'mongoose';
import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { catalogue, measures } from '../src/seed/catalogue';
import { APP_FIELDS, dataOf, E, errorOf, ESSENTIAL, OPTIONAL, step, submitted } from './helpers';

const ALL = [...ESSENTIAL, ...OPTIONAL];
const visit = (sg: any, app: { id: string; version: number }, purpose = '窗口提交材料') =>
  sg.query(
    `mutation ($id: ID!, $v: Int!, $input: RecordVisitInput!) { recordVisit(id: $id, expectedVersion: $v, input: $input) { ${APP_FIELDS} } }`,
    { id: app.id, v: app.version, input: { purpose } },
    'POLICE',
  );

/**
 * 最多跑一次 defended and the measures measured (issue 13 item 3), on-time against both limits (item 1):
 * on a database holding only the catalogue, so every figure is known exactly.
 */
describe('最多跑一次, on-time against both limits, measured service measures', () => {
  const sg = useTestSubgraph(approvalsSubgraph);

  beforeAll(async () => {
    await sg.models.ApprovalItem.insertMany(catalogue());
    await sg.models.ServiceMeasure.insertMany(measures());
  });

  const casesOf = (id: string) => sg.models.SupervisionCase.find({ applicationId: new Types.ObjectId(id), trigger: 'MULTIPLE_VISITS' }).lean();

  it('a second in-person visit opens one automatic 办不成事 case (多次跑动); a third opens no other', async () => {
    let app = await submitted(sg, ALL, 103);
    app = dataOf(await visit(sg, app)).recordVisit;
    expect(app).toMatchObject({ inPersonVisitCount: 1, multipleVisits: false });
    expect(await casesOf(app.id)).toHaveLength(0);
    app = dataOf(await visit(sg, app, '补交材料原件')).recordVisit;
    expect(app).toMatchObject({ inPersonVisitCount: 2, multipleVisits: true });
    const [opened] = await casesOf(app.id);
    expect(opened).toMatchObject({ status: 'OPEN', enterpriseId: new Types.ObjectId(E(103)) });
    expect(opened.description).toContain('最多跑一次');
    app = dataOf(await visit(sg, app, '第三次')).recordVisit;
    expect(app.inPersonVisitCount).toBe(3);
    expect(await casesOf(app.id)).toHaveLength(1);
    const listed = dataOf(
      await sg.query(`{ supervisionCases(filter: { trigger: MULTIPLE_VISITS }) { edges { node { trigger triggerLabel application { id } } } } }`, {}, 'POLICE'),
    ).supervisionCases.edges.map((e: any) => e.node);
    expect(listed).toContainEqual({ trigger: 'MULTIPLE_VISITS', triggerLabel: '多次跑动', application: { id: app.id } });
  });

  it('concurrent second visits open exactly one case: one write wins, the others are CONFLICT', async () => {
    let app = await submitted(sg, ALL, 104);
    app = dataOf(await visit(sg, app)).recordVisit;
    const results = await Promise.all([1, 2, 3, 4].map(() => visit(sg, app, '同时登记')));
    const won = results.filter((r: any) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r: any) => r.errors).map((r: any) => errorOf(r).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await casesOf(app.id)).toHaveLength(1);
    const after = await sg.models.Application.findById(app.id).lean();
    expect(after).toMatchObject({ inPersonVisitCount: 2, multipleVisits: true });
  });

  it('on time against both limits: within the statutory limit but past the promise is on time, not within the promise', async () => {
    await sg.models.Application.deleteMany({});
    const decide = async (enterprise: number, pastPromise: boolean) => {
      let app = await step(sg, 'acceptApplication', await submitted(sg, ALL, enterprise));
      // time passes: the promised limit (5 working days) is behind us, the statutory one (20) is not
      if (pastPromise) await sg.models.Application.updateOne({ _id: new Types.ObjectId(app.id) }, { $set: { promisedDueDate: new Date(Date.now() - 60_000) } });
      app = await step(sg, 'startReview', app);
      return step(sg, 'approveApplication', app);
    };
    const late = await decide(105, true);
    await decide(106, false);
    const detail = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { decidedOnTime decidedWithinPromise } }`, { id: late.id })).application;
    expect(detail).toEqual({ decidedOnTime: true, decidedWithinPromise: false });
    const stats = dataOf(
      await sg.query(
        `{ approvalStatistics { onTimeRate withinPromiseRate itemPerformance { item { code } statutoryMeasured promiseMeasured onTimeRate withinPromiseRate }
           measureIndicators { measureNumber name sampleSize achieved rate target met } } }`,
        {},
        'ANALYST',
      ),
    ).approvalStatistics;
    expect(stats.onTimeRate).toBe(1);
    expect(stats.withinPromiseRate).toBe(0.5);
    expect(stats.itemPerformance).toEqual([{ item: { code: 'GA-ZA-001' }, statutoryMeasured: 2, promiseMeasured: 2, onTimeRate: 1, withinPromiseRate: 0.5 }]);
    const seven = stats.measureIndicators.find((m: any) => m.measureNumber === 7);
    expect(seven).toMatchObject({ name: '承诺时限办结率', sampleSize: 2, achieved: 1, rate: 0.5, met: false });
  });

  it('measures #2 (≤ 1 visit), #4 (容缺 on time) and #23 (response within 24 h) are computed; the others say why not', async () => {
    await sg.models.Application.deleteMany({});
    await sg.models.SupervisionCase.deleteMany({});
    // two decided applications, one with two visits
    for (const [enterprise, visits] of [
      [107, 1],
      [108, 2],
    ]) {
      let app = await submitted(sg, ALL, enterprise);
      for (let v = 0; v < visits; v++) app = dataOf(await visit(sg, app)).recordVisit;
      await step(sg, 'approveApplication', await step(sg, 'startReview', await step(sg, 'acceptApplication', app)));
    }
    // two enterprise reports: one answered at once (first action), one left unanswered for two days
    const report = async (enterprise: number) =>
      dataOf(
        await sg.query(
          `mutation ($input: ReportUnresolvedMatterInput!) { reportUnresolvedMatter(input: $input) { id version firstResponseAt } }`,
          { input: { enterpriseId: E(enterprise), description: '办理进度查询不到' } },
          { role: 'ENTERPRISE', enterpriseId: E(enterprise) },
        ),
      ).reportUnresolvedMatter;
    const answered = await report(107);
    expect(answered.firstResponseAt).toBeNull();
    const advance = (c: any, input: object) =>
      sg.query(
        `mutation ($id: ID!, $v: Int!, $input: AdvanceSupervisionCaseInput!) { advanceSupervisionCase(id: $id, expectedVersion: $v, input: $input) { id version firstResponseAt } }`,
        { id: c.id, v: c.version, input },
        'POLICE',
      );
    const investigating = dataOf(await advance(answered, { action: 'INVESTIGATE', classification: 'SIMPLE' })).advanceSupervisionCase;
    expect(investigating.firstResponseAt).toBeTruthy();
    const rectified = dataOf(
      await advance(investigating, { action: 'RECTIFY', finding: '系统故障', responsibleParty: '工作站', rectification: '已修复', feedback: '已告知' }),
    ).advanceSupervisionCase;
    expect(rectified.firstResponseAt).toBe(investigating.firstResponseAt); // the first action stays the response
    const ignored = await report(108);
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await sg.models.SupervisionCase.updateOne({ _id: new Types.ObjectId(ignored.id) }, { $set: { openedAt: twoDaysAgo } });
    await report(109); // still within its 24 hours, unanswered: not counted yet
    const { serviceMeasures } = dataOf(
      await sg.query(
        `{ serviceMeasures { number indicator { measureNumber definition target sampleSize achieved rate met periodFrom periodTo } indicatorUnavailableReason } }`,
        {},
        'POLICE',
      ),
    );
    const byNumber = new Map(serviceMeasures.map((m: any) => [m.number, m]));
    expect((byNumber.get(2) as any).indicator).toMatchObject({ sampleSize: 2, achieved: 1, rate: 0.5, target: 0.95, met: false });
    expect((byNumber.get(23) as any).indicator).toMatchObject({ sampleSize: 2, achieved: 1, rate: 0.5, target: 1 });
    expect((byNumber.get(23) as any).indicator.definition).toContain('24小时');
    expect((byNumber.get(4) as any).indicator).toMatchObject({ sampleSize: 0, rate: null, met: null });
    for (const measured of [2, 4, 7, 23]) expect((byNumber.get(measured) as any).indicatorUnavailableReason).toBeNull();
    expect(byNumber.get(1) as any).toMatchObject({ indicator: null });
    expect((byNumber.get(1) as any).indicatorUnavailableReason).toBeTruthy();
    expect(serviceMeasures.filter((m: any) => m.indicator).map((m: any) => m.number)).toEqual([2, 4, 7, 23]);
    // READ_POLICY scopes the figures: an enterprise's are its own records only
    const own = dataOf(
      await sg.query(`{ serviceMeasures { number indicator { sampleSize achieved } } }`, {}, { role: 'ENTERPRISE', enterpriseId: E(107) }),
    ).serviceMeasures;
    expect(own.find((m: any) => m.number === 2).indicator).toEqual({ sampleSize: 1, achieved: 1 });
    expect(own.find((m: any) => m.number === 23).indicator).toEqual({ sampleSize: 1, achieved: 1 });
  });
});
