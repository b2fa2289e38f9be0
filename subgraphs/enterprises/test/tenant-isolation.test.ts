import { piiAuditModel } from '@pecg/common';
import { useTestSubgraph, type GraphQLResponse, type TestCaller } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf, MISSING_ID, O } from './helpers';

/**
 * The read policy (READ_POLICY in @pecg/common) in this subgraph: an ENTERPRISE caller of enterprise X
 * sees none of enterprise Y's records on any path — root lists, nested lists, lookups by id,
 * `_entities`, counts and statistics — and Y's records answer exactly as records that do not exist.
 * Every check first asserts that the list it checks is non-empty for a caller who sees everything.
 */
const X = E(103); // 四川新四方肥业有限公司: officer O(1), project officer O(9), party organisation, needs, resources
const Y = E(111); // 眉山万象国际酒店: also looked after by O(1); an alliance member with a party organisation
const asX = { role: 'ENTERPRISE', enterpriseId: X, subject: 'x-user' } as const;

/** Replaces the ids in a response so two answers can be compared (an absent record must look like a missing id). */
const normalised = (response: GraphQLResponse, ...ids: string[]) =>
  JSON.parse(ids.reduce((text, id) => text.split(id).join('<id>'), JSON.stringify({ data: response.data, errors: response.errors })));

