import { demoId, demoIdNumber } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { DISPUTE_ACTIONS, targetOf, type DisputeAction } from '../src/domain/dispute-lifecycle';
import { DISPUTE_STATUSES } from '../src/models/enums';
import { actionCall, DISPUTE_FIELDS, runAction } from './support/actions';
import { disputeIn, MEDIATOR_4 } from './support/fixtures';

const GRID = demoId('grid', 5).toHexString();
const HAS_AGREEMENT = ['AGREEMENT_REACHED', 'CONFIRMATION_APPLIED', 'JUDICIALLY_CONFIRMED', 'PERFORMING', 'URGED', 'LITIGATION', 'FOLLOWED_UP', 'CLOSED'];

describe('mediation subgraph: the life cycle of the People’s Mediation Law', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  const ok = async (result: Promise<{ data?: any; errors?: unknown }>, field: string) => {
    const r = await result;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data![field];
  };
  const mutate = (source: string, vars: Record<string, unknown>, caller: object | string = 'MEDIATOR') => graph.query(source, vars, caller as never);

  it('reports and accepts at the server clock: acceptance starts the 1-month limit, and the timeline names who, when and what', async () => {
    const reported = await ok(
      mutate(`mutation ($input: ReportDisputeInput!) { reportDispute(input: $input) { ${DISPUTE_FIELDS} urgency urgencyLabel kindLabel channelLabel } }`, {
        input: {
          title: '邻里噪声纠纷',
          kind: 'NEIGHBOUR',
          urgency: 'URGENT',
          channel: 'POLICE_TRANSFER',
          gridId: GRID,
          parties: [
            { name: '王建华', phone: '13900001111', idNumber: demoIdNumber(1), role: 'APPLICANT' },
            { name: '李志强', role: 'RESPONDENT' },
          ],
        },
      }),
      'reportDispute',
    );
    expect(reported).toMatchObject({ status: 'REPORTED', urgency: 'URGENT', urgencyLabel: '紧急', kindLabel: '邻里纠纷', channelLabel: '公安移送' });
    const before = Date.now();
    const accepted = await ok(
      mutate(
        `mutation ($id: ID!) { acceptDispute(id: $id, expectedVersion: 1) { ${DISPUTE_FIELDS} acceptedAt timeRules { mediationDueAt mediationOverdue } } }`,
        { id: reported.id },
        { role: 'MEDIATOR', subject: 'mediator-zhang' },
      ),
      'acceptDispute',
    );
    const after = Date.now();
    const acceptedAt = new Date(accepted.acceptedAt).getTime();
    expect(acceptedAt).toBeGreaterThanOrEqual(before - 1);
    expect(acceptedAt).toBeLessThanOrEqual(after + 1);
    expect(accepted.history[1]).toMatchObject({
      from: 'REPORTED',
      to: 'ACCEPTED',
      action: 'ACCEPT',
      changed: { subject: 'mediator-zhang', role: 'MEDIATOR', at: accepted.acceptedAt },
    });
    expect(accepted.timeRules.mediationOverdue).toBe(false);
    expect(new Date(accepted.timeRules.mediationDueAt).getTime()).toBeGreaterThan(acceptedAt + 27 * 86_400_000);
  });

  it('runs accepted → mediators assigned → sessions → written agreement (arts. 28–29) → application → confirmation → follow-ups → urged → closed', async () => {
    const d = await disputeIn(graph.models, 'ACCEPTED');
    const id = d._id.toHexString();
    let v = 1;
    const step = async (action: DisputeAction) => {
      const result = await ok(runAction(graph, action, id, v, true), actionCall(action, true).mutation);
      v = result.version;
      return result;
    };
    expect((await step('ASSIGN_MEDIATORS')).status).toBe('MEDIATORS_ASSIGNED');
    expect((await step('RECORD_SESSION')).status).toBe('MEDIATING');
    const written = await ok(
      mutate(
        `mutation ($id: ID!, $v: Int!, $a: WrittenAgreementInput!) { reachWrittenAgreement(id: $id, expectedVersion: $v, agreement: $a) {
          status version resolved agreement { form formLabel facts terms performanceMethod effectiveOn documentPath seal { committee } signatures { signerLabel methodLabel party { roleLabel } mediator { ... on Volunteer { id } } } }
          timeRules(asOf: "2026-03-20T12:00:00+08:00") { confirmationWindowEndsOn confirmationWindowOpen followUpDueAt } } }`,
        {
          id,
          v,
          a: {
            number: '白调〔2026〕1号',
            facts: '楼上漏水致楼下天花板受损',
            disputedMatters: '维修费用承担',
            responsibilities: '楼上住户承担主要责任',
            terms: '楼上住户赔偿维修费2000元',
            performanceMethod: '现金支付',
            performanceDeadline: '2026-03-31',
            signatures: [
              { signer: 'PARTY', partyIndex: 0, method: 'SIGNATURE', at: '2026-03-02T09:00:00+08:00' },
              { signer: 'PARTY', partyIndex: 1, method: 'FINGERPRINT', at: '2026-03-02T09:05:00+08:00' },
              { signer: 'MEDIATOR', mediator: { kind: 'VOLUNTEER', id: MEDIATOR_4.toHexString() }, method: 'SIGNATURE', at: '2026-03-02T09:10:00+08:00' },
            ],
            seal: { committee: '万象创新科技产业园人民调解委员会', at: '2026-03-02T10:00:00+08:00' },
          },
        },
      ),
      'reachWrittenAgreement',
    );
    v = written.version;
    expect(written).toMatchObject({ status: 'AGREEMENT_REACHED', resolved: true });
    expect(written.agreement).toMatchObject({
      form: 'WRITTEN',
      formLabel: '书面调解协议',
      effectiveOn: '2026-03-02T02:00:00.000Z',
      documentPath: `/documents/mediation/agreements/${id}`,
    });
    expect(written.agreement.signatures.map((s: any) => `${s.signerLabel}${s.methodLabel}`)).toEqual(['当事人签名', '当事人按指印', '人民调解员签名']);
    expect(written.agreement.signatures[2].mediator).toEqual({ id: MEDIATOR_4.toHexString() });
    expect(written.timeRules).toMatchObject({ confirmationWindowEndsOn: '2026-04-01', confirmationWindowOpen: true });
    expect((await step('APPLY_CONFIRMATION')).status).toBe('CONFIRMATION_APPLIED');
    expect((await step('CONFIRM')).status).toBe('JUDICIALLY_CONFIRMED');
    expect((await step('FOLLOW_UP_UNFULFILLED')).status).toBe('PERFORMING');
    expect((await step('URGE')).status).toBe('URGED');
    expect((await step('FOLLOW_UP_FULFILLED')).status).toBe('FOLLOWED_UP');
    const closed = await step('CLOSE');
    expect(closed.status).toBe('CLOSED');
    const full = await ok(
      graph.query(
        `query ($id: ID!) { dispute(id: $id) { performance performanceLabel closedAt mediators { __typename } mediatorChanges { to { ... on Volunteer { id } } } sessions { mediators { ... on Volunteer { id } } }
          confirmationApplication { appliedOn court jointApplication caseNumber outcome outcomeLabel decidedOn } judicialConfirmation { reference confirmedAt }
          followUps { performance performanceLabel } urges { notes } history { from to action } } }`,
        { id },
      ),
      'dispute',
    );
    expect(full).toMatchObject({ performance: 'FULFILLED', performanceLabel: '已履行', mediators: [{ __typename: 'Volunteer' }] });
    expect(full.sessions[0].mediators).toEqual([{ id: MEDIATOR_4.toHexString() }]);
    expect(full.confirmationApplication).toEqual({
      appliedOn: '2026-03-10',
      court: '眉山市东坡区人民法院',
      jointApplication: true,
      caseNumber: '（2026）东坡调确字第9号',
      outcome: 'CONFIRMED',
      outcomeLabel: '确认有效',
      decidedOn: '2026-03-15',
    });
    expect(full.judicialConfirmation.reference).toBe('（2026）东坡调确字第9号');
    expect(full.followUps.map((f: any) => f.performance)).toEqual(['PARTLY', 'FULFILLED']);
    expect(full.history.map((h: any) => h.action)).toEqual([
      'REPORT',
      'ASSIGN_MEDIATORS',
      'RECORD_SESSION',
      'REACH_AGREEMENT',
      'APPLY_CONFIRMATION',
      'CONFIRM',
      'FOLLOW_UP_UNFULFILLED',
      'URGE',
      'FOLLOW_UP_FULFILLED',
      'CLOSE',
    ]);
  });

  describe('every action from every state: legal ones move as the table says, illegal ones are ILLEGAL_STATE_TRANSITION and change nothing', () => {
    const cases = DISPUTE_STATUSES.flatMap((state) => (Object.keys(DISPUTE_ACTIONS) as DisputeAction[]).map((action) => [state, action] as const));
    it.each(cases)('%s · %s', async (state, action) => {
      const d = await disputeIn(graph.models, state);
      const id = d._id.toHexString();
      const result = await runAction(graph, action, id, 1, HAS_AGREEMENT.includes(state), { role: 'MEDIATOR', subject: 'mediator-wang' });
      if (DISPUTE_ACTIONS[action].from.includes(state)) {
        expect(result.errors).toBeUndefined();
        const moved = Object.values(result.data!)[0] as any;
        const to = targetOf(action, state);
        expect(moved).toMatchObject({ status: to, version: 2 });
        expect(moved.history[moved.history.length - 1]).toMatchObject({ from: state, to, action, changed: { subject: 'mediator-wang', role: 'MEDIATOR' } });
      } else {
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: state });
        expect(await graph.models.Dispute.findById(d._id, { status: 1, version: 1 }).lean()).toMatchObject({ status: state, version: 1 });
      }
    });
  });
});
