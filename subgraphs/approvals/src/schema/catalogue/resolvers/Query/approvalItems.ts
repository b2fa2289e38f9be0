import type { QueryResolvers } from '../../../types.generated';
import { listApprovalItems } from '../../../../services/lists';

export const approvalItems: NonNullable<QueryResolvers['approvalItems']> = (_parent, _args, ctx) => listApprovalItems(ctx);
