import { mobilePhone, objectId, text, z } from '@pecg/common';
import { ACTIVITY_KINDS, ORGANISER_KINDS } from './models';

/** zod schemas of the activities subgraph's inputs (checked with parseInput). */
const dateTime = z.union([z.date(), z.string()]).transform((v, ctx) => {
  const date = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time' });
    return z.NEVER;
  }
  return date;
});
const longText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const materialInput = z.object({ title: text(200), reference: text(200).nullish() });

export const planActivityInput = z
  .object({
    title: text(200),
    description: longText(2000).nullish(),
    kind: z.enum(ACTIVITY_KINDS),
    venueId: objectId.nullish(),
    address: text(200).nullish(),
    organizerId: objectId.nullish(),
    organiserKind: z.enum(ORGANISER_KINDS).nullish(),
    organiserEnterpriseId: objectId.nullish(),
    coOrganiserIds: z.array(objectId).max(20, 'must have at most 20 items').nullish(),
    startsAt: dateTime,
    endsAt: dateTime,
    registrationOpensAt: dateTime.nullish(),
    registrationClosesAt: dateTime.nullish(),
    capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500'),
    materials: z.array(materialInput).max(50, 'must have at most 50 items').nullish(),
  })
  .refine((v) => v.endsAt.getTime() > v.startsAt.getTime(), { path: ['endsAt'], message: 'must be after startsAt' })
  .refine((v) => Boolean(v.venueId) !== Boolean(v.address), {
    path: ['venueId'],
    message: 'give exactly one of venueId (a functional room) and address (outside)',
  })
  .refine((v) => (v.organiserKind === 'PARTY_ORGANISATION') === Boolean(v.organiserEnterpriseId), {
    path: ['organiserEnterpriseId'],
    message: 'is required exactly when organiserKind is PARTY_ORGANISATION (the member enterprise whose party organisation organises)',
  })
  .refine((v) => !v.registrationClosesAt || v.registrationClosesAt.getTime() <= v.startsAt.getTime(), {
    path: ['registrationClosesAt'],
    message: 'must not be after startsAt',
  })
  .refine((v) => !v.registrationOpensAt || !v.registrationClosesAt || v.registrationOpensAt < v.registrationClosesAt, {
    path: ['registrationClosesAt'],
    message: 'must be after registrationOpensAt',
  });

export const bookVenueInput = z
  .object({ venueId: objectId, startsAt: dateTime, endsAt: dateTime, purpose: text(200) })
  .refine((v) => v.endsAt.getTime() > v.startsAt.getTime(), { path: ['endsAt'], message: 'must be after startsAt' });

export const registerInput = z.object({
  activityId: objectId,
  enterpriseId: objectId,
  personName: text(50),
  personPhone: mobilePhone.nullish(),
});

export const leaveFeedbackInput = z.object({
  registrationId: objectId,
  rating: z.number().int('must be a whole number').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
  comment: longText(1000).nullish(),
});

export const updateActivityInput = z.object({
  title: text(200).nullish(),
  description: longText(2000).nullish(),
  materials: z.array(materialInput).max(50, 'must have at most 50 items').nullish(),
  capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').nullish(),
});

const dueOn = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const reportOutcomeInput = z
  .object({
    kind: z.enum(['NEED_RAISED', 'RISK_FOUND', 'NOTE']),
    enterpriseId: objectId.nullish(),
    description: text(2000),
    needCategory: z.enum(['SECURITY', 'LEGAL', 'APPROVAL', 'STAFFING', 'POLICY', 'OTHER']).nullish(),
    dueOn: dueOn.nullish(),
    riskType: z.enum(['COUNTERPARTY_LITIGATION', 'FRAUD', 'SAFETY', 'IP_INFRINGEMENT', 'NOMINEE_HOLDING', 'OTHER']).nullish(),
    severity: z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).nullish(),
  })
  .refine((o) => o.kind === 'NOTE' || Boolean(o.enterpriseId), { path: ['enterpriseId'], message: 'is required for a need raised or a risk found' })
  .refine((o) => o.kind !== 'NEED_RAISED' || Boolean(o.needCategory), { path: ['needCategory'], message: 'is required for a need raised' })
  .refine((o) => o.kind !== 'RISK_FOUND' || (Boolean(o.riskType) && Boolean(o.severity)), {
    path: ['riskType'],
    message: 'riskType and severity are required for a risk found',
  });

export const closeActivityInput = z.object({
  summary: text(2000),
  otherOrganisations: z.array(text(100)).max(50, 'must have at most 50 items').nullish(),
  outcomes: z.array(reportOutcomeInput).max(20, 'must have at most 20 items').nullish(),
  materials: z.array(materialInput).max(50, 'must have at most 50 items').nullish(),
  photos: z
    .array(z.object({ title: text(200), takenAt: dateTime.nullish(), reference: text(200).nullish() }))
    .max(100, 'must have at most 100 items')
    .nullish(),
});

export const outcomeSummary = text(2000);
export const cancellationReason = text(500);
