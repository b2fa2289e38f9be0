import { loadExisting, referenceId } from '@pecg/common';
import type { ApprovalItemResolvers, ServiceMeasureResolvers } from '../__generated__/resolvers-types';

export const ApprovalItem: ApprovalItemResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.itemById.load(referenceId(reference)),
  id: (item) => item._id.toHexString(),
  coveredByMeasures: (item, _args, { loaders }) => loaders.measuresByItem.load(item._id.toHexString()),
};

export const ServiceMeasure: ServiceMeasureResolvers = {
  id: (measure) => measure._id.toHexString(),
  items: (measure, _args, { loaders }) => loadExisting(loaders.itemById, measure.itemIds.map((id) => id.toHexString())),
};
