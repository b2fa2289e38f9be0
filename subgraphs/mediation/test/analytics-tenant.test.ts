import { demoEnterpriseId, demoId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { mediationSubgraph } from '../src';

const E1 = demoEnterpriseId(1).toHexString();
const E2 = demoEnterpriseId(2).toHexString();
const asE1 = { role: 'ENTERPRISE' as const, enterpriseId: E1, subject: 'e1-analyst' };

/**
 * Every role that may read a list may read its statistics and aggregates, with the list's tenant scope:
 * an ENTERPRISE caller's figures count its own enterprise's records only, and grouping by enterprise
 * shows it its own enterprise's group (not the other enterprises that are parties to its disputes).
 */
describe('mediation statistics and aggregates for an ENTERPRISE caller: its own records only', () => {
  const graph = useTestSubgraph(mediationSubgraph, { seed: true });

  beforeAll(async () => {
    for (const [title, enterprises] of [
      ['两家企业之间的货款纠纷', [E1, E2]],
      ['只涉及二号企业的纠纷', [E2]],
    ] as const) {
      const r = await graph.query(
        `mutation ($input: ReportDisputeInput!) { reportDispute(input: $input) { id } }`,
        {
          input: {
            title,
            kind: 'ENTERPRISE_RELATED',
            channel: 'GRID_PATROL',
            gridId: demoId('grid', 5).toHexString(),
            parties: enterprises.map((enterpriseId, i) => ({ name: `当事人${i}`, role: i ? 'RESPONDENT' : 'APPLICANT', enterpriseId })),
          },
        },
        'MEDIATOR',
      );
      expect(r.errors).toBeUndefined();
    }
  });

  const FIGURES = `{
    disputes(first: 1) { totalCount } disputeStatistics { total kindCounts { count } }
    byKind: disputeAggregate(groupBy: [KIND]) { groups { count } totals { count } }
    byEnterprise: disputeAggregate(groupBy: [ENTERPRISE, KIND]) { groups { keys { dimension value } enterprise { id } count } totals { count resolvedCount } }
    legalConsultations(first: 1) { totalCount } legalConsultationStatistics { total } legalConsultationAggregate(groupBy: [ENTERPRISE]) { groups { keys { value } } totals { count } }
    dutyShifts(first: 1) { totalCount } dutyShiftStatistics { total } dutyShiftAggregate(groupBy: [GRID]) { totals { count } }
    volunteers(first: 1) { totalCount } volunteerStatistics { total } }`;

  it('counts exactly its own list, in every statistic and aggregate', async () => {
    const mine = await graph.query(FIGURES, {}, asE1);
    expect(mine.errors).toBeUndefined();
    const d = mine.data!;
    const own = await graph.query(
      `query ($e: ID!) { disputes(filter: { enterpriseId: $e }, first: 1) { totalCount } legalConsultations(filter: { enterpriseId: $e }, first: 1) { totalCount }
        dutyShifts(filter: { enterpriseId: $e }, first: 1) { totalCount } volunteers(filter: { enterpriseId: $e }, first: 1) { totalCount } }`,
      { e: E1 },
      'ADMIN',
    );
    const all = await graph.query(FIGURES, {}, 'ANALYST');
    expect(d.disputes.totalCount).toBe(own.data!.disputes.totalCount);
    expect(d.disputes.totalCount).toBeGreaterThan(0);
    expect(d.disputes.totalCount).toBeLessThan(all.data!.disputes.totalCount);
    for (const total of [d.disputeStatistics.total, d.byKind.totals.count, d.byEnterprise.totals.count]) expect(total).toBe(d.disputes.totalCount);
    expect(d.byKind.groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(d.disputes.totalCount);
    // the shared dispute's other party (E2) is not a group of its own for E1
    for (const g of d.byEnterprise.groups) {
      expect(g.keys[0]).toEqual({ dimension: 'ENTERPRISE', value: E1 });
      expect(g.enterprise).toEqual({ id: E1 });
    }
    expect(all.data!.byEnterprise.groups.some((g: { keys: Array<{ value: string }> }) => g.keys[0].value === E2)).toBe(true);

    expect(d.legalConsultations.totalCount).toBe(own.data!.legalConsultations.totalCount);
    expect([d.legalConsultationStatistics.total, d.legalConsultationAggregate.totals.count]).toEqual([
      d.legalConsultations.totalCount,
      d.legalConsultations.totalCount,
    ]);
    for (const g of d.legalConsultationAggregate.groups) expect(g.keys[0].value).toBe(E1);
    expect(d.dutyShifts.totalCount).toBe(own.data!.dutyShifts.totalCount);
    expect([d.dutyShiftStatistics.total, d.dutyShiftAggregate.totals.count]).toEqual([d.dutyShifts.totalCount, d.dutyShifts.totalCount]);
    expect(d.volunteerStatistics.total).toBe(own.data!.volunteers.totalCount);
    expect(d.volunteers.totalCount).toBe(own.data!.volunteers.totalCount);
  });
});
