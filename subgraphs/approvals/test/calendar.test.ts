import { Types } from 'mongoose';
import { useTestSubgraph } from '@pecg/testing';
import { approvalsSubgraph } from '../src';
import { catalogue } from '../src/seed/catalogue';
import { dataOf, ESSENTIAL, errorOf, OPTIONAL, step, submitted } from './helpers';

const ALL = [...ESSENTIAL, ...OPTIONAL];

/**
 * Issue 13 item 2 (approvals part): a clock whose due date would fall in a year whose official holiday
 * calendar is not loaded is refused with PRECONDITION_FAILED naming the year, and nothing changes — never
 * a weekend-only count. (The tests load weekend-only fixture years 2027–2028; 2029 is loaded nowhere.)
 */
describe('clocks past the loaded holiday calendars', () => {
  const sg = useTestSubgraph(approvalsSubgraph);

  beforeAll(async () => {
    await sg.models.ApprovalItem.insertMany(catalogue());
  });

  it('ending a special procedure in 2029 (its `at`) is refused: PRECONDITION_FAILED holiday-calendar-2029, the application unchanged', async () => {
    let app = await step(sg, 'acceptApplication', await submitted(sg, ALL, 103));
    app = dataOf(
      await sg.query(
        `mutation ($id: ID!, $v: Int!) { startSpecialProcedure(id: $id, expectedVersion: $v, input: { kind: EXPERT_REVIEW, reason: "专家评审" }) { id version } }`,
        { id: app.id, v: app.version },
        'POLICE',
      ),
    ).startSpecialProcedure;
    const before = await sg.models.Application.findById(app.id).lean();
    const refused = errorOf(
      await sg.query(
        `mutation ($id: ID!, $v: Int!) { endSpecialProcedure(id: $id, expectedVersion: $v, at: "2029-03-01T10:00:00+08:00") { id } }`,
        { id: app.id, v: app.version },
        'POLICE',
      ),
    );
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', extensions: { missing: 'holiday-calendar-2029' } });
    expect(refused.message).toContain('2029');
    expect(await sg.models.Application.findById(app.id).lean()).toEqual(before);
  });

  it('a deemed acceptance whose decision clock runs into 2029 is refused by processDeadlines(asOf:) and changes nothing', async () => {
    const app = await submitted(sg, ALL, 104);
    // submitted on 2028-12-27 (test fixture year): its 20 working days run into 2029
    await sg.models.Application.updateOne(
      { _id: new Types.ObjectId(app.id) },
      { $set: { submittedAt: new Date('2028-12-27T10:00:00+08:00'), acceptanceDueDate: new Date('2029-01-03T23:59:59.999+08:00') } },
    );
    const before = await sg.models.Application.findById(app.id).lean();
    const refused = errorOf(await sg.query(`mutation { processDeadlines(asOf: "2029-01-05T09:00:00+08:00") { deemedAccepted } }`, {}, 'POLICE'));
    expect(refused).toMatchObject({ code: 'PRECONDITION_FAILED', extensions: { missing: 'holiday-calendar-2029' } });
    expect(await sg.models.Application.findById(app.id).lean()).toEqual(before);
  });
});
