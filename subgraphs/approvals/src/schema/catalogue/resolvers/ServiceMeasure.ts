import { loadExisting } from '@pecg/common';
import type { ServiceMeasureResolvers } from '../../types.generated';

export const ServiceMeasure: ServiceMeasureResolvers = {
  id: (measure) => measure._id.toHexString(),
  items: (measure, _args, { loaders }) =>
    loadExisting(
      loaders.itemById,
      measure.itemIds.map((id) => id.toHexString()),
    ),
};
