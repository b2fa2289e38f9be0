import type { MutationResolvers } from '../../../types.generated';
import * as applications from '../../../../services/applications';

export const createApplication: NonNullable<MutationResolvers['createApplication']> = (_parent, args, ctx) => applications.createApplication(ctx, args.input);
