import { mobilePhone, objectId, text, z } from '@pecg/common';
import { ACTIVITY_KINDS } from './models';

/** zod schemas of the activities subgraph's inputs (checked with parseInput). */
const dateTime = z.union([z.date(), z.string()]).transform((v, ctx) => {
  const date = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time' });
    return z.NEVER;
  }
  return date;
});

export const materialInput = z.object({ title: text(200), reference: text(200).nullish() });

export const planActivityInput = z
  .object({
    title: text(200),
    description: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
    kind: z.enum(ACTIVITY_KINDS),
    venueId: objectId,
    organizerId: objectId.nullish(),
    startsAt: dateTime,
    endsAt: dateTime,
    capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500'),
    materials: z.array(materialInput).max(50, 'must have at most 50 items').nullish(),
  })
  .refine((v) => v.endsAt.getTime() > v.startsAt.getTime(), { path: ['endsAt'], message: 'must be after startsAt' });

export const registerInput = z.object({
  activityId: objectId,
  enterpriseId: objectId,
  personName: text(50),
  personPhone: mobilePhone.nullish(),
});

export const leaveFeedbackInput = z.object({
  activityId: objectId,
  enterpriseId: objectId,
  rating: z.number().int('must be a whole number').min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
  comment: z.string().trim().max(1000, 'must be at most 1000 characters').nullish(),
});

export const updateActivityInput = z.object({
  title: text(200).nullish(),
  description: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
  materials: z.array(materialInput).max(50, 'must have at most 50 items').nullish(),
  capacity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500').nullish(),
});

export const outcomeSummary = text(2000);
export const cancellationReason = text(500);
