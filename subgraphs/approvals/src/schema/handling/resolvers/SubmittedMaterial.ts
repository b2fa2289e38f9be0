import { labelOf } from '@pecg/common';
import type { SubmittedMaterialResolvers } from '../../types.generated';
import { CHANNEL_LABELS } from '../../../labels';

export const SubmittedMaterial: SubmittedMaterialResolvers = {
  name: async (m, _args, { loaders }) => (await loaders.itemById.load(m.itemId))?.requiredMaterials.find((r) => r.code === m.code)?.name ?? m.code,
  channelLabel: (m) => labelOf(CHANNEL_LABELS, m.channel)!,
};
