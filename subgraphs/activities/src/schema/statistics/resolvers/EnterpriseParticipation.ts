import type { EnterpriseParticipationResolvers } from '../../types.generated';

const rate = (part: number, whole: number) => (whole ? part / whole : 0);

export const EnterpriseParticipation: EnterpriseParticipationResolvers = {
  key: (row) => row.enterpriseId.toHexString(),
  enterprise: (row) => ({ id: row.enterpriseId.toHexString() }),
  attendanceRate: (row) => rate(row.attended, row.registered),
  noShowRate: (row) => rate(row.noShows, row.registered),
};