describe('tenant isolation: an ENTERPRISE caller sees only its own enterprise', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });
  const ids: { alertX: string; alertY: string; needY: string } = { alertX: '', alertY: '', needY: '' };

  beforeAll(async () => {
    const raise = `mutation ($i: RaiseRiskAlertInput!) { raiseRiskAlert(input: $i) { id } }`;
    const officer = { role: 'POLICE', subject: 'officer-1', name: '李明华', officerId: O(1) } as const;
    ids.alertX = dataOf(
      await sg.query(raise, { i: { enterpriseId: X, type: 'FRAUD', severity: 'HIGH', description: 'X 的预警', source: '巡查' } }, officer),
    ).raiseRiskAlert.id;
    ids.alertY = dataOf(
      await sg.query(raise, { i: { enterpriseId: Y, type: 'SAFETY', severity: 'CRITICAL', description: 'Y 的预警', source: '巡查' } }, officer),
    ).raiseRiskAlert.id;
    ids.needY = dataOf(
      await sg.query(
        `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id } }`,
        { i: { enterpriseId: Y, category: 'LEGAL', description: 'Y 的诉求' } },
        officer,
      ),
    ).raiseServiceNeed.id;
    await sg.query(`mutation ($i: OfferAdvantageResourceInput!) { offerAdvantageResource(input: $i) { id } }`, {
      i: { enterpriseId: Y, kind: 'EXPERTISE', description: 'Y 的资源' },
    });
    // Y loses its 一企一警 officer: it breaks the rule (visible to ADMIN, not to X).
    const [one] = dataOf(
      await sg.query(`query ($id: ID!) { enterprise(id: $id) { assignments(activeOnly: true) { id version kind } } }`, { id: Y }),
    ).enterprise.assignments.filter((a: any) => a.kind === 'ONE_ENTERPRISE_ONE_OFFICER');
    dataOf(await sg.query(`mutation ($id: ID!, $v: Int!) { endAssignment(id: $id, expectedVersion: $v) { id } }`, { id: one.id, v: one.version }));
  });

  it('root lists: enterprises, service needs, risk alerts and advantage resources hold only its own records', async () => {
    const lists = `{
      enterprises(first: 100) { totalCount edges { node { id } } }
      serviceNeeds(first: 100) { totalCount edges { node { enterprise { id } } } }
      riskAlerts(first: 100) { totalCount edges { node { enterprise { id } } } }
      advantageResources(first: 100) { totalCount edges { node { enterprise { id creditCode address openAlertCount } } } }
    }`;
    const all = dataOf(await sg.query(lists));
    const mine = dataOf(await sg.query(lists, {}, asX));
    expect(all.enterprises.edges.map((e: any) => e.node.id)).toContain(Y);
    expect(mine.enterprises.edges.map((e: any) => e.node.id)).toEqual([X]);
    expect(mine.enterprises.totalCount).toBe(1);
    for (const list of ['serviceNeeds', 'riskAlerts', 'advantageResources']) {
      expect(all[list].edges.some((e: any) => e.node.enterprise.id === Y)).toBe(true);
      expect(mine[list].edges.length).toBeGreaterThan(0);
      expect(mine[list].edges.every((e: any) => e.node.enterprise.id === X)).toBe(true);
      expect(mine[list].totalCount).toBe(mine[list].edges.length);
      expect(mine[list].totalCount).toBe(all[list].edges.filter((e: any) => e.node.enterprise.id === X).length);
    }
  });

  it("nested lists: an officer's enterprises and assignments, and every OfficerAssignment.enterprise, leave other enterprises out", async () => {
    const q = `{ policeOfficers(first: 100) { edges { node { id enterprises { id creditCode address openAlertCount openNeedCount } assignments { enterprise { id name } } } } } }`;
    const all = dataOf(await sg.query(q)).policeOfficers.edges.map((e: any) => e.node);
    const mine = dataOf(await sg.query(q, {}, asX)).policeOfficers.edges.map((e: any) => e.node);
    const o1 = (nodes: any[]) => nodes.find((n) => n.id === O(1));
    expect(o1(all).assignments.map((a: any) => a.enterprise.id)).toEqual(expect.arrayContaining([X, Y]));
    expect(o1(all).enterprises.map((e: any) => e.id)).toEqual(expect.arrayContaining([X, E(117)]));
    expect(o1(mine).enterprises.map((e: any) => e.id)).toEqual([X]);
    expect(o1(mine).enterprises[0].openAlertCount).toBe(1);
    expect(mine.flatMap((n: any) => n.enterprises.map((e: any) => e.id)).every((id: string) => id === X)).toBe(true);
    expect(mine.flatMap((n: any) => n.assignments).length).toBeGreaterThan(0);
    expect(mine.flatMap((n: any) => n.assignments.map((a: any) => a.enterprise.id)).every((id: string) => id === X)).toBe(true);

    const one = `query ($id: ID!) { policeOfficer(id: $id) { enterprises { id } assignments { enterprise { id } } } }`;
    expect(dataOf(await sg.query(one, { id: O(1) }, asX)).policeOfficer).toEqual({ enterprises: [{ id: X }], assignments: [{ enterprise: { id: X } }] });
  });

  it('lookups by id and by credit code answer for another enterprise exactly as for one that does not exist', async () => {
    const byId = `query ($id: ID!) { enterprise(id: $id) { id name creditCode address } }`;
    const other = dataOf(await sg.query(byId, { id: Y })).enterprise;
    expect(other.id).toBe(Y);
    const hidden = await sg.query(byId, { id: Y }, asX);
    const missing = await sg.query(byId, { id: MISSING_ID }, asX);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data).toEqual({ enterprise: null });
    expect(normalised(hidden, Y)).toEqual(normalised(missing, MISSING_ID));
    expect(dataOf(await sg.query(byId, { id: X }, asX)).enterprise.id).toBe(X);

    const byCode = `query ($c: String!) { enterpriseByCreditCode(creditCode: $c) { id } }`;
    expect(dataOf(await sg.query(byCode, { c: other.creditCode })).enterpriseByCreditCode.id).toBe(Y);
    const hiddenCode = await sg.query(byCode, { c: other.creditCode }, asX);
    expect(hiddenCode.errors).toBeUndefined();
    expect(hiddenCode.data).toEqual({ enterpriseByCreditCode: null });
  });

  it('_entities: a reference to another enterprise resolves to null, as does a nonexistent one', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id name creditCode openAlertCount } ... on PoliceOfficer { id enterprises { id } } } }`;
    const r = [
      { __typename: 'Enterprise', id: X },
      { __typename: 'Enterprise', id: Y },
      { __typename: 'Enterprise', id: MISSING_ID },
      { __typename: 'PoliceOfficer', id: O(1) },
    ];
    const all = dataOf(await sg.query(q, { r }))._entities;
    expect(all[1].id).toBe(Y);
    expect(all[3].enterprises.length).toBeGreaterThan(1);
    const mine = dataOf(await sg.query(q, { r }, asX))._entities;
    expect(mine[0]).toMatchObject({ id: X, openAlertCount: 1 });
    expect(mine[1]).toBeNull();
    expect(mine[2]).toBeNull();
    expect(mine[3]).toEqual({ id: O(1), enterprises: [{ id: X }] });
  });

  it('counts and statistics count only its own records', async () => {
    const q = `{ enterpriseStatistics { total byCategory { count } openNeedsByCategory { count } openAlertsBySeverity { severity count } withoutOfficer }
      enterprisesBreakingOneOfficerRule { id } }`;
    const sum = (rows: Array<{ count: number }>) => rows.reduce((s, r) => s + r.count, 0);
    const all = dataOf(await sg.query(q));
    expect(all.enterpriseStatistics.total).toBe(122);
    expect(all.enterpriseStatistics.withoutOfficer).toBe(1);
    expect(all.enterprisesBreakingOneOfficerRule.map((e: any) => e.id)).toEqual([Y]);
    expect(all.enterpriseStatistics.openAlertsBySeverity.find((r: any) => r.severity === 'CRITICAL').count).toBeGreaterThan(0);
    const own = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { openNeedCount openAlertCount } }`, { id: X }, asX)).enterprise;
    expect(own.openNeedCount).toBeGreaterThan(0);
    expect(own.openAlertCount).toBe(1);
    const mine = dataOf(await sg.query(q, {}, asX));
    expect(mine.enterpriseStatistics.total).toBe(1);
    expect(sum(mine.enterpriseStatistics.byCategory)).toBe(1);
    expect(sum(mine.enterpriseStatistics.openNeedsByCategory)).toBe(own.openNeedCount);
    expect(sum(mine.enterpriseStatistics.openAlertsBySeverity)).toBe(own.openAlertCount);
    expect(mine.enterpriseStatistics.withoutOfficer).toBe(0);
    expect(mine.enterprisesBreakingOneOfficerRule).toEqual([]);
  });

  it("writes to another enterprise's records miss exactly as for an id that does not exist, and change nothing", async () => {
    const before = dataOf(
      await sg.query(`query ($id: ID!) { enterprise(id: $id) { version employeeCount partyOrganization { version memberCount } } }`, { id: Y }),
    ).enterprise;
    expect(before.partyOrganization).not.toBeNull();
    const attempts: Array<[string, (id: string) => Record<string, unknown>]> = [
      [
        `mutation ($id: ID!, $v: Int!, $i: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $i) { id } }`,
        (id) => ({ id, v: before.version, i: { employeeCount: 1 } }),
      ],
      [
        `mutation ($id: ID!, $v: Int, $i: PartyOrganizationInput!) { setPartyOrganization(enterpriseId: $id, expectedVersion: $v, input: $i) { id } }`,
        (id) => ({ id, v: before.partyOrganization.version, i: { name: '冒名支部', type: 'BRANCH', memberCount: 1, secretary: '某人' } }),
      ],
      [
        `mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id } }`,
        (id) => ({ i: { enterpriseId: id, category: 'LEGAL', description: 'x' } }),
      ],
      [
        `mutation ($i: OfferAdvantageResourceInput!) { offerAdvantageResource(input: $i) { id } }`,
        (id) => ({ i: { enterpriseId: id, kind: 'VENUE', description: 'x' } }),
      ],
    ];
    for (const [mutation, variables] of attempts) {
      const hidden = await sg.query(mutation, variables(Y), asX);
      const missing = await sg.query(mutation, variables(MISSING_ID), asX);
      expect(errorOf(hidden).code).toBe('NOT_FOUND');
      expect(normalised(hidden, Y)).toEqual(normalised(missing, MISSING_ID));
    }
    const acknowledge = `mutation ($id: ID!) { advanceRiskAlert(id: $id, expectedVersion: 1, input: { action: ACKNOWLEDGE }) { id } }`;
    const hiddenAlert = await sg.query(acknowledge, { id: ids.alertY }, asX);
    expect(errorOf(hiddenAlert).code).toBe('NOT_FOUND');
    expect(normalised(hiddenAlert, ids.alertY)).toEqual(normalised(await sg.query(acknowledge, { id: MISSING_ID }, asX), MISSING_ID));

    const after = dataOf(
      await sg.query(`query ($id: ID!) { enterprise(id: $id) { version employeeCount partyOrganization { version memberCount } openNeedCount } }`, { id: Y }),
    ).enterprise;
    expect(after).toMatchObject(before);
  });

  describe('personal information', () => {
    const q = `query ($id: ID!) { enterprise(id: $id) { contacts { name phone } allianceMembership { liaison { name phone } } partyOrganization { secretary }
      riskAlerts { raisedBy { name } } } }`;
    const read = async (caller: TestCaller) => dataOf(await sg.query(q, { id: X }, caller)).enterprise;

    it('an ENTERPRISE caller sees its own contacts, liaison and party secretary in the clear', async () => {
      const admin = await read('ADMIN');
      expect(admin.contacts.length).toBeGreaterThan(0);
      expect(admin.contacts[0].phone).toMatch(/^1\d{10}$/);
      const own = await read(asX);
      expect(own.contacts).toEqual(admin.contacts);
      expect(own.allianceMembership.liaison).toEqual(admin.allianceMembership.liaison);
      expect(own.partyOrganization.secretary).toBe(admin.partyOrganization.secretary);
      // and every clear read is audited under the ENTERPRISE user
      const audit = await piiAuditModel(sg.db.connection).find({ subject: asX.subject, entity: 'Enterprise', entityId: X }).lean();
      expect(audit.flatMap((a) => a.fields)).toEqual(
        expect.arrayContaining(['contacts.0.name', 'contacts.0.phone', 'alliance.liaison.name', 'partyOrganization.secretary']),
      );
    });

    it("the party organisation's secretary is a person's name: masked for roles that do not need it", async () => {
      const secretary: string = (await read('ADMIN')).partyOrganization.secretary;
      const analyst = await read('ANALYST');
      expect(analyst.contacts[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
      expect(analyst.partyOrganization.secretary).toBe(Array.from(secretary)[0] + '*'.repeat(Array.from(secretary).length - 1));
      expect((await read('MEDIATOR')).partyOrganization.secretary).not.toBe(secretary);
    });

    it('the name on an ActorStamp is a staff name: in the clear for ADMIN and POLICE, masked for ENTERPRISE and ANALYST', async () => {
      expect((await read('ADMIN')).riskAlerts[0].raisedBy.name).toBe('李明华');
      expect((await read('POLICE')).riskAlerts[0].raisedBy.name).toBe('李明华');
      expect((await read(asX)).riskAlerts[0].raisedBy.name).toBe('李**');
      expect((await read('ANALYST')).riskAlerts[0].raisedBy.name).toBe('李**');
    });
  });

  it("a DEPARTMENT caller of another subgraph sees the enterprise directory but none of this subgraph's records", async () => {
    const q = `query ($id: ID!) { enterprises(first: 5) { totalCount } serviceNeeds { totalCount } riskAlerts { totalCount } advantageResources { totalCount }
      enterprise(id: $id) { id partyOrganization { id } officer { id } assignments { id } serviceNeeds { id } riskAlerts { id } openAlertCount } }`;
    const own = dataOf(await sg.query(q, { id: X }, { role: 'DEPARTMENT', department: 'enterprises' }));
    expect(own.serviceNeeds.totalCount).toBeGreaterThan(0);
    expect(own.enterprise.assignments.length).toBeGreaterThan(0);
    const other = dataOf(await sg.query(q, { id: X }, { role: 'DEPARTMENT', department: 'activities' }));
    expect(other.enterprises.totalCount).toBe(122);
    expect([other.serviceNeeds.totalCount, other.riskAlerts.totalCount, other.advantageResources.totalCount]).toEqual([0, 0, 0]);
    expect(other.enterprise).toEqual({ id: X, partyOrganization: null, officer: null, assignments: [], serviceNeeds: [], riskAlerts: [], openAlertCount: 0 });
  });
});
