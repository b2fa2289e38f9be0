import { demoEnterpriseId, demoId } from '@pecg/demo';
import { postGraphQL, useTestSubgraph } from '@pecg/testing';
import { __nameCamel__Subgraph } from '../src';

const FIELDS = 'id title description status statusLabel archiveReason enterprise { id } created { subject role } updated { subject } version';
const E1 = demoEnterpriseId(1).toHexString();
const E2 = demoEnterpriseId(2).toHexString();

describe('__name__ subgraph: __entities__ through the subgraph', () => {
  const sg = useTestSubgraph(__nameCamel__Subgraph, { seed: true });

  const create = (input: Record<string, unknown>, caller: Parameters<typeof sg.query>[2] = 'POLICE') =>
    sg.query(`mutation ($input: Create__Entity__Input!) { create__Entity__(input: $input) { ${FIELDS} } }`, { input }, caller);

  it('seeds idempotently', async () => {
    expect(sg.seeded!.created).toBeGreaterThan(0);
    expect(await __nameCamel__Subgraph.seedDemo!(sg.models)).toEqual({ created: 0 });
  });

  it('creates, reads by id, changes with the version read, and refuses a stale version with CONFLICT', async () => {
    const created = await create({ title: '新记录', enterpriseId: E1 });
    expect(created.errors).toBeUndefined();
    const doc = created.data!.create__Entity__;
    expect(doc).toMatchObject({ title: '新记录', status: 'ACTIVE', statusLabel: '有效', enterprise: { id: E1 }, version: 1, created: { role: 'POLICE' } });
    const read = await sg.query(`query ($id: ID!) { __entity__(id: $id) { ${FIELDS} } }`, { id: doc.id }, 'ANALYST');
    expect(read.data!.__entity__).toEqual(doc);
    const update = `mutation ($id: ID!, $v: Int!, $input: Update__Entity__Input!) { update__Entity__(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
    const changed = await sg.query(update, { id: doc.id, v: 1, input: { title: '改后' } });
    expect(changed.data!.update__Entity__).toMatchObject({ title: '改后', version: 2 });
    const stale = await sg.query(update, { id: doc.id, v: 1, input: { title: '过期' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const archive = `mutation ($id: ID!, $v: Int!) { archive__Entity__(id: $id, expectedVersion: $v, reason: "办结") { ${FIELDS} } }`;
    expect((await sg.query(archive, { id: doc.id, v: 2 })).data!.archive__Entity__).toMatchObject({ status: 'ARCHIVED', archiveReason: '办结', version: 3 });
    const again = await sg.query(archive, { id: doc.id, v: 3 });
    expect(again.errors?.[0].extensions?.code).toBe('ILLEGAL_STATE_TRANSITION');
  });

  it('refuses bad input naming the field and the value, and changes nothing', async () => {
    const before = await sg.models.__Entity__.countDocuments();
    const blank = await create({ title: '   ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
    const badId = await create({ title: 'x', enterpriseId: 'nope' });
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enterpriseId', value: 'nope' });
    expect(await sg.models.__Entity__.countDocuments()).toBe(before);
  });

  it('lets only the roles of the policy write (ANALYST reads only)', async () => {
    expect((await create({ title: 'x' }, 'ANALYST')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pages, filters, sorts, and counts statistics equal to the list', async () => {
    const all = await sg.query(`{ __entities__(first: 100) { totalCount edges { node { id status } } } }`, {}, 'ANALYST');
    expect(all.data!.__entities__.totalCount).toBe(all.data!.__entities__.edges.length);
    const firstPage = await sg.query(`{ __entities__(first: 2, sort: { field: TITLE, direction: ASC }) { edges { node { title } } pageInfo { hasNextPage endCursor } } }`);
    const { endCursor } = firstPage.data!.__entities__.pageInfo;
    const next = await sg.query(`query ($after: String) { __entities__(first: 2, after: $after, sort: { field: TITLE, direction: ASC }) { edges { node { title } } } }`, {
      after: endCursor,
    });
    const titles = [...firstPage.data!.__entities__.edges, ...next.data!.__entities__.edges].map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toEqual([...titles].sort());
    const stats = await sg.query(`{ __entity__Statistics(filter: { statuses: [ACTIVE] }) { total byStatus { key label count } byMonth { key label count } } }`, {}, 'ANALYST');
    const active = all.data!.__entities__.edges.filter((e: { node: { status: string } }) => e.node.status === 'ACTIVE').length;
    expect(stats.data!.__entity__Statistics.total).toBe(active);
    expect(stats.data!.__entity__Statistics.byStatus).toEqual([
      { key: 'ACTIVE', label: '有效', count: active },
      { key: 'ARCHIVED', label: '已归档', count: 0 },
    ]);
    // the aggregate: groups by status counting what the list counts, totals the sum of the groups
    const grouped = await sg.query(`{ __entity__Aggregate(groupBy: [STATUS]) { groups { keys { value label } count activeRate } totals { count activeCount } } }`, {}, 'ANALYST');
    const groups = grouped.data!.__entity__Aggregate.groups as Array<{ keys: Array<{ value: string }>; count: number; activeRate: number }>;
    expect(groups.find((g) => g.keys[0].value === 'ACTIVE')).toMatchObject({ count: active, activeRate: 1 });
    expect(grouped.data!.__entity__Aggregate.totals).toEqual({ count: all.data!.__entities__.totalCount, activeCount: active });
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(all.data!.__entities__.totalCount);
    const badMonth = await sg.query(`{ __entities__(filter: { months: ["2024-13"] }) { totalCount } }`);
    expect(badMonth.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.months[0]', value: '2024-13' });
  });

  it('shows an ENTERPRISE caller only its own enterprise’s records, on every path', async () => {
    const own = await create({ title: '本企业', enterpriseId: E1 }, { role: 'ENTERPRISE', enterpriseId: E1 });
    expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN'); // ENTERPRISE may not write by the policy
    const other = (await create({ title: '他企业', enterpriseId: E2 })).data!.create__Entity__;
    const caller = { role: 'ENTERPRISE' as const, enterpriseId: E1 };
    const list = await sg.query(`{ __entities__(first: 100) { totalCount edges { node { enterprise { id } } } } __entity__Statistics { total } }`, {}, caller);
    expect(list.data!.__entities__.totalCount).toBeGreaterThan(0);
    expect(list.data!.__entities__.edges.every((e: { node: { enterprise: { id: string } | null } }) => e.node.enterprise?.id === E1)).toBe(true);
    expect(list.data!.__entity__Statistics.total).toBe(list.data!.__entities__.totalCount);
    const byId = await sg.query(`query ($id: ID!) { __entity__(id: $id) { id } }`, { id: other.id }, caller);
    expect(byId.data!.__entity__).toBeNull();
  });

  it('resolves references through _entities (null for an unknown id)', async () => {
    const id = demoId('__name__-__entity__', 1).toHexString();
    const { data, errors } = await sg.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on __Entity__ { id title } ... on Enterprise { id __entities__(first: 1) { id } } } }`,
      {
        r: [
          { __typename: '__Entity__', id },
          { __typename: '__Entity__', id: 'ffffffffffffffffffffffff' },
          { __typename: 'Enterprise', id: E1 },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities[0]).toEqual({ id, title: expect.any(String) });
    expect(data!._entities[1]).toBeNull();
    expect(data!._entities[2].__entities__).toHaveLength(1);
  });

  it('answers 401 without the gateway’s internal assertion', async () => {
    const anonymous = await postGraphQL(sg.url, '{ __entities__ { totalCount } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.data).toBeUndefined();
  });
});
