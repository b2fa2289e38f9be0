import { ABOVE_SCALE_NUMBERS, DEMO_ALLIANCE, DEMO_PARK, INVESTMENT_WARNING_STORY } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf, freshCreditCode } from './helpers';

/**
 * The demo data tells the articles' story (issue 13 item 4), asserted through the subgraph's API: the
 * incubator's 102 小微科创 firms, the alliance founded in February 2022 by the sub-bureau with 42 member
 * organisations, the above-scale enterprises outside the incubator with their 一企一警 officers, and the
 * September 2022 investment warning on the park's operating company, linked to its activity.
 */
describe('demo data: the facts of the articles', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });

  it('the incubator holds 102 firms, all 小微科创; no above-scale firm is inside; those outside are the zone’s', async () => {
    const q = `query ($f: EnterpriseFilter) { enterprises(filter: $f, first: 100) { totalCount edges { node { category inIncubator park } } } }`;
    const inside = dataOf(await sg.query(q, { f: { inIncubator: true } })).enterprises;
    expect(inside.totalCount).toBe(DEMO_PARK.incubatorCount);
    expect(inside.totalCount).toBe(102);
    expect(inside.edges.every((e: any) => e.node.category === 'SMALL_MICRO_TECH' && e.node.inIncubator && e.node.park === '万象创新科技产业园')).toBe(true);
    const aboveInside = dataOf(await sg.query(q, { f: { inIncubator: true, category: 'ABOVE_SCALE' } })).enterprises;
    expect(aboveInside.totalCount).toBe(0);
    const outside = dataOf(await sg.query(q, { f: { inIncubator: false } })).enterprises;
    expect(outside.totalCount).toBe(20);
    expect(outside.edges.every((e: any) => !e.node.inIncubator && e.node.park !== '万象创新科技产业园')).toBe(true);
    const stats = dataOf(
      await sg.query(`{ enterpriseStatistics(filter: { inIncubator: true }) { total byCategory { category count } } }`),
    ).enterpriseStatistics;
    expect(stats.byCategory).toEqual([
      { category: 'ABOVE_SCALE', count: 0 },
      { category: 'SMALL_MICRO_TECH', count: 102 },
      { category: 'OTHER', count: 0 },
    ]);
  });

  it('the alliance: 警企党建红盟, founded 2022-02, led by the sub-bureau (no enterprise is lead unit), 42 members with party organisations', async () => {
    const { alliance, members, leads } = dataOf(
      await sg.query(`{
        alliance { name foundedOn foundedMonth leadUnit base memberCount }
        members: enterprises(filter: { allianceMember: true }, first: 100) { totalCount edges { node { partyOrganization { id } allianceMembership { role } } } }
        leads: enterprises(first: 100) { edges { node { allianceMembership { role } } } }
      }`),
    );
    expect(alliance).toEqual({
      name: '警企党建红盟',
      foundedOn: '2022-02-15',
      foundedMonth: '2022-02',
      leadUnit: '眉山市公安局高新区(甘眉园区)分局',
      base: DEMO_ALLIANCE.base,
      memberCount: 42,
    });
    expect(members.totalCount).toBe(42);
    expect(members.edges.every((e: any) => e.node.partyOrganization && e.node.allianceMembership.role === 'MEMBER')).toBe(true);
    expect(leads.edges.some((e: any) => e.node.allianceMembership?.role === 'LEAD_UNIT')).toBe(false);
    // an ENTERPRISE caller counts the members it may see: itself
    const own = dataOf(await sg.query(`{ alliance { memberCount } }`, {}, { role: 'ENTERPRISE', enterpriseId: E(103) })).alliance;
    expect(own.memberCount).toBe(1);
  });

  it('inIncubator: defaults from the park when registering; an enterprise may not change its own', async () => {
    const register = `mutation ($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id version inIncubator park } }`;
    const base = {
      category: 'SMALL_MICRO_TECH',
      industry: '软件和信息服务',
      address: '眉山市东坡区科创路1号',
      legalRepresentative: '王五',
      employeeCount: 8,
      foundedOn: '2021-03-01',
    };
    const inside = dataOf(await sg.query(register, { i: { ...base, name: '眉山孵化测试科技有限公司', creditCode: freshCreditCode() } })).registerEnterprise;
    expect(inside).toMatchObject({ inIncubator: true, park: '万象创新科技产业园' });
    const outside = dataOf(
      await sg.query(register, { i: { ...base, name: '眉山园外测试科技有限公司', creditCode: freshCreditCode(), park: '眉山高新区(甘眉园区)' } }),
    ).registerEnterprise;
    expect(outside.inIncubator).toBe(false);
    const update = `mutation ($id: ID!, $v: Int!, $i: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $i) { inIncubator } }`;
    expect(
      errorOf(await sg.query(update, { id: inside.id, v: inside.version, i: { inIncubator: false } }, { role: 'ENTERPRISE', enterpriseId: inside.id }))
        .extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.inIncubator',
    });
    expect(dataOf(await sg.query(update, { id: inside.id, v: inside.version, i: { inIncubator: false } }, 'POLICE')).updateEnterprise.inIncubator).toBe(false);
  });

  it('the alliance’s resources are matched to other members’ needs in the demo (proposed and accepted)', async () => {
    const { advantageResources } = dataOf(
      await sg.query(
        `{ advantageResources(first: 100) { edges { node { enterprise { id } matches { outcome outcomeLabel needEnterprise { id } need { status } } } } } }`,
      ),
    );
    const matches = advantageResources.edges.flatMap((e: any) => e.node.matches.map((m: any) => ({ ...m, offering: e.node.enterprise.id })));
    expect(matches.map((m: any) => m.outcomeLabel).sort()).toEqual(['已接受', '已推荐']);
    expect(matches.every((m: any) => m.offering !== m.needEnterprise.id && ['OPEN', 'IN_PROGRESS'].includes(m.need.status))).toBe(true);
  });

  it('joinAlliance refuses the deprecated LEAD_UNIT role, naming it', async () => {
    const { enterprise } = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { version allianceMember } }`, { id: E(107) }));
    expect(enterprise.allianceMember).toBe(false);
    const refused = await sg.query(
      `mutation ($id: ID!, $v: Int!) { joinAlliance(enterpriseId: $id, expectedVersion: $v, input: { role: LEAD_UNIT, liaisonName: "张三", liaisonPhone: "13900001111" }) { id } }`,
      { id: E(107), v: enterprise.version },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.role' });
  });

  it('四川新四方肥业有限公司 is above-scale, outside the incubator, with a 一企一警 officer; every above-scale firm has one', async () => {
    const { found, above } = dataOf(
      await sg.query(`{
        found: enterprises(filter: { nameContains: "新四方" }) { edges { node { id name category inIncubator officer { id unit } } } }
        above: enterprises(filter: { category: ABOVE_SCALE }, first: 100) { totalCount edges { node { id inIncubator officer { id } } } }
      }`),
    );
    expect(found.edges).toHaveLength(1);
    expect(found.edges[0].node).toMatchObject({ id: E(103), name: '四川新四方肥业有限公司', category: 'ABOVE_SCALE', inIncubator: false });
    expect(found.edges[0].node.officer).not.toBeNull();
    expect(above.totalCount).toBe(DEMO_PARK.aboveScaleCount);
    expect(above.edges.map((e: any) => e.node.id).sort()).toEqual(ABOVE_SCALE_NUMBERS.map(E).sort());
    expect(above.edges.every((e: any) => !e.node.inIncubator && e.node.officer)).toBe(true);
  });

  it('the September 2022 investment warning: on the park operating company (n=122), from its 集中学习 activity, 5 000 000 yuan loss avoided', async () => {
    const story = INVESTMENT_WARNING_STORY;
    const { riskAlerts } = dataOf(
      await sg.query(`{ riskAlerts(filter: { type: NOMINEE_HOLDING }) { edges { node {
        id title status enterprise { id name } lossAvoidedYuan mitigation origin { subgraph typename id } activity { id } raisedBy { at }
      } } } }`),
    );
    expect(riskAlerts.edges).toHaveLength(1);
    const alert = riskAlerts.edges[0].node;
    expect(alert).toMatchObject({
      id: story.alertId.toHexString(),
      title: story.alertTitle,
      status: 'CLOSED',
      enterprise: { id: E(story.enterpriseN), name: '眉山万象创新科技产业园运营管理有限公司' },
      lossAvoidedYuan: 5_000_000,
      origin: { subgraph: 'activities', typename: 'Activity', id: story.activityId.toHexString() },
      activity: { id: story.activityId.toHexString() },
    });
    expect(alert.raisedBy.at.slice(0, 7)).toBe('2022-09');
    expect(alert.mitigation).toContain('停止投资');
    // the first seed's stand-in (firm #5, 2023-05-10) is gone
    const five = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { riskAlerts { id } } }`, { id: E(5) })).enterprise;
    expect(five.riskAlerts).toEqual([]);
    const stats = dataOf(await sg.query(`{ enterpriseStatistics(filter: { inIncubator: false }) { lossAvoidedYuan } }`)).enterpriseStatistics;
    expect(stats.lossAvoidedYuan).toBe(5_000_000);
  });
});
