import { useTestSubgraph } from '@pecg/testing';
import { endedSlot, oneOfficerSlot } from '../src/models';
import { enterprisesSubgraph } from '../src';
import { demoEnterpriseId } from '@pecg/demo';
import { dataOf, E, errorOf, MISSING_ID, O } from './helpers';

const ASSIGN = `mutation ($i: AssignOfficerInput!) { assignOfficer(input: $i) { id version kind kindLabel active projectName startedOn endedOn officer { id } enterprise { id } assignedBy { role } } }`;
const END = `mutation ($id: ID!, $v: Int!, $on: Date) { endAssignment(id: $id, expectedVersion: $v, endedOn: $on) { id version active endedOn endedBy { subject } } }`;
const OFFICER_OF = `query ($id: ID!) { enterprise(id: $id) { officer { id } assignments { id kind active officer { id } } } }`;

describe('officers and assignments (一企一警, 项目警官)', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });

  it('lists officers of the workstation with their active enterprises; masks their phones for ANALYST', async () => {
    const { policeOfficers } = dataOf(
      await sg.query(
        `{ policeOfficers(first: 100, filter: { workstation: "万象警务工作站" }) { totalCount edges { node { id name unit workstation phone enterprises { id categoryLabel } assignments { kindLabel } } } } }`,
      ),
    );
    expect(policeOfficers.totalCount).toBe(12);
    const units = new Set(policeOfficers.edges.map((e: any) => e.node.unit));
    expect([...units].sort()).toEqual(['治安大队', '象耳派出所']);
    const covered = policeOfficers.edges.flatMap((e: any) => e.node.enterprises.filter((x: any) => x.categoryLabel === '规上企业').map((x: any) => x.id));
    expect(new Set(covered).size).toBe(16);
    const kinds = new Set(policeOfficers.edges.flatMap((e: any) => e.node.assignments.map((a: any) => a.kindLabel)));
    expect(kinds).toEqual(new Set(['一企一警', '项目警官']));
    const brigade = dataOf(await sg.query(`{ policeOfficers(filter: { unit: "治安大队", nameContains: "徐" }) { edges { node { name } } } }`)).policeOfficers;
    expect(brigade.edges.map((e: any) => e.node.name)).toEqual(['徐卫东']);
    const officer = dataOf(await sg.query(`query ($id: ID!) { policeOfficer(id: $id) { phone badgeNumber } }`, { id: O(1) }, 'ANALYST')).policeOfficer;
    expect(officer.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(dataOf(await sg.query(`query ($id: ID!) { policeOfficer(id: $id) { id } }`, { id: MISSING_ID })).policeOfficer).toBeNull();
  });

  it('replaces the 一企一警 officer in one step and keeps the ended assignment as history', async () => {
    const before = dataOf(await sg.query(OFFICER_OF, { id: E(104) })).enterprise;
    const previous = before.officer.id;
    const next = previous === O(10) ? O(11) : O(10);
    const assigned = dataOf(
      await sg.query(ASSIGN, { i: { enterpriseId: E(104), officerId: next, kind: 'ONE_ENTERPRISE_ONE_OFFICER', startedOn: '2024-07-01' } }, 'POLICE'),
    ).assignOfficer;
    expect(assigned).toMatchObject({
      kind: 'ONE_ENTERPRISE_ONE_OFFICER',
      kindLabel: '一企一警',
      active: true,
      startedOn: '2024-07-01',
      endedOn: null,
      officer: { id: next },
      assignedBy: { role: 'POLICE' },
    });
    const after = dataOf(await sg.query(OFFICER_OF, { id: E(104) })).enterprise;
    expect(after.officer.id).toBe(next);
    const ones = after.assignments.filter((a: any) => a.kind === 'ONE_ENTERPRISE_ONE_OFFICER');
    expect(ones.filter((a: any) => a.active)).toHaveLength(1);
    expect(ones.find((a: any) => !a.active).officer.id).toBe(previous);
    const same = errorOf(await sg.query(ASSIGN, { i: { enterpriseId: E(104), officerId: next, kind: 'ONE_ENTERPRISE_ONE_OFFICER' } }));
    expect(same.code).toBe('CONFLICT');
  });

  it('keeps exactly one active 一企一警 officer under two concurrent assignments', async () => {
    for (const n of [106, 107, 108]) {
      const results = await Promise.all(
        [O(11), O(12)].map((officerId) => sg.query(ASSIGN, { i: { enterpriseId: E(n), officerId, kind: 'ONE_ENTERPRISE_ONE_OFFICER' } })),
      );
      const ok = results.filter((r) => !r.errors);
      const failed = results.filter((r) => r.errors);
      expect(ok.length).toBeGreaterThanOrEqual(1);
      for (const r of failed) expect(r.errors![0].extensions!.code).toBe('CONFLICT');
      const active = await sg.models.OfficerAssignment.find({ enterpriseId: E(n), kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null }).lean();
      expect(active).toHaveLength(1);
      expect([O(11), O(12)]).toContain(active[0].officerId.toHexString());
      const officer = dataOf(await sg.query(OFFICER_OF, { id: E(n) })).enterprise.officer.id;
      expect(officer).toBe(active[0].officerId.toHexString());
    }
  });

  it('a crash between ending the holder and inserting the new 一企一警 officer is repaired by running the assignment again', async () => {
    const enterpriseId = E(112);
    const holder = await sg.models.OfficerAssignment.findOne({ slot: oneOfficerSlot(demoEnterpriseId(112)) }).lean();
    expect(holder).not.toBeNull();
    const next = holder!.officerId.toHexString() === O(10) ? O(11) : O(10);
    // step 1 only, as the mutation does it (the holder leaves the slot), then the process "crashes"
    await sg.models.OfficerAssignment.updateOne(
      { _id: holder!._id, slot: holder!.slot },
      { $set: { slot: endedSlot(holder!._id), endedOn: new Date(), ended: holder!.assigned }, $inc: { version: 1 } },
    );
    expect(dataOf(await sg.query(OFFICER_OF, { id: enterpriseId })).enterprise.officer).toBeNull();
    // running the change again completes it
    const assigned = dataOf(await sg.query(ASSIGN, { i: { enterpriseId, officerId: next, kind: 'ONE_ENTERPRISE_ONE_OFFICER' } }, 'POLICE')).assignOfficer;
    expect(assigned).toMatchObject({ active: true, officer: { id: next } });
    const active = await sg.models.OfficerAssignment.find({ enterpriseId: demoEnterpriseId(112), kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null }).lean();
    expect(active.map((a) => a.officerId.toHexString())).toEqual([next]);
    const ended = await sg.models.OfficerAssignment.findById(holder!._id).lean();
    expect(ended).toMatchObject({ slot: endedSlot(holder!._id), version: holder!.version + 1 });
    expect(dataOf(await sg.query(OFFICER_OF, { id: enterpriseId })).enterprise.officer.id).toBe(next);
    // and running it once more changes nothing (the officer already holds the slot)
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId, officerId: next, kind: 'ONE_ENTERPRISE_ONE_OFFICER' } })).code).toBe('CONFLICT');
  });

  it('adds project officers, ends assignments once, and reports enterprises breaking the rule', async () => {
    const project = dataOf(
      await sg.query(ASSIGN, { i: { enterpriseId: E(50), officerId: O(9), kind: 'PROJECT_OFFICER', projectName: '消防演练' } }),
    ).assignOfficer;
    expect(project).toMatchObject({ kindLabel: '项目警官', projectName: '消防演练', active: true });
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId: E(50), officerId: O(9), kind: 'PROJECT_OFFICER', projectName: '消防演练' } })).code).toBe(
      'CONFLICT',
    );
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId: E(50), officerId: O(9), kind: 'PROJECT_OFFICER' } })).message).toContain('input.projectName');
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId: MISSING_ID, officerId: O(9), kind: 'PROJECT_OFFICER', projectName: 'x' } })).code).toBe(
      'NOT_FOUND',
    );
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId: E(50), officerId: MISSING_ID, kind: 'PROJECT_OFFICER', projectName: 'x' } })).message).toContain(
      'input.officerId',
    );
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId: 'bad', officerId: O(9), kind: 'PROJECT_OFFICER', projectName: 'x' } })).message).toContain(
      '"bad"',
    );
    expect(errorOf(await sg.query(ASSIGN, { i: { enterpriseId: E(50), officerId: O(9), kind: 'PROJECT_OFFICER', projectName: 'x' } }, 'ANALYST')).code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(
        await sg.query(
          ASSIGN,
          { i: { enterpriseId: E(50), officerId: O(9), kind: 'PROJECT_OFFICER', projectName: 'x' } },
          { role: 'ENTERPRISE', enterpriseId: E(50) },
        ),
      ).code,
    ).toBe('FORBIDDEN');

    const rule = `{ enterprisesBreakingOneOfficerRule { id categoryLabel } enterpriseStatistics { withoutOfficer } }`;
    expect(dataOf(await sg.query(rule))).toEqual({ enterprisesBreakingOneOfficerRule: [], enterpriseStatistics: { withoutOfficer: 0 } });
    const current = dataOf(
      await sg.query(`query ($id: ID!) { enterprise(id: $id) { assignments(activeOnly: true) { id kind version } } }`, { id: E(109) }),
    ).enterprise.assignments.find((a: any) => a.kind === 'ONE_ENTERPRISE_ONE_OFFICER');
    expect(errorOf(await sg.query(END, { id: current.id, v: current.version + 1, on: '2024-08-01' })).code).toBe('CONFLICT');
    const ended = dataOf(await sg.query(END, { id: current.id, v: current.version, on: '2024-08-01' }, { role: 'ADMIN', subject: 'admin-1' })).endAssignment;
    expect(ended).toEqual({ id: current.id, version: current.version + 1, active: false, endedOn: '2024-08-01', endedBy: { subject: 'admin-1' } });
    const again = errorOf(await sg.query(END, { id: current.id, v: ended.version }));
    expect(again.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(again.message).toContain('ENDED');
    expect(errorOf(await sg.query(END, { id: MISSING_ID, v: 1 })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(END, { id: project.id, v: project.version, on: '2000-01-01' })).message).toContain('endedOn');
    expect(dataOf(await sg.query(rule))).toEqual({
      enterprisesBreakingOneOfficerRule: [{ id: E(109), categoryLabel: '规上企业' }],
      enterpriseStatistics: { withoutOfficer: 1 },
    });
    // Non-above-scale enterprises without an officer do not break the rule.
    expect(dataOf(await sg.query(rule)).enterprisesBreakingOneOfficerRule.map((e: any) => e.id)).not.toContain(E(60));
  });

  it('ends the assignments of an enterprise that exits the park, keeping them as history', async () => {
    const { enterprise } = dataOf(await sg.query(`query ($id: ID!) { enterprise(id: $id) { version officer { id } } }`, { id: E(115) }));
    expect(enterprise.officer).not.toBeNull();
    await sg.query(`mutation ($id: ID!, $v: Int!) { changeEnterpriseStatus(id: $id, expectedVersion: $v, status: EXITED) { status } }`, {
      id: E(115),
      v: enterprise.version,
    });
    const after = dataOf(
      await sg.query(`query ($id: ID!) { enterprise(id: $id) { status officer { id } assignments { active endedBy { role } } } }`, { id: E(115) }),
    ).enterprise;
    expect(after).toMatchObject({ status: 'EXITED', officer: null });
    expect(after.assignments.length).toBeGreaterThan(0);
    expect(after.assignments.every((a: any) => !a.active && a.endedBy.role === 'ADMIN')).toBe(true);
    expect(dataOf(await sg.query(`{ enterprisesBreakingOneOfficerRule { id } }`)).enterprisesBreakingOneOfficerRule.map((e: any) => e.id)).not.toContain(
      E(115),
    );
    const refused = errorOf(await sg.query(ASSIGN, { i: { enterpriseId: E(115), officerId: O(1), kind: 'ONE_ENTERPRISE_ONE_OFFICER' } }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('exited');
  });

  it('lists 100 enterprises with officer, party organisation and open-alert count in a constant number of round-trips', async () => {
    const q = `query ($n: Int) { enterprises(first: $n, sort: { field: EMPLOYEE_COUNT, direction: DESC }) { edges { node { name officer { name badgeNumber } partyOrganization { name } openAlertCount } } } }`;
    const cost = async (n: number) => {
      sg.db.roundTrips.reset();
      const { enterprises } = dataOf(await sg.query(q, { n }));
      expect(enterprises.edges).toHaveLength(n);
      return sg.db.roundTrips.total;
    };
    const ten = await cost(10);
    const hundred = await cost(100);
    // no getMore / killCursors either: loaders and pages come back in one reply
    expect(Object.fromEntries(sg.db.roundTrips.byCommand)).toEqual({ find: 4, aggregate: 1 });
    expect(hundred).toBe(ten);
    // enterprises page + active 一企一警 assignments + officers + party organisations + open-alert counts
    expect(hundred).toBe(5);
  });
});
