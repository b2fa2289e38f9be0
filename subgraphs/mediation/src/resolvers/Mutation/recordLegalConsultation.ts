import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as service from '../../services/volunteers';

export const recordLegalConsultation: MutationResolvers['recordLegalConsultation'] = (_p, { input }, ctx) => service.recordLegalConsultation(ctx, input);
