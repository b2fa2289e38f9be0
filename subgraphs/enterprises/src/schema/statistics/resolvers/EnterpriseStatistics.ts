import type { EnterpriseStatisticsResolvers } from '../../types.generated';
import {
  ALLIANCE_MEMBERSHIP_KEY_LABELS,
  ENTERPRISE_CATEGORY_LABELS,
  OFFICER_COVERAGE_LABELS,
  RISK_SEVERITY_LABELS,
  SERVICE_NEED_CATEGORY_LABELS,
} from '../../../labels';
import { statistics } from '../../../services/statistics';

/**
 * Each statistic is one database aggregation, run only when the field is selected. Count rows are
 * `{ key, label, count }`; the old field names (`category`, `severity`, `allianceMember`) stay as
 * deprecated aliases of the key.
 */
export const EnterpriseStatistics: EnterpriseStatisticsResolvers = {
  total: (s) => statistics.total(s),
  byCategory: async (s) => (await statistics.byCategory(s)).map(({ key, count }) => ({ key, category: key, label: ENTERPRISE_CATEGORY_LABELS[key], count })),
  byAllianceMembership: async (s) =>
    (await statistics.byAllianceMembership(s)).map((r) => {
      const key = r.allianceMember ? ('MEMBER' as const) : ('NON_MEMBER' as const);
      return { ...r, key, label: ALLIANCE_MEMBERSHIP_KEY_LABELS[key] };
    }),
  byOfficerCoverage: async (s) => {
    const { covered, total } = await statistics.officerCoverage(s);
    return [
      { key: 'WITH_OFFICER' as const, label: OFFICER_COVERAGE_LABELS.WITH_OFFICER, count: covered },
      { key: 'WITHOUT_OFFICER' as const, label: OFFICER_COVERAGE_LABELS.WITHOUT_OFFICER, count: total - covered },
    ];
  },
  officerCoverageRate: async (s) => {
    const { covered, total } = await statistics.officerCoverage(s);
    return total ? covered / total : 0;
  },
  openNeedsByCategory: async (s) =>
    (await statistics.openNeedsByCategory(s)).map(({ key, count }) => ({ key, category: key, label: SERVICE_NEED_CATEGORY_LABELS[key], count })),
  openAlertsBySeverity: async (s) =>
    (await statistics.openAlertsBySeverity(s)).map(({ key, count }) => ({ key, severity: key, label: RISK_SEVERITY_LABELS[key], count })),
  withoutOfficer: (s) => statistics.withoutOfficer(s),
  registeredByMonth: (s) => statistics.registeredByMonth(s),
  lossAvoidedYuan: (s) => statistics.lossAvoidedYuan(s),
  needTimeliness: (s) => statistics.needTimeliness(s),
};
