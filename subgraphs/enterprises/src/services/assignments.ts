import { Types } from 'mongoose';
import {
  actorStamp,
  ConflictError,
  IllegalTransitionError,
  isDuplicateKeyError,
  NotFoundError,
  parseId,
  parseInput,
  requireRole,
  updateIf,
  updateVersioned,
  ValidationError,
} from '@pecg/common';
import type { EnterprisesContext } from '../context';
import { endedSlot, oneOfficerSlot, projectSlot, type OfficerAssignmentDoc } from '../models';
import { assignOfficerInput, version } from '../validation';
import { loadEnterprise, loadOfficer } from './loading';
import { POLICY } from './policy';

/**
 * Assigns an officer. Every active assignment holds a unique `slot` ("<enterprise>:ONE" for 一企一警),
 * so the database itself refuses a second active 一企一警 officer. A new 一企一警 officer takes over
 * in two idempotent conditional steps without a transaction or lock: (1) end the current holder only
 * if it still holds the slot (one atomic conditional write), (2) insert the new assignment into the
 * freed slot. When two assignments race, one of them finds the slot taken at step 1 or 2 and gets
 * CONFLICT; the enterprise never has two active officers. A crash between the steps leaves the slot
 * free (the enterprise without an officer): running the same assignment again completes it.
 */
export async function assignOfficer(ctx: EnterprisesContext, input: unknown): Promise<OfficerAssignmentDoc> {
  requireRole(ctx.caller, POLICY.assignments, 'assign officers');
  const data = parseInput(assignOfficerInput, input);
  const enterprise = await loadEnterprise(ctx, data.enterpriseId, 'input.enterpriseId');
  const officer = await loadOfficer(ctx, data.officerId, 'input.officerId');
  if (enterprise.status === 'EXITED')
    throw new ValidationError(`input.enterpriseId: enterprise "${data.enterpriseId}" has exited the park and cannot get an officer`, {
      field: 'input.enterpriseId',
      value: data.enterpriseId,
    });
  const stamp = actorStamp(ctx.caller);
  const startedOn = data.startedOn ?? stamp.at;
  const Assignment = ctx.models.OfficerAssignment;
  const doc: OfficerAssignmentDoc = {
    _id: new Types.ObjectId(),
    enterpriseId: enterprise._id,
    officerId: officer._id,
    kind: data.kind,
    projectName: data.projectName ?? null,
    startedOn,
    endedOn: null,
    slot: data.kind === 'ONE_ENTERPRISE_ONE_OFFICER' ? oneOfficerSlot(enterprise._id) : projectSlot(enterprise._id, officer._id, data.projectName!),
    assigned: stamp,
    ended: null,
    version: 1,
  };
  let replaced: OfficerAssignmentDoc | null = null;
  if (data.kind === 'ONE_ENTERPRISE_ONE_OFFICER') {
    replaced = (await Assignment.findOne({ slot: doc.slot }).lean()) as OfficerAssignmentDoc | null;
    if (replaced?.officerId.equals(officer._id)) {
      throw new ConflictError(`Officer "${data.officerId}" already is the 一企一警 officer of enterprise "${data.enterpriseId}"`, {
        assignmentId: replaced._id.toHexString(),
      });
    }
    if (replaced) {
      const ended = await updateIf(
        Assignment,
        replaced._id,
        { slot: doc.slot },
        {
          $set: { slot: endedSlot(replaced._id), endedOn: startedOn < replaced.startedOn ? replaced.startedOn : startedOn, ended: stamp },
          $inc: { version: 1 },
        },
      );
      if (!ended) throw raceLost(data.enterpriseId);
    }
  }
  try {
    await Assignment.create(doc);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    if (data.kind === 'ONE_ENTERPRISE_ONE_OFFICER') throw raceLost(data.enterpriseId);
    throw new ConflictError(`Officer "${data.officerId}" is already the project officer of "${data.projectName}" at enterprise "${data.enterpriseId}"`, {
      field: 'input.projectName',
      value: data.projectName,
    });
  }
  return doc;
}

function raceLost(enterpriseId: string): ConflictError {
  return new ConflictError(`The 一企一警 officer of enterprise "${enterpriseId}" was changed by someone else at the same time; reload and try again`, {
    enterpriseId,
  });
}

export async function endAssignment(
  ctx: EnterprisesContext,
  id: string,
  expectedVersion: number,
  endedOn: Date | string | null | undefined,
): Promise<OfficerAssignmentDoc> {
  requireRole(ctx.caller, POLICY.assignments, 'end assignments');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const current = await ctx.loaders.assignmentById.load(objectId.toHexString());
  if (!current) throw new NotFoundError('OfficerAssignment', id);
  if (current.endedOn) throw new IllegalTransitionError('OfficerAssignment', id, 'ENDED', 'ENDED', []);
  const stamp = actorStamp(ctx.caller);
  const end = endedOn ? new Date(endedOn) : stamp.at;
  if (end < current.startedOn)
    throw new ValidationError(`endedOn: must not be before the start ${current.startedOn.toISOString().slice(0, 10)} (got ${end.toISOString().slice(0, 10)})`, {
      field: 'endedOn',
      value: endedOn,
    });
  return updateVersioned(
    ctx.models.OfficerAssignment,
    'OfficerAssignment',
    objectId,
    expectedVersion,
    { $set: { slot: endedSlot(objectId), endedOn: end, ended: stamp } },
    { endedOn: null },
  );
}

/** Ends every active assignment of an enterprise (idempotent: already ended ones are left alone). */
export async function endAllAssignments(ctx: EnterprisesContext, enterpriseId: Types.ObjectId): Promise<number> {
  const stamp = actorStamp(ctx.caller);
  const active = await ctx.models.OfficerAssignment.find({ enterpriseId, endedOn: null }, { _id: 1 }).lean();
  if (!active.length) return 0;
  let ended = 0;
  for (const a of active) {
    if (
      await updateIf(
        ctx.models.OfficerAssignment,
        a._id,
        { endedOn: null },
        { $set: { slot: endedSlot(a._id), endedOn: stamp.at, ended: stamp }, $inc: { version: 1 } },
      )
    )
      ended += 1;
  }
  return ended;
}
