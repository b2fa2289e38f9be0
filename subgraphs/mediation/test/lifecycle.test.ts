import { demoEnterpriseId, demoId, demoIdNumber } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';

const E1 = demoEnterpriseId(1).toHexString();
const GRID = demoId('grid', 5).toHexString();
const DISPUTE = 'id status statusLabel level levelLabel version resolved resolvedAtLevel';

describe('mediation subgraph: the dispute life cycle', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  const report = (input: Record<string, unknown> = {}, caller: object | string = 'MEDIATOR') =>
    graph.query(
      `mutation ($input: ReportDisputeInput!) { reportDispute(input: $input) { ${DISPUTE} kind kindLabel channel channelLabel grid { name } community { name } enterprises { id } created { role } history { from to } } }`,
      {
        input: {
          title: '供应商货款纠纷',
          kind: 'ENTERPRISE_RELATED',
          channel: 'ENTERPRISE_REPORT',
          gridId: GRID,
          parties: [
            { name: '王建华', phone: '13900001111', idNumber: demoIdNumber(1), role: 'APPLICANT' },
            { name: '李志强', phone: '13900002222', role: 'RESPONDENT', enterpriseId: E1 },
          ],
          ...input,
        },
      },
      caller as never,
    );
  const step = (mutation: string, args: string, vars: Record<string, unknown>, caller: object | string = 'MEDIATOR') =>
    graph.query(
      `mutation ($id: ID!, $v: Int!${Object.keys(vars)
        .filter((k) => k !== 'id' && k !== 'v')
        .map((k) => `, $${k}: ${VAR_TYPES[k]}`)
        .join('')}) { ${mutation}(id: $id, expectedVersion: $v${args}) { ${DISPUTE} } }`,
      vars,
      caller as never,
    );
  const VAR_TYPES: Record<string, string> = {
    id: 'ID!',
    v: 'Int!',
    reason: 'String!',
    session: 'MediationSessionInput!',
    terms: 'String!',
    confirmation: 'JudicialConfirmationInput!',
    visit: 'FollowUpInput!',
    satisfaction: 'Int',
  };
  const go = async (mutation: string, args: string, vars: Record<string, unknown>, caller?: object | string) => {
    const result = await step(mutation, args, vars, caller);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data![mutation];
  };

  it('runs REPORTED → ACCEPTED → MEDIATING → AGREEMENT_REACHED → JUDICIALLY_CONFIRMED → FOLLOWED_UP → CLOSED', async () => {
    const reported = await report();
    expect(reported.errors).toBeUndefined();
    const d = reported.data!.reportDispute;
    expect(d).toMatchObject({
      status: 'REPORTED',
      statusLabel: '已登记',
      level: 'GRID',
      levelLabel: '网格',
      version: 1,
      resolved: false,
      kindLabel: '涉企纠纷',
      channelLabel: '企业报告',
      grid: { name: '园区东区网格' },
      community: { name: '万象创新科技产业园' },
      enterprises: [{ id: E1 }],
      created: { role: 'MEDIATOR' },
    });
    const id = d.id;
    let v = 1;
    const accepted = await go('acceptDispute', '', { id, v });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2 });
    const session = { mode: 'REMOTE_VIDEO', mediatorName: '张调解员', at: '2024-03-01T10:00:00+08:00', notes: '远程视频调解' };
    const mediating = await go('recordMediationSession', ', session: $session', { id, v: (v = 2), session });
    expect(mediating.status).toBe('MEDIATING');
    const second = await go('recordMediationSession', ', session: $session', { id, v: (v = 3), session: { ...session, mode: 'ON_SITE' } });
    expect(second).toMatchObject({ status: 'MEDIATING', version: 4 });
    const agreed = await go('reachAgreement', ', terms: $terms', { id, v: (v = 4), terms: '分两期支付货款' });
    expect(agreed).toMatchObject({ status: 'AGREEMENT_REACHED', resolved: true, resolvedAtLevel: 'GRID' });
    const confirmed = await go('confirmJudicially', ', confirmation: $confirmation', {
      id,
      v: (v = 5),
      confirmation: { court: '眉山市东坡区人民法院', reference: '(2024)川1402民特1号', confirmedAt: '2024-03-10T09:00:00+08:00' },
    });
    expect(confirmed.statusLabel).toBe('司法确认');
    const visited = await go('recordFollowUp', ', visit: $visit', { id, v: (v = 6), visit: { at: '2024-04-10T09:00:00+08:00', notes: '已按期履行' } });
    expect(visited.status).toBe('FOLLOWED_UP');
    const closed = await go(
      'closeDispute',
      ', satisfaction: $satisfaction',
      { id, v: (v = 7), satisfaction: 5 },
      { role: 'POLICE', subject: 'officer-3', name: '刘警官' },
    );
    expect(closed).toMatchObject({ status: 'CLOSED', version: 8 });
    const full = await graph.query(
      `query ($id: ID!) { dispute(id: $id) { satisfaction sessions { mode modeLabel mediatorName notes recorded { role } } agreement { terms } judicialConfirmation { court reference } followUps { notes } history { from fromLabel to toLabel changed { subject role } } updated { subject name } } }`,
      { id },
    );
    const f = full.data!.dispute;
    expect(f.satisfaction).toBe(5);
    expect(f.sessions.map((s: { modeLabel: string }) => s.modeLabel)).toEqual(['远程视频调解', '现场调解']);
    expect(f.agreement.terms).toBe('分两期支付货款');
    expect(f.judicialConfirmation.reference).toBe('(2024)川1402民特1号');
    expect(f.followUps).toEqual([{ notes: '已按期履行' }]);
    expect(f.history.map((h: { to: string }) => h.to)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'MEDIATING',
      'MEDIATING',
      'AGREEMENT_REACHED',
      'JUDICIALLY_CONFIRMED',
      'FOLLOWED_UP',
      'CLOSED',
    ]);
    expect(f.history.at(-1).changed).toEqual({ subject: 'officer-3', role: 'POLICE' });
    expect(f.history[0]).toMatchObject({ from: null, fromLabel: null, toLabel: '已登记' });
    expect(f.history.at(-1)).toMatchObject({ fromLabel: '已回访', toLabel: '已办结' });
    expect(f.updated).toEqual({ subject: 'officer-3', name: '刘警官' });
  });

  it('refuses illegal transitions, naming the state and the allowed next ones', async () => {
    const id = (await report()).data!.reportDispute.id;
    const early = await step('closeDispute', ', satisfaction: $satisfaction', { id, v: 1, satisfaction: 5 });
    expect(early.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'REPORTED', to: 'CLOSED', allowed: ['ACCEPTED'] });
    expect(early.errors![0].message).toContain('REPORTED');
    const agreement = await step('reachAgreement', ', terms: $terms', { id, v: 1, terms: 'x' });
    expect(agreement.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    const closedOne = demoId('dispute', 1).toHexString();
    const reopen = await step('acceptDispute', '', { id: closedOne, v: 7 });
    expect(reopen.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CLOSED', allowed: [] });
  });

  it('refuses stale versions and changes nothing', async () => {
    const id = (await report()).data!.reportDispute.id;
    await go('acceptDispute', '', { id, v: 1 });
    const stale = await step('escalateDispute', ', reason: $reason', { id, v: 1, reason: '复杂' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const now = await graph.query(`query ($id: ID!) { dispute(id: $id) { level version escalations { to } } }`, { id });
    expect(now.data!.dispute).toEqual({ level: 'GRID', version: 2, escalations: [] });
    const concurrent = await Promise.all([
      step('recordMediationSession', ', session: $session', { id, v: 2, session: { mode: 'ON_SITE', mediatorName: '甲', at: '2024-01-01T00:00:00Z' } }),
      step('escalateDispute', ', reason: $reason', { id, v: 2, reason: '乙' }),
    ]);
    expect(concurrent.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(concurrent.find((r) => r.errors)!.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('escalates GRID → COMMUNITY → STREET → DISTRICT with a record; a failed mediation is accepted again higher up', async () => {
    const id = (await report()).data!.reportDispute.id;
    await go('acceptDispute', '', { id, v: 1 });
    await go('recordMediationSession', ', session: $session', { id, v: 2, session: { mode: 'ON_SITE', mediatorName: '网格员', at: '2024-01-02T00:00:00Z' } });
    const failed = await go('failMediation', ', reason: $reason', { id, v: 3, reason: '双方分歧较大' });
    expect(failed.statusLabel).toBe('调解失败');
    const up = await go('escalateDispute', ', reason: $reason', { id, v: 4, reason: '提交社区调解' });
    expect(up).toMatchObject({ status: 'ACCEPTED', level: 'COMMUNITY', levelLabel: '社区', version: 5 });
    const street = await go('escalateDispute', ', reason: $reason', { id, v: 5, reason: '提交街道' });
    const district = await go('escalateDispute', ', reason: $reason', { id, v: 6, reason: '提交区县' });
    expect([street.level, district.level]).toEqual(['STREET', 'DISTRICT']);
    // a state that does not allow the step is ILLEGAL_STATE_TRANSITION (CONFLICT is only for a stale version)
    const top = await step('escalateDispute', ', reason: $reason', { id, v: 7, reason: '再上报' });
    expect(top.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(top.errors![0].message).toContain('DISTRICT');
    const closed = await step('escalateDispute', ', reason: $reason', { id: demoId('dispute', 1).toHexString(), v: 6, reason: '再上报' });
    expect(closed.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CLOSED' });
    const record = await graph.query(`query ($id: ID!) { dispute(id: $id) { escalations { from fromLabel to toLabel reason escalated { role } } } }`, { id });
    expect(record.data!.dispute.escalations.map((e: { from: string; to: string }) => `${e.from}>${e.to}`)).toEqual([
      'GRID>COMMUNITY',
      'COMMUNITY>STREET',
      'STREET>DISTRICT',
    ]);
    expect(record.data!.dispute.escalations[0]).toMatchObject({ fromLabel: '网格', toLabel: '社区', reason: '提交社区调解', escalated: { role: 'MEDIATOR' } });
    await go('recordMediationSession', ', session: $session', {
      id,
      v: 7,
      session: { mode: 'REMOTE_VIDEO', mediatorName: '区调解中心', at: '2024-02-01T00:00:00Z' },
    });
    const agreed = await go('reachAgreement', ', terms: $terms', { id, v: 8, terms: '和解' });
    expect(agreed.resolvedAtLevel).toBe('DISTRICT');
    const label = await graph.query(`query ($id: ID!) { dispute(id: $id) { resolvedAtLevelLabel } }`, { id });
    expect(label.data!.dispute.resolvedAtLevelLabel).toBe('区县');
    const stats = await graph.query(
      `query ($id: ID!) { disputeStatistics(filter: { levels: [DISTRICT] }) { resolved resolvedLocally localResolutionShare } dispute(id: $id) { id } }`,
      { id },
      'ANALYST',
    );
    expect(stats.data!.disputeStatistics).toEqual({ resolved: 1, resolvedLocally: 0, localResolutionShare: 0 });
  });

  it('validates report input and names the wrong values', async () => {
    const badId = await report({ parties: [{ name: '王五', idNumber: '511402199001011234', role: 'APPLICANT' }] });
    expect(badId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parties.0.idNumber', value: '511402199001011234' });
    expect(badId.errors![0].message).toContain('"511402199001011234"');
    const noApplicant = await report({ parties: [{ name: '王五', role: 'RESPONDENT' }] });
    expect(noApplicant.errors![0].message).toContain('input.parties: must include an APPLICANT');
    const badGrid = await report({ gridId: 'ffffffffffffffffffffffff' });
    expect(badGrid.errors![0].extensions!.code).toBe('NOT_FOUND');
    const id = (await report()).data!.reportDispute.id;
    const badSession = await step('acceptDispute', '', { id, v: 1 });
    expect(badSession.errors).toBeUndefined();
    const session = await step('recordMediationSession', ', session: $session', {
      id,
      v: 2,
      session: { mode: 'ON_SITE', mediatorName: '', at: '2024-01-01T00:00:00Z' },
    });
    expect(session.errors![0].message).toContain('session.mediatorName');
    const unknown = await step('acceptDispute', '', { id: 'ffffffffffffffffffffffff', v: 1 });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const badSatisfaction = await step('closeDispute', ', satisfaction: $satisfaction', { id, v: 2, satisfaction: 7 });
    expect(badSatisfaction.errors![0].message).toContain('(got 7)');
  });

  it('lets MEDIATOR, POLICE and ADMIN write; ANALYST is read-only; ENTERPRISE reports only its own disputes', async () => {
    const analyst = await report({}, 'ANALYST');
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
    const asE1 = { role: 'ENTERPRISE', enterpriseId: E1 };
    const own = await report({}, asE1);
    expect(own.errors).toBeUndefined();
    const foreign = await report({}, { role: 'ENTERPRISE', enterpriseId: demoEnterpriseId(9).toHexString() });
    expect(foreign.errors![0].extensions!.code).toBe('FORBIDDEN');
    const channel = await report({ channel: 'HOTLINE' }, asE1);
    expect(channel.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.channel', value: 'HOTLINE' });
    const accept = await step('acceptDispute', '', { id: own.data!.reportDispute.id, v: 1 }, asE1);
    expect(accept.errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const role of ['POLICE', 'ADMIN']) {
      const r = await report({}, role);
      expect(r.data!.reportDispute.created.role).toBe(role);
    }
  });
});
