import { FINDING_KIND_LABELS } from '../../../labels';
import type { PatrolFindingResolvers } from '../../types.generated';

export const PatrolFinding: PatrolFindingResolvers = {
  kindLabel: (f) => FINDING_KIND_LABELS[f.kind],
  incident: (f, _a, { loaders }) => (f.incidentId ? loaders.incidentById.load(f.incidentId.toHexString()) : null),
  recorded: (f, _a, { pii }) => pii.revealStamp(f.recorded, 'PatrolShift', 'PatrolShift.findings.recorded'),
};
