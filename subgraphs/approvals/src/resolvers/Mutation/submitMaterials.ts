import type { MutationResolvers } from '../../__generated__/resolvers-types';
import * as applications from '../../services/applications';

export const submitMaterials: MutationResolvers['submitMaterials'] = (_parent, args, ctx) => applications.submitMaterials(ctx, args.id, args.expectedVersion, args.input);
