import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { firstSessionDueAt } from '../src/domain/time-rules';
import { cst, disputeIn } from './support/fixtures';

/**
 * Each time rule at its boundary — the day before, the day itself, the day after — on fixtures with
 * fixed 2026 dates, read at a test clock (`asOf`, allowed only under NODE_ENV=test).
 */
describe('mediation time rules at their boundaries', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph);
  });
  afterAll(async () => {
    await graph.stop();
  });

  const OVERDUE = `query ($rule: OverdueRule!, $asOf: DateTime!) { overdueDisputes(rule: $rule, asOf: $asOf, first: 100) { totalCount edges { node { id } } } }`;
  const overdueIds = async (rule: string, asOf: string) => {
    const r = await graph.query(OVERDUE, { rule, asOf }, 'ANALYST');
    expect(r.errors).toBeUndefined();
    return r.data!.overdueDisputes.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
  };
  const rules = async (id: string, asOf: string) => {
    const r = await graph.query(
      `query ($id: ID!, $asOf: DateTime!) { dispute(id: $id) { timeRules(asOf: $asOf) { mediationDueAt mediationOverdue firstSessionDueOn secondSessionDueOn securitySessionsLate confirmationWindowEndsOn confirmationWindowOpen followUpDueAt followUpOverdue } } }`,
      { id, asOf },
      'ANALYST',
    );
    expect(r.errors).toBeUndefined();
    return r.data!.dispute.timeRules;
  };

  it('the 1-month limit from acceptance (人民调解工作若干规定 art. 33): accepted 5 March, overdue from 6 April', async () => {
    const d = await disputeIn(graph.models, 'MEDIATING', { acceptedAt: cst('2026-03-05T10:00:00') });
    const id = d._id.toHexString();
    expect(await overdueIds('MEDIATION_MONTH', '2026-04-04T12:00:00+08:00')).not.toContain(id);
    expect(await overdueIds('MEDIATION_MONTH', '2026-04-05T23:30:00+08:00')).not.toContain(id);
    expect(await overdueIds('MEDIATION_MONTH', '2026-04-06T00:30:00+08:00')).toContain(id);
    expect(await rules(id, '2026-04-05T23:30:00+08:00')).toMatchObject({ mediationDueAt: '2026-04-05T15:59:59.999Z', mediationOverdue: false });
    expect((await rules(id, '2026-04-06T00:30:00+08:00')).mediationOverdue).toBe(true);
    // ended mediation is no longer overdue
    const agreed = await disputeIn(graph.models, 'AGREEMENT_REACHED', { acceptedAt: cst('2026-03-05T10:00:00') });
    expect(await overdueIds('MEDIATION_MONTH', '2026-04-06T00:30:00+08:00')).not.toContain(agreed._id.toHexString());
  });

  it('the 30-day window for judicial confirmation (人民调解法 art. 33): effective 2 March, the last day is 1 April', async () => {
    const apply = async (appliedOn: string) => {
      const d = await disputeIn(graph.models, 'AGREEMENT_REACHED');
      const r = await graph.query(
        `mutation ($id: ID!, $a: ConfirmationApplicationInput!) { applyForJudicialConfirmation(id: $id, expectedVersion: 1, application: $a) { status confirmationApplication { appliedOn } } }`,
        { id: d._id.toHexString(), a: { court: '眉山市东坡区人民法院', appliedOn, jointApplication: true } },
        'MEDIATOR',
      );
      return { d, r };
    };
    const before = await apply('2026-03-31');
    expect(before.r.data!.applyForJudicialConfirmation).toEqual({ status: 'CONFIRMATION_APPLIED', confirmationApplication: { appliedOn: '2026-03-31' } });
    const on = await apply('2026-04-01');
    expect(on.r.data!.applyForJudicialConfirmation.status).toBe('CONFIRMATION_APPLIED');
    const after = await apply('2026-04-02');
    expect(after.r.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(after.r.errors![0].message).toContain('ended on 2026-04-01');
    expect(await graph.models.Dispute.findById(after.d._id, { status: 1, version: 1 }).lean()).toMatchObject({ status: 'AGREEMENT_REACHED', version: 1 });
    const id = after.d._id.toHexString();
    expect(await rules(id, '2026-04-01T23:00:00+08:00')).toMatchObject({ confirmationWindowEndsOn: '2026-04-01', confirmationWindowOpen: true });
    expect((await rules(id, '2026-04-02T00:30:00+08:00')).confirmationWindowOpen).toBe(false);
    // a joint application only (art. 33); not before the agreement took effect
    const d = await disputeIn(graph.models, 'AGREEMENT_REACHED');
    const one = await graph.query(
      `mutation ($id: ID!) { applyForJudicialConfirmation(id: $id, expectedVersion: 1, application: { court: "东坡区人民法院", appliedOn: "2026-03-05", jointApplication: false }) { status } }`,
      { id: d._id.toHexString() },
      'MEDIATOR',
    );
    expect(one.errors![0].message).toContain('application.jointApplication');
    const early = await graph.query(
      `mutation ($id: ID!) { applyForJudicialConfirmation(id: $id, expectedVersion: 1, application: { court: "东坡区人民法院", appliedOn: "2026-03-01", jointApplication: true }) { status } }`,
      { id: d._id.toHexString() },
      'MEDIATOR',
    );
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'application.appliedOn' });
  });

  it('follow-ups are due 7 days after a tourist agreement took effect: due 9 March, overdue from 10 March', async () => {
    const d = await disputeIn(graph.models, 'AGREEMENT_REACHED', { kind: 'TOURIST' });
    const id = d._id.toHexString();
    expect(await overdueIds('FOLLOW_UP', '2026-03-08T12:00:00+08:00')).not.toContain(id);
    expect(await overdueIds('FOLLOW_UP', '2026-03-09T23:30:00+08:00')).not.toContain(id);
    expect(await overdueIds('FOLLOW_UP', '2026-03-10T00:30:00+08:00')).toContain(id);
    expect(await rules(id, '2026-03-10T00:30:00+08:00')).toMatchObject({ followUpDueAt: '2026-03-09T15:59:59.999Z', followUpOverdue: true });
  });

  it('治安调解: the first session within 3 working days (accepted Thursday 12 March: due Tuesday 17 March, weekend skipped)', async () => {
    const acceptedAt = cst('2026-03-12T10:00:00');
    const d = await disputeIn(graph.models, 'MEDIATORS_ASSIGNED', {
      securityMediation: true,
      acceptedAt,
      firstSessionDueAt: firstSessionDueAt(acceptedAt),
      sessions: [],
    });
    const id = d._id.toHexString();
    expect(await overdueIds('SECURITY_FIRST_SESSION', '2026-03-16T12:00:00+08:00')).not.toContain(id);
    expect(await overdueIds('SECURITY_FIRST_SESSION', '2026-03-17T23:30:00+08:00')).not.toContain(id);
    expect(await overdueIds('SECURITY_FIRST_SESSION', '2026-03-18T00:30:00+08:00')).toContain(id);
    expect(await rules(id, '2026-03-18T00:30:00+08:00')).toMatchObject({ firstSessionDueOn: '2026-03-17', securitySessionsLate: true });
  });

  it('治安调解: the one more session within 7 working days of the first (first 10 March: due 19 March)', async () => {
    const at = (second: string) =>
      disputeIn(graph.models, 'MEDIATING', {
        securityMediation: true,
        acceptedAt: cst('2026-03-09T10:00:00'),
        sessions: [cst('2026-03-10T10:00:00'), cst(second)],
      });
    const onDay = await at('2026-03-19T16:00:00');
    expect(await rules(onDay._id.toHexString(), '2026-03-25T12:00:00+08:00')).toMatchObject({
      firstSessionDueOn: '2026-03-12',
      secondSessionDueOn: '2026-03-19',
      securitySessionsLate: false,
    });
    const dayBefore = await at('2026-03-18T16:00:00');
    expect((await rules(dayBefore._id.toHexString(), '2026-03-25T12:00:00+08:00')).securitySessionsLate).toBe(false);
    const dayAfter = await at('2026-03-20T09:00:00');
    expect((await rules(dayAfter._id.toHexString(), '2026-03-25T12:00:00+08:00')).securitySessionsLate).toBe(true);
  });
});
