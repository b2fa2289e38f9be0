import type { MutationResolvers } from '../../../types.generated';
import * as applications from '../../../../services/applications';

export const submitMaterials: NonNullable<MutationResolvers['submitMaterials']> = (_parent, args, ctx) =>
  applications.submitMaterials(ctx, args.id, args.expectedVersion, args.input);
