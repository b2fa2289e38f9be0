import { mobilePhone, objectId, text, z } from '@pecg/common';
import { DEVICE_KINDS, EVENT_KINDS, FINDING_KINDS, INCIDENT_SEVERITIES, PERSON_CATEGORIES, PLACE_KINDS, SHIFT_KINDS } from './models';

/** zod schemas of the community-safety subgraph's inputs (checked with parseInput: errors name the field and value). */
export const dateTime = z.union([z.date(), z.string()]).transform((v, ctx) => {
  const date = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time' });
    return z.NEVER;
  }
  return date;
});
const day = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')])
  .transform((v) => (v instanceof Date ? v : new Date(`${v}T00:00:00+08:00`)));
const note = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();

export const registerDeviceInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._:-]{1,64}$/, 'must be 1–64 letters, digits, dots, dashes, colons or underscores'),
  name: text(100),
  kind: z.enum(DEVICE_KINDS),
  placeKind: z.enum(PLACE_KINDS),
  placeName: text(100),
  gridId: objectId.nullish(),
  videoRef: note(200),
  installedOn: day,
});

/** Largest batch the platform may push at once. */
export const MAX_BATCH = 1000;

/** One pushed event; `occurredAt` is checked against the server clock by the ingestion service. */
export const sensingEventInput = z.object({
  platformEventId: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  deviceCode: z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters'),
  kind: z.enum(EVENT_KINDS),
  occurredAt: dateTime,
  value: z.number().finite('must be a finite number').nullish(),
  mediaRef: note(200),
});

export const triageInput = z.object({
  decision: z.enum(['DISMISS', 'ESCALATE']),
  reason: text(500),
  severity: z.enum(INCIDENT_SEVERITIES).nullish(),
  ownerOfficerId: objectId.nullish(),
  enterpriseId: objectId.nullish(),
});

export const recordIncidentInput = z.object({
  title: text(200),
  severity: z.enum(INCIDENT_SEVERITIES),
  placeName: text(100),
  occurredAt: dateTime.nullish(),
  enterpriseId: objectId.nullish(),
  ownerOfficerId: objectId.nullish(),
});

export const reportLostPersonInput = z.object({
  category: z.enum(PERSON_CATEGORIES),
  personName: text(50),
  personAge: z.number().int('must be a whole number').min(0, 'must be from 0 to 120').max(120, 'must be from 0 to 120').nullish(),
  description: text(500),
  reporterName: text(50),
  reporterPhone: mobilePhone,
  lastSeenPlace: text(100),
  lastSeenAt: dateTime,
});

export const recordSightingInput = z.object({ eventId: objectId.nullish(), placeName: text(100).nullish(), note: note(500) });

export const planShiftInput = z
  .object({
    routeId: objectId,
    kind: z.enum(SHIFT_KINDS),
    startsAt: dateTime,
    endsAt: dateTime,
    volunteerIds: z.array(objectId).min(1, 'must name at least one volunteer').max(20, 'must name at most 20 volunteers'),
  })
  .refine((v) => v.endsAt > v.startsAt, { path: ['endsAt'], message: 'must be after startsAt' })
  .refine((v) => v.endsAt.getTime() - v.startsAt.getTime() <= 12 * 3600_000, { path: ['endsAt'], message: 'must be at most 12 hours after startsAt' });

export const recordFindingInput = z.object({
  kind: z.enum(FINDING_KINDS),
  description: text(500),
  severity: z.enum(INCIDENT_SEVERITIES).nullish(),
  enterpriseId: objectId.nullish(),
});

export const reasonText = text(500);
export const placeText = text(100);
export const personText = text(50);

export const raiseRiskAlertFromIncidentInput = z.object({ kind: z.enum(['SAFETY', 'FRAUD', 'OTHER']), description: text(1000) });

export const openDisputeFromIncidentInput = z.object({
  kind: z.enum(['TOURIST', 'NEIGHBOUR', 'FAMILY', 'CONTRACT', 'ENTERPRISE_RELATED', 'LABOUR', 'DEMOLITION_RESETTLEMENT', 'OTHER']),
  title: text(200).nullish(),
  description: z.string().trim().max(4000, 'must be at most 4000 characters').nullish(),
  gridId: objectId.nullish(),
  parties: z
    .array(z.object({ name: text(50), phone: mobilePhone.nullish(), role: z.enum(['APPLICANT', 'RESPONDENT']), enterpriseId: objectId.nullish() }))
    .min(1, 'must name at least one party')
    .max(20, 'must have at most 20 parties')
    .refine((parties) => parties.some((p) => p.role === 'APPLICANT'), { message: 'must include an APPLICANT' }),
});
