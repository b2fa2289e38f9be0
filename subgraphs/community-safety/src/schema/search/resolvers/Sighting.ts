import type { SightingResolvers } from '../../types.generated';

export const Sighting: SightingResolvers = {
  /** Where the person was: audited as personal information of the search (only officers get here). */
  placeName: (s, _a, { pii }) => pii.reveal('NAME', s.placeName, 'LostPersonCase', s.caseId, 'sightings.placeName') ?? '',
  event: (s, _a, { loaders }) => (s.eventId ? loaders.eventById.load(s.eventId.toHexString()) : null),
  device: (s, _a, { loaders }) => (s.deviceId ? loaders.deviceById.load(s.deviceId.toHexString()) : null),
  recorded: (s, _a, { pii }) => pii.revealStamp(s.recorded, 'LostPersonCase', 'LostPersonCase.sightings.recorded'),
};
