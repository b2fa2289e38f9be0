import { referenceId } from '@pecg/common';
import type { ApprovalItemResolvers } from '../../types.generated';

export const ApprovalItem: ApprovalItemResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.itemById.load(referenceId(reference)),
  id: (item) => item._id.toHexString(),
  coveredByMeasures: (item, _args, { loaders }) => loaders.measuresByItem.load(item._id.toHexString()),
};
