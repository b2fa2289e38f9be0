import { enterpriseReference } from '@pecg/common';
import type { LegalConsultationGroupResolvers } from '../../types.generated';

export const LegalConsultationGroup: LegalConsultationGroupResolvers = {
  enterprise: (g) => enterpriseReference(g.recordIds.ENTERPRISE),
  grid: (g, _a, { loaders }) => (g.recordIds.GRID ? loaders.gridById.load(g.recordIds.GRID) : null),
};
