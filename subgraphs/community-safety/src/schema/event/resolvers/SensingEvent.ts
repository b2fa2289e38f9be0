import { referenceId } from '@pecg/common';
import { EVENT_KIND_LABELS, TRIAGE_STATUS_LABELS } from '../../../labels';
import type { SensingEventResolvers } from '../../types.generated';

export const SensingEvent: SensingEventResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.eventById.load(referenceId(reference)),
  id: (e) => e._id.toHexString(),
  device: async (e, _a, { loaders }) => (await loaders.deviceById.load(e.deviceId.toHexString()))!,
  kindLabel: (e) => EVENT_KIND_LABELS[e.kind],
  triageLabel: (e) => TRIAGE_STATUS_LABELS[e.triage],
  triaged: (e, _a, { pii }) => pii.revealStamp(e.triaged, e._id.toHexString(), 'SensingEvent.triaged'),
  incident: (e, _a, { loaders }) => (e.incidentId ? loaders.incidentById.load(e.incidentId.toHexString()) : null),
};
