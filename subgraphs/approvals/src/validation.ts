import { mobilePhone, objectId, text, z } from '@pecg/common';

/** zod schemas of every input (parsed with parseInput: errors name the field and the value). */
export const version = z.number().int().min(0, 'must be a version number (0 or more)');
const dateTime = z.union([z.date(), z.string().datetime({ offset: true })]).transform((v) => new Date(v));
const channel = z.enum(['ONLINE', 'IN_PERSON', 'PHOTO_TO_OFFICER']);

export const materialInput = z.object({ code: text(20), channel, submittedAt: dateTime.nullish() });

export const createApplicationInput = z.object({
  itemId: objectId,
  enterpriseId: objectId,
  applicantContact: z.object({ name: text(50), phone: mobilePhone }),
  handlingOfficerId: objectId.nullish(),
  materials: z.array(materialInput).max(50).nullish(),
});
export const submitMaterialsInput = z.object({ materials: z.array(materialInput).min(1, 'must list at least one material').max(50) });
export const recordVisitInput = z.object({ purpose: text(200), at: dateTime.nullish() });
export const reasonInput = z.object({ reason: text(500) });
export const requestSupplementInput = z.object({ note: text(500).nullish() }).nullish();
export const acceptWithDeficiencyInput = z.object({ deadline: dateTime });
export const denyInput = z.object({ reason: text(500), legalBasis: text(300) });
export const extendInput = z.object({ reason: text(500), approvedBy: text(50) });
export const startProcedureInput = z.object({ kind: z.enum(['HEARING', 'TESTING', 'EXPERT_REVIEW']), reason: text(500), at: dateTime.nullish() });
export const optionalInstant = dateTime.nullish();
export const reportInput = z.object({ enterpriseId: objectId, applicationId: objectId.nullish(), description: text(1000) });
export const advanceSupervisionInput = z.object({
  action: z.enum(['INVESTIGATE', 'RECTIFY', 'DISMISS', 'ARCHIVE']),
  classification: z.enum(['SIMPLE', 'COMPLEX', 'SPECIAL', 'HARD']).nullish(),
  finding: text(1000).nullish(),
  responsibleParty: text(100).nullish(),
  rectification: text(1000).nullish(),
  feedback: text(1000).nullish(),
  reason: text(500).nullish(),
});
export const evaluateInput = z.object({
  rating: z.enum(['VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'VERY_DISSATISFIED']),
  comment: text(500).nullish(),
});
export const followUpInput = z.object({ action: z.enum(['CALL_BACK', 'RECTIFY', 'EXPLAIN', 'APPEAL']), note: text(1000) });
export const optionalReasonInput = z.object({ reason: text(500).nullish() }).nullish();
export const higherDecisionInput = z.object({
  outcome: z.enum(['APPROVED', 'DENIED', 'RECORDED']),
  decidedAt: dateTime,
  documentNumber: text(100),
  reason: text(500).nullish(),
  legalBasis: text(300).nullish(),
});
