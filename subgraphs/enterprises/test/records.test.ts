import { demoId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf, MISSING_ID, O } from './helpers';

const RAISE_NEED = `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id status statusLabel categoryLabel version raisedBy { role } enterprise { id } } }`;
const ADVANCE_NEED = `mutation ($id: ID!, $v: Int!, $i: AdvanceServiceNeedInput!) { advanceServiceNeed(id: $id, expectedVersion: $v, input: $i) { status version resolution startedBy { role } resolvedBy { subject } } }`;
const RAISE_ALERT = `mutation ($i: RaiseRiskAlertInput!) { raiseRiskAlert(input: $i) { id status statusLabel typeLabel severityLabel version raisedByOfficer { id } } }`;
const ADVANCE_ALERT = `mutation ($id: ID!, $v: Int!, $i: AdvanceRiskAlertInput!) { advanceRiskAlert(id: $id, expectedVersion: $v, input: $i) { status statusLabel version acknowledgedAt dismissalReason mitigation lossAvoidedYuan updatedBy { role } } }`;

describe('service needs, advantage resources and risk alerts', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });

  it('holds the story of the stopped 5,000,000-yuan investment in the demo data', async () => {
    const { riskAlerts } = dataOf(
      await sg.query(
        `{ riskAlerts(filter: { type: NOMINEE_HOLDING }) { edges { node { statusLabel lossAvoidedYuan acknowledgedAt typeLabel enterprise { name } raisedByOfficer { unit } } } } }`,
      ),
    );
    expect(riskAlerts.edges).toHaveLength(1);
    expect(riskAlerts.edges[0].node).toMatchObject({ statusLabel: '已关闭', lossAvoidedYuan: 5_000_000, typeLabel: '股权代持' });
    expect(riskAlerts.edges[0].node.acknowledgedAt).toBeTruthy();
  });

  it('raising a service need costs 2 database round trips (enterprise check, insert), advancing it 1 (one conditional write)', async () => {
    sg.db.roundTrips.reset();
    const need = dataOf(
      await sg.query(`mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id version } }`, {
        i: { enterpriseId: E(5), category: 'LEGAL', description: '往返次数' },
      }),
    ).raiseServiceNeed;
    expect(Object.fromEntries(sg.db.roundTrips.byCommand)).toEqual({ find: 1, insert: 1 });
    sg.db.roundTrips.reset();
    await sg.query(`mutation ($id: ID!, $v: Int!) { advanceServiceNeed(id: $id, expectedVersion: $v, input: { action: START }) { status version } }`, {
      id: need.id,
      v: need.version,
    });
    expect(Object.fromEntries(sg.db.roundTrips.byCommand)).toEqual({ findAndModify: 1 });
  });

  it('moves a service need open → in progress → resolved, refusing illegal steps and stale versions', async () => {
    const need = dataOf(
      await sg.query(RAISE_NEED, { i: { enterpriseId: E(3), category: 'LEGAL', description: '合同纠纷法律咨询' } }, { role: 'ENTERPRISE', enterpriseId: E(3) }),
    ).raiseServiceNeed;
    expect(need).toMatchObject({
      status: 'OPEN',
      statusLabel: '待办理',
      categoryLabel: '法律咨询',
      version: 1,
      raisedBy: { role: 'ENTERPRISE' },
      enterprise: { id: E(3) },
    });
    const illegal = errorOf(await sg.query(ADVANCE_NEED, { id: need.id, v: 1, i: { action: 'RESOLVE', resolution: '已办结' } }));
    expect(illegal.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(illegal.message).toContain('from OPEN to RESOLVED');
    expect(illegal.message).toContain('IN_PROGRESS, DECLINED');
    const started = dataOf(await sg.query(ADVANCE_NEED, { id: need.id, v: 1, i: { action: 'START' } }, 'POLICE')).advanceServiceNeed;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', version: 2, startedBy: { role: 'POLICE' } });
    expect(errorOf(await sg.query(ADVANCE_NEED, { id: need.id, v: 1, i: { action: 'RESOLVE', resolution: 'x' } })).code).toBe('CONFLICT');
    expect(errorOf(await sg.query(ADVANCE_NEED, { id: need.id, v: 2, i: { action: 'RESOLVE' } })).message).toContain('input.resolution');
    const resolved = dataOf(
      await sg.query(ADVANCE_NEED, { id: need.id, v: 2, i: { action: 'RESOLVE', resolution: '律师已上门解答' } }, { role: 'POLICE', subject: 'p-2' }),
    ).advanceServiceNeed;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: '律师已上门解答', resolvedBy: { subject: 'p-2' } });
    const final = errorOf(await sg.query(ADVANCE_NEED, { id: need.id, v: 3, i: { action: 'DECLINE', resolution: 'x' } }));
    expect(final.message).toContain('none (final state)');
    expect(errorOf(await sg.query(ADVANCE_NEED, { id: MISSING_ID, v: 1, i: { action: 'START' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(ADVANCE_NEED, { id: need.id, v: 3, i: { action: 'START' } }, { role: 'ENTERPRISE', enterpriseId: E(3) })).code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(await sg.query(RAISE_NEED, { i: { enterpriseId: E(4), category: 'LEGAL', description: 'x' } }, { role: 'ENTERPRISE', enterpriseId: E(3) })).code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(RAISE_NEED, { i: { enterpriseId: MISSING_ID, category: 'LEGAL', description: 'x' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(RAISE_NEED, { i: { enterpriseId: E(4), category: 'LEGAL', description: '  ' } })).message).toContain('input.description');
  });

  it('lists needs with filters and scope, newest first, and counts open ones per enterprise', async () => {
    const q = `query ($f: ServiceNeedFilter) { serviceNeeds(filter: $f, first: 100) { totalCount edges { node { status enterprise { id } raisedBy { at } } } } }`;
    const open = dataOf(await sg.query(q, { f: { status: 'OPEN' } })).serviceNeeds;
    expect(open.totalCount).toBeGreaterThan(0);
    expect(open.edges.every((e: any) => e.node.status === 'OPEN')).toBe(true);
    const times = open.edges.map((e: any) => e.node.raisedBy.at);
    expect([...times].sort().reverse()).toEqual(times);
    const mine = dataOf(await sg.query(q, {}, { role: 'ENTERPRISE', enterpriseId: E(3) })).serviceNeeds;
    expect(mine.totalCount).toBeGreaterThan(0); // the need E(3) raised above
    expect(mine.edges.every((e: any) => e.node.enterprise.id === E(3))).toBe(true);
    const own = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { openNeedCount serviceNeeds(status: OPEN) { id } } }`, { id: E(1) })).enterprise;
    expect(own.serviceNeeds.length).toBeLessThanOrEqual(own.openNeedCount);
    expect(errorOf(await sg.query(q, { f: { enterpriseId: 'x' } })).message).toContain('filter.enterpriseId');
  });

  it('records advantage resources and lists them by kind', async () => {
    const offered = dataOf(
      await sg.query(
        `mutation ($i: OfferAdvantageResourceInput!) { offerAdvantageResource(input: $i) { kind kindLabel available offeredBy { role } enterprise { id } } }`,
        { i: { enterpriseId: E(7), kind: 'VENUE', description: '会议室可供警企议事' } },
        { role: 'ENTERPRISE', enterpriseId: E(7) },
      ),
    ).offerAdvantageResource;
    expect(offered).toEqual({ kind: 'VENUE', kindLabel: '场地', available: true, offeredBy: { role: 'ENTERPRISE' }, enterprise: { id: E(7) } });
    const venues = dataOf(
      await sg.query(`{ advantageResources(filter: { kind: VENUE, available: true }, first: 100) { totalCount edges { node { kind available } } } }`),
    ).advantageResources;
    expect(venues.totalCount).toBeGreaterThan(1);
    expect(venues.edges.every((e: any) => e.node.kind === 'VENUE' && e.node.available)).toBe(true);
    const mine = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { advantageResources { description } } }`, { id: E(7) })).enterprise
      .advantageResources;
    expect(mine.map((r: any) => r.description)).toContain('会议室可供警企议事');
    const bad = `mutation ($i: OfferAdvantageResourceInput!) { offerAdvantageResource(input: $i) { kind } }`;
    expect(errorOf(await sg.query(bad, { i: { enterpriseId: MISSING_ID, kind: 'VENUE', description: 'x' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(bad, { i: { enterpriseId: E(7), kind: 'VENUE', description: '' } })).message).toContain('input.description');
    expect(errorOf(await sg.query(bad, { i: { enterpriseId: E(8), kind: 'VENUE', description: 'x' } }, { role: 'ENTERPRISE', enterpriseId: E(7) })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('moves a risk alert detected → triaged → notified → acknowledged → mitigated → closed', async () => {
    const alert = dataOf(
      await sg.query(
        RAISE_ALERT,
        { i: { enterpriseId: E(11), type: 'FRAUD', severity: 'HIGH', description: '冒充客户要求转账', source: '反诈中心' } },
        { role: 'POLICE', officerId: O(3) },
      ),
    ).raiseRiskAlert;
    expect(alert).toMatchObject({
      status: 'DETECTED',
      statusLabel: '已发现',
      typeLabel: '诈骗',
      severityLabel: '高',
      version: 1,
      raisedByOfficer: { id: O(3) },
    });
    const step = (v: number, i: Record<string, unknown>, caller: any = 'POLICE') => sg.query(ADVANCE_ALERT, { id: alert.id, v, i }, caller);
    expect(errorOf(await step(1, { action: 'NOTIFY' })).message).toContain('allowed next states from DETECTED: TRIAGED, DISMISSED');
    expect(errorOf(await step(1, { action: 'ACKNOWLEDGE' }, { role: 'ENTERPRISE', enterpriseId: E(11) })).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(dataOf(await step(1, { action: 'TRIAGE' })).advanceRiskAlert.status).toBe('TRIAGED');
    expect(dataOf(await step(2, { action: 'NOTIFY' })).advanceRiskAlert.statusLabel).toBe('已告知');
    expect(errorOf(await step(3, { action: 'ACKNOWLEDGE' }, { role: 'ENTERPRISE', enterpriseId: E(12) })).code).toBe('NOT_FOUND'); // another enterprise's alert
    const acknowledged = dataOf(await step(3, { action: 'ACKNOWLEDGE' }, { role: 'ENTERPRISE', enterpriseId: E(11) })).advanceRiskAlert;
    expect(acknowledged).toMatchObject({ status: 'NOTIFIED', version: 4, updatedBy: { role: 'ENTERPRISE' } });
    expect(acknowledged.acknowledgedAt).toBeTruthy();
    const twice = errorOf(await step(4, { action: 'ACKNOWLEDGE' }, { role: 'ENTERPRISE', enterpriseId: E(11) }));
    expect(twice.code).toBe('ILLEGAL_STATE_TRANSITION'); // already acknowledged: a state, not a stale version
    expect(twice.message).toContain('already acknowledged');
    expect(errorOf(await step(4, { action: 'MITIGATE', lossAvoidedYuan: -5 })).message).toContain('input.lossAvoidedYuan');
    expect(errorOf(await step(3, { action: 'MITIGATE' })).code).toBe('CONFLICT');
    const mitigated = dataOf(await step(4, { action: 'MITIGATE', mitigation: '拦截转账', lossAvoidedYuan: 120000 })).advanceRiskAlert;
    expect(mitigated).toMatchObject({ status: 'MITIGATED', mitigation: '拦截转账', lossAvoidedYuan: 120000 });
    expect(errorOf(await step(5, { action: 'DISMISS', reason: 'x' })).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(dataOf(await step(5, { action: 'CLOSE' })).advanceRiskAlert.statusLabel).toBe('已关闭');
    expect(errorOf(await step(6, { action: 'CLOSE' }, 'ANALYST')).code).toBe('FORBIDDEN');
    expect(errorOf(await sg.query(ADVANCE_ALERT, { id: MISSING_ID, v: 1, i: { action: 'TRIAGE' } })).code).toBe('NOT_FOUND');
  });

  it('dismisses a false positive with a reason and validates new alerts', async () => {
    const alert = dataOf(
      await sg.query(RAISE_ALERT, {
        i: { enterpriseId: E(12), type: 'IP_INFRINGEMENT', severity: 'LOW', description: '疑似仿冒', source: '巡查', officerId: O(4) },
      }),
    ).raiseRiskAlert;
    expect(errorOf(await sg.query(ADVANCE_ALERT, { id: alert.id, v: 1, i: { action: 'DISMISS' } })).message).toContain('input.reason');
    const dismissed = dataOf(await sg.query(ADVANCE_ALERT, { id: alert.id, v: 1, i: { action: 'DISMISS', reason: '合法授权' } })).advanceRiskAlert;
    expect(dismissed).toMatchObject({ status: 'DISMISSED', statusLabel: '已排除', dismissalReason: '合法授权' });
    expect(
      errorOf(
        await sg.query(RAISE_ALERT, { i: { enterpriseId: E(12), type: 'FRAUD', severity: 'HIGH', description: 'x', source: 'y', officerId: MISSING_ID } }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(RAISE_ALERT, { i: { enterpriseId: MISSING_ID, type: 'FRAUD', severity: 'HIGH', description: 'x', source: 'y' } })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      errorOf(await sg.query(RAISE_ALERT, { i: { enterpriseId: E(12), type: 'FRAUD', severity: 'HIGH', description: '', source: 'y' } })).message,
    ).toContain('input.description');
    expect(
      errorOf(
        await sg.query(
          RAISE_ALERT,
          { i: { enterpriseId: E(12), type: 'FRAUD', severity: 'HIGH', description: 'x', source: 'y' } },
          { role: 'ENTERPRISE', enterpriseId: E(12) },
        ),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('lists alerts by severity with filters, scope and open counts', async () => {
    const q = `query ($f: RiskAlertFilter, $s: RiskAlertSort) { riskAlerts(filter: $f, sort: $s, first: 100) { totalCount edges { node { severity status enterprise { id } } } } }`;
    const bySeverity = dataOf(await sg.query(q, { s: { field: 'SEVERITY', direction: 'DESC' } })).riskAlerts;
    const order = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
    const ranks = bySeverity.edges.map((e: any) => order.indexOf(e.node.severity));
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    const detected = dataOf(await sg.query(q, { f: { status: 'DETECTED', raisedByOfficerId: demoId('officer', 4).toHexString() } })).riskAlerts;
    expect(detected.edges.every((e: any) => e.node.status === 'DETECTED')).toBe(true);
    const mine = dataOf(await sg.query(q, {}, { role: 'ENTERPRISE', enterpriseId: E(122) })).riskAlerts;
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node.enterprise.id).toBe(E(122));
    const counts = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { openAlertCount riskAlerts { status } } }`, { id: E(31) })).enterprise;
    expect(counts.openAlertCount).toBe(counts.riskAlerts.filter((a: any) => ['DETECTED', 'TRIAGED', 'NOTIFIED'].includes(a.status)).length);
    expect(counts.openAlertCount).toBeGreaterThan(0);
    // Officer 2 looks after enterprise 2, which has an alert: visible to ADMIN; for another enterprise it does not exist.
    const viaOfficer = `query ($id: ID!) { policeOfficer(id: $id) { enterprises { id riskAlerts { id } contacts { role } } } }`;
    const asAdmin = dataOf(await sg.query(viaOfficer, { id: O(2) })).policeOfficer.enterprises.find((e: any) => e.id === E(104));
    expect(asAdmin.riskAlerts.length).toBeGreaterThan(0);
    expect(asAdmin.contacts.length).toBeGreaterThan(0);
    expect(dataOf(await sg.query(viaOfficer, { id: O(2) }, { role: 'ENTERPRISE', enterpriseId: E(5) })).policeOfficer.enterprises).toEqual([]);
  });
});
