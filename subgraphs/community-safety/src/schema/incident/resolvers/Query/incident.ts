import type { QueryResolvers } from '../../../types.generated';
import { findIncident } from '../../../../services/incidents';

export const incident: NonNullable<QueryResolvers['incident']> = (_p, { id }, ctx) => findIncident(ctx, id);
