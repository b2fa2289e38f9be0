import { DEMO_ROSTER, demoEnterpriseId } from '@pecg/demo';
import { startTestSubgraph, type TestSubgraph } from '@pecg/testing';
import { mediationSubgraph, type MediationModels } from '../src';
import { DISPUTE_ACTIONS, targetOf, type DisputeAction } from '../src/domain/dispute-lifecycle';
import { DISPUTE_KINDS, DISPUTE_STATUSES, INTAKE_CHANNELS, type DisputeDoc } from '../src/models';

const PARK_GRIDS = ['园区东区网格', '园区西区网格', '园区孵化楼网格'];

/** The demo data as the seed wrote it: every record's dates agree with each other (the "Why": they did not). */
describe('mediation demo data agrees with itself', () => {
  let graph: TestSubgraph<MediationModels>;
  let disputes: DisputeDoc[];
  beforeAll(async () => {
    graph = await startTestSubgraph(mediationSubgraph, { seed: true });
    disputes = await graph.models.Dispute.find().lean<DisputeDoc[]>();
  });
  afterAll(async () => {
    await graph.stop();
  });

  it('a year of disputes of every kind, source and state (failed, declined, escalated, confirmed and non-performed among them)', () => {
    const present = (key: keyof DisputeDoc) => new Set(disputes.map((d) => d[key]));
    for (const kind of DISPUTE_KINDS) if (kind !== 'NEIGHBOUR_FAMILY') expect(present('kind')).toContain(kind);
    // CLOUD_PLATFORM disputes are opened at run time by community safety's incidents (through the gateway)
    for (const channel of INTAKE_CHANNELS) if (channel !== 'CLOUD_PLATFORM') expect(present('channel')).toContain(channel);
    for (const status of DISPUTE_STATUSES) expect(present('status')).toContain(status);
    expect(disputes.some((d) => d.escalated && d.status === 'CLOSED')).toBe(true);
    expect(disputes.some((d) => d.performance === 'NOT_PERFORMED' || d.performance === 'PARTLY')).toBe(true);
    const months = new Set(disputes.map((d) => d.reportedMonth));
    expect(months.size).toBe(12);
  });

  it('every history walks the life-cycle table forward in time, starting at the report', () => {
    for (const d of disputes) {
      expect(d.history[0]).toMatchObject({ from: null, to: 'REPORTED' });
      expect(d.history[0].changed.at.getTime()).toBe(d.reportedAt.getTime());
      for (let i = 1; i < d.history.length; i++) {
        const h = d.history[i];
        const action = h.action as DisputeAction;
        expect(DISPUTE_ACTIONS[action].from).toContain(h.from);
        expect(targetOf(action, h.from!)).toBe(h.to);
        expect(h.changed.at.getTime()).toBeGreaterThanOrEqual(d.history[i - 1].changed.at.getTime());
      }
      expect(d.history[d.history.length - 1].to).toBe(d.status);
      expect(d.version).toBe(d.history.length);
      expect(d.updated.at.getTime()).toBe(d.history[d.history.length - 1].changed.at.getTime());
    }
  });

  it('each record is dated by its step: sessions, agreement, escalations, application, confirmation, follow-ups, closing', () => {
    const at = (d: DisputeDoc, action: string) => d.history.filter((h) => h.action === action).map((h) => h.changed.at.getTime());
    for (const d of disputes) {
      expect(d.sessions.map((s) => s.at.getTime())).toEqual(at(d, 'RECORD_SESSION'));
      expect(d.escalations.map((e) => e.escalated.at.getTime())).toEqual(at(d, 'ESCALATE'));
      expect(d.followUps.map((f) => f.at.getTime())).toEqual([...at(d, 'FOLLOW_UP_FULFILLED'), ...at(d, 'FOLLOW_UP_UNFULFILLED')].sort((a, b) => a - b));
      if (d.agreement) {
        const [reached] = at(d, 'REACH_AGREEMENT');
        // effective the day agreed (oral) or when the last signature and the seal were put (written), recorded after
        expect(d.agreement.effectiveOn.getTime()).toBeGreaterThanOrEqual(reached);
        expect(d.agreement.recorded.at.getTime()).toBeGreaterThanOrEqual(d.agreement.effectiveOn.getTime());
        for (const f of d.followUps) expect(f.at.getTime()).toBeGreaterThan(d.agreement.effectiveOn.getTime());
      }
      if (d.judicialConfirmation) {
        const [applied] = at(d, 'APPLY_CONFIRMATION');
        const day = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
        expect(d.judicialConfirmation.appliedOn!.toISOString().slice(0, 10)).toBe(day(applied));
        if (d.judicialConfirmation.confirmedAt) expect(d.judicialConfirmation.confirmedAt.toISOString().slice(0, 10)).toBe(day(at(d, 'CONFIRM')[0]));
        // within the 30-day window of art. 33
        expect(applied - d.agreement!.effectiveOn.getTime()).toBeLessThanOrEqual(30 * 86_400_000);
      }
      if (d.status === 'CLOSED') expect(d.closedAt!.getTime()).toBe(at(d, 'CLOSE')[0]);
      expect(d.updated.at.getTime()).toBeLessThan(Date.UTC(2026, 11, 1));
    }
  });

  it('the park’s disputes name incubator firms and are mediated by the park’s force; 白虎滩’s by its own', async () => {
    const grids = new Map((await graph.models.Grid.find().lean()).map((g) => [g._id.toHexString(), g.name]));
    const volunteers = new Map((await graph.models.Volunteer.find().lean()).map((v) => [v._id.toHexString(), grids.get(v.gridId.toHexString())!]));
    const incubator = new Set(DEMO_ROSTER.filter((e) => e.inIncubator).map((e) => e.n));
    const rosterNumber = new Map(DEMO_ROSTER.map((e) => [demoEnterpriseId(e.n).toHexString(), e.n]));
    expect(rosterNumber.size).toBe(122);
    for (const d of disputes) {
      const inPark = PARK_GRIDS.includes(grids.get(d.gridId!.toHexString())!);
      for (const m of d.mediatorIds) {
        const grid = volunteers.get(m.toHexString());
        if (grid) expect(PARK_GRIDS.includes(grid)).toBe(inPark);
      }
      if (inPark) expect(d.enterpriseIds.length).toBeGreaterThan(0);
      for (const e of d.enterpriseIds) {
        const n = rosterNumber.get(e.toHexString())!;
        expect(n).toBeDefined();
        expect(incubator.has(n)).toBe(inPark);
      }
    }
  });
});
