import type { QueryResolvers } from '../../../types.generated';
import * as allianceService from '../../../../services/alliance';

export const alliance: NonNullable<QueryResolvers['alliance']> = (_parent, _args, ctx) => allianceService.alliance(ctx);
