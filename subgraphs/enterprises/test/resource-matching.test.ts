import { useTestSubgraph } from '@pecg/testing';
import { enterprisesSubgraph } from '../src';
import { dataOf, E, errorOf, MISSING_ID } from './helpers';

/**
 * Advantage resources 优势资源 (issue 13 item 5): updated and withdrawn (versioned, with state rules),
 * matched to needs of other enterprises (who offered what to whom, by whom, when) with an outcome;
 * matches listed per need and per resource; every path scoped for ENTERPRISE callers.
 */
const OFFERER = E(110); // 眉山金盾保安服务有限公司
const NEEDER = E(20);
const asOfferer = { role: 'ENTERPRISE', enterpriseId: OFFERER } as const;
const asNeeder = { role: 'ENTERPRISE', enterpriseId: NEEDER } as const;
const RESOURCE = `id status statusLabel available description kind version withdrawalReason withdrawnBy { role } updatedBy { role }`;
const OFFER = `mutation ($i: OfferAdvantageResourceInput!) { offerAdvantageResource(input: $i) { ${RESOURCE} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $i: UpdateAdvantageResourceInput!) { updateAdvantageResource(id: $id, expectedVersion: $v, input: $i) { ${RESOURCE} } }`;
const WITHDRAW = `mutation ($id: ID!, $v: Int!, $r: String!) { withdrawAdvantageResource(id: $id, expectedVersion: $v, reason: $r) { ${RESOURCE} } }`;
const MATCH_FIELDS = `id outcome outcomeLabel version note resourceKind resourceKindLabel resourceDescription matchedAt matchedBy { role subject at }
  offeringEnterprise { id } needEnterprise { id } resource { id } need { id } outcomeNote outcomeBy { role }`;
const MATCH = `mutation ($r: ID!, $n: ID!, $v: Int!, $note: String) { matchResourceToNeed(resourceId: $r, needId: $n, expectedNeedVersion: $v, note: $note) { ${MATCH_FIELDS} } }`;
const OUTCOME = `mutation ($id: ID!, $v: Int!, $i: RecordMatchOutcomeInput!) { recordMatchOutcome(id: $id, expectedVersion: $v, input: $i) { ${MATCH_FIELDS} } }`;

