import { Types } from 'mongoose';
import { actorStamp, monthKey, NotFoundError, parseId, parseInput, requireRole, StateConditionError, updateVersioned, ValidationError } from '@pecg/common';
import type { MediationContext } from '../context';
import type { DutyShiftDoc, VolunteerDoc } from '../models';
import { reason, recordDutyShiftInput, registerVolunteerInput } from '../validation';
import { POLICY } from './policy';

const oid = (id: string | null | undefined) => (id ? new Types.ObjectId(id) : null);

export async function registerVolunteer(ctx: MediationContext, input: unknown): Promise<VolunteerDoc> {
  requireRole(ctx.caller, POLICY.registerVolunteer, 'register volunteers');
  const data = parseInput(registerVolunteerInput, input);
  const grid = await ctx.loaders.gridById.load(data.gridId);
  if (!grid) throw new NotFoundError('Grid', data.gridId, 'input.gridId');
  const stamp = actorStamp(ctx.caller);
  const created = await ctx.models.Volunteer.create({
    name: data.name,
    phone: data.phone ?? null,
    duties: [...new Set(data.duties)],
    roles: [...new Set(data.roles ?? ['VOLUNTEER'])],
    skills: [...new Set(data.skills ?? [])],
    gridId: grid._id,
    communityId: grid.communityId,
    enterpriseId: oid(data.enterpriseId),
    active: true,
    joinedOn: data.joinedOn ?? stamp.at,
    version: 1,
    created: stamp,
    updated: stamp,
  });
  return created.toObject();
}

/** Deactivates a volunteer (kept, with the reason; no longer assignable). */
export async function deactivateVolunteer(ctx: MediationContext, id: string, v: number, why: string): Promise<VolunteerDoc> {
  requireRole(ctx.caller, POLICY.registerVolunteer, 'deactivate volunteers');
  const text = parseInput(reason, why, 'reason');
  const stamp = actorStamp(ctx.caller);
  const updated = await updateVersioned(
    ctx.models.Volunteer,
    'Volunteer',
    parseId(id),
    v,
    { $set: { active: false, deactivated: { reason: text, deactivated: stamp }, updated: stamp } },
    { active: true },
    {
      notApplicable: () => {
        throw new StateConditionError('Volunteer', id, 'inactive', 'the volunteer is already deactivated');
      },
    },
  );
  ctx.loaders.volunteerById.clear(id.toLowerCase());
  return updated;
}

/** A duty shift of an active volunteer with the MEDIATION duty, in the volunteer's grid. */
export async function recordDutyShift(ctx: MediationContext, input: unknown): Promise<DutyShiftDoc> {
  requireRole(ctx.caller, POLICY.registerVolunteer, 'record duty shifts');
  const data = parseInput(recordDutyShiftInput, input);
  const stamp = actorStamp(ctx.caller);
  if (data.endsAt > stamp.at)
    throw new ValidationError(`input.endsAt: a shift is recorded after it ended (got "${data.endsAt.toISOString()}")`, {
      field: 'input.endsAt',
      value: data.endsAt,
    });
  const volunteer = await ctx.loaders.volunteerById.load(data.volunteerId.toLowerCase());
  if (!volunteer) throw new NotFoundError('Volunteer', data.volunteerId, 'input.volunteerId');
  if (!volunteer.active) throw new StateConditionError('Volunteer', data.volunteerId, 'inactive', 'a deactivated volunteer has no shifts');
  if (!volunteer.duties.includes('MEDIATION'))
    throw new StateConditionError('Volunteer', data.volunteerId, 'no MEDIATION duty', 'mediation duty shifts are for volunteers with the MEDIATION duty');
  if (data.disputeId && !(await ctx.loaders.disputeById.load(data.disputeId.toLowerCase())))
    throw new NotFoundError('Dispute', data.disputeId, 'input.disputeId');
  const grid = await ctx.loaders.gridById.load(volunteer.gridId.toHexString());
  const created = await ctx.models.DutyShift.create({
    volunteerId: volunteer._id,
    gridId: volunteer.gridId,
    communityId: grid!.communityId,
    enterpriseId: volunteer.enterpriseId ?? null,
    startsAt: data.startsAt,
    endsAt: data.endsAt,
    month: monthKey(data.startsAt),
    outcome: data.outcome,
    notes: data.notes ?? null,
    disputeId: oid(data.disputeId),
    recorded: stamp,
  });
  return created.toObject();
}
