import type { QueryResolvers } from '../../../types.generated';

export const approvalItems: NonNullable<QueryResolvers['approvalItems']> = (_parent, _args, { models }) => models.ApprovalItem.find().sort({ code: 1 }).lean().exec();
