import { useTestSubgraph } from '@pecg/testing';
import { DEADLINES_JOB, approvalsSubgraph } from '../src';
import { APP_FIELDS, ESSENTIAL, OPTIONAL, dataOf, submitted } from './helpers';

/**
 * The deadlines run by themselves: the approvals subgraph schedules `runDeadlines` as a job
 * (APPROVALS_DEADLINES_EVERY, one minute) that applies them at the server clock. The test makes the job
 * due through the scheduler (`runNow`) and waits for agenda's completion event — no sleeping.
 */
describe('approvals deadline job', () => {
  const sg = useTestSubgraph(approvalsSubgraph, { seed: true, jobs: { enabled: true, processEvery: 20, lockLifetimeMs: 2_000 } });

  const completed = () =>
    new Promise<void>((resolve, reject) =>
      sg.jobs!.agenda.once(`complete:${DEADLINES_JOB}`, (job: { attrs: { failReason?: string | null; failCount?: number | null } }) =>
        job.attrs.failCount ? reject(new Error(`deadline job failed: ${job.attrs.failReason}`)) : resolve(),
      ),
    );

  it('is declared every minute by default and scheduled one period ahead', async () => {
    expect(approvalsSubgraph.jobs?.map((j) => ({ name: j.name, every: j.every }))).toEqual([{ name: DEADLINES_JOB, every: '1 minute' }]);
    const [state] = await sg.jobs!.states();
    expect(state).toMatchObject({ name: DEADLINES_JOB, every: '1 minute', failCount: 0 });
  });

  it('applies deemed acceptance (视为受理) to an application past its acceptance deadline, at the server clock', async () => {
    const app = await submitted(sg, [...ESSENTIAL, ...OPTIONAL]);
    expect(app.status).toBe('SUBMITTED');
    // the five working days have passed: the deadline now lies before the server's clock
    const stored = await sg.models.Application.findById(app.id).lean();
    await sg.models.Application.updateOne({ _id: app.id }, { $set: { acceptanceDueDate: new Date(stored!.submittedAt!.getTime() - 1) } });

    const done = completed();
    await sg.jobs!.runNow(DEADLINES_JOB);
    await done;

    const after = dataOf(await sg.query(`query ($id: ID!) { application(id: $id) { ${APP_FIELDS} } }`, { id: app.id }, 'POLICE')).application;
    expect(after).toMatchObject({ status: 'ACCEPTED', deemedAccepted: true });
    expect(after.timeline.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'ACCEPTED' });
    expect(after.timeline.at(-1).reason).toContain('视为受理');

    const [state] = await sg.jobs!.states();
    expect(state.lastSuccessAt).not.toBeNull();
    expect(state.nextRunAt!.getTime() - state.lastRunAt!.getTime()).toBe(60_000);
  });
});
