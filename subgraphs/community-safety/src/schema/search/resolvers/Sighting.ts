import type { SightingResolvers } from '../../types.generated';

export const Sighting: SightingResolvers = {
  event: (s, _a, { loaders }) => (s.eventId ? loaders.eventById.load(s.eventId.toHexString()) : null),
  device: (s, _a, { loaders }) => (s.deviceId ? loaders.deviceById.load(s.deviceId.toHexString()) : null),
  recorded: (s, _a, { pii }) => pii.revealStamp(s.recorded, 'LostPersonCase', 'LostPersonCase.sightings.recorded'),
};
