import { useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf, freshCreditCode, MISSING_ID } from './helpers';

const ENTERPRISE_FIELDS = `id name creditCode category categoryLabel industry park status statusLabel employeeCount foundedOn version
  contacts { name role phone } allianceMember allianceMembership { role roleLabel active leftOn liaison { name phone } }
  partyOrganization { name type typeLabel memberCount } createdBy { role } updatedBy { subject }`;

describe('enterprises: reads and enterprise mutations over HTTP', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });

  it('seeds the park idempotently: 122 enterprises, 42 members with party organisations, 四川新四方肥业有限公司 above scale', async () => {
    expect(await enterprisesSubgraph.seedDemo!(sg.models)).toEqual({ created: 0 });
    const { enterprises, members } = dataOf(
      await sg.query(
        `{ enterprises(first: 1) { totalCount } members: enterprises(filter: { allianceMember: true }, first: 100) { totalCount edges { node { partyOrganization { id } } } } }`,
      ),
    );
    expect(enterprises.totalCount).toBe(122);
    expect(members.totalCount).toBe(42);
    expect(members.edges.every((e: any) => e.node.partyOrganization)).toBe(true);
    const first = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { ${ENTERPRISE_FIELDS} } }`, { id: E(103) })).enterprise;
    expect(first).toMatchObject({
      name: '四川新四方肥业有限公司',
      category: 'ABOVE_SCALE',
      categoryLabel: '规上企业',
      statusLabel: '在营',
      allianceMember: true,
    });
    expect(first.allianceMembership).toMatchObject({ role: 'MEMBER', roleLabel: '成员单位', active: true, leftOn: null });
    expect(first.partyOrganization.typeLabel).toBe('党总支');
    expect(first.contacts[0].phone).toMatch(/^1\d{10}$/);
  });

  it('upgrades documents left by the first skeleton (version 0) and leaves changed ones alone', async () => {
    await sg.models.Enterprise.collection.updateOne(
      { _id: sg.models.Enterprise.castObject({ _id: E(100) })._id },
      { $set: { version: 0, name: '万象园区企业100' }, $unset: { industry: '' } },
    );
    await enterprisesSubgraph.seedDemo!(sg.models);
    const upgraded = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { name industry version } }`, { id: E(100) })).enterprise;
    expect(upgraded.name).not.toBe('万象园区企业100');
    expect(upgraded.industry).toBeTruthy();
    expect(upgraded.version).toBe(1);
  });

  it('finds an enterprise by credit code (normalised to upper case) and rejects an invalid code naming it', async () => {
    const { enterprise } = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { creditCode } }`, { id: E(7) }));
    const found = dataOf(await sg.query(`query ($c: String!) { enterpriseByCreditCode(creditCode: $c) { id } }`, { c: enterprise.creditCode.toLowerCase() }));
    expect(found.enterpriseByCreditCode.id).toBe(E(7));
    const bad = errorOf(await sg.query(`{ enterpriseByCreditCode(creditCode: "91511400MA0000000X") { id } }`));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.message).toContain('91511400MA0000000X');
    expect(dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { id } }`, { id: MISSING_ID })).enterprise).toBeNull();
  });

  it('filters, sorts and pages the enterprise list with stable cursors', async () => {
    const q = `query ($f: EnterpriseFilter, $s: EnterpriseSort, $after: String) { enterprises(filter: $f, sort: $s, first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name employeeCount category industry } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = dataOf(
        await sg.query(q, { f: { category: 'SMALL_MICRO_TECH' }, s: { field: 'EMPLOYEE_COUNT', direction: 'DESC' }, after }),
      ).enterprises;
      seen.push(...page.edges.map((e: any) => e.node.id));
      const counts = page.edges.map((e: any) => e.node.employeeCount);
      expect([...counts].sort((a: number, b: number) => b - a)).toEqual(counts);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    const total = dataOf(await sg.query(q, { f: { category: 'SMALL_MICRO_TECH' } })).enterprises.totalCount;
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));

    const chem = dataOf(await sg.query(q, { f: { industry: '化肥制造', nameContains: '新四方' } })).enterprises;
    expect(chem.edges.map((e: any) => e.node.name)).toEqual(['四川新四方肥业有限公司']);
    const byOfficer = dataOf(await sg.query(`{ policeOfficers(first: 1, sort: { field: BADGE_NUMBER }) { edges { node { id enterprises { id } } } } }`))
      .policeOfficers.edges[0].node;
    const listed = dataOf(await sg.query(q, { f: { officerId: byOfficer.id } })).enterprises;
    expect(listed.edges.map((e: any) => e.node.id).sort()).toEqual(byOfficer.enterprises.map((e: any) => e.id).sort());
    const tooMany = errorOf(await sg.query(`{ enterprises(first: 101) { totalCount } }`));
    expect(tooMany.code).toBe('BAD_USER_INPUT');
    expect(tooMany.message).toContain('101');
  });

  it('registers an enterprise, stamps the actor and refuses a duplicate or invalid credit code', async () => {
    const creditCode = freshCreditCode();
    const input = {
      name: '眉山测试科技有限公司',
      creditCode,
      category: 'SMALL_MICRO_TECH',
      industry: '电子信息',
      address: '眉山市东坡区科创路 1 号',
      legalRepresentative: '测试人',
      employeeCount: 12,
      foundedOn: '2020-05-01',
      contacts: [{ name: '李四', role: '联络员', phone: '13800001111' }],
    };
    const created = dataOf(
      await sg.query(
        `mutation ($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { ${ENTERPRISE_FIELDS} registeredAt } }`,
        { i: input },
        { role: 'POLICE', subject: 'officer-7', name: '李明华' },
      ),
    ).registerEnterprise;
    expect(created).toMatchObject({
      creditCode,
      version: 1,
      park: '万象创新科技产业园',
      status: 'ACTIVE',
      foundedOn: '2020-05-01',
      allianceMember: false,
      allianceMembership: null,
      partyOrganization: null,
    });
    expect(created.createdBy.role).toBe('POLICE');
    expect(created.updatedBy.subject).toBe('officer-7');

    const duplicate = errorOf(
      await sg.query(`mutation ($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`, { i: { ...input, name: '另一家' } }),
    );
    expect(duplicate.code).toBe('CONFLICT');
    expect(duplicate.message).toContain(creditCode);

    const wrongCheck = creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0');
    const invalid = errorOf(
      await sg.query(`mutation ($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`, { i: { ...input, creditCode: wrongCheck } }),
    );
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(invalid.message).toContain(wrongCheck);
    expect(invalid.extensions.field).toBe('input.creditCode');

    const badPhone = errorOf(
      await sg.query(`mutation ($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`, {
        i: { ...input, creditCode: freshCreditCode(), employeeCount: -1, contacts: [{ name: 'x', role: 'y', phone: '123' }] },
      }),
    );
    expect(badPhone.message).toContain('input.employeeCount');
    expect(badPhone.message).toContain('input.contacts.0.phone');

    const forbidden = errorOf(
      await sg.query(
        `mutation ($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`,
        { i: { ...input, creditCode: freshCreditCode() } },
        'ANALYST',
      ),
    );
    expect(forbidden.code).toBe('FORBIDDEN');
  });

  it('updates with the version read, refuses a stale version with CONFLICT and changes nothing', async () => {
    const id = E(60);
    const before = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { version employeeCount name } }`, { id })).enterprise;
    const mutation = `mutation ($id: ID!, $v: Int!, $i: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $i) { version employeeCount name } }`;
    const updated = dataOf(await sg.query(mutation, { id, v: before.version, i: { employeeCount: 77 } })).updateEnterprise;
    expect(updated).toEqual({ version: before.version + 1, employeeCount: 77, name: before.name });
    const stale = errorOf(await sg.query(mutation, { id, v: before.version, i: { name: '改名失败' } }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions).toMatchObject({ expectedVersion: before.version, currentVersion: before.version + 1 });
    const after = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { version name } }`, { id })).enterprise;
    expect(after).toEqual({ version: before.version + 1, name: before.name });
    expect(errorOf(await sg.query(mutation, { id: MISSING_ID, v: 1, i: { employeeCount: 1 } })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(mutation, { id: 'nope', v: 1, i: { employeeCount: 1 } })).message).toContain('"nope"');
    expect(errorOf(await sg.query(mutation, { id, v: after.version, i: {} })).message).toContain('at least one field');
    // An enterprise may update itself; another enterprise does not exist for it (NOT_FOUND, not FORBIDDEN).
    expect(
      dataOf(await sg.query(mutation, { id, v: after.version, i: { employeeCount: 80 } }, { role: 'ENTERPRISE', enterpriseId: id })).updateEnterprise
        .employeeCount,
    ).toBe(80);
    expect(errorOf(await sg.query(mutation, { id: E(61), v: 1, i: { employeeCount: 80 } }, { role: 'ENTERPRISE', enterpriseId: id })).code).toBe('NOT_FOUND');
  });

  it('changes status, joins and leaves the alliance, sets a party organisation — each version-checked', async () => {
    const id = E(90);
    const read = async () =>
      dataOf(
        await sg.query(
          `query ($id: ID!) { enterprise(id: $id) { version status allianceMember allianceMembership { active leftOn role liaison { name } } partyOrganization { id version memberCount } } }`,
          { id },
        ),
      ).enterprise;
    let e = await read();
    const status = dataOf(
      await sg.query(
        `mutation ($id: ID!, $v: Int!) { changeEnterpriseStatus(id: $id, expectedVersion: $v, status: SUSPENDED) { status statusLabel version } }`,
        { id, v: e.version },
      ),
    ).changeEnterpriseStatus;
    expect(status).toEqual({ status: 'SUSPENDED', statusLabel: '停业', version: e.version + 1 });
    const changeStatus = `mutation ($id: ID!, $v: Int!) { changeEnterpriseStatus(id: $id, expectedVersion: $v, status: ACTIVE) { status } }`;
    expect(errorOf(await sg.query(changeStatus, { id, v: 1 })).code).toBe('CONFLICT');
    expect(errorOf(await sg.query(changeStatus, { id: MISSING_ID, v: 1 })).code).toBe('NOT_FOUND');
    const zero = errorOf(await sg.query(changeStatus, { id, v: 0 }));
    expect(zero.code).toBe('BAD_USER_INPUT');
    expect(zero.extensions.field).toBe('expectedVersion');
    expect(errorOf(await sg.query(changeStatus, { id, v: status.version }, { role: 'ENTERPRISE', enterpriseId: id })).code).toBe('FORBIDDEN');

    e = await read();
    const join = `mutation ($id: ID!, $v: Int!, $i: JoinAllianceInput!) { joinAlliance(enterpriseId: $id, expectedVersion: $v, input: $i) { version allianceMember allianceMembership { joinedOn role active liaison { name phone } } } }`;
    const joined = dataOf(
      await sg.query(join, { id, v: e.version, i: { liaisonName: '周联络', liaisonPhone: '13912345678', joinedOn: '2024-01-02' } }),
    ).joinAlliance;
    expect(joined.allianceMembership).toEqual({ joinedOn: '2024-01-02', role: 'MEMBER', active: true, liaison: { name: '周联络', phone: '13912345678' } });
    const again = errorOf(await sg.query(join, { id, v: joined.version, i: { liaisonName: '周联络', liaisonPhone: '13912345678' } }));
    expect(again.code).toBe('ILLEGAL_STATE_TRANSITION'); // already a member: a state, not a stale version
    expect(again.message).toContain('already a member of the alliance, joined 2024-01-02');
    expect(errorOf(await sg.query(join, { id: MISSING_ID, v: 1, i: { liaisonName: '周', liaisonPhone: '13912345678' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(join, { id, v: joined.version, i: { liaisonName: '周', liaisonPhone: '12' } })).message).toContain('input.liaisonPhone');

    const early = errorOf(
      await sg.query(`mutation ($id: ID!, $v: Int!) { leaveAlliance(enterpriseId: $id, expectedVersion: $v, leftOn: "2023-12-31") { version } }`, {
        id,
        v: joined.version,
      }),
    );
    expect(early.code).toBe('BAD_USER_INPUT');
    expect(early.message).toContain('2023-12-31');
    const leave = `mutation ($id: ID!, $v: Int!) { leaveAlliance(enterpriseId: $id, expectedVersion: $v, leftOn: "2024-06-30") { allianceMember allianceMembership { active leftOn } version } }`;
    const left = dataOf(await sg.query(leave, { id, v: joined.version })).leaveAlliance;
    expect(left).toEqual({ allianceMember: false, allianceMembership: { active: false, leftOn: '2024-06-30' }, version: joined.version + 1 });
    expect(errorOf(await sg.query(leave, { id, v: left.version })).code).toBe('ILLEGAL_STATE_TRANSITION'); // no longer a member

    const set = `mutation ($id: ID!, $v: Int, $i: PartyOrganizationInput!) { setPartyOrganization(enterpriseId: $id, expectedVersion: $v, input: $i) { id version memberCount typeLabel enterprise { id } updatedBy { role } } }`;
    const org = { name: '中共测试支部', type: 'BRANCH', memberCount: 5, secretary: '赵书记' };
    const created = dataOf(await sg.query(set, { id, i: org })).setPartyOrganization;
    expect(created).toMatchObject({ version: 1, memberCount: 5, typeLabel: '党支部', enterprise: { id } });
    expect(errorOf(await sg.query(set, { id, i: org })).message).toContain('expectedVersion');
    const replaced = dataOf(await sg.query(set, { id, v: 1, i: { ...org, memberCount: 9 } })).setPartyOrganization;
    expect(replaced).toMatchObject({ id: created.id, version: 2, memberCount: 9 });
    expect(errorOf(await sg.query(set, { id, v: 1, i: org })).code).toBe('CONFLICT');
    expect(errorOf(await sg.query(set, { id, v: 2, i: { ...org, memberCount: 0 } })).message).toContain('input.memberCount');
  });

  it('computes statistics in the database with the list filter', async () => {
    const q = `query ($f: EnterpriseFilter) { enterpriseStatistics(filter: $f) { total byCategory { category label count } byAllianceMembership { allianceMember label count }
      openNeedsByCategory { category label count } openAlertsBySeverity { severity label count } withoutOfficer registeredByMonth { month count } } }`;
    const all = dataOf(await sg.query(q)).enterpriseStatistics;
    expect(all.byCategory.map((c: any) => c.category)).toEqual(['ABOVE_SCALE', 'SMALL_MICRO_TECH', 'OTHER']);
    expect(all.byCategory[0]).toEqual({ category: 'ABOVE_SCALE', label: '规上企业', count: 16 });
    expect(all.byCategory.reduce((s: number, c: any) => s + c.count, 0)).toBe(all.total);
    expect(all.byAllianceMembership.find((r: any) => r.allianceMember).label).toBe('红盟成员');
    expect(all.registeredByMonth.reduce((s: number, m: any) => s + m.count, 0)).toBe(all.total);
    expect(all.registeredByMonth[0].month).toMatch(/^\d{4}-\d{2}$/);
    expect(all.openAlertsBySeverity.map((s: any) => s.severity)).toEqual(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
    expect(all.openNeedsByCategory.reduce((s: number, c: any) => s + c.count, 0)).toBeGreaterThan(0);
    expect(all.withoutOfficer).toBe(0);
    const members = dataOf(await sg.query(q, { f: { allianceMember: true, category: 'ABOVE_SCALE' } })).enterpriseStatistics;
    expect(members.total).toBe(13);
    expect(members.byCategory[1].count).toBe(0);
    const nonMembers = dataOf(await sg.query(q, { f: { allianceMember: false } })).enterpriseStatistics;
    expect(nonMembers.openAlertsBySeverity.reduce((s: number, c: any) => s + c.count, 0)).toBeLessThan(
      all.openAlertsBySeverity.reduce((s: number, c: any) => s + c.count, 0),
    );
  });

  it('shows an ENTERPRISE caller only its own enterprise (another one is null, as if it did not exist) and masks phones for ANALYST', async () => {
    const me = { role: 'ENTERPRISE' as const, enterpriseId: E(3) };
    const list = dataOf(await sg.query(`{ enterprises(first: 100) { totalCount edges { node { id } } } enterpriseStatistics { total } }`, {}, me));
    expect(list.enterprises.edges.map((e: any) => e.node.id)).toEqual([E(3)]);
    expect(list.enterpriseStatistics.total).toBe(1);
    const other = await sg.query(`query ($id: ID!) { enterprise(id: $id) { id } }`, { id: E(4) }, me);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ enterprise: null });
    const masked = dataOf(
      await sg.query(
        `query ($id: ID!) { enterprise(id: $id) { contacts { name phone } allianceMembership { liaison { name phone } } officer { phone } } }`,
        { id: E(103) },
        'ANALYST',
      ),
    ).enterprise;
    expect(masked.contacts[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(masked.contacts[0].name).toMatch(/\*/);
    expect(masked.allianceMembership.liaison.phone).toMatch(/\*{4}/);
    expect(masked.officer.phone).toMatch(/\*{4}/);
    const clear = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { contacts { phone } } }`, { id: E(3) }, 'POLICE')).enterprise;
    expect(clear.contacts[0].phone).toMatch(/^\d{11}$/);
  });
});
