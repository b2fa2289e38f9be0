import { Types } from 'mongoose';
import { dayKey, workingCalendar } from '@pecg/common';
import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { act, dataOf, E, errorOf, ITEM, O, step } from './helpers';

const FIELDS = `id status version acceptedAt decisionDueDate promisedDueDate decidedAt decidedOnTime decidedWithinPromise certificateNumber filingNumber
  forwardedAt forwardedTo forwardedOnTime higherAuthorityDecision { authority documentNumber decidedAt recorded { role } } dueDate`;

type Sg = ReturnType<typeof useTestSubgraph>;

/** A submitted application for catalogue item n with all its materials (or all but `missing`). */
async function submittedFor(sg: Sg, item: number, enterprise: number, missing: string[] = []): Promise<any> {
  const { approvalItem } = dataOf(await sg.query(`query ($id: ID!) { approvalItem(id: $id) { requiredMaterials { code } } }`, { id: ITEM(item) }));
  const created = dataOf(
    await sg.query(`mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version } }`, {
      input: {
        itemId: ITEM(item),
        enterpriseId: E(enterprise),
        applicantContact: { name: '李静', phone: '13800002222' },
        handlingOfficerId: O(3),
        materials: approvalItem.requiredMaterials.filter((m: any) => !missing.includes(m.code)).map((m: any) => ({ code: m.code, channel: 'IN_PERSON' })),
      },
    }),
  ).createApplication;
  return dataOf(
    await sg.query(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { ${FIELDS} } }`, { id: created.id, v: created.version }),
  ).submitApplication;
}

const run = (sg: Sg, mutation: string, app: any, input?: unknown, inputType?: string) =>
  sg.query(
    `mutation ($id: ID!, $v: Int!${inputType ? `, $input: ${inputType}` : ''}) { ${mutation}(id: $id, expectedVersion: $v${inputType ? ', input: $input' : ''}) { ${FIELDS} } }`,
    { id: app.id, v: app.version, input },
    'POLICE',
  );

describe('procedure kinds and deciding authorities (issue 13 item 1)', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true });

  it('a filing (备案) is recorded on receipt of complete materials: no acceptance, denial, certificate or decision clock', async () => {
    const app = await submittedFor(sg, 16, 115);
    expect(app).toMatchObject({ status: 'SUBMITTED', decisionDueDate: null, dueDate: null });
    const accept = errorOf(await act(sg, 'acceptApplication', app));
    expect(accept).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', extensions: { allowed: ['RECORDED', 'SUPPLEMENT_REQUESTED', 'WITHDRAWN'] } });
    expect(errorOf(await act(sg, 'denyApplication', app, { reason: '不符合', legalBasis: '条例' })).code).toBe('ILLEGAL_STATE_TRANSITION');
    const recorded = dataOf(await run(sg, 'recordFiling', app)).recordFiling;
    expect(recorded).toMatchObject({ status: 'RECORDED', certificateNumber: null, decidedOnTime: null, decidedWithinPromise: true, acceptedAt: null });
    expect(recorded.filingNumber).toMatch(/^GA-ZA-016-BA-\d{8}-[0-9A-F]{24}$/);
    expect(await sg.models.SupervisionCase.countDocuments({ applicationId: new Types.ObjectId(app.id) })).toBe(0);
  });

  it('a filing with a material missing goes back for supplement once, then is recorded; a permit cannot be recorded', async () => {
    const app = await submittedFor(sg, 5, 7, ['M04']);
    const blocked = errorOf(await run(sg, 'recordFiling', app));
    expect(blocked.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(blocked.message).toContain('M04');
    const notice = await step(sg, 'requestSupplement', app, { note: '请补交印章样式' });
    const supplied = await step(sg, 'submitMaterials', notice, { materials: [{ code: 'M04', channel: 'ONLINE' }] }, 'ADMIN');
    expect(dataOf(await run(sg, 'recordFiling', supplied)).recordFiling.status).toBe('RECORDED');
    const permit = await submittedFor(sg, 1, 103);
    expect(errorOf(await run(sg, 'recordFiling', permit)).code).toBe('ILLEGAL_STATE_TRANSITION');
  });

  it('a forwarded permit (典当): accepted on the 10-day forwarding clock, forwarded, decided by the city bureau on its own 10-day clock', async () => {
    let app = await submittedFor(sg, 14, 113);
    app = await step(sg, 'acceptApplication', app);
    const accepted = await sg.models.Application.findById(app.id).lean();
    // 10 calendar days (典当管理办法 art. 17), ending on a working day
    const due = dayKey(accepted!.decisionDueDate!);
    expect(due >= dayKey(new Date(accepted!.acceptedAt!.getTime() + 10 * 86_400_000))).toBe(true);
    expect(workingCalendar.isWorkingDay(due)).toBe(true);
    app = await step(sg, 'startReview', app);
    const decideHere = errorOf(await act(sg, 'approveApplication', app));
    expect(decideHere).toMatchObject({ code: 'ILLEGAL_STATE_TRANSITION', extensions: { allowed: ['FORWARDED', 'WITHDRAWN', 'TERMINATED'] } });
    const forwarded = dataOf(await run(sg, 'forwardApplication', app, { reason: '初审通过' }, 'ForwardApplicationInput')).forwardApplication;
    expect(forwarded).toMatchObject({ status: 'FORWARDED', forwardedTo: '眉山市公安局', forwardedOnTime: true, decidedWithinPromise: true });
    expect(forwarded.dueDate).toBe(forwarded.decisionDueDate);
    expect(new Date(forwarded.decisionDueDate).getTime()).toBeGreaterThanOrEqual(new Date(forwarded.forwardedAt).getTime() + 10 * 86_400_000 - 86_400_000);
    // the workstation does not decide it
    expect(errorOf(await act(sg, 'approveApplication', forwarded)).message).toContain('recordHigherAuthorityDecision');
    const decision = (input: object) => run(sg, 'recordHigherAuthorityDecision', forwarded, input, 'HigherAuthorityDecisionInput!');
    const now = new Date().toISOString();
    expect(errorOf(await decision({ outcome: 'RECORDED', decidedAt: now, documentNumber: '眉公治许字〔2026〕1号' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'input.outcome' },
    });
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect(errorOf(await decision({ outcome: 'APPROVED', decidedAt: future, documentNumber: 'x' })).extensions.field).toBe('input.decidedAt');
    expect(errorOf(await decision({ outcome: 'DENIED', decidedAt: now, documentNumber: 'x' })).extensions.field).toBe('input.reason');
    const decided = dataOf(await decision({ outcome: 'APPROVED', decidedAt: now, documentNumber: '眉公治许字〔2026〕1号' })).recordHigherAuthorityDecision;
    expect(decided).toMatchObject({
      status: 'APPROVED',
      certificateNumber: '眉公治许字〔2026〕1号',
      decidedOnTime: true,
      higherAuthorityDecision: { authority: '眉山市公安局', documentNumber: '眉公治许字〔2026〕1号', recorded: { role: 'POLICE' } },
    });
  });

  it('a filing received here and recorded by the city (自行招用保安员单位备案) is forwarded, then recorded with its number', async () => {
    const app = await submittedFor(sg, 15, 111);
    expect(errorOf(await run(sg, 'recordFiling', app)).code).toBe('ILLEGAL_STATE_TRANSITION');
    const forwarded = dataOf(await run(sg, 'forwardApplication', app)).forwardApplication;
    expect(forwarded).toMatchObject({ status: 'FORWARDED', decisionDueDate: null, decidedWithinPromise: true });
    const recorded = dataOf(
      await run(
        sg,
        'recordHigherAuthorityDecision',
        forwarded,
        { outcome: 'RECORDED', decidedAt: new Date().toISOString(), documentNumber: '眉公治备字〔2026〕7号' },
        'HigherAuthorityDecisionInput!',
      ),
    ).recordHigherAuthorityDecision;
    expect(recorded).toMatchObject({ status: 'RECORDED', filingNumber: '眉公治备字〔2026〕7号', certificateNumber: null, decidedOnTime: null });
  });

  it('a permit with a calendar-day limit (剧毒化学品购买许可, 3日) runs its clock in days; art. 42’s extension is refused', async () => {
    let app = await submittedFor(sg, 8, 105);
    app = await step(sg, 'acceptApplication', app);
    const doc = (await sg.models.Application.findById(app.id).lean())!;
    const due = dayKey(doc.decisionDueDate!);
    const third = dayKey(new Date(doc.acceptedAt!.getTime() + 3 * 86_400_000));
    // the third day, or the next working day when it is a holiday or weekend (民法典 art. 203)
    expect(due >= third && workingCalendar.isWorkingDay(due)).toBe(true);
    let day = third;
    while (!workingCalendar.isWorkingDay(day)) day = dayKey(new Date(Date.parse(`${day}T12:00:00+08:00`) + 86_400_000));
    expect(due).toBe(day);
    expect(dayKey(doc.promisedDueDate!)).toBe(dayKey(workingCalendar.addWorkingDays(doc.acceptedAt!, 1)));
    const extend = errorOf(await act(sg, 'extendDecisionDeadline', app, { reason: '复杂', approvedBy: '王局长' }));
    expect(extend.code).toBe('ILLEGAL_STATE_TRANSITION');
    expect(extend.message).toContain('第三十九条');
  });
});
