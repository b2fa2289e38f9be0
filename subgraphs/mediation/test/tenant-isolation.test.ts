import { demoEnterpriseId, demoId } from '@pecg/demo';
import { piiAuditModel } from '@pecg/common';
import { useTestSubgraph } from '@pecg/testing';
import { mediationSubgraph } from '../src';

const E1 = demoEnterpriseId(1).toHexString();
const E2 = demoEnterpriseId(2).toHexString();
const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1, subject: 'e1-user' };
const GRID = demoId('grid', 5).toHexString();
const NONE = 'ffffffffffffffffffffffff';
const MASKED_NAME = /^.\*+$/;

type Node<T> = { node: T };
const ids = (edges: Array<Node<{ id: string }>>) => edges.map((e) => e.node.id);

/**
 * The read policy (READ_POLICY, `scopedBy`) in the mediation subgraph: for an ENTERPRISE caller the
 * records of other enterprises do not exist — not in root lists, nested lists, totals, statistics,
 * lookups by id or `_entities` — and staff names are personal information like any other.
 */
describe('mediation tenant isolation: an ENTERPRISE caller sees only its own enterprise', () => {
  const graph = useTestSubgraph(mediationSubgraph, { seed: true });
  /** A dispute between E1 and E2, one of E2 alone (both in GRID, open), and E2's volunteer and consultation. */
  let shared: string;
  let e2Dispute: string;
  let e2Volunteer: string;
  let e2Consultation: string;

  const reportAsMediator = async (title: string, enterprises: string[]) => {
    const r = await graph.query(
      `mutation ($input: ReportDisputeInput!) { reportDispute(input: $input) { id } }`,
      {
        input: {
          title,
          kind: 'ENTERPRISE_RELATED',
          channel: 'GRID_PATROL',
          gridId: GRID,
          parties: enterprises.map((enterpriseId, i) => ({ name: `当事人${i}`, role: i ? 'RESPONDENT' : 'APPLICANT', enterpriseId })),
        },
      },
      'MEDIATOR',
    );
    expect(r.errors).toBeUndefined();
    return r.data!.reportDispute.id as string;
  };

  beforeAll(async () => {
    shared = await reportAsMediator('两家企业之间的货款纠纷', [E1, E2]);
    e2Dispute = await reportAsMediator('只涉及二号企业的纠纷', [E2]);
    const consultation = await graph.query(
      `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { id } }`,
      { input: { topic: '知识产权', channel: 'HOTLINE', answeredBy: '驻站律师', enterpriseId: E2 } },
      'MEDIATOR',
    );
    expect(consultation.errors).toBeUndefined();
    e2Consultation = consultation.data!.recordLegalConsultation.id;
    const volunteers = await graph.query(
      `query ($e: ID!) { volunteers(filter: { enterpriseId: $e }, first: 1) { edges { node { id } } } }`,
      { e: E2 },
      'ADMIN',
    );
    e2Volunteer = volunteers.data!.volunteers.edges[0].node.id;
  });

  /** What ADMIN counts for E1 (the expected totals of the ENTERPRISE caller). */
  const ownTotals = async () => {
    const r = await graph.query(
      `query ($e: ID!) { disputes(filter: { enterpriseId: $e }) { totalCount } volunteers(filter: { enterpriseId: $e }) { totalCount } legalConsultations(filter: { enterpriseId: $e }) { totalCount } }`,
      { e: E1 },
      'ADMIN',
    );
    expect(r.errors).toBeUndefined();
    return { disputes: r.data!.disputes.totalCount, volunteers: r.data!.volunteers.totalCount, consultations: r.data!.legalConsultations.totalCount };
  };

  it('root lists and their totals hold only its own disputes, volunteers and consultations', async () => {
    const own = await ownTotals();
    const r = await graph.query(
      `{ disputes(first: 100) { totalCount edges { node { id } } }
         volunteers(first: 100) { totalCount edges { node { id enterprise { id } } } }
         legalConsultations(first: 100) { totalCount edges { node { id enterprise { id } } } } }`,
      {},
      asE1,
    );
    expect(r.errors).toBeUndefined();
    const { disputes, volunteers, legalConsultations } = r.data!;
    for (const list of [disputes, volunteers, legalConsultations]) expect(list.edges.length).toBeGreaterThan(0);
    expect(disputes.totalCount).toBe(own.disputes);
    expect(ids(disputes.edges)).toContain(shared);
    expect(ids(disputes.edges)).not.toContain(e2Dispute);
    expect(volunteers.totalCount).toBe(own.volunteers);
    expect(volunteers.edges.every((e: Node<{ enterprise: { id: string } | null }>) => e.node.enterprise?.id === E1)).toBe(true);
    expect(ids(volunteers.edges)).not.toContain(e2Volunteer);
    expect(legalConsultations.totalCount).toBe(own.consultations);
    expect(legalConsultations.edges.every((e: Node<{ enterprise: { id: string } | null }>) => e.node.enterprise?.id === E1)).toBe(true);
    expect(ids(legalConsultations.edges)).not.toContain(e2Consultation);
  });

  it('filtering by the other enterprise finds none of its records', async () => {
    const asAdmin = await graph.query(
      `query ($e: ID!) { volunteers(filter: { enterpriseId: $e }) { totalCount } legalConsultations(filter: { enterpriseId: $e }) { totalCount } }`,
      { e: E2 },
      'ADMIN',
    );
    expect(asAdmin.data!.volunteers.totalCount).toBeGreaterThan(0);
    expect(asAdmin.data!.legalConsultations.totalCount).toBeGreaterThan(0);
    const r = await graph.query(
      `query ($e: ID!) { disputes(filter: { enterpriseId: $e }, first: 100) { edges { node { id } } } volunteers(filter: { enterpriseId: $e }) { totalCount edges { node { id } } } legalConsultations(filter: { enterpriseId: $e }) { totalCount } }`,
      { e: E2 },
      asE1,
    );
    expect(r.errors).toBeUndefined();
    // only the dispute E1 is a party to itself
    expect(ids(r.data!.disputes.edges)).toEqual([shared]);
    expect(r.data!.volunteers).toEqual({ totalCount: 0, edges: [] });
    expect(r.data!.legalConsultations.totalCount).toBe(0);
  });

  it('statistics count only its own records', async () => {
    const own = await ownTotals();
    const r = await graph.query(`{ disputeStatistics { total byGrid { count } byStatus { count } } volunteerStatistics { total byDuty { count } } }`, {}, asE1);
    expect(r.errors).toBeUndefined();
    const { disputeStatistics: d, volunteerStatistics: v } = r.data!;
    expect(d.total).toBeGreaterThan(0);
    expect(d.total).toBe(own.disputes);
    expect(d.byGrid.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(own.disputes);
    expect(d.byStatus.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(own.disputes);
    expect(v.total).toBeGreaterThan(0);
    expect(v.total).toBe(own.volunteers);
  });

  it("a grid's counts, a dispute's enterprises and parties show only its own enterprise", async () => {
    const q = `query ($g: ID!, $e: ID!) { grid(id: $g) { volunteerCount openDisputeCount }
      active: volunteers(filter: { gridId: $g, enterpriseId: $e, active: true }) { totalCount }
      open: disputes(filter: { gridId: $g, enterpriseId: $e, statuses: [REPORTED, ACCEPTED, MEDIATORS_ASSIGNED, MEDIATING, AGREEMENT_REACHED, FAILED, CONFIRMATION_APPLIED, JUDICIALLY_CONFIRMED, PERFORMING, URGED, LITIGATION, FOLLOWED_UP] }) { totalCount } }`;
    const all = await graph.query(q, { g: GRID, e: E1 }, 'ADMIN');
    expect(all.errors).toBeUndefined();
    expect(all.data!.active.totalCount).toBeGreaterThan(0);
    expect(all.data!.grid.volunteerCount).toBeGreaterThan(all.data!.active.totalCount);
    expect(all.data!.grid.openDisputeCount).toBeGreaterThan(all.data!.open.totalCount);
    const mine = await graph.query(q, { g: GRID, e: E1 }, asE1);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.grid).toEqual({ volunteerCount: all.data!.active.totalCount, openDisputeCount: all.data!.open.totalCount });

    const d = await graph.query(`query ($id: ID!) { dispute(id: $id) { enterprises { id } parties { enterprise { id } } } }`, { id: shared }, asE1);
    expect(d.errors).toBeUndefined();
    expect(d.data!.dispute).toEqual({ enterprises: [{ id: E1 }], parties: [{ enterprise: { id: E1 } }, { enterprise: null }] });
    const admin = await graph.query(`query ($id: ID!) { dispute(id: $id) { enterprises { id } } }`, { id: shared }, 'ADMIN');
    expect(admin.data!.dispute.enterprises).toEqual([{ id: E1 }, { id: E2 }]);
  });

  it('lookups by id answer exactly as for an id that does not exist', async () => {
    const q = `query ($id: ID!) { dispute(id: $id) { id } volunteer(id: $id) { id } }`;
    const visible = await graph.query(
      `query ($d: ID!, $v: ID!) { dispute(id: $d) { id } volunteer(id: $v) { id } }`,
      { d: e2Dispute, v: e2Volunteer },
      'ADMIN',
    );
    expect(visible.data).toEqual({ dispute: { id: e2Dispute }, volunteer: { id: e2Volunteer } });
    const unknown = await graph.query(q, { id: NONE }, asE1);
    expect(unknown).toMatchObject({ data: { dispute: null, volunteer: null } });
    for (const id of [e2Dispute, e2Volunteer]) {
      const r = await graph.query(q, { id }, asE1);
      expect(r.data).toEqual(unknown.data);
      expect(r.errors).toEqual(unknown.errors);
    }
    // a mutation on another enterprise's dispute is refused exactly as on an unknown one
    const accept = (id: string) => graph.query(`mutation ($id: ID!) { acceptDispute(id: $id, expectedVersion: 1) { id } }`, { id }, asE1);
    const [theirs, nobody] = await Promise.all([accept(e2Dispute), accept(NONE)]);
    expect(theirs.errors!.map((e) => e.extensions!.code)).toEqual(nobody.errors!.map((e) => e.extensions!.code));
    expect(theirs.errors![0].message).not.toContain(E2);
  });

  it('_entities: its own records resolve; the other enterprise, its disputes and volunteers are null', async () => {
    const own = await graph.query(`query ($e: ID!) { volunteers(filter: { enterpriseId: $e }, first: 1) { edges { node { id } } } }`, { e: E1 }, asE1);
    const ownVolunteer = own.data!.volunteers.edges[0].node.id;
    const r = await graph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id disputes(first: 100) { id enterprises { id } } } ... on Dispute { id } ... on Volunteer { id } } }`,
      {
        r: [
          { __typename: 'Enterprise', id: E1 },
          { __typename: 'Enterprise', id: E2 },
          { __typename: 'Dispute', id: shared },
          { __typename: 'Dispute', id: e2Dispute },
          { __typename: 'Volunteer', id: ownVolunteer },
          { __typename: 'Volunteer', id: e2Volunteer },
        ],
      },
      asE1,
    );
    expect(r.errors).toBeUndefined();
    const [mine, theirs, sharedDispute, theirDispute, myVolunteer, theirVolunteer] = r.data!._entities;
    expect(mine.disputes.length).toBeGreaterThan(0);
    expect(mine.disputes.every((d: { enterprises: Array<{ id: string }> }) => d.enterprises.every((e) => e.id === E1))).toBe(true);
    expect(theirs).toBeNull();
    expect(sharedDispute).toEqual({ id: shared });
    expect(theirDispute).toBeNull();
    expect(myVolunteer).toEqual({ id: ownVolunteer });
    expect(theirVolunteer).toBeNull();
  });

  it('a DEPARTMENT account sees the records of its own department only', async () => {
    const q = `{ disputes { totalCount } volunteers { totalCount } legalConsultations { totalCount } }`;
    const own = await graph.query(q, {}, { role: 'DEPARTMENT', department: 'mediation' });
    expect(own.data!.disputes.totalCount).toBeGreaterThan(0);
    expect(own.data!.volunteers.totalCount).toBeGreaterThan(0);
    const other = await graph.query(q, {}, { role: 'DEPARTMENT', department: 'activities' });
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ disputes: { totalCount: 0 }, volunteers: { totalCount: 0 }, legalConsultations: { totalCount: 0 } });
  });
});

describe('mediation: staff names are personal information', () => {
  const graph = useTestSubgraph(mediationSubgraph, { seed: true });
  const OWN_CLOSED = `query ($e: ID!) { disputes(filter: { enterpriseId: $e, statuses: [CLOSED] }, first: 1) {
    edges { node { id sessions { mediators { ... on Volunteer { id name } } recorded { name } } created { name } updated { name } history { changed { name } } agreement { recorded { name } } followUps { recorded { name } } } } }
    legalConsultations(filter: { enterpriseId: $e, statuses: [ANSWERED, FOLLOWED_BY_DISPUTE] }, first: 1) { edges { node { id answeredBy recorded { name } } } } }`;
  type Closed = {
    id: string;
    sessions: Array<{ mediators: Array<{ id: string; name: string }>; recorded: { name: string } }>;
    created: { name: string };
    updated: { name: string };
    history: Array<{ changed: { name: string } }>;
    agreement: { recorded: { name: string } };
    followUps: Array<{ recorded: { name: string } }>;
  };
  const names = (d: Closed) => [
    ...d.sessions.flatMap((s) => [...s.mediators.map((m) => m.name), s.recorded.name]),
    d.created.name,
    d.updated.name,
    ...d.history.map((h) => h.changed.name),
    d.agreement.recorded.name,
    ...d.followUps.map((f) => f.recorded.name),
  ];

  it('masks mediator, lawyer and recorder names for ENTERPRISE and ANALYST callers', async () => {
    for (const caller of [asE1, 'ANALYST' as const]) {
      const r = await graph.query(OWN_CLOSED, { e: E1 }, caller);
      expect(r.errors).toBeUndefined();
      const [dispute] = r.data!.disputes.edges.map((e: Node<Closed>) => e.node);
      expect(dispute.sessions.length).toBeGreaterThan(0);
      for (const name of names(dispute)) expect(name).toMatch(MASKED_NAME);
      const [consultation] = r.data!.legalConsultations.edges.map((e: Node<{ answeredBy: string; recorded: { name: string } }>) => e.node);
      expect(consultation.answeredBy).toMatch(MASKED_NAME);
      expect(consultation.recorded.name).toMatch(MASKED_NAME);
    }
  });

  it('shows them to a MEDIATOR and records the read in pii_audit', async () => {
    const audit = piiAuditModel(graph.db.connection);
    const r = await graph.query(OWN_CLOSED, { e: E1 }, { role: 'MEDIATOR', subject: 'mediator-li' });
    expect(r.errors).toBeUndefined();
    const [dispute] = r.data!.disputes.edges.map((e: Node<Closed>) => e.node);
    for (const name of names(dispute)) expect(name).not.toContain('*');
    const [consultation] = r.data!.legalConsultations.edges.map((e: Node<{ id: string; answeredBy: string }>) => e.node);
    expect(consultation.answeredBy).not.toContain('*');
    const records = await audit.find({ subject: 'mediator-li', entity: 'Staff' }).lean();
    const byId = new Map(records.map((x) => [x.entityId, x.fields]));
    expect(byId.get(dispute.id)).toEqual(
      expect.arrayContaining(['sessions.0.recorded.name', 'created.name', 'updated.name', 'history.0.changed.name', 'agreement.recorded.name']),
    );
    expect(byId.get(consultation.id)).toEqual(expect.arrayContaining(['answeredBy', 'recorded.name']));
    // the session's mediators are the force's volunteers (PII_POLICY.Volunteer): read in the clear, audited
    const mediator = dispute.sessions[0].mediators[0];
    expect(mediator.name).not.toContain('*');
    expect(await audit.findOne({ subject: 'mediator-li', entity: 'Volunteer', entityId: mediator.id }).lean()).toMatchObject({ fields: ['name'] });
  });
});

describe('mediation: facts the server owns when an ENTERPRISE reports a dispute', () => {
  const graph = useTestSubgraph(mediationSubgraph, { seed: true });
  const report = (parties: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}, fields = 'id reportedAt enterprises { id }') =>
    graph.query(
      `mutation ($input: ReportDisputeInput!) { reportDispute(input: $input) { ${fields} } }`,
      { input: { title: '供货合同纠纷', kind: 'ENTERPRISE_RELATED', channel: 'ENTERPRISE_REPORT', gridId: GRID, parties, ...extra } },
      asE1,
    );

  it('the report time is the server clock; a date the reporter states is kept apart as occurredAt', async () => {
    const before = Date.now();
    const r = await report([{ name: '王建华', role: 'APPLICANT', enterpriseId: E1 }], { occurredAt: '2020-01-02T03:04:05.000Z' }, 'reportedAt occurredAt');
    expect(r.errors).toBeUndefined();
    const reportedAt = new Date(r.data!.reportDispute.reportedAt).getTime();
    expect(reportedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(reportedAt).toBeLessThanOrEqual(Date.now() + 1000);
    expect(r.data!.reportDispute.occurredAt).toBe('2020-01-02T03:04:05.000Z');
    // the deprecated reportedAt input no longer backdates the report: it is kept as occurredAt
    const legacy = await report([{ name: '王建华', role: 'APPLICANT', enterpriseId: E1 }], { reportedAt: '2019-05-06T00:00:00.000Z' }, 'reportedAt occurredAt');
    expect(legacy.errors).toBeUndefined();
    expect(new Date(legacy.data!.reportDispute.reportedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(legacy.data!.reportDispute.occurredAt).toBe('2019-05-06T00:00:00.000Z');
  });

  it('may name only its own enterprise as an enterprise party', async () => {
    const count = await graph.models.Dispute.countDocuments({});
    const r = await report([
      { name: '王建华', role: 'APPLICANT', enterpriseId: E1 },
      { name: '李志强', role: 'RESPONDENT', enterpriseId: E2 },
    ]);
    expect(r.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(r.errors![0].message).toContain('input.parties.1.enterpriseId');
    expect(await graph.models.Dispute.countDocuments({})).toBe(count);
    // the other party may still be named, as a person without an enterprise
    const ok = await report([
      { name: '王建华', role: 'APPLICANT', enterpriseId: E1 },
      { name: '李志强', role: 'RESPONDENT' },
    ]);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.reportDispute.enterprises).toEqual([{ id: E1 }]);
  });
});
