import { objectId, text, z } from '@pecg/common';

/** zod schemas of the __name__ subgraph's inputs (checked with parseInput: errors name the field and value). */
const description = z.string().trim().max(2000, 'must be at most 2000 characters').nullish();

export const create__Entity__Input = z.object({
  title: text(200),
  description,
  enterpriseId: objectId.nullish(),
});

export const update__Entity__Input = z
  .object({ title: text(200).nullish(), description })
  .refine((v) => v.title != null || v.description != null, { message: 'give title or description to change', path: ['title'] });

export const archiveReason = text(500);
