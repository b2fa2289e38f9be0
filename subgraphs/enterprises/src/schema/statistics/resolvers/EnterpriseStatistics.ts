import type { EnterpriseStatisticsResolvers } from '../../types.generated';
import { ALLIANCE_MEMBER_LABELS, ENTERPRISE_CATEGORY_LABELS, RISK_SEVERITY_LABELS, SERVICE_NEED_CATEGORY_LABELS } from '../../../labels';
import { statistics } from '../../../services/statistics';

/** Each statistic is one database aggregation, run only when the field is selected. */
export const EnterpriseStatistics: EnterpriseStatisticsResolvers = {
  total: (s) => statistics.total(s),
  byCategory: async (s) => (await statistics.byCategory(s)).map(({ key, count }) => ({ category: key, label: ENTERPRISE_CATEGORY_LABELS[key], count })),
  byAllianceMembership: async (s) => (await statistics.byAllianceMembership(s)).map((r) => ({ ...r, label: ALLIANCE_MEMBER_LABELS[`${r.allianceMember}`] })),
  openNeedsByCategory: async (s) =>
    (await statistics.openNeedsByCategory(s)).map(({ key, count }) => ({ category: key, label: SERVICE_NEED_CATEGORY_LABELS[key], count })),
  openAlertsBySeverity: async (s) =>
    (await statistics.openAlertsBySeverity(s)).map(({ key, count }) => ({ severity: key, label: RISK_SEVERITY_LABELS[key], count })),
  withoutOfficer: (s) => statistics.withoutOfficer(s),
  registeredByMonth: (s) => statistics.registeredByMonth(s),
  lossAvoidedYuan: (s) => statistics.lossAvoidedYuan(s),
  needTimeliness: (s) => statistics.needTimeliness(s),
};
