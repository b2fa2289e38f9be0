import { idCardNumber, mobilePhone, objectId, text, z } from '@pecg/common';
import {
  CONFIRMATION_OUTCOMES,
  CONSULTATION_CHANNELS,
  COURT_ACTIONS,
  DECLINE_GROUNDS,
  DISPUTE_KINDS,
  INTAKE_CHANNELS,
  MEDIATOR_KINDS,
  OTHER_ROUTES,
  PARTY_ROLES,
  PERFORMANCES,
  SESSION_MODES,
  SHIFT_OUTCOMES,
  SIGNERS,
  SIGNING_METHODS,
  URGENCIES,
  VOLUNTEER_DUTIES,
  VOLUNTEER_ROLES,
} from './models';

/** zod schemas of the mediation subgraph's inputs (checked with parseInput). DateTime/Date arrive as Date from the scalars. */
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();

export const partyInput = z.object({
  name: text(50),
  phone: mobilePhone.nullish(),
  idNumber: idCardNumber.nullish(),
  role: z.enum(PARTY_ROLES),
  enterpriseId: objectId.nullish(),
});

export const reportDisputeInput = z.object({
  title: text(200),
  description: optionalText(4000),
  kind: z.enum(DISPUTE_KINDS),
  urgency: z.enum(URGENCIES).nullish(),
  channel: z.enum(INTAKE_CHANNELS),
  gridId: objectId,
  parties: z
    .array(partyInput)
    .min(1, 'must name at least one party')
    .max(20, 'must have at most 20 parties')
    .refine((parties) => parties.some((p) => p.role === 'APPLICANT'), { message: 'must include an APPLICANT' }),
  /** When the dispute arose, as stated by the reporter (the report time itself is the server's). */
  occurredAt: z.date().nullish(),
  /** Deprecated input: kept as the stated `occurredAt`, never as the report time. */
  reportedAt: z.date().nullish(),
  /** Another department's record the dispute comes from. */
  origin: z.object({ subgraph: text(50), typename: text(50), id: objectId }).nullish(),
});

export const mediatorInput = z.object({ kind: z.enum(MEDIATOR_KINDS), id: objectId });
export const mediatorList = z
  .array(mediatorInput)
  .min(1, 'must name at least one mediator')
  .max(5, 'must name at most 5 mediators')
  .refine((list) => new Set(list.map((m) => m.id.toLowerCase())).size === list.length, { message: 'must not name a mediator twice' });
export const sessionInput = z.object({
  mode: z.enum(SESSION_MODES),
  mediators: mediatorList.nullish(),
  mediatorName: text(50).nullish(),
  at: z.date(),
  notes: optionalText(4000),
});
export const signatureInput = z.object({
  signer: z.enum(SIGNERS),
  partyIndex: z.number().int().min(0).nullish(),
  mediator: mediatorInput.nullish(),
  method: z.enum(SIGNING_METHODS),
  at: z.date(),
});
export const writtenAgreementInput = z.object({
  number: optionalText(50),
  facts: text(4000),
  disputedMatters: text(2000),
  responsibilities: text(2000),
  terms: text(4000),
  performanceMethod: text(1000),
  performanceDeadline: z.date().nullish(),
  signatures: z.array(signatureInput).min(1, 'must have the signatures').max(30, 'must have at most 30 signatures'),
  seal: z.object({ committee: text(100), at: z.date() }),
});
export const oralAgreementInput = z.object({ terms: text(4000), agreedAt: z.date() });
export const confirmationApplicationInput = z.object({
  court: text(100),
  appliedOn: z.date(),
  jointApplication: z.literal(true, { message: 'must be true: 人民调解法 art. 33 requires both parties to apply together' }),
});
export const confirmationOutcomeInput = z
  .object({ outcome: z.enum(CONFIRMATION_OUTCOMES), caseNumber: text(100), decidedOn: z.date(), rejectionReason: optionalText(500) })
  .refine((o) => o.outcome !== 'REJECTED' || Boolean(o.rejectionReason), {
    message: 'rejectionReason is required when the court rejected the application',
    path: ['rejectionReason'],
  });
export const confirmationInput = z.object({ court: text(100), reference: text(100), confirmedAt: z.date(), appliedOn: z.date().nullish() });
export const followUpInput = z.object({ at: z.date(), notes: text(2000), performance: z.enum(PERFORMANCES).nullish(), newRisks: optionalText(2000) });
export const courtActionInput = z.object({ kind: z.enum(COURT_ACTIONS), court: text(100), filedOn: z.date(), caseNumber: optionalText(100) });
export const satisfaction = z.number().int('must be a whole number').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5').nullish();
export const reason = text(500);
export const notes = text(2000);
export const terms = text(4000);
export const declineGround = z.enum(DECLINE_GROUNDS);
export const routesNotified = z.array(z.enum(OTHER_ROUTES)).min(1, 'must name at least one route the parties were told of (人民调解法 art. 26)');
export const partyRole = z.enum(PARTY_ROLES).nullish();

export const registerVolunteerInput = z.object({
  name: text(50),
  phone: mobilePhone.nullish(),
  duties: z.array(z.enum(VOLUNTEER_DUTIES)).min(1, 'must name at least one duty'),
  roles: z.array(z.enum(VOLUNTEER_ROLES)).min(1, 'must name at least one role').nullish(),
  skills: z.array(text(20)).max(10, 'must have at most 10 skills').nullish(),
  gridId: objectId,
  enterpriseId: objectId.nullish(),
  joinedOn: z.date().nullish(),
});

export const recordDutyShiftInput = z
  .object({
    volunteerId: objectId,
    startsAt: z.date(),
    endsAt: z.date(),
    outcome: z.enum(SHIFT_OUTCOMES),
    notes: optionalText(2000),
    disputeId: objectId.nullish(),
  })
  .refine((s) => s.endsAt > s.startsAt && s.endsAt.getTime() - s.startsAt.getTime() <= 24 * 3600_000, {
    message: 'must end after it starts, within 24 hours',
    path: ['endsAt'],
  });

export const recordConsultationInput = z.object({
  topic: text(100),
  channel: z.enum(CONSULTATION_CHANNELS),
  answeredBy: text(50),
  answerSummary: optionalText(2000),
  askedAt: z.date().nullish(),
  gridId: objectId.nullish(),
  enterpriseId: objectId.nullish(),
});
export const requestConsultationInput = z.object({
  topic: text(100),
  question: text(2000),
  channel: z.enum(CONSULTATION_CHANNELS),
  requesterName: text(50),
  requesterPhone: mobilePhone.nullish(),
  gridId: objectId.nullish(),
  enterpriseId: objectId.nullish(),
});
export const answerConsultationInput = z.object({ lawyerId: objectId, answerSummary: text(2000), outcome: optionalText(200) });
