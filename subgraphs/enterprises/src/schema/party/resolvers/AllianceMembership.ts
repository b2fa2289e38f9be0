import { labelOf } from '@pecg/common';
import type { AllianceMembershipResolvers } from '../../types.generated';
import { ALLIANCE_ROLE_LABELS } from '../../../labels';

export const AllianceMembership: AllianceMembershipResolvers = {
  roleLabel: (m) => labelOf(ALLIANCE_ROLE_LABELS, m.role)!,
  liaison: (m) => ({ ...m.liaison, enterpriseId: m.enterpriseId }),
  active: (m) => !m.leftOn,
};
