import { demoEnterpriseId, demoId } from '@pecg/demo';
import { piiAuditModel } from '@pecg/common';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { demoDisputes } from '../src/demo/disputes';

/** The demo caseload as the seed writes it (the expected counts are counted from it). */
const DEMO = demoDisputes();
const E1 = demoEnterpriseId(1).toHexString();
type Row = { key: string; label: string; count: number };

describe('mediation subgraph: communities, grids, volunteers, dispute lists, statistics and PII', () => {
  let graph: TestSubgraph<MediationModels>;
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('seeds idempotently', async () => {
    expect(graph.seeded!.created).toBeGreaterThan(700);
    expect(await mediationSubgraph.seedDemo!(graph.models)).toEqual({ created: 0 });
  });

  it('describes 白虎滩社区 with its grids, grid workers masked for ANALYST, and entities by key', async () => {
    const { data, errors } = await graph.query(
      `{ communities { id name district areaKm2 residents residentialCompounds peakDailyTourists grids { name covers worker { name phone } volunteerCount openDisputeCount community { name } } } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const baihutan = data!.communities.find((c: { name: string }) => c.name === '白虎滩社区');
    expect(baihutan).toMatchObject({ district: '东坡区', areaKm2: 3.03, residents: 5000, residentialCompounds: 3, peakDailyTourists: 100000 });
    expect(baihutan.grids).toHaveLength(4);
    expect(baihutan.grids[0].community.name).toBe('白虎滩社区');
    expect(baihutan.grids[0].worker.name).toMatch(/^.\*+$/);
    expect(baihutan.grids[0].worker.phone).toMatch(/\*{4}/);
    const park = data!.communities.find((c: { name: string }) => c.name === '万象创新科技产业园');
    const volunteers = park.grids.reduce((n: number, g: { volunteerCount: number }) => n + g.volunteerCount, 0);
    expect(volunteers).toBeGreaterThan(500);
    const entities = await graph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Dispute { title kindLabel } ... on Grid { name } ... on Community { name } ... on Volunteer { dutyLabels } } }`,
      {
        r: [
          { __typename: 'Dispute', id: demoId('dispute', 1).toHexString() },
          { __typename: 'Grid', id: demoId('grid', 4).toHexString() },
          { __typename: 'Community', id: demoId('community', 1).toHexString() },
          { __typename: 'Volunteer', id: demoId('volunteer', 4).toHexString() },
          { __typename: 'Dispute', id: 'ffffffffffffffffffffffff' },
        ],
      },
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data!._entities).toEqual([
      { title: expect.stringContaining('货款结算纠纷'), kindLabel: '涉企纠纷' },
      { name: '白虎滩景区网格' },
      { name: '白虎滩社区' },
      { dutyLabels: ['矛盾调解'] },
      null,
    ]);
  });

  it('lists and counts the 600+ volunteers by duty, and registers one', async () => {
    const stats = await graph.query(
      `{ volunteerStatistics { total byDuty { duty dutyLabel count } } mediators: volunteerStatistics(filter: { duties: [MEDIATION] }) { total byDuty { duty count } } }`,
      {},
      'ANALYST',
    );
    expect(stats.errors).toBeUndefined();
    // the park's force of 620 and 白虎滩's own 40
    expect(stats.data!.volunteerStatistics.total).toBe(660);
    expect(stats.data!.volunteerStatistics.byDuty.map((d: { dutyLabel: string }) => d.dutyLabel)).toEqual(['巡逻', '安全检查', '矛盾调解']);
    expect(stats.data!.mediators.byDuty).toEqual([
      { duty: 'PATROL', count: 0 },
      { duty: 'SAFETY_INSPECTION', count: 0 },
      { duty: 'MEDIATION', count: stats.data!.mediators.total },
    ]);
    const grid = demoId('grid', 5).toHexString();
    const list = await graph.query(
      `query ($g: ID!) { volunteers(filter: { gridId: $g, active: true }, first: 5) { totalCount edges { node { name grid { id } active } } } }`,
      { g: grid },
      'MEDIATOR',
    );
    expect(list.data!.volunteers.edges).toHaveLength(5);
    expect(list.data!.volunteers.edges[0].node.name).not.toContain('*');
    const masked = await graph.query(
      `query ($g: ID!) { volunteers(filter: { gridId: $g }, first: 1) { edges { node { name phone } } } }`,
      { g: grid },
      'ANALYST',
    );
    expect(masked.data!.volunteers.edges[0].node.name).toMatch(/^.\*+$/);
    expect(masked.data!.volunteers.edges[0].node.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(list.data!.volunteers.edges.every((e: { node: { grid: { id: string }; active: boolean } }) => e.node.grid.id === grid && e.node.active)).toBe(true);
    const q = `mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { name phone duties joinedOn enterprise { id } } }`;
    const ok = await graph.query(
      q,
      { input: { name: '新志愿者', phone: '13912345678', duties: ['PATROL', 'MEDIATION'], gridId: grid, enterpriseId: E1, joinedOn: '2024-05-01' } },
      'MEDIATOR',
    );
    expect(ok.data!.registerVolunteer).toEqual({
      name: '新志愿者',
      phone: '13912345678',
      duties: ['PATROL', 'MEDIATION'],
      joinedOn: '2024-05-01',
      enterprise: { id: E1 },
    });
    const bad = await graph.query(q, { input: { name: '新志愿者', phone: '555', duties: [], gridId: grid } }, 'MEDIATOR');
    expect(bad.errors![0].message).toContain('input.phone');
    expect(bad.errors![0].message).toContain('"555"');
    expect(bad.errors![0].message).toContain('input.duties');
    const analyst = await graph.query(q, { input: { name: 'x', duties: ['PATROL'], gridId: grid } }, 'ANALYST');
    expect(analyst.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('filters disputes by kind, level, status, grid, enterprise and month, newest first, with cursors', async () => {
    const q = `query ($f: DisputeFilter, $after: String) { disputes(filter: $f, first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind level status reportedAt grid { name } enterprises { id } } } } }`;
    const enterpriseRelated = await graph.query(q, { f: { kinds: ['ENTERPRISE_RELATED'], statuses: ['CLOSED'] } }, 'ANALYST');
    expect(enterpriseRelated.errors).toBeUndefined();
    expect(enterpriseRelated.data!.disputes.totalCount).toBe(DEMO.filter((d) => d.kind === 'ENTERPRISE_RELATED' && d.status === 'CLOSED').length);
    const next = await graph.query(
      q,
      { f: { kinds: ['ENTERPRISE_RELATED'], statuses: ['CLOSED'] }, after: enterpriseRelated.data!.disputes.pageInfo.endCursor },
      'ANALYST',
    );
    const dates = [...enterpriseRelated.data!.disputes.edges, ...next.data!.disputes.edges].map((e: { node: { reportedAt: string } }) => e.node.reportedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const tourist = await graph.query(q, { f: { kinds: ['TOURIST'], gridId: demoId('grid', 4).toHexString() } });
    expect(tourist.data!.disputes.totalCount).toBe(24);
    expect(tourist.data!.disputes.edges[0].node.grid.name).toBe('白虎滩景区网格');
    const community = await graph.query(q, { f: { levels: ['COMMUNITY'], kinds: ['DEMOLITION_RESETTLEMENT'] } });
    expect(community.data!.disputes.totalCount).toBe(DEMO.filter((d) => d.kind === 'DEMOLITION_RESETTLEMENT' && d.level === 'COMMUNITY').length);
    const mine = await graph.query(q, { f: { enterpriseId: E1 } });
    expect(mine.data!.disputes.totalCount).toBeGreaterThan(0);
    expect(mine.data!.disputes.edges.every((e: { node: { enterprises: Array<{ id: string }> } }) => e.node.enterprises.some((x) => x.id === E1))).toBe(true);
    const march = await graph.query(q, { f: { month: '2026-03' } });
    expect(march.data!.disputes.totalCount).toBeGreaterThan(0);
    expect(
      march.data!.disputes.edges.every((e: { node: { reportedAt: string } }) =>
        new Date(new Date(e.node.reportedAt).getTime() + 8 * 3600_000).toISOString().startsWith('2026-03'),
      ),
    ).toBe(true);
    const badMonth = await graph.query(q, { f: { month: '2023-13' } });
    expect(badMonth.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(badMonth.errors![0].message).toContain('"2023-13"');
  });

  it('computes dispute statistics in the database: 矛盾不上交 and satisfaction', async () => {
    const { data, errors } = await graph.query(
      `{ disputeStatistics { total byKind { key label count } byLevel { key count } byStatus { key label count } byChannel { key label count } byMonth { month count } byGrid { grid { name } count }
         resolved resolvedLocally localResolutionShare resolvedByLevel { key count } ratedCount averageSatisfaction } }`,
      {},
      'ANALYST',
    );
    expect(errors).toBeUndefined();
    const s = data!.disputeStatistics;
    expect(s.total).toBe(132);
    expect(s.byKind.find((r: Row) => r.key === 'ENTERPRISE_RELATED')).toEqual({ key: 'ENTERPRISE_RELATED', label: '涉企纠纷', count: 56 });
    expect(s.byKind.map((r: Row) => r.key)).toEqual([
      'ENTERPRISE_RELATED',
      'CONTRACT',
      'TOURIST',
      'DEMOLITION_RESETTLEMENT',
      'NEIGHBOUR',
      'FAMILY',
      'LABOUR',
      'NEIGHBOUR_FAMILY',
      'OTHER',
    ]);
    expect(s.byStatus.reduce((n: number, r: Row) => n + r.count, 0)).toBe(132);
    expect(s.byChannel.find((r: Row) => r.key === 'REMOTE_VIDEO_PLATFORM').label).toBe('远程视频调解平台');
    expect(s.byMonth).toHaveLength(12);
    expect(s.byGrid).toHaveLength(7);
    expect(s.byGrid.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(132);
    expect(s.byGrid[0].count).toBeGreaterThanOrEqual(s.byGrid[6].count);
    expect(s.byGrid.find((g: { grid: { name: string } }) => g.grid.name === '白虎滩景区网格').count).toBe(24);
    // every agreement of the demo was reached at grid or community level
    expect(s.resolved).toBe(s.resolvedLocally);
    expect(s.resolved).toBe(DEMO.filter((d) => d.resolved).length);
    const closed = s.byStatus.find((r: Row) => r.key === 'CLOSED').count;
    expect(s.ratedCount).toBe(closed);
    expect(s.averageSatisfaction).toBeGreaterThan(3.5);
    expect(s.averageSatisfaction).toBeLessThanOrEqual(5);
    const tourist = await graph.query(`{ disputeStatistics(filter: { kinds: [TOURIST] }) { total resolved } }`, {}, 'ANALYST');
    expect(tourist.data!.disputeStatistics).toEqual({ total: 24, resolved: DEMO.filter((d) => d.kind === 'TOURIST' && d.resolved).length });
  });

  it('masks dispute parties for ANALYST and shows them to a MEDIATOR, recording the read in pii_audit', async () => {
    const id = demoId('dispute', 2).toHexString();
    const q = `query ($id: ID!) { dispute(id: $id) { parties { name phone idNumber role roleLabel } } }`;
    const audit = piiAuditModel(graph.db.connection);
    const masked = await graph.query(q, { id }, 'ANALYST');
    const [applicant] = masked.data!.dispute.parties;
    expect(applicant.name).toMatch(/^.\*+$/);
    expect(applicant.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(applicant.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(applicant.roleLabel).toBe('申请人');
    expect(await audit.countDocuments({ entity: 'Dispute', entityId: id })).toBe(0);
    const clear = await graph.query(q, { id }, { role: 'MEDIATOR', subject: 'mediator-zhang' });
    const [party] = clear.data!.dispute.parties;
    expect(party.name).not.toContain('*');
    expect(party.phone).toMatch(/^1\d{10}$/);
    expect(party.idNumber).toMatch(/^\d{17}[\dX]$/);
    const records = await audit.find({ entity: 'Dispute', entityId: id }).lean();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ subject: 'mediator-zhang', role: 'MEDIATOR' });
    expect(records[0].fields).toEqual(expect.arrayContaining(['parties.0.name', 'parties.0.phone', 'parties.0.idNumber', 'parties.1.name']));
  });

  it('shows ENTERPRISE users only disputes their enterprise is a party to', async () => {
    const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1 };
    const list = await graph.query(`{ disputes(first: 100) { totalCount edges { node { id enterprises { id } } } } disputeStatistics { total } }`, {}, asE1);
    expect(list.errors).toBeUndefined();
    expect(list.data!.disputes.totalCount).toBeGreaterThan(0);
    expect(list.data!.disputes.totalCount).toBe(list.data!.disputeStatistics.total);
    expect(list.data!.disputes.edges.every((e: { node: { enterprises: Array<{ id: string }> } }) => e.node.enterprises.some((x) => x.id === E1))).toBe(true);
    const other = await graph.query(`query ($id: ID!) { dispute(id: $id) { id } }`, { id: demoId('dispute', 60).toHexString() }, asE1);
    expect(other.errors).toBeUndefined();
    expect(other.data!.dispute).toBeNull();
    const foreign = await graph.query(
      `query ($e: ID!) { disputes(filter: { enterpriseId: $e }) { totalCount } }`,
      { e: demoEnterpriseId(2).toHexString() },
      asE1,
    );
    expect(foreign.data!.disputes.totalCount).toBe(0);
    const entities = await graph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { disputes { id } } } }`,
      {
        r: [
          { __typename: 'Enterprise', id: E1 },
          { __typename: 'Enterprise', id: demoEnterpriseId(2).toHexString() },
        ],
      },
      asE1,
    );
    expect(entities.data!._entities[0].disputes.length).toBeGreaterThan(0);
    // another enterprise does not exist for an ENTERPRISE caller (READ_POLICY): null, not an empty list
    expect(entities.data!._entities[1]).toBeNull();
  });

  it('resolves Enterprise.disputes for 10 or 50 enterprises with the same number of round trips', async () => {
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Enterprise', id: demoEnterpriseId(i + 1).toHexString() }));
    const measure = async (n: number) => {
      graph.db.roundTrips.reset();
      const result = await graph.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { disputes { title kindLabel grid { name } } } } }`,
        { r: reps(n) },
      );
      expect(result.errors).toBeUndefined();
      return { trips: graph.db.roundTrips.total, entities: result.data!._entities };
    };
    const ten = await measure(10);
    const fifty = await measure(50);
    expect(fifty.trips).toBe(ten.trips);
    expect(ten.trips).toBe(2);
    expect(fifty.entities[0].disputes.length).toBeGreaterThan(0);
    expect(['涉企纠纷', '合同纠纷', '劳资纠纷']).toContain(fifty.entities[0].disputes[0].kindLabel);
    // the latest N per enterprise, newest first; a page size out of range is refused
    const latest = await graph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { all: disputes(first: 100) { id reportedAt } one: disputes(first: 1) { id } } } }`,
      { r: reps(1) },
    );
    const [entity] = latest.data!._entities;
    expect(entity.all.length).toBeGreaterThan(1);
    expect(entity.one).toEqual([{ id: entity.all[0].id }]);
    expect([...entity.all].map((d: any) => d.reportedAt)).toEqual(
      [...entity.all]
        .map((d: any) => d.reportedAt)
        .sort()
        .reverse(),
    );
    const tooMany = await graph.query(
      `{ _entities(representations: [{ __typename: "Enterprise", id: "${demoEnterpriseId(1).toHexString()}" }]) { ... on Enterprise { disputes(first: 101) { id } } } }`,
    );
    expect(tooMany.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('lists and records legal consultations', async () => {
    const list = await graph.query(
      `{ legalConsultations(filter: { channels: [REMOTE_VIDEO_PLATFORM] }, first: 3) { totalCount edges { node { topic channel channelLabel answeredBy grid { name } } } } }`,
      {},
      'ANALYST',
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.legalConsultations.totalCount).toBeGreaterThan(0);
    expect(list.data!.legalConsultations.edges[0].node.channelLabel).toBe('远程视频法律咨询');
    const q = `mutation ($input: RecordLegalConsultationInput!) { recordLegalConsultation(input: $input) { topic channel enterprise { id } recorded { role } } }`;
    const ok = await graph.query(
      q,
      { input: { topic: '劳动合同', channel: 'LEGAL_TOUCH_SCREEN', answeredBy: '驻站律师', enterpriseId: E1, gridId: demoId('grid', 5).toHexString() } },
      'MEDIATOR',
    );
    expect(ok.data!.recordLegalConsultation).toEqual({
      topic: '劳动合同',
      channel: 'LEGAL_TOUCH_SCREEN',
      enterprise: { id: E1 },
      recorded: { role: 'MEDIATOR' },
    });
    const mine = await graph.query(
      `{ legalConsultations(first: 100) { totalCount edges { node { enterprise { id } } } } }`,
      {},
      { role: 'ENTERPRISE', enterpriseId: E1 },
    );
    expect(mine.data!.legalConsultations.totalCount).toBeGreaterThan(0);
    expect(mine.data!.legalConsultations.edges.every((e: { node: { enterprise: { id: string } } }) => e.node.enterprise.id === E1)).toBe(true);
    const bad = await graph.query(q, { input: { topic: '', channel: 'HOTLINE', answeredBy: '律师', gridId: 'zz' } }, 'MEDIATOR');
    expect(bad.errors![0].message).toContain('input.topic');
    expect(bad.errors![0].message).toContain('input.gridId');
  });
});
