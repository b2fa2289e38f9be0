import type { FilterQuery } from 'mongoose';
import { asSystem, DomainError, ErrorCode, parseInput, requireRole, updateIf, ValidationError, workingCalendar } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import { testClockAllowed } from '../domain/clock';
import { CLOCK_RUNNING } from '../domain/life-cycle';
import type { ApplicationDoc, ApprovalItemDoc, ApprovalsModels, SupervisionTriggerValue } from '../models';
import { optionalInstant } from '../validation';
import { markBrokenCommitment } from './credit';
import { acceptanceFields } from './handling';
import { OFFICERS } from './policy';
import { openAutomaticCase } from './supervision';
import { applyTransition, systemActor } from './transitions';

/** Applications past the due date of their current stage at `asOf` (a paused decision clock is not overdue). */
export function overdueQuery(asOf: Date): FilterQuery<ApplicationDoc> {
  return {
    $or: [
      { status: 'SUBMITTED', acceptanceDueDate: { $lt: asOf } },
      { status: { $in: CLOCK_RUNNING }, pausedSince: null, decisionDueDate: { $lt: asOf } },
    ],
  };
}

/** The triggers of automatically opened supervision cases (every trigger but ENTERPRISE_REPORT). */
const AUTOMATIC_TRIGGERS: SupervisionTriggerValue[] = ['NOT_ACCEPTED', 'DENIED', 'TERMINATED', 'OVERDUE', 'MULTIPLE_VISITS'];

export interface DeadlineRun {
  asOf: Date;
  deemedAccepted: number;
  commitmentsLapsed: number;
  newlyOverdue: number;
  supervisionCasesOpened: number;
}

/**
 * Counts the applications `step` changed. `step` answers false when the change was already made (a
 * rerun, a concurrent run); an application someone else changed in the meantime (stale version, or no
 * longer in the state the step applies to) is skipped: the next run picks it up again.
 */
async function each(docs: ApplicationDoc[], step: (app: ApplicationDoc) => Promise<boolean>): Promise<number> {
  let done = 0;
  for (const app of docs) {
    try {
      if (await step(app)) done += 1;
    } catch (error) {
      const skipped = error instanceof DomainError && (error.code === ErrorCode.CONFLICT || error.code === ErrorCode.ILLEGAL_STATE_TRANSITION);
      if (!skipped) throw error;
    }
  }
  return done;
}

/**
 * Applies every deadline at `asOf`, in idempotent steps (each a conditional write, so a rerun or a
 * concurrent run does nothing twice):
 * 1. submitted and not handled within 5 working days → deemed accepted from the day of receipt (art. 32);
 * 2. a 容缺 commitment past its deadline with materials missing → enterprise marked, then terminated;
 * 3. a decision past its due date → a supervision case opened, then marked overdue once.
 *
 * A system job: it sees every enterprise's applications whoever triggers it (`asSystem`).
 */
export function runDeadlines(models: ApprovalsModels, asOf: Date): Promise<DeadlineRun> {
  return asSystem(() => applyDeadlines(models, asOf));
}

