import { parseId } from '@pecg/common';
import type { QueryResolvers } from '../../../types.generated';

export const legalConsultation: NonNullable<QueryResolvers['legalConsultation']> = (_p, { id }, { loaders }) =>
  loaders.consultationById.load(parseId(id).toHexString());
