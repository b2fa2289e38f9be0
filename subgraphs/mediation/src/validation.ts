import { idCardNumber, mobilePhone, objectId, text, z } from '@pecg/common';
import { CONSULTATION_CHANNELS, DISPUTE_KINDS, INTAKE_CHANNELS, PARTY_ROLES, SESSION_MODES, VOLUNTEER_DUTIES } from './models';

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
});

export const sessionInput = z.object({ mode: z.enum(SESSION_MODES), mediatorName: text(50), at: z.date(), notes: optionalText(4000) });
export const confirmationInput = z.object({ court: text(100), reference: text(100), confirmedAt: z.date() });
export const followUpInput = z.object({ at: z.date(), notes: text(2000) });
export const satisfaction = z.number().int('must be a whole number').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5').nullish();
export const reason = text(500);
export const terms = text(4000);

export const registerVolunteerInput = z.object({
  name: text(50),
  phone: mobilePhone.nullish(),
  duties: z.array(z.enum(VOLUNTEER_DUTIES)).min(1, 'must name at least one duty'),
  gridId: objectId,
  enterpriseId: objectId.nullish(),
  joinedOn: z.date().nullish(),
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

/** "2024-03" */
export const monthString = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');
