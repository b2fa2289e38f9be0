import { demoId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { BAIHUTAN_LAWYERS, PARK_LAWYERS } from '../src/demo/people';

const PARK = demoId('community', 2).toHexString();
const BAIHUTAN = demoId('community', 1).toHexString();

describe('mediation: the force, duty shifts and legal consultations', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });
  const q = async (source: string, vars: Record<string, unknown> = {}, caller: object | string = 'ADMIN') => {
    const r = await graph.query(source, vars, caller as never);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!;
  };

  it('the park’s force serves in the park and 白虎滩’s own in 白虎滩, with roles and skills', async () => {
    const d = await q(
      `query ($p: ID!, $b: ID!) { park: volunteers(filter: { communityId: $p }) { totalCount } baihutan: volunteers(filter: { communityId: $b }) { totalCount }
        parkMediators: volunteers(filter: { communityId: $p, roles: [PEOPLES_MEDIATOR] }) { totalCount }
        lawyers: volunteers(filter: { roles: [LAWYER] }, first: 10) { totalCount edges { node { roleLabels skills community { name } enterprise { id } } } }
        withEnterprise: volunteers(filter: { communityId: $b }, first: 100) { edges { node { enterprise { id } } } } }`,
      { p: PARK, b: BAIHUTAN },
    );
    expect(d.park.totalCount).toBe(620);
    expect(d.baihutan.totalCount).toBe(40);
    expect(d.parkMediators.totalCount).toBe(20);
    expect(d.lawyers.totalCount).toBe(PARK_LAWYERS.length + BAIHUTAN_LAWYERS.length);
    expect(d.lawyers.edges[0].node).toMatchObject({ roleLabels: ['律师'], enterprise: null });
    expect(d.lawyers.edges[0].node.skills.length).toBeGreaterThan(0);
    expect(d.withEnterprise.edges.every((e: { node: { enterprise: unknown } }) => e.node.enterprise === null)).toBe(true);
  });

  it('records duty shifts and counts them per grid and month, equal to the list', async () => {
    const mediator = demoId('volunteer', 4).toHexString();
    const shift = await q(
      `mutation ($input: RecordDutyShiftInput!) { recordDutyShift(input: $input) { id outcome outcomeLabel grid { name } volunteer { id } } }`,
      {
        input: {
          volunteerId: mediator,
          startsAt: '2026-03-05T09:00:00+08:00',
          endsAt: '2026-03-05T17:00:00+08:00',
          outcome: 'DISPUTE_RESOLVED',
          notes: '当场化解一起噪声纠纷',
        },
      },
      'MEDIATOR',
    );
    expect(shift.recordDutyShift).toMatchObject({ outcome: 'DISPUTE_RESOLVED', outcomeLabel: '当场化解', volunteer: { id: mediator } });
    const grid = demoId('grid', 5).toHexString();
    const s = await q(
      `query ($g: ID!) { dutyShiftStatistics(filter: { gridId: $g }) { total byGridAndMonth { grid { id } month count } byOutcome { outcome count } }
        march: dutyShifts(filter: { gridId: $g, month: "2026-03" }) { totalCount } all: dutyShifts(filter: { gridId: $g }) { totalCount } }`,
      { g: grid },
      'ANALYST',
    );
    expect(s.dutyShiftStatistics.total).toBe(s.all.totalCount);
    expect(s.dutyShiftStatistics.byGridAndMonth.find((r: { month: string }) => r.month === '2026-03').count).toBe(s.march.totalCount);
    expect(s.dutyShiftStatistics.byOutcome.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(s.all.totalCount);
    const patrol = await graph.query(
      `mutation ($input: RecordDutyShiftInput!) { recordDutyShift(input: $input) { id } }`,
      {
        input: {
          volunteerId: demoId('volunteer', 29).toHexString(),
          startsAt: '2026-03-05T09:00:00+08:00',
          endsAt: '2026-03-05T17:00:00+08:00',
          outcome: 'QUIET',
        },
      },
      'MEDIATOR',
    );
    expect(patrol.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
  });

  it('queues a consultation (the person asking is PII), answers it by a lawyer, links the dispute that followed; statistics equal the list', async () => {
    const requested = await q(
      `mutation ($input: RequestLegalConsultationInput!) { requestLegalConsultation(input: $input) { id status statusLabel version askedAt requesterName } }`,
      {
        input: {
          topic: '劳动合同',
          question: '试用期被辞退能否要求赔偿？',
          channel: 'LEGAL_TOUCH_SCREEN',
          requesterName: '赵小红',
          requesterPhone: '13900003333',
          gridId: demoId('grid', 5).toHexString(),
        },
      },
      'MEDIATOR',
    );
    const c = requested.requestLegalConsultation;
    expect(c).toMatchObject({ status: 'REQUESTED', statusLabel: '待解答', version: 1, requesterName: '赵小红' });
    const queue = await q(
      `{ legalConsultations(filter: { statuses: [REQUESTED] }, sort: { field: ASKED_AT, direction: ASC }, first: 100) { edges { node { id } } } }`,
    );
    expect(queue.legalConsultations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(c.id);
    const masked = await q(`query ($id: ID!) { legalConsultation(id: $id) { requesterName requesterPhone } }`, { id: c.id }, 'ANALYST');
    expect(masked.legalConsultation).toEqual({ requesterName: '赵**', requesterPhone: '139****3333' });
    const notLawyer = await graph.query(
      `mutation ($id: ID!, $a: AnswerLegalConsultationInput!) { answerLegalConsultation(id: $id, expectedVersion: 1, answer: $a) { status } }`,
      { id: c.id, a: { lawyerId: demoId('volunteer', 4).toHexString(), answerSummary: '可以' } },
      'MEDIATOR',
    );
    expect(notLawyer.errors![0].message).toContain('LAWYER');
    const answered = await q(
      `mutation ($id: ID!, $a: AnswerLegalConsultationInput!) { answerLegalConsultation(id: $id, expectedVersion: 1, answer: $a) { status version answeredAt lawyer { id } answeredBy } }`,
      { id: c.id, a: { lawyerId: demoId('volunteer', PARK_LAWYERS[0]).toHexString(), answerSummary: '可依法主张赔偿', outcome: '建议申请调解' } },
      'MEDIATOR',
    );
    expect(answered.answerLegalConsultation).toMatchObject({
      status: 'ANSWERED',
      version: 2,
      lawyer: { id: demoId('volunteer', PARK_LAWYERS[0]).toHexString() },
    });
    const again = await graph.query(
      `mutation ($id: ID!, $a: AnswerLegalConsultationInput!) { answerLegalConsultation(id: $id, expectedVersion: 2, answer: $a) { status } }`,
      { id: c.id, a: { lawyerId: demoId('volunteer', PARK_LAWYERS[0]).toHexString(), answerSummary: '再次' } },
      'MEDIATOR',
    );
    expect(again.errors![0].extensions!.code).toBe('ILLEGAL_STATE_TRANSITION');
    const linked = await q(
      `mutation ($id: ID!, $d: ID!) { linkConsultationDispute(id: $id, expectedVersion: 2, disputeId: $d) { status dispute { id } } }`,
      { id: c.id, d: demoId('dispute', 1).toHexString() },
      'MEDIATOR',
    );
    expect(linked.linkConsultationDispute).toEqual({ status: 'FOLLOWED_BY_DISPUTE', dispute: { id: demoId('dispute', 1).toHexString() } });
    const s = await q(
      `{ legalConsultationStatistics { total followedByDispute byStatus { key count } byChannel { key count } byMonth { month count } }
         all: legalConsultations { totalCount } followed: legalConsultations(filter: { statuses: [FOLLOWED_BY_DISPUTE] }) { totalCount }
         queued: legalConsultations(filter: { statuses: [REQUESTED] }) { totalCount } }`,
    );
    const st = s.legalConsultationStatistics;
    expect(st.total).toBe(s.all.totalCount);
    expect(st.followedByDispute).toBe(s.followed.totalCount);
    expect(st.byStatus.find((r: { key: string }) => r.key === 'REQUESTED').count).toBe(s.queued.totalCount);
    expect(st.byStatus.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(st.total);
    expect(st.byChannel.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(st.total);
  });
});
