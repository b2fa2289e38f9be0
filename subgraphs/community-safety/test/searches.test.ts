import { demoId } from '@pecg/demo';
import { useTestSubgraph } from '@pecg/testing';
import { communitySafetySubgraph, runRetention } from '../src';

const FIELDS =
  'id caseNumber category categoryLabel personName personAge description reporterName reporterPhone lastSeenPlace status statusLabel reportedAt searchStartedAt foundAt foundPlace minutesToFind handedOverTo closedAt personalDataErasedAt version timeline { from to toLabel reason changed { role } }';
const REPORT = `mutation ($input: ReportLostPersonInput!) { reportLostPerson(input: $input) { ${FIELDS} } }`;
const input = (over: Record<string, unknown> = {}) => ({
  category: 'CHILD',
  personName: '王小明',
  personAge: 6,
  description: '红色上衣，蓝色短裤',
  reporterName: '王芳',
  reporterPhone: '13981400001',
  lastSeenPlace: '东坡水街中段',
  lastSeenAt: new Date(Date.now() - 10 * 60_000).toISOString(),
  ...over,
});

describe('community-safety: lost-person searches', () => {
  const startedAt = new Date();
  const sg = useTestSubgraph(communitySafetySubgraph, { seed: true });
  const step = (mutation: string, args: string, vars: Record<string, unknown>) =>
    sg.query(`mutation ($id: ID!, $v: Int!${args ? `, ${args}` : ''}) { ${mutation} { ${FIELDS} } }`, vars, 'POLICE');

  it('runs a search from report to close, measuring time-to-find at the server’s clock', async () => {
    const reported = await sg.query(REPORT, { input: input() }, 'MEDIATOR');
    expect(reported.errors).toBeUndefined();
    const c = reported.data!.reportLostPerson;
    expect(c).toMatchObject({
      status: 'REPORTED',
      statusLabel: '已报告',
      categoryLabel: '儿童',
      caseNumber: expect.stringMatching(/^BHT-ZS-\d{8}-[0-9A-F]{6}$/),
    });
    const started = await step('startLostPersonSearch(id: $id, expectedVersion: $v)', '', { id: c.id, v: 1 });
    expect(started.data!.startLostPersonSearch.status).toBe('SEARCHING');
    const eventId = (await sg.models.SensingEvent.findOne({}).lean())!._id.toHexString();
    const sighted = await sg.query(
      `mutation ($id: ID!, $v: Int!, $input: RecordSightingInput!) { recordSighting(id: $id, expectedVersion: $v, input: $input) { version sightings { placeName event { id } device { code } note } } }`,
      { id: c.id, v: 2, input: { eventId, note: 'AI摄像机比对' } },
      'POLICE',
    );
    expect(sighted.data!.recordSighting.sightings).toEqual([
      { placeName: expect.any(String), event: { id: eventId }, device: { code: expect.any(String) }, note: 'AI摄像机比对' },
    ]);
    const found = await step('markLostPersonFound(id: $id, expectedVersion: $v, place: $p)', '$p: String!', { id: c.id, v: 3, p: '滨河步道' });
    const f = found.data!.markLostPersonFound;
    expect(f).toMatchObject({ status: 'FOUND', foundPlace: '滨河步道' });
    expect(f.minutesToFind).toBe(Math.round((Date.parse(f.foundAt) - Date.parse(c.reportedAt)) / 60_000));
    const handed = await step('handOverLostPerson(id: $id, expectedVersion: $v, to: $t)', '$t: String!', { id: c.id, v: 4, t: '母亲王芳' });
    expect(handed.data!.handOverLostPerson).toMatchObject({ status: 'HANDED_OVER', handedOverTo: '母亲王芳' });
    const closed = await step('closeLostPersonCase(id: $id, expectedVersion: $v)', '', { id: c.id, v: 5 });
    expect(closed.data!.closeLostPersonCase.timeline.map((t: { to: string }) => t.to)).toEqual(['REPORTED', 'SEARCHING', 'FOUND', 'HANDED_OVER', 'CLOSED']);
    const again = await step('startLostPersonSearch(id: $id, expectedVersion: $v)', '', { id: c.id, v: 6 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', from: 'CLOSED' });
  });

  it('refuses bad reports naming the field, and a sighting outside a running search', async () => {
    const bad = await sg.query(REPORT, { input: input({ reporterPhone: '12345' }) }, 'POLICE');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reporterPhone' });
    const future = await sg.query(REPORT, { input: input({ lastSeenAt: new Date(Date.now() + 3600_000).toISOString() }) }, 'POLICE');
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lastSeenAt' });
    const c = (await sg.query(REPORT, { input: input() }, 'POLICE')).data!.reportLostPerson;
    const early = await sg.query(
      `mutation ($id: ID!) { recordSighting(id: $id, expectedVersion: 1, input: { placeName: "水街" }) { id } }`,
      { id: c.id },
      'POLICE',
    );
    expect(early.errors?.[0].extensions?.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect((await sg.query(REPORT, { input: input() }, { role: 'ENTERPRISE', enterpriseId: 'a'.repeat(24) })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('masks personal data unless the role needs it, audits clear reads, and keeps sightings to officers', async () => {
    const id = demoId('cs-lost-person-case', 1).toHexString();
    const q = `query ($id: ID!) { lostPersonCase(id: $id) { personName description reporterName reporterPhone handedOverTo } }`;
    const police = (await sg.query(q, { id }, 'POLICE')).data!.lostPersonCase;
    const mediator = (await sg.query(q, { id }, 'MEDIATOR')).data!.lostPersonCase;
    const analyst = (await sg.query(q, { id }, 'ANALYST')).data!.lostPersonCase;
    expect(police.reporterPhone).toMatch(/^1\d{10}$/);
    expect(police.description).toContain('红色上衣');
    for (const masked of [mediator, analyst]) {
      expect(masked.personName).not.toBe(police.personName);
      expect(masked.personName).toContain('*');
      expect(masked.reporterPhone).toMatch(/\*/);
      expect(masked.description).toBe('（已遮蔽）');
    }
    const audit = await sg.query(`{ communitySafetyPiiAudit(first: 50) { edges { node { entity entityId fields role } } } }`, {}, 'ADMIN');
    expect(audit.errors).toBeUndefined();
    const fields = audit.data!.communitySafetyPiiAudit.edges.flatMap((e: { node: { entityId: string; fields: string[] } }) =>
      e.node.fields.map((f) => `${e.node.entityId}.${f}`),
    );
    expect(fields).toEqual(expect.arrayContaining([`${id}.personName`, `${id}.reporterPhone`, `${id}.description`]));
    const sightings = `query ($id: ID!) { lostPersonCase(id: $id) { sightings { placeName } } }`;
    expect((await sg.query(sightings, { id }, 'POLICE')).data!.lostPersonCase.sightings).toHaveLength(1);
    expect((await sg.query(sightings, { id }, 'MEDIATOR')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await sg.query(`{ lostPersonCases { totalCount } }`, {}, { role: 'ENTERPRISE', enterpriseId: 'a'.repeat(24) })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps the article’s fastest search: found in 30 minutes, the fastest of the demo', async () => {
    const demo = { reportedBefore: startedAt.toISOString() };
    const stats = await sg.query(
      `query ($f: LostPersonCaseFilter) { lostPersonSearchStatistics(filter: $f) { fastestMinutesToFind found } }`,
      { f: demo },
      'ANALYST',
    );
    expect(stats.data!.lostPersonSearchStatistics).toEqual({ fastestMinutesToFind: 30, found: 5 });
    const fastest = await sg.query(
      `query ($id: ID!) { lostPersonCase(id: $id) { minutesToFind categoryLabel } }`,
      { id: demoId('cs-lost-person-case', 1).toHexString() },
      'ANALYST',
    );
    expect(fastest.data!.lostPersonCase).toEqual({ minutesToFind: 30, categoryLabel: '儿童' });
  });

  it('tells time-to-find in statistics equal to the cases', async () => {
    const stats = await sg.query(
      `{ lostPersonSearchStatistics { total found fastestMinutesToFind medianMinutesToFind foundWithin30MinutesRate foundWithin60MinutesRate byCategory { key label count } byMonth { month count } } }`,
      {},
      'ANALYST',
    );
    const list = await sg.query(`{ lostPersonCases(first: 100) { totalCount edges { node { minutesToFind } } } }`, {}, 'ANALYST');
    const minutes = list
      .data!.lostPersonCases.edges.map((e: { node: { minutesToFind: number | null } }) => e.node.minutesToFind)
      .filter((m: number | null): m is number => m !== null)
      .sort((a: number, b: number) => a - b);
    const s = stats.data!.lostPersonSearchStatistics;
    expect(s.total).toBe(list.data!.lostPersonCases.totalCount);
    expect(s.found).toBe(minutes.length);
    expect(s.fastestMinutesToFind).toBe(minutes[0]);
    const mid = Math.floor((minutes.length - 1) / 2);
    expect(s.medianMinutesToFind).toBe(minutes.length % 2 ? minutes[mid] : (minutes[mid] + minutes[mid + 1]) / 2);
    expect(s.foundWithin30MinutesRate).toBeCloseTo(minutes.filter((m: number) => m <= 30).length / minutes.length);
    expect(s.foundWithin60MinutesRate).toBeCloseTo(minutes.filter((m: number) => m <= 60).length / minutes.length);
  });

  it('erases personal data after the retention following the close, and purges old events but not evidence', async () => {
    const c = (await sg.query(REPORT, { input: input({ personName: '待删除' }) }, 'POLICE')).data!.reportLostPerson;
    await sg.query(`mutation ($id: ID!) { cancelLostPersonCase(id: $id, expectedVersion: 1, reason: "家属称已找到") { status } }`, { id: c.id }, 'POLICE');
    const oldEvents = await sg.models.SensingEvent.countDocuments();
    const day = 86_400_000;
    const nameOf = async () => (await sg.models.LostPersonCase.findById(c.id).lean())!.personName;
    // 29 days after the close the case keeps its personal data; 31 days after, it is gone and the figures stay
    await runRetention(sg.models, new Date(Date.now() + 29 * day));
    expect(await nameOf()).toBe('待删除');
    const later = await runRetention(sg.models, new Date(Date.now() + 31 * day));
    expect(later.searches).toBeGreaterThanOrEqual(1);
    expect(await nameOf()).toBeNull();
    const erased = (
      await sg.query(
        `query ($id: ID!) { lostPersonCase(id: $id) { personName reporterPhone description status personalDataErasedAt } }`,
        { id: c.id },
        'POLICE',
      )
    ).data!.lostPersonCase;
    expect(erased).toMatchObject({ personName: null, reporterPhone: null, description: null, status: 'CANCELLED', personalDataErasedAt: expect.any(String) });
    expect(later.events).toBe(0); // events are kept 90 days
    const purge = await runRetention(sg.models, new Date(Date.now() + 91 * day));
    expect(purge.events).toBe(oldEvents - (await sg.models.SensingEvent.countDocuments({ triage: 'ESCALATED' })));
    expect(await sg.models.SensingEvent.countDocuments({ triage: { $ne: 'ESCALATED' } })).toBe(0);
  });
});
