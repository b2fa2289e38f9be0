import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { runAction } from './support/actions';
import { cst, disputeIn, MEDIATOR_4 } from './support/fixtures';

describe('mediation subgraph: escalation, mediators, endings and inputs', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });
  const ESCALATE = `mutation ($id: ID!, $v: Int!) { escalateDispute(id: $id, expectedVersion: $v, reason: "网格调解未果") {
    status level version mediators { __typename } escalations { from to reason } history { from to action reason } } }`;

  it('escalating while MEDIATING moves it to ACCEPTED one level up, releases its mediators and records the change with its reason on the timeline', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING');
    const r = await graph.query(ESCALATE, { id: d._id.toHexString(), v: 1 }, 'MEDIATOR');
    expect(r.errors).toBeUndefined();
    const e = r.data!.escalateDispute;
    expect(e).toMatchObject({
      status: 'ACCEPTED',
      level: 'COMMUNITY',
      version: 2,
      mediators: [],
      escalations: [{ from: 'GRID', to: 'COMMUNITY', reason: '网格调解未果' }],
    });
    expect(e.history[e.history.length - 1]).toEqual({ from: 'MEDIATING', to: 'ACCEPTED', action: 'ESCALATE', reason: 'GRID → COMMUNITY: 网格调解未果' });
    // the community assigns its own mediators before the next session
    const session = await runAction(graph, 'RECORD_SESSION', d._id.toHexString(), 2, false);
    expect(session.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'ACCEPTED' });
    const statistics = await graph.query(
      `query ($id: ID!) { dispute(id: $id) { id } disputes(filter: { escalated: true, levels: [COMMUNITY] }) { totalCount } }`,
      { id: d._id.toHexString() },
    );
    expect(statistics.data!.disputes.totalCount).toBeGreaterThan(0);
  });

  it('a REPORTED dispute escalates in place; at DISTRICT there is no level above', async () => {
    const d = await disputeIn(graph.models, 'REPORTED');
    const r = await graph.query(ESCALATE, { id: d._id.toHexString(), v: 1 }, 'POLICE');
    expect(r.data!.escalateDispute).toMatchObject({ status: 'REPORTED', level: 'COMMUNITY' });
    const top = await disputeIn(graph.models, 'ACCEPTED', { extra: { level: 'DISTRICT' } });
    const refused = await graph.query(ESCALATE, { id: top._id.toHexString(), v: 1 }, 'MEDIATOR');
    expect(refused.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(refused.errors![0].message).toContain('highest level');
  });

  it('a stale version is CONFLICT and changes nothing', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING');
    const r = await runAction(graph, 'END_WITHOUT_AGREEMENT', d._id.toHexString(), 7, false);
    expect(r.errors![0].extensions!.code).toBe('CONFLICT');
    const after = await graph.models.Dispute.findById(d._id).lean();
    expect(after).toMatchObject({ status: 'MEDIATING', version: 1, failureReason: null });
    expect(after!.endNotice ?? null).toBeNull();
  });

  it('ends without agreement only with the art. 26 notice, and declines only with a ground', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING');
    const none = await graph.query(
      `mutation ($id: ID!) { endMediation(id: $id, expectedVersion: 1, reason: "分歧大", routesNotified: []) { status } }`,
      { id: d._id.toHexString() },
      'MEDIATOR',
    );
    expect(none.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(none.errors![0].message).toContain('routesNotified');
    const ended = await graph.query(
      `mutation ($id: ID!) { endMediation(id: $id, expectedVersion: 1, reason: "分歧大", routesNotified: [ARBITRATION, LITIGATION]) { status failureReason endNotice { routes routeLabels notified { role } } } }`,
      { id: d._id.toHexString() },
      'MEDIATOR',
    );
    expect(ended.data!.endMediation).toEqual({
      status: 'FAILED',
      failureReason: '分歧大',
      endNotice: { routes: ['ARBITRATION', 'LITIGATION'], routeLabels: ['仲裁', '诉讼'], notified: { role: 'MEDIATOR' } },
    });
    const r = await disputeIn(graph.models, 'REPORTED');
    const declined = await graph.query(
      `mutation ($id: ID!) { declineDispute(id: $id, expectedVersion: 1, ground: HANDLED_BY_AUTHORITY, reason: "已向法院起诉") { status statusLabel declined { ground groundLabel reason } } }`,
      { id: r._id.toHexString() },
      'MEDIATOR',
    );
    expect(declined.data!.declineDispute).toMatchObject({
      status: 'DECLINED',
      statusLabel: '不予调解',
      declined: { ground: 'HANDLED_BY_AUTHORITY', reason: '已向法院起诉' },
    });
  });

  it('a written agreement names every party and a mediator as signers, with the seal; a missing party is BAD_USER_INPUT and changes nothing', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING');
    const r = await graph.query(
      `mutation ($id: ID!, $a: WrittenAgreementInput!) { reachWrittenAgreement(id: $id, expectedVersion: 1, agreement: $a) { status } }`,
      {
        id: d._id.toHexString(),
        a: {
          facts: '事实',
          disputedMatters: '争议',
          responsibilities: '责任',
          terms: '内容',
          performanceMethod: '转账',
          signatures: [
            { signer: 'PARTY', partyIndex: 0, method: 'SIGNATURE', at: '2026-03-02T09:00:00+08:00' },
            { signer: 'MEDIATOR', mediator: { kind: 'VOLUNTEER', id: MEDIATOR_4.toHexString() }, method: 'SIGNATURE', at: '2026-03-02T09:00:00+08:00' },
          ],
          seal: { committee: '白虎滩社区人民调解委员会', at: '2026-03-02T10:00:00+08:00' },
        },
      },
      'MEDIATOR',
    );
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'agreement.signatures' } });
    expect(r.errors![0].message).toContain('missing parties 1');
    expect(await graph.models.Dispute.findById(d._id, { status: 1, version: 1 }).lean()).toMatchObject({ status: 'MEDIATING', version: 1 });
  });

  it('replaces mediators on a party’s request, and never assigns a deactivated volunteer', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING');
    const replaced = await runAction(graph, 'REPLACE_MEDIATORS', d._id.toHexString(), 1, false);
    const change = await graph.query(
      `query ($id: ID!) { dispute(id: $id) { status mediatorChanges { reason requestedBy requestedByLabel from { ... on Volunteer { id } } } } }`,
      {
        id: d._id.toHexString(),
      },
    );
    expect(replaced.errors).toBeUndefined();
    expect(change.data!.dispute).toEqual({
      status: 'MEDIATING',
      mediatorChanges: [{ reason: '申请人申请更换', requestedBy: 'APPLICANT', requestedByLabel: '申请人', from: [{ id: MEDIATOR_4.toHexString() }] }],
    });
    const v = await graph.query(`mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { id version roles } }`, {
      input: { name: '赵调解', duties: ['MEDIATION'], roles: ['PEOPLES_MEDIATOR'], skills: ['邻里'], gridId: d.gridId!.toHexString() },
    });
    const volunteer = v.data!.registerVolunteer;
    expect(volunteer.roles).toEqual(['PEOPLES_MEDIATOR']);
    const off = await graph.query(
      `mutation ($id: ID!) { deactivateVolunteer(id: $id, expectedVersion: 1, reason: "本人申请退出") { active deactivation { reason } version } }`,
      { id: volunteer.id },
    );
    expect(off.data!.deactivateVolunteer).toEqual({ active: false, deactivation: { reason: '本人申请退出' }, version: 2 });
    const accepted = await disputeIn(graph.models, 'ACCEPTED');
    const refused = await graph.query(`mutation ($id: ID!, $m: [MediatorInput!]!) { assignMediators(id: $id, expectedVersion: 1, mediators: $m) { status } }`, {
      id: accepted._id.toHexString(),
      m: [{ kind: 'VOLUNTEER', id: volunteer.id }],
    });
    expect(refused.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(refused.errors![0].message).toContain('deactivated');
  });

  it('治安调解 has at most two sessions (公安机关治安调解工作规范 art. 9)', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING', { securityMediation: true, sessions: [cst('2026-03-01T10:00:00'), cst('2026-03-03T10:00:00')] });
    const third = await runAction(graph, 'RECORD_SESSION', d._id.toHexString(), 1, false);
    expect(third.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(third.errors![0].message).toContain('at most 2 sessions');
  });

  it('only MEDIATOR, POLICE and ADMIN handle disputes', async () => {
    const d = await disputeIn(graph.models, 'REPORTED');
    for (const caller of ['ANALYST', { role: 'ENTERPRISE', enterpriseId: '000000000000000000000001' }]) {
      const r = await runAction(graph, 'ACCEPT', d._id.toHexString(), 1, false, caller);
      expect(r.errors![0].extensions!.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    expect(await graph.models.Dispute.findById(d._id, { version: 1 }).lean()).toMatchObject({ version: 1 });
  });
});
