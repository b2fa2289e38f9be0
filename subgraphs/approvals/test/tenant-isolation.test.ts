import { Types } from 'mongoose';
import { useTestSubgraph, type TestCaller } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { markBrokenCommitment } from '../src/services/credit';
import { dataOf, E, ESSENTIAL, errorOf, OPTIONAL, step, submitted } from './helpers';

const ALL = [...ESSENTIAL, ...OPTIONAL];
/** Two demo enterprises: the caller's (X) and another (Y). */
const X = E(101);
const Y = E(102);
const asX: TestCaller = { role: 'ENTERPRISE', enterpriseId: X, name: '王经理' };
const FAR = new Date(Date.now() + 400 * 86_400_000).toISOString();

interface World {
  approved: string;
  pending: string;
  submittedApp: { id: string; version: number };
  evaluation: string;
  supervisionCase: string;
}

/**
 * Tenant isolation (issue 11 items 1 and 6): the records of another enterprise do not exist for an
 * ENTERPRISE caller — on every root list, nested list, lookup by id, `_entities` reference, count and
 * statistic, and for mutations on them (NOT_FOUND exactly as for an id that does not exist).
 */
describe('an ENTERPRISE caller of enterprise X never sees enterprise Y’s approval records', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });
  const world: Record<string, World> = {};

  beforeAll(async () => {
    for (const [n, enterprise] of [
      [101, X],
      [102, Y],
    ] as const) {
      const decided = await step(sg, 'approveApplication', await step(sg, 'startReview', await step(sg, 'acceptApplication', await submitted(sg, ALL, n))));
      const evaluation = dataOf(
        await sg.query(
          `mutation ($id: ID!) { evaluateApplication(applicationId: $id, input: { rating: VERY_DISSATISFIED }) { id } }`,
          { id: decided.id },
          { role: 'ENTERPRISE', enterpriseId: enterprise },
        ),
      ).evaluateApplication.id;
      const pending = await step(sg, 'acceptApplication', await submitted(sg, ALL, n));
      const refused = await step(sg, 'refuseApplication', await submitted(sg, ALL, n), { reason: '不属于本机关职权范围' });
      const cases = dataOf(
        await sg.query(`query ($id: ID!) { supervisionCases(filter: { applicationId: $id }) { edges { node { id } } } }`, { id: refused.id }, 'POLICE'),
      ).supervisionCases.edges;
      const submittedApp = await submitted(sg, ['M01'], n);
      await markBrokenCommitment(sg.models, { _id: new Types.ObjectId(), enterpriseId: new Types.ObjectId(enterprise) }, new Date());
      world[enterprise] = { approved: decided.id, pending: pending.id, submittedApp, evaluation, supervisionCase: cases[0].node.id };
    }
  });

  const idsOf = (connection: any) => connection.edges.map((e: any) => e.node.id);

  it.each([
    ['applications', `{ applications(first: 100) { totalCount edges { node { id enterprise { id } } } } }`],
    ['overdueApplications', `{ overdueApplications(asOf: "${FAR}", first: 100) { totalCount edges { node { id enterprise { id } } } } }`],
    ['supervisionCases', `{ supervisionCases(first: 100) { totalCount edges { node { id enterprise { id } } } } }`],
    ['evaluations', `{ evaluations(first: 100) { totalCount edges { node { id enterprise { id } } } } }`],
  ])('root list %s: only X’s records, and a total that counts only them', async (field, query) => {
    const mine = dataOf(await sg.query(query, {}, asX))[field];
    expect(mine.edges.length).toBeGreaterThan(0);
    expect(new Set(mine.edges.map((e: any) => e.node.enterprise.id))).toEqual(new Set([X]));
    expect(mine.totalCount).toBe(mine.edges.length);
    const all = dataOf(await sg.query(query, {}, 'POLICE'))[field];
    const ofY = all.edges.filter((e: any) => e.node.enterprise.id === Y).map((e: any) => e.node.id);
    expect(ofY.length).toBeGreaterThan(0);
    for (const id of ofY) expect(idsOf(mine)).not.toContain(id);
  });

  it('filtering a root list by Y as X finds nothing (and counts nothing)', async () => {
    for (const field of ['applications', 'supervisionCases', 'evaluations']) {
      const ofY = dataOf(
        await sg.query(`query ($e: ID) { ${field}(filter: { enterpriseId: $e }, first: 100) { totalCount edges { node { id } } } }`, { e: Y }, 'POLICE'),
      )[field];
      expect(ofY.edges.length).toBeGreaterThan(0);
      const asSeenByX = dataOf(
        await sg.query(`query ($e: ID) { ${field}(filter: { enterpriseId: $e }, first: 100) { totalCount edges { node { id } } } }`, { e: Y }, asX),
      )[field];
      expect(asSeenByX).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it('nested: Y’s Enterprise has no applications and no credit mark for X; X’s own nested records are all there', async () => {
    const query = `{ _entities(representations: [{ __typename: "Enterprise", id: "${Y}" }, { __typename: "Enterprise", id: "${X}" }]) {
      ... on Enterprise { id applications(first: 100) { id enterprise { id } evaluation { id } } creditMark { id enterprise { id } } } } }`;
    const police = dataOf(await sg.query(query, {}, 'POLICE'))._entities;
    expect(police[0].applications.length).toBeGreaterThan(0);
    expect(police[0].creditMark).not.toBeNull();
    const [y, x] = dataOf(await sg.query(query, {}, asX))._entities;
    expect(y).toBeNull(); // another tenant's enterprise does not exist for X, as in every subgraph
    expect(x.applications.length).toBeGreaterThan(0);
    expect(x.applications.every((a: any) => a.enterprise.id === X)).toBe(true);
    expect(x.applications.find((a: any) => a.id === world[X].approved).evaluation).toEqual({ id: world[X].evaluation });
    expect(x.creditMark.enterprise.id).toBe(X);
    const viaCase = dataOf(await sg.query(`{ supervisionCases(first: 100) { edges { node { id application { id enterprise { id } } } } } }`, {}, asX))
      .supervisionCases.edges;
    expect(viaCase.find((e: any) => e.node.id === world[X].supervisionCase).node.application.enterprise.id).toBe(X);
    const viaEvaluation = dataOf(await sg.query(`{ evaluations(first: 100) { edges { node { id application { id } } } } }`, {}, asX)).evaluations.edges;
    expect(viaEvaluation.find((e: any) => e.node.id === world[X].evaluation).node.application.id).toBe(world[X].approved);
  });

  it('by id and by reference: Y’s application is null, exactly like an id that does not exist', async () => {
    const missing = new Types.ObjectId().toHexString();
    const lookup = `query ($id: ID!) { application(id: $id) { id } }`;
    expect(dataOf(await sg.query(lookup, { id: world[Y].approved }, 'POLICE')).application).toEqual({ id: world[Y].approved });
    expect(dataOf(await sg.query(lookup, { id: world[X].approved }, asX)).application).toEqual({ id: world[X].approved });
    expect(await sg.query(lookup, { id: world[Y].approved }, asX)).toMatchObject({ data: { application: null } });
    expect(await sg.query(lookup, { id: missing }, asX)).toMatchObject({ data: { application: null } });
    const refs = `{ _entities(representations: [{ __typename: "Application", id: "${world[Y].approved}" }, { __typename: "Application", id: "${missing}" }, { __typename: "Application", id: "${world[X].approved}" }]) { ... on Application { id } } }`;
    expect(dataOf(await sg.query(refs, {}, asX))._entities).toEqual([null, null, { id: world[X].approved }]);
  });

  it('a mutation on Y’s records answers NOT_FOUND exactly as for an id that does not exist (no FORBIDDEN naming the owner)', async () => {
    const missing = new Types.ObjectId().toHexString();
    const foreign = world[Y].submittedApp;
    const same = async (run: (id: string) => Promise<any>, foreignId: string) => {
      const a = errorOf(await run(foreignId));
      const b = errorOf(await run(missing));
      expect(a.code).toBe('NOT_FOUND');
      expect({ ...a, message: a.message.replace(foreignId, '<id>'), extensions: JSON.parse(JSON.stringify(a.extensions).replace(foreignId, '<id>')) }).toEqual({
        ...b,
        message: b.message.replace(missing, '<id>'),
        extensions: JSON.parse(JSON.stringify(b.extensions).replace(missing, '<id>')),
      });
      expect(a.message).not.toContain(Y);
    };
    const byId =
      (mutation: string, extra = '', vars: Record<string, unknown> = {}) =>
      (id: string) =>
        sg.query(`mutation ($id: ID!, $v: Int!${extra ? `, ${extra}` : ''}) { ${mutation} }`, { id, v: foreign.version, ...vars }, asX);
    await same(byId('submitApplication(id: $id, expectedVersion: $v) { id }'), foreign.id);
    await same(byId('withdrawApplication(id: $id, expectedVersion: $v, input: { reason: "x" }) { id }'), foreign.id);
    await same(byId('submitMaterials(id: $id, expectedVersion: $v, input: { materials: [{ code: "M02", channel: ONLINE }] }) { id }'), foreign.id);
    await same(
      (id) => sg.query(`mutation ($id: ID!) { evaluateApplication(applicationId: $id, input: { rating: SATISFIED }) { id } }`, { id }, asX),
      world[Y].approved,
    );
    await same(
      (id) =>
        sg.query(
          `mutation ($input: ReportUnresolvedMatterInput!) { reportUnresolvedMatter(input: $input) { id } }`,
          { input: { enterpriseId: X, applicationId: id, description: '查询不到进度' } },
          asX,
        ),
      world[Y].approved,
    );
    // nothing of Y's changed
    const after = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { status version } }`, { id: foreign.id }, 'POLICE')).application;
    expect(after).toEqual({ status: 'SUBMITTED', version: foreign.version });
  });

  it('statistics count only what the caller may see: a DEPARTMENT of another subgraph gets zeros, the approvals department everything, X its own', async () => {
    const query = `{ approvalStatistics { decidedCount evaluationCount openSupervisionCaseCount byStatus { count } byItem { count } } }`;
    const own = dataOf(await sg.query(query, {}, { role: 'DEPARTMENT', department: 'approvals' })).approvalStatistics;
    expect(own.decidedCount).toBeGreaterThan(0);
    expect(own.evaluationCount).toBeGreaterThan(0);
    expect(own.openSupervisionCaseCount).toBeGreaterThan(0);
    const other = dataOf(await sg.query(query, {}, { role: 'DEPARTMENT', department: 'enterprises' })).approvalStatistics;
    expect(other).toMatchObject({ decidedCount: 0, evaluationCount: 0, openSupervisionCaseCount: 0, byItem: [] });
    expect(other.byStatus.every((row: any) => row.count === 0)).toBe(true);
    // X reads statistics of its own records only (the analysts' contract: every reader of the list, same scope)
    const mine = dataOf(await sg.query(query, {}, asX)).approvalStatistics;
    const xs = dataOf(
      await sg.query(query.replace('approvalStatistics', `approvalStatistics(filter: { enterpriseId: "${X}" })`), {}, 'POLICE'),
    ).approvalStatistics;
    expect(mine).toEqual(xs);
    expect(mine.decidedCount).toBeGreaterThan(0);
  });

  it('PII: X sees its own applicant contacts in the clear; names of who acted (ActorStamp, Staff) are masked for it and for analysts', async () => {
    const police: TestCaller = { role: 'POLICE', name: '李建国', officerId: new Types.ObjectId().toHexString() };
    const created = dataOf(
      await sg.query(
        `mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`,
        {
          input: {
            itemId: (await sg.models.ApprovalItem.findOne().lean())!._id.toHexString(),
            enterpriseId: X,
            applicantContact: { name: '张伟', phone: '13800001111' },
          },
        },
        police,
      ),
    ).createApplication;
    await step(sg, 'submitApplication', created, undefined, asX);
    const query = `query ($id: ID!) { application(id: $id) { applicantContact { name phone } timeline { actor { role name } } } }`;
    const seen = (caller: TestCaller) => sg.query(query, { id: created.id }, caller).then((r) => dataOf(r).application);
    const byX = await seen(asX);
    expect(byX.applicantContact).toEqual({ name: '张伟', phone: '13800001111' });
    expect(byX.timeline.map((t: any) => t.actor)).toEqual([
      { role: 'POLICE', name: expect.stringMatching(/^李\*+$/) },
      // its own user who submitted it: a person of X, clear to X (PII_POLICY Enterprise, ownEnterprise)
      { role: 'ENTERPRISE', name: '王经理' },
    ]);
    const byPolice = await seen('POLICE');
    expect(byPolice.timeline.map((t: any) => t.actor.name)).toEqual(['李建国', '王经理']);
    const byAnalyst = await seen('ANALYST');
    expect(byAnalyst.applicantContact.phone).toMatch(/\*/);
    expect(byAnalyst.timeline.map((t: any) => t.actor.name)).toEqual([expect.stringMatching(/^李\*+$/), expect.stringMatching(/^王\*+$/)]);
    const byOtherEnterprise = await sg.query(query, { id: created.id }, { role: 'ENTERPRISE', enterpriseId: Y });
    expect(byOtherEnterprise).toMatchObject({ data: { application: null } });

    // who cleared X's credit mark, who extended a time limit and who approved it: staff names, masked for X
    const mark = `{ _entities(representations: [{ __typename: "Enterprise", id: "${X}" }]) { ... on Enterprise { creditMark { version cleared { name } } } } }`;
    const { version } = dataOf(await sg.query(mark, {}, 'POLICE'))._entities[0].creditMark;
    dataOf(
      await sg.query(
        `mutation ($e: ID!, $v: Int!) { clearCreditMark(enterpriseId: $e, expectedVersion: $v, input: { reason: "已说明" }) { id } }`,
        { e: X, v: version },
        police,
      ),
    );
    expect(dataOf(await sg.query(mark, {}, 'POLICE'))._entities[0].creditMark.cleared).toEqual({ name: '李建国' });
    expect(dataOf(await sg.query(mark, {}, asX))._entities[0].creditMark.cleared.name).toMatch(/^李\*+$/);
    const pending = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { id version } }`, { id: world[X].pending }, 'POLICE')).application;
    await step(sg, 'extendDecisionDeadline', pending, { reason: '情况复杂', approvedBy: '赵副局长' }, police);
    const extension = `query ($id: ID!) { application(id: $id) { extension { approvedBy recorded { name } } } }`;
    expect(dataOf(await sg.query(extension, { id: pending.id }, 'POLICE')).application.extension).toEqual({
      approvedBy: '赵副局长',
      recorded: { name: '李建国' },
    });
    const maskedForX = dataOf(await sg.query(extension, { id: pending.id }, asX)).application.extension;
    expect(maskedForX.approvedBy).toMatch(/^赵\*+$/);
    expect(maskedForX.recorded.name).toMatch(/^李\*+$/);
  });
});
