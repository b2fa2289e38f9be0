import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const approvalItems: QueryResolvers['approvalItems'] = (_parent, _args, { models }) => models.ApprovalItem.find().sort({ code: 1 }).lean().exec();