describe('advantage resources: update, withdraw, match to needs', () => {
  const sg = useTestSubgraph(enterprisesSubgraph, { seed: true });
  const offer = async (description: string) =>
    dataOf(await sg.query(OFFER, { i: { enterpriseId: OFFERER, kind: 'VOLUNTEERS', description } }, asOfferer)).offerAdvantageResource;
  const raiseNeed = async (description: string, enterpriseId = NEEDER) =>
    dataOf(
      await sg.query(`mutation ($i: RaiseServiceNeedInput!) { raiseServiceNeed(input: $i) { id version } }`, {
        i: { enterpriseId, category: 'SECURITY', description },
      }),
    ).raiseServiceNeed;

  it('updates a resource (versioned), withdraws it once; a withdrawn resource can be neither updated nor matched', async () => {
    const resource = await offer('保安员 10 名支援活动安保');
    expect(resource).toMatchObject({ status: 'ACTIVE', statusLabel: '在册', version: 1 });
    const updated = dataOf(
      await sg.query(UPDATE, { id: resource.id, v: 1, i: { description: '保安员 12 名支援活动安保', available: false } }, asOfferer),
    ).updateAdvantageResource;
    expect(updated).toMatchObject({ version: 2, description: '保安员 12 名支援活动安保', available: false, updatedBy: { role: 'ENTERPRISE' } });
    expect(errorOf(await sg.query(UPDATE, { id: resource.id, v: 1, i: { available: true } })).code).toBe('CONFLICT');
    expect(errorOf(await sg.query(UPDATE, { id: resource.id, v: 2, i: {} })).code).toBe('BAD_USER_INPUT');
    // another enterprise misses it exactly as a resource that does not exist
    expect(errorOf(await sg.query(UPDATE, { id: resource.id, v: 2, i: { available: true } }, asNeeder)).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(UPDATE, { id: resource.id, v: 2, i: { available: true } }, 'ANALYST')).code).toBe('FORBIDDEN');
    const withdrawn = dataOf(await sg.query(WITHDRAW, { id: resource.id, v: 2, r: '人员不足' }, asOfferer)).withdrawAdvantageResource;
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      statusLabel: '已撤回',
      available: false,
      version: 3,
      withdrawalReason: '人员不足',
      withdrawnBy: { role: 'ENTERPRISE' },
    });
    expect(errorOf(await sg.query(WITHDRAW, { id: resource.id, v: 3, r: '再次' })).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(errorOf(await sg.query(UPDATE, { id: resource.id, v: 3, i: { available: true } })).code).toBe('ILLEGAL_STATE_TRANSITION');
    const need = await raiseNeed('活动安保');
    const refused = errorOf(await sg.query(MATCH, { r: resource.id, n: need.id, v: need.version }));
    expect(refused.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(refused.message).toContain('WITHDRAWN');
    // nothing changed on the need
    expect((await sg.models.ServiceNeed.findById(need.id).lean())!.version).toBe(need.version);
    const listed = dataOf(await sg.query(`{ advantageResources(filter: { status: WITHDRAWN }, first: 100) { edges { node { id } } } }`)).advantageResources;
    expect(listed.edges.map((e: any) => e.node.id)).toContain(resource.id);
  });

  it('matches a resource to another enterprise’s need: who offered what to whom, by whom, at server time; then the outcome', async () => {
    const resource = await offer('夜间巡逻志愿者 20 名');
    const need = await raiseNeed('园区夜间巡逻');
    const match = dataOf(
      await sg.query(MATCH, { r: resource.id, n: need.id, v: need.version, note: '已电话沟通' }, { role: 'POLICE', subject: 'officer-7' }),
    ).matchResourceToNeed;
    expect(match).toMatchObject({
      outcome: 'PROPOSED',
      outcomeLabel: '已推荐',
      version: 1,
      note: '已电话沟通',
      resourceKind: 'VOLUNTEERS',
      resourceKindLabel: '志愿者',
      resourceDescription: '夜间巡逻志愿者 20 名',
      offeringEnterprise: { id: OFFERER },
      needEnterprise: { id: NEEDER },
      resource: { id: resource.id },
      need: { id: need.id },
      matchedBy: { role: 'POLICE', subject: 'officer-7' },
    });
    expect(match.matchedAt).toBe(match.matchedBy.at);
    // the need's version moved: a second match with the old version is a CONFLICT
    expect(errorOf(await sg.query(MATCH, { r: resource.id, n: need.id, v: need.version })).code).toBe('CONFLICT');
    // lists per need and per resource
    const nested = dataOf(
      await sg.query(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AdvantageResource { matches { id } } } }
         `,
        { r: [{ __typename: 'AdvantageResource', id: resource.id }] },
      ),
    );
    expect(nested._entities[0].matches.map((m: any) => m.id)).toEqual([match.id]);
    const viaNeed = dataOf(
      await sg.query(`query ($id: ID!) { enterprise(id: $id) { serviceNeeds { id version matches { id } } } }`, { id: NEEDER }),
    ).enterprise;
    const needNow = viaNeed.serviceNeeds.find((n: any) => n.id === need.id);
    expect(needNow.matches.map((m: any) => m.id)).toEqual([match.id]);
    expect(needNow.version).toBe(need.version + 1);
    // outcome: the offering enterprise may not accept for the need's enterprise; the need's enterprise accepts; then completed
    expect(errorOf(await sg.query(OUTCOME, { id: match.id, v: 1, i: { outcome: 'ACCEPTED' } }, asOfferer)).code).toBe('FORBIDDEN');
    expect(errorOf(await sg.query(OUTCOME, { id: match.id, v: 1, i: { outcome: 'COMPLETED' } })).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(errorOf(await sg.query(OUTCOME, { id: match.id, v: 1, i: { outcome: 'PROPOSED' } })).extensions.field).toBe('input.outcome');
    const accepted = dataOf(await sg.query(OUTCOME, { id: match.id, v: 1, i: { outcome: 'ACCEPTED', note: '感谢支持' } }, asNeeder)).recordMatchOutcome;
    expect(accepted).toMatchObject({ outcome: 'ACCEPTED', outcomeLabel: '已接受', version: 2, outcomeNote: '感谢支持', outcomeBy: { role: 'ENTERPRISE' } });
    expect(errorOf(await sg.query(OUTCOME, { id: match.id, v: 1, i: { outcome: 'COMPLETED' } })).code).toBe('CONFLICT');
    const completed = dataOf(await sg.query(OUTCOME, { id: match.id, v: 2, i: { outcome: 'COMPLETED' } }, asOfferer)).recordMatchOutcome;
    expect(completed).toMatchObject({ outcome: 'COMPLETED', outcomeLabel: '已完成', version: 3 });
    expect(errorOf(await sg.query(OUTCOME, { id: match.id, v: 3, i: { outcome: 'DECLINED' } })).message).toContain('none (final state)');
  });

  it('refuses matching to the offering enterprise’s own need, a closed need, unknown ids, and roles other than ADMIN and POLICE', async () => {
    const resource = await offer('安保培训讲师');
    const own = await raiseNeed('自家需求', OFFERER);
    expect(errorOf(await sg.query(MATCH, { r: resource.id, n: own.id, v: own.version })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'needId' });
    const need = await raiseNeed('已拒绝的需求');
    const declined = dataOf(
      await sg.query(
        `mutation ($id: ID!, $v: Int!) { advanceServiceNeed(id: $id, expectedVersion: $v, input: { action: DECLINE, resolution: "不属职能" }) { version } }`,
        {
          id: need.id,
          v: need.version,
        },
      ),
    ).advanceServiceNeed;
    expect(errorOf(await sg.query(MATCH, { r: resource.id, n: need.id, v: declined.version })).code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(errorOf(await sg.query(MATCH, { r: MISSING_ID, n: need.id, v: 1 })).extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(errorOf(await sg.query(MATCH, { r: resource.id, n: MISSING_ID, v: 1 })).code).toBe('NOT_FOUND');
    expect(errorOf(await sg.query(MATCH, { r: resource.id, n: need.id, v: 1 }, asOfferer)).code).toBe('FORBIDDEN');
    // refused matches gave the resource's count back: none recorded
    expect((await sg.models.AdvantageResource.findById(resource.id).lean())!.matchCount).toBe(0);
    expect(await sg.models.ResourceMatch.countDocuments({ resourceId: resource.id })).toBe(0);
  });

  it('two matches sent with the same need version: one succeeds, one CONFLICT, one match recorded', async () => {
    const a = await offer('资源 A');
    const b = await offer('资源 B');
    const need = await raiseNeed('并发对接');
    const results = await Promise.all([a, b].map((r) => sg.query(MATCH, { r: r.id, n: need.id, v: need.version })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions!.code)).toEqual(['CONFLICT']);
    expect(await sg.models.ResourceMatch.countDocuments({ needId: need.id })).toBe(1);
    const counts = await sg.models.AdvantageResource.find({ _id: { $in: [a.id, b.id] } }).lean();
    expect(counts.reduce((s, r) => s + (r.matchCount ?? 0), 0)).toBe(1);
  });

  it('an ENTERPRISE caller sees the matches it offers or receives, never others’, on every path', async () => {
    const resource = await offer('场地：多功能厅');
    const need = await raiseNeed('活动场地');
    const match = dataOf(await sg.query(MATCH, { r: resource.id, n: need.id, v: need.version })).matchResourceToNeed;
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on AdvantageResource { id matches { id need { id } resource { id } } } ... on ServiceNeed { id matches { id resource { id } need { id } } } } }`;
    const r = [
      { __typename: 'AdvantageResource', id: resource.id },
      { __typename: 'ServiceNeed', id: need.id },
    ];
    const owners = `query ($id: ID!) { enterprise(id: $id) { advantageResources { matches { enterprises { id } } } } }`;
    const seenByAdmin = dataOf(await sg.query(owners, { id: OFFERER })).enterprise.advantageResources.flatMap((x: any) => x.matches);
    expect(seenByAdmin.some((m: any) => m.enterprises.map((e: any) => e.id).join() === [OFFERER, NEEDER].join())).toBe(true);
    const seenByOfferer = dataOf(await sg.query(owners, { id: OFFERER }, asOfferer)).enterprise.advantageResources.flatMap((x: any) => x.matches);
    expect(seenByOfferer.every((m: any) => m.enterprises.map((e: any) => e.id).join() === OFFERER)).toBe(true);
    const offerer = dataOf(await sg.query(q, { r }, asOfferer))._entities;
    // the offerer sees its resource and the match, not the other enterprise's need
    expect(offerer[0].matches).toEqual([{ id: match.id, need: null, resource: { id: resource.id } }]);
    expect(offerer[1]).toBeNull();
    const needer = dataOf(await sg.query(q, { r }, asNeeder))._entities;
    expect(needer[0]).toBeNull();
    expect(needer[1].matches).toEqual([{ id: match.id, resource: null, need: { id: need.id } }]);
    const stranger = dataOf(await sg.query(q, { r }, { role: 'ENTERPRISE', enterpriseId: E(30) }))._entities;
    expect(stranger).toEqual([null, null]);
    // a stranger's write misses the match as one that does not exist
    expect(errorOf(await sg.query(OUTCOME, { id: match.id, v: 1, i: { outcome: 'COMPLETED' } }, { role: 'ENTERPRISE', enterpriseId: E(30) })).code).toBe(
      'NOT_FOUND',
    );
  });
});