async function applyDeadlines(models: ApprovalsModels, asOf: Date): Promise<DeadlineRun> {
  const actor = systemActor(asOf);
  const automatic = { trigger: { $in: AUTOMATIC_TRIGGERS } };
  const casesBefore = await models.SupervisionCase.countDocuments(automatic);
  const items = new Map((await models.ApprovalItem.find().lean()).map((i) => [i._id.toHexString(), i]));
  const itemOf = (app: ApplicationDoc) => items.get(app.itemId.toHexString()) as ApprovalItemDoc;

  const late = await models.Application.find({ status: 'SUBMITTED', acceptanceDueDate: { $lt: asOf } }).lean();
  const deemedAccepted = await each(late, async (app) => {
    await applyTransition(
      models,
      app,
      itemOf(app),
      app.version,
      {
        to: 'ACCEPTED',
        reason: '视为受理: not handled within 5 working days of receipt (行政许可法 art. 32)',
        set: { ...acceptanceFields(itemOf(app), app.submittedAt!), deemedAccepted: true, acceptanceDueDate: null },
      },
      actor,
    );
    return true;
  });

  const lapsed = await models.Application.find({
    'commitment.status': 'PENDING',
    'commitment.deadline': { $lt: asOf },
    status: { $in: ['ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW'] },
  }).lean();
  const commitmentsLapsed = await each(lapsed, async (app) => {
    // Two idempotent steps: the broken commitment is recorded on the enterprise's mark first (once
    // per application), then the application is terminated. A crash in between leaves the
    // application lapsed, so the next run finds it again and completes it without counting twice.
    await markBrokenCommitment(models, app, asOf);
    await applyTransition(
      models,
      app,
      itemOf(app),
      app.version,
      {
        to: 'TERMINATED',
        reason: `容缺承诺逾期: ${app.commitment!.missingMaterialCodes.join(', ')} not handed in by ${app.commitment!.deadline.toISOString()}`,
        set: { 'commitment.status': 'LAPSED', decisionReason: '容缺承诺逾期未履行' },
      },
      actor,
    );
    return true;
  });

  // Two idempotent steps, the case first: (1) the OVERDUE case (unique per application), (2) the mark. A
  // crash in between leaves the mark unset, so the next run finds the application again and only marks
  // it. Still-overdue applications already marked but without their case (a crash of the order this job
  // used before) get the case too: which have one is one indexed query per run.
  const overdue = (await models.Application.find(overdueQuery(asOf), {
    enterpriseId: 1,
    itemId: 1,
    overdueAt: 1,
    decisionDueDate: 1,
    acceptanceDueDate: 1,
  }).lean()) as ApplicationDoc[];
  const caseKey = (app: ApplicationDoc) => `${app._id.toHexString()}:OVERDUE`;
  const withCase = new Set<string>(await models.SupervisionCase.distinct('triggerKey', { triggerKey: { $in: overdue.map(caseKey) } }));
  const newlyOverdue = await each(
    overdue.filter((app) => app.overdueAt == null || !withCase.has(caseKey(app))),
    async (app) => {
      if (!withCase.has(caseKey(app)))
        await openAutomaticCase(
          models,
          app,
          'OVERDUE',
          `${itemOf(app).name}: decision due ${app.decisionDueDate?.toISOString() ?? app.acceptanceDueDate?.toISOString()} passed`,
          actor,
        );
      if (app.overdueAt != null) return false;
      const marked = await updateIf(models.Application, app._id, { overdueAt: null }, { $set: { overdueAt: asOf }, $inc: { version: 1 } });
      // marked by a concurrent run meanwhile: counted by that run only
      return marked !== null;
    },
  );
  const supervisionCasesOpened = (await models.SupervisionCase.countDocuments(automatic)) - casesBefore;
  return { asOf, deemedAccepted, commitmentsLapsed, newlyOverdue, supervisionCasesOpened };
}

/**
 * Applies the deadlines at the server's clock. `asOf` (a test clock) is honoured only under test
 * (NODE_ENV=test); anywhere else it is refused, so no caller can apply future deadlines — terminate
 * commitments and mark credit — ahead of time.
 */
export async function processDeadlines(ctx: ApprovalsContext, asOf: unknown): Promise<DeadlineRun> {
  requireRole(ctx.caller, OFFICERS, 'process deadlines');
  const testClock = parseInput(optionalInstant, asOf, 'asOf');
  if (testClock && !testClockAllowed()) {
    throw new ValidationError('asOf: deadlines are applied at the server clock; asOf is accepted only in test mode', {
      field: 'asOf',
      value: testClock.toISOString(),
    });
  }
  const at = testClock ?? new Date();
  // a clock in a year whose holiday calendar is not loaded is refused before anything is written
  workingCalendar.isWorkingDay(at);
  return runDeadlines(ctx.models, at);
}
