import { Types } from 'mongoose';
import { actorStamp, monthKey, NotFoundError, parseId, parseInput, requireRole, StateConditionError, StateMachine, updateVersioned } from '@pecg/common';
import type { MediationContext } from '../context';
import type { ConsultationStatus, LegalConsultationDoc } from '../models';
import { answerConsultationInput, recordConsultationInput, requestConsultationInput } from '../validation';
import { POLICY } from './policy';

/** The queue of a legal consultation: requested → answered → followed by a dispute (optional). */
export const consultationLifecycle = new StateMachine<ConsultationStatus>('LegalConsultation', {
  REQUESTED: ['ANSWERED'],
  ANSWERED: ['FOLLOWED_BY_DISPUTE'],
  FOLLOWED_BY_DISPUTE: [],
});

const oid = (id: string | null | undefined) => (id ? new Types.ObjectId(id) : null);

async function checkGrid(ctx: MediationContext, gridId: string | null | undefined) {
  if (gridId && !(await ctx.loaders.gridById.load(gridId))) throw new NotFoundError('Grid', gridId, 'input.gridId');
}

/** Queues a request, asked now (the server's clock). */
export async function requestLegalConsultation(ctx: MediationContext, input: unknown): Promise<LegalConsultationDoc> {
  requireRole(ctx.caller, POLICY.recordLegalConsultation, 'record legal consultations');
  const data = parseInput(requestConsultationInput, input);
  await checkGrid(ctx, data.gridId);
  const stamp = actorStamp(ctx.caller);
  const created = await ctx.models.LegalConsultation.create({
    status: 'REQUESTED',
    topic: data.topic,
    question: data.question,
    channel: data.channel,
    requester: { name: data.requesterName, phone: data.requesterPhone ?? null },
    askedAt: stamp.at,
    askedMonth: monthKey(stamp.at),
    gridId: oid(data.gridId),
    enterpriseId: oid(data.enterpriseId),
    version: 1,
    recorded: stamp,
  });
  return created.toObject();
}

async function move(ctx: MediationContext, id: string, v: number, to: ConsultationStatus, set: Record<string, unknown>): Promise<LegalConsultationDoc> {
  requireRole(ctx.caller, POLICY.recordLegalConsultation, 'handle legal consultations');
  const sources = consultationLifecycle.sourcesOf(to);
  const updated = await updateVersioned(
    ctx.models.LegalConsultation,
    'LegalConsultation',
    parseId(id),
    v,
    { $set: { ...set, status: to } },
    { status: { $in: sources } },
    {
      notApplicable: (current) => consultationLifecycle.assert(id, current.status ?? 'ANSWERED', to),
    },
  );
  ctx.loaders.consultationById.clear(id.toLowerCase());
  return updated;
}

export async function answerLegalConsultation(ctx: MediationContext, id: string, v: number, input: unknown): Promise<LegalConsultationDoc> {
  requireRole(ctx.caller, POLICY.recordLegalConsultation, 'answer legal consultations');
  const data = parseInput(answerConsultationInput, input, 'answer');
  const lawyer = await ctx.loaders.volunteerById.load(data.lawyerId.toLowerCase());
  if (!lawyer) throw new NotFoundError('Volunteer', data.lawyerId, 'answer.lawyerId');
  if (!lawyer.active || !(lawyer.roles ?? []).includes('LAWYER'))
    throw new StateConditionError('Volunteer', data.lawyerId, lawyer.active ? 'not a lawyer' : 'inactive', 'an active volunteer with role LAWYER answers');
  const stamp = actorStamp(ctx.caller);
  return move(ctx, id, v, 'ANSWERED', {
    lawyerId: lawyer._id,
    answeredBy: lawyer.name,
    answerSummary: data.answerSummary,
    outcome: data.outcome ?? null,
    answeredAt: stamp.at,
  });
}

export async function linkConsultationDispute(ctx: MediationContext, id: string, v: number, disputeId: string): Promise<LegalConsultationDoc> {
  requireRole(ctx.caller, POLICY.recordLegalConsultation, 'link legal consultations');
  const dispute = await ctx.loaders.disputeById.load(parseId(disputeId, 'disputeId').toHexString());
  if (!dispute) throw new NotFoundError('Dispute', disputeId, 'disputeId');
  return move(ctx, id, v, 'FOLLOWED_BY_DISPUTE', { disputeId: dispute._id });
}

/** Records an answered consultation in one step (the form before the queue). */
export async function recordLegalConsultation(ctx: MediationContext, input: unknown): Promise<LegalConsultationDoc> {
  requireRole(ctx.caller, POLICY.recordLegalConsultation, 'record legal consultations');
  const data = parseInput(recordConsultationInput, input);
  await checkGrid(ctx, data.gridId);
  const stamp = actorStamp(ctx.caller);
  const askedAt = data.askedAt ?? stamp.at;
  const created = await ctx.models.LegalConsultation.create({
    status: 'ANSWERED',
    topic: data.topic,
    channel: data.channel,
    answeredBy: data.answeredBy,
    answerSummary: data.answerSummary ?? null,
    askedAt,
    askedMonth: monthKey(askedAt),
    answeredAt: stamp.at,
    gridId: oid(data.gridId),
    enterpriseId: oid(data.enterpriseId),
    version: 1,
    recorded: stamp,
  });
  return created.toObject();
}
