import type { FilterQuery } from 'mongoose';
import { allOf, completeDimension, countBy, CountCube, monthLabel, pageSize, sumsBy } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type { EnterpriseFilter } from '../schema/types.generated';
import {
  ENTERPRISE_CATEGORIES,
  OPEN_ALERT_STATUSES,
  OPEN_NEED_STATUSES,
  RISK_SEVERITIES,
  SERVICE_NEED_CATEGORIES,
  type EnterpriseDoc,
  type EnterprisesModels,
} from '../models';
import { enterpriseQuery, enterprisesWithOfficer } from './filters';

/**
 * The parent of EnterpriseStatistics fields: the resolved filter. Each field runs its own
 * aggregation ($match + $group) only when asked for.
 */
export interface EnterpriseStatisticsSource {
  models: EnterprisesModels;
  match: FilterQuery<EnterpriseDoc>;
  /** Counts of the matching enterprises by category, alliance membership and month, in one `$group` per request. */
  cube: CountCube<EnterpriseDoc>;
  /** Ids of the matching enterprises, only when the filter restricts them (needs/alerts/officer counts). */
  enterpriseIds(): Promise<unknown[] | null>;
  /** Matching enterprises with an active 一企一警 officer, and all matching ones (computed once per request). */
  coverage(): Promise<{ covered: number; total: number }>;
}

/**
 * Statistics of the enterprises matching the list filter. Every aggregation runs on models `scopedBy`
 * the read policy, so an ENTERPRISE caller's statistics count only its own enterprise and records.
 */
export async function enterpriseStatistics(ctx: EnterprisesContext, filter: EnterpriseFilter | null | undefined): Promise<EnterpriseStatisticsSource> {
  const { models } = ctx;
  const match = await enterpriseQuery(models, filter);
  let ids: Promise<unknown[] | null> | undefined;
  let coverage: Promise<{ covered: number; total: number }> | undefined;
  const cube = new CountCube(models.Enterprise, match);
  return {
    models,
    match,
    cube,
    enterpriseIds: () => (ids ??= Object.keys(match).length ? models.Enterprise.distinct('_id', match).exec() : Promise.resolve(null)),
    coverage: () =>
      (coverage ??= (async () => {
        const withOfficer = await enterprisesWithOfficer(models);
        const [covered, total] = await Promise.all([models.Enterprise.countDocuments(allOf(match, { _id: { $in: withOfficer } })).exec(), cube.total()]);
        return { covered, total };
      })()),
  };
}

const byEnterprise = (ids: unknown[] | null) => (ids ? { enterpriseId: { $in: ids } } : {});

export const statistics = {
  total: (s: EnterpriseStatisticsSource) => s.cube.total(),
  byCategory: async (s: EnterpriseStatisticsSource) => completeDimension(await s.cube.countBy('category'), ENTERPRISE_CATEGORIES),
  byAllianceMembership: async (s: EnterpriseStatisticsSource) => {
    const rows = await s.cube.countBy('allianceMember');
    const count = (member: boolean) => rows.find((r) => String(r.key) === String(member))?.count ?? 0;
    return [true, false].map((member) => ({ allianceMember: member, count: count(member) }));
  },
  openNeedsByCategory: async (s: EnterpriseStatisticsSource) =>
    completeDimension(
      await countBy(s.models.ServiceNeed, { ...byEnterprise(await s.enterpriseIds()), status: { $in: [...OPEN_NEED_STATUSES] } }, 'category'),
      SERVICE_NEED_CATEGORIES,
    ),
  openAlertsBySeverity: async (s: EnterpriseStatisticsSource) =>
    completeDimension(
      await countBy(s.models.RiskAlert, { ...byEnterprise(await s.enterpriseIds()), status: { $in: [...OPEN_ALERT_STATUSES] } }, 'severity'),
      RISK_SEVERITIES,
    ),
  withoutOfficer: async (s: EnterpriseStatisticsSource) => {
    const aboveScale = allOf<EnterpriseDoc>(s.match, { category: 'ABOVE_SCALE', status: 'ACTIVE' });
    const ids = await s.models.Enterprise.distinct('_id', aboveScale);
    if (ids.length === 0) return 0;
    const covered = await s.models.OfficerAssignment.countDocuments({ kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null, enterpriseId: { $in: ids } });
    return ids.length - covered;
  },
  /** Sum of lossAvoidedYuan over the matching enterprises' alerts, in one `$group`. */
  lossAvoidedYuan: async (s: EnterpriseStatisticsSource) => {
    const [row] = await sumsBy(s.models.RiskAlert, { ...byEnterprise(await s.enterpriseIds()), lossAvoidedYuan: { $gt: 0 } }, null, {
      total: 'lossAvoidedYuan',
    });
    return row?.total ?? 0;
  },
  /** Resolved needs of the matching enterprises by resolvedOnTime (true / false / null), one `$group`. */
  needTimeliness: async (s: EnterpriseStatisticsSource) => {
    const rows = await countBy(s.models.ServiceNeed, { ...byEnterprise(await s.enterpriseIds()), status: 'RESOLVED' }, 'resolvedOnTime');
    const count = (key: boolean | null) => rows.filter((r) => (r.key === null ? null : String(r.key) === 'true') === key).reduce((a, r) => a + r.count, 0);
    const onTime = count(true);
    const late = count(false);
    return { onTime, late, withoutDueDate: count(null), onTimeRate: onTime + late ? onTime / (onTime + late) : 0 };
  },
  /** Enterprises with an active 一企一警 officer among the matching ones. */
  officerCoverage: (s: EnterpriseStatisticsSource) => s.coverage(),
  registeredByMonth: async (s: EnterpriseStatisticsSource) =>
    (await s.cube.countBy('registeredMonth')).map((r) => ({ key: String(r.key), label: monthLabel(String(r.key)), month: String(r.key), count: r.count })),
};

/** Active above-scale enterprises without an active 一企一警 officer (of those the caller may see). */
export async function enterprisesBreakingOneOfficerRule(ctx: EnterprisesContext, first?: number | null): Promise<EnterpriseDoc[]> {
  const { models } = ctx;
  const covered = await models.OfficerAssignment.distinct('enterpriseId', { kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null });
  return (await models.Enterprise.find({ category: 'ABOVE_SCALE', status: 'ACTIVE', _id: { $nin: covered } })
    .sort({ name: 1, _id: 1 })
    .limit(pageSize(first, 100, 20))
    .lean()) as EnterpriseDoc[];
}
