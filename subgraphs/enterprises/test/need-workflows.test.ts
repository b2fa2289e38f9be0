import { INVESTMENT_WARNING_STORY } from '@pecg/demo';
import { internalAuthHeaders, postGraphQL, useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { cstToday } from '../src/services/due';
import { dataOf, E, errorOf, O } from './helpers';

/**
 * Service needs across departments (issue 13 item 5): an assignee (officer or enterprise), a due date
 * and the overdue list, resolved on time or late, raised by the activities department's service
 * account from an activity (idempotent through Idempotency-Key), and ServiceNeed / RiskAlert entities.
 */
const ACTIVITIES = { role: 'DEPARTMENT', department: 'activities', subject: 'service:activities' } as const;
const ACTIVITY_ID = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const day = (offset: number) => new Date(cstToday().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const NEED = `id status dueOn overdue resolvedOnTime version source { subgraph typename id } activity { id }
  assignee { __typename ... on PoliceOfficer { id } ... on Enterprise { id } } assignedBy { role } enterprise { id }`;
const RAISE = `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { ${NEED} } }`;
const ASSIGN = `mutation ($id: ID!, $v: Int!, $i: AssignServiceNeedInput!) { assignServiceNeed(id: $id, expectedVersion: $v, input: $i) { ${NEED} } }`;
const ADVANCE = `mutation ($id: ID!, $v: Int!, $i: AdvanceServiceNeedInput!) { advanceServiceNeed(id: $id, expectedVersion: $v, input: $i) { ${NEED} } }`;
const source = { subgraph: 'activities', typename: 'Activity', id: ACTIVITY_ID };

describe('service needs across departments', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });

  it('the activities service account raises a need from an activity, with a due date; the source and activity are exposed', async () => {
    const need = dataOf(
      await sg.query(RAISE, { i: { enterpriseId: E(20), category: 'LEGAL', description: '活动中提出的合同咨询', dueOn: day(7), source } }, ACTIVITIES),
    ).raiseServiceNeed;
    expect(need).toMatchObject({ status: 'OPEN', dueOn: day(7), overdue: false, resolvedOnTime: null, source, activity: { id: ACTIVITY_ID }, assignee: null });
    const alert = dataOf(
      await sg.query(
        `mutation ($i: RaiseRiskAlertInput!) { raiseRiskAlert(input: $i) { id source origin { subgraph id } activity { id } raisedBy { role subject } } }`,
        { i: { enterpriseId: E(20), type: 'FRAUD', severity: 'HIGH', description: '活动中发现的诈骗线索', source: '党建活动', origin: source } },
        ACTIVITIES,
      ),
    ).raiseRiskAlert;
    expect(alert).toMatchObject({ source: '党建活动', origin: { subgraph: 'activities', id: ACTIVITY_ID }, activity: { id: ACTIVITY_ID } });
    expect(alert.raisedBy).toEqual({ role: 'DEPARTMENT', subject: 'service:activities' });
  });

  it('a department must name a record of its own; other departments may not raise needs or alerts', async () => {
    const i = { enterpriseId: E(20), category: 'LEGAL', description: 'x' };
    expect(errorOf(await sg.query(RAISE, { i }, ACTIVITIES)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.source' });
    expect(errorOf(await sg.query(RAISE, { i: { ...i, source: { ...source, subgraph: 'approvals' } } }, ACTIVITIES)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.source.subgraph',
    });
    const approvals = { role: 'DEPARTMENT', department: 'approvals', subject: 'service:approvals' } as const;
    expect(errorOf(await sg.query(RAISE, { i: { ...i, source: { ...source, subgraph: 'approvals' } } }, approvals)).code).toBe('FORBIDDEN');
    const alert = { enterpriseId: E(20), type: 'FRAUD', severity: 'HIGH', description: 'x', source: 'y' };
    expect(
      errorOf(await sg.query(`mutation ($i: RaiseRiskAlertInput!) { raiseRiskAlert(input: $i) { id } }`, { i: alert }, ACTIVITIES)).extensions,
    ).toMatchObject({
      field: 'input.origin',
    });
    expect(errorOf(await sg.query(RAISE, { i: { ...i, source: { ...source, id: 'nope' } } })).extensions.field).toBe('input.source.id');
    // a person may not give a due date already past (a department's late delivery may: see below)
    expect(errorOf(await sg.query(RAISE, { i: { ...i, dueOn: day(-1) } }, 'POLICE')).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.dueOn',
    });
    expect(dataOf(await sg.query(RAISE, { i: { ...i, dueOn: day(0) } }, 'POLICE')).raiseServiceNeed.dueOn).toBe(day(0));
  });

  it('the same Idempotency-Key twice creates one need', async () => {
    const headers = { ...(await internalAuthHeaders(ACTIVITIES)), 'idempotency-key': 'activities:outcome:need-1' };
    const variables = { i: { enterpriseId: E(21), category: 'SECURITY', description: '幂等重试的需求', source } };
    const first = dataOf(await postGraphQL(sg.url, RAISE, variables, headers)).raiseServiceNeed;
    const second = dataOf(await postGraphQL(sg.url, RAISE, variables, headers)).raiseServiceNeed;
    expect(second.id).toBe(first.id);
    expect(await sg.models.ServiceNeed.countDocuments({ description: '幂等重试的需求' })).toBe(1);
  });

  it('assigns a need to an officer or an enterprise; two assignments with the same version: one CONFLICT; roles and states are checked', async () => {
    const need = dataOf(await sg.query(RAISE, { i: { enterpriseId: E(22), category: 'SECURITY', description: '夜间巡逻' } }, 'POLICE')).raiseServiceNeed;
    const results = await Promise.all([O(3), O(4)].map((officerId) => sg.query(ASSIGN, { id: need.id, v: need.version, i: { officerId, dueOn: day(3) } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code)).toEqual(['CONFLICT']);
    const assigned = results.find((r) => !r.errors)!.data!.assignServiceNeed;
    expect(assigned).toMatchObject({ version: 2, dueOn: day(3), assignee: { __typename: 'PoliceOfficer' }, assignedBy: { role: 'ADMIN' } });
    const toEnterprise = dataOf(await sg.query(ASSIGN, { id: need.id, v: 2, i: { enterpriseId: E(103) } }, 'POLICE')).assignServiceNeed;
    expect(toEnterprise).toMatchObject({ version: 3, dueOn: day(3), assignee: { __typename: 'Enterprise', id: E(103) } });
    expect(errorOf(await sg.query(ASSIGN, { id: need.id, v: 3, i: { officerId: O(1), enterpriseId: E(1) } })).extensions.field).toBe('input.enterpriseId');
    expect(errorOf(await sg.query(ASSIGN, { id: need.id, v: 3, i: {} })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await sg.query(ASSIGN, { id: need.id, v: 3, i: { officerId: 'ffffffffffffffffffffffff' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(ASSIGN, { id: need.id, v: 3, i: { officerId: O(1) } }, 'ANALYST')).code).toBe('FORBIDDEN');
    expect(errorOf(await sg.query(ASSIGN, { id: need.id, v: 3, i: { officerId: O(1) } }, { role: 'ENTERPRISE', enterpriseId: E(22) })).code).toBe('FORBIDDEN');
    const declined = dataOf(await sg.query(ADVANCE, { id: need.id, v: 3, i: { action: 'DECLINE', resolution: '不属于公安职能' } })).advanceServiceNeed;
    expect(errorOf(await sg.query(ASSIGN, { id: need.id, v: declined.version, i: { officerId: O(1) } })).code).toBe('ILLEGAL_STATE_TRANSITION');
    const filtered = dataOf(await sg.query(`query ($e: ID) { serviceNeeds(filter: { assigneeEnterpriseId: $e }) { edges { node { id } } } }`, { e: E(103) }));
    expect(filtered.serviceNeeds.edges.map((e: any) => e.node.id)).toContain(need.id);
  });

  it('lists overdue needs at the server clock and records resolved on time or late', async () => {
    // a department's delivery may carry a due date already past: the need is overdue at once
    const late = dataOf(
      await sg.query(RAISE, { i: { enterpriseId: E(23), category: 'LEGAL', description: '逾期', dueOn: day(-2), source } }, ACTIVITIES),
    ).raiseServiceNeed;
    const onTime = dataOf(await sg.query(RAISE, { i: { enterpriseId: E(23), category: 'LEGAL', description: '按期', dueOn: day(2) } })).raiseServiceNeed;
    const noDue = dataOf(await sg.query(RAISE, { i: { enterpriseId: E(23), category: 'LEGAL', description: '无期限' } })).raiseServiceNeed;
    expect([late.overdue, onTime.overdue, noDue.overdue]).toEqual([true, false, false]);
    const list = async (overdue: boolean, caller: any = 'ADMIN') =>
      dataOf(
        await sg.query(
          `query ($o: Boolean) { serviceNeeds(filter: { overdue: $o }, first: 100) { totalCount edges { node { id overdue enterprise { id } } } } }`,
          { o: overdue },
          caller,
        ),
      ).serviceNeeds;
    const overdue = await list(true);
    expect(overdue.edges.map((e: any) => e.node.id)).toContain(late.id);
    expect(overdue.edges.every((e: any) => e.node.overdue)).toBe(true);
    const notOverdue = await list(false);
    expect(notOverdue.edges.some((e: any) => e.node.id === late.id)).toBe(false);
    expect(overdue.totalCount + notOverdue.totalCount).toBe(await sg.models.ServiceNeed.countDocuments({}));
    // an ENTERPRISE caller sees only its own overdue needs
    const mine = await list(true, { role: 'ENTERPRISE', enterpriseId: E(23) });
    expect(mine.edges.map((e: any) => e.node.enterprise.id)).toEqual(mine.edges.map(() => E(23)));
    expect(mine.edges.map((e: any) => e.node.id)).toContain(late.id);
    expect((await list(true, { role: 'ENTERPRISE', enterpriseId: E(24) })).edges.some((e: any) => e.node.id === late.id)).toBe(false);

    const resolve = async (need: any) => {
      const started = dataOf(await sg.query(ADVANCE, { id: need.id, v: need.version, i: { action: 'START' } })).advanceServiceNeed;
      return dataOf(await sg.query(ADVANCE, { id: need.id, v: started.version, i: { action: 'RESOLVE', resolution: '已办结' } })).advanceServiceNeed;
    };
    expect(await resolve(late)).toMatchObject({ status: 'RESOLVED', resolvedOnTime: false, overdue: false });
    expect(await resolve(onTime)).toMatchObject({ status: 'RESOLVED', resolvedOnTime: true });
    expect(await resolve(noDue)).toMatchObject({ status: 'RESOLVED', resolvedOnTime: null });
    expect((await list(true)).edges.some((e: any) => e.node.id === late.id)).toBe(false);
  });

  it('sorts by due date (DUE_ON) and pages through every need, those without a due date included', async () => {
    const q = `query ($after: String) { serviceNeeds(sort: { field: DUE_ON, direction: ASC }, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id dueOn } } } }`;
    const seen: Array<{ id: string; dueOn: string | null }> = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = dataOf(await sg.query(q, { after })).serviceNeeds;
      total = page.totalCount;
      seen.push(...page.edges.map((e: any) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((n) => n.id)).size).toBe(total);
    const dated = seen.map((n) => n.dueOn).filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
  });

  it('enterprise statistics: loss avoided and needs resolved on time / late equal the sums and counts of the records, under the filter', async () => {
    const q = `query ($f: EnterpriseFilter) { enterpriseStatistics(filter: $f) { lossAvoidedYuan needTimeliness { onTime late withoutDueDate } } }`;
    for (const filter of [null, { inIncubator: true }, { inIncubator: false }]) {
      const stats = dataOf(await sg.query(q, { f: filter })).enterpriseStatistics;
      const ids = await sg.models.Enterprise.distinct('_id', filter ?? {});
      const alerts = await sg.models.RiskAlert.find({ enterpriseId: { $in: ids } }).lean();
      expect(stats.lossAvoidedYuan).toBe(alerts.reduce((s, a) => s + (a.lossAvoidedYuan ?? 0), 0));
      const resolved = await sg.models.ServiceNeed.find({ enterpriseId: { $in: ids }, status: 'RESOLVED' }).lean();
      expect(stats.needTimeliness).toEqual({
        onTime: resolved.filter((n) => n.resolvedOnTime === true).length,
        late: resolved.filter((n) => n.resolvedOnTime === false).length,
        withoutDueDate: resolved.filter((n) => n.resolvedOnTime == null).length,
      });
    }
    const all = dataOf(await sg.query(q)).enterpriseStatistics;
    expect(all.lossAvoidedYuan).toBeGreaterThanOrEqual(5_000_000);
    expect(all.needTimeliness.onTime).toBeGreaterThan(0);
    expect(all.needTimeliness.late).toBeGreaterThan(0);
    // an ENTERPRISE caller's statistics count only its own alerts
    const own = dataOf(await sg.query(q, {}, { role: 'ENTERPRISE', enterpriseId: E(1) })).enterpriseStatistics;
    expect(own.lossAvoidedYuan).toBe(0);
  });

  it('ServiceNeed and RiskAlert are entities: _entities resolves them, and null for an ENTERPRISE caller of another enterprise', async () => {
    const need = dataOf(await sg.query(RAISE, { i: { enterpriseId: E(25), category: 'POLICY', description: '实体' } })).raiseServiceNeed;
    const alertId = INVESTMENT_WARNING_STORY.alertId.toHexString();
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ServiceNeed { id enterprise { id } } ... on RiskAlert { id lossAvoidedYuan } } }`;
    const r = [
      { __typename: 'ServiceNeed', id: need.id },
      { __typename: 'RiskAlert', id: alertId },
      { __typename: 'ServiceNeed', id: 'ffffffffffffffffffffffff' },
    ];
    expect(dataOf(await sg.query(q, { r }))._entities).toEqual([
      { __typename: 'ServiceNeed', id: need.id, enterprise: { id: E(25) } },
      { __typename: 'RiskAlert', id: alertId, lossAvoidedYuan: 5_000_000 },
      null,
    ]);
    expect(dataOf(await sg.query(q, { r }, { role: 'ENTERPRISE', enterpriseId: E(26) }))._entities).toEqual([null, null, null]);
    expect(dataOf(await sg.query(q, { r }, { role: 'ENTERPRISE', enterpriseId: E(25) }))._entities[0]).toMatchObject({ id: need.id });
    expect(dataOf(await sg.query(q, { r }, { role: 'ENTERPRISE', enterpriseId: E(122) }))._entities[1]).toMatchObject({ id: alertId });
  });
});
