import { Types } from 'mongoose';
import { actorStamp, NotFoundError, parseInput, requireRole } from '@pecg/common';
import type { MediationContext } from '../context';
import type { LegalConsultationDoc, VolunteerDoc } from '../models';
import { recordConsultationInput, registerVolunteerInput } from '../validation';
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
    gridId: grid._id,
    enterpriseId: oid(data.enterpriseId),
    active: true,
    joinedOn: data.joinedOn ?? stamp.at,
    version: 1,
    created: stamp,
  });
  return created.toObject();
}

export async function recordLegalConsultation(ctx: MediationContext, input: unknown): Promise<LegalConsultationDoc> {
  requireRole(ctx.caller, POLICY.recordLegalConsultation, 'record legal consultations');
  const data = parseInput(recordConsultationInput, input);
  if (data.gridId && !(await ctx.loaders.gridById.load(data.gridId))) throw new NotFoundError('Grid', data.gridId, 'input.gridId');
  const stamp = actorStamp(ctx.caller);
  const created = await ctx.models.LegalConsultation.create({
    topic: data.topic,
    channel: data.channel,
    answeredBy: data.answeredBy,
    answerSummary: data.answerSummary ?? null,
    askedAt: data.askedAt ?? stamp.at,
    gridId: oid(data.gridId),
    enterpriseId: oid(data.enterpriseId),
    recorded: stamp,
  });
  return created.toObject();
}
