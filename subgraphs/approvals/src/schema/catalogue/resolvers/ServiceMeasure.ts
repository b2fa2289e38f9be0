import { loadExisting } from '@pecg/common';
import type { ServiceMeasureResolvers } from '../../types.generated';
import { indicatorOf, unavailableReason } from '../../../services/indicators';

export const ServiceMeasure: ServiceMeasureResolvers = {
  id: (measure) => measure._id.toHexString(),
  items: (measure, _args, { loaders }) =>
    loadExisting(
      loaders.itemById,
      measure.itemIds.map((id) => id.toHexString()),
    ),
  indicator: (measure, _args, ctx) => indicatorOf(ctx, measure),
  indicatorUnavailableReason: (measure) => unavailableReason(measure.number),
};
