import type { FilterQuery } from 'mongoose';
import { allOf, MATCH_NOTHING } from '@pecg/common';
import type { AdvantageResourceFilter, NeedAssigneeKind, RiskAlertFilter, ServiceNeedFilter } from '../schema/types.generated';
import { OPEN_NEED_STATUSES, type AdvantageResourceDoc, type RiskAlertDoc, type ServiceNeedDoc } from '../models';
import { enumCondition, optionalId, optionalIds, timeConditions } from './filters';

/**
 * GraphQL filter → mongo filter of the service-need, risk-alert and advantage-resource lists; the
 * aggregates use the same functions, so they count exactly what the lists return. The read policy's
 * tenant scope is added by the models (`scopedBy`), on every find, count and aggregation.
 */

type Conditions = Array<Record<string, unknown> | null | undefined>;

/**
 * `overdue: true`: open or in progress and past the end of the due day at `now` (index status + dueBy);
 * `false`: every other need.
 */
export function overdueCondition(overdue: boolean | null | undefined, now: Date): FilterQuery<ServiceNeedDoc> | undefined {
  if (overdue == null) return undefined;
  const open = [...OPEN_NEED_STATUSES];
  return overdue ? { status: { $in: open }, dueBy: { $ne: null, $lte: now } } : { $or: [{ status: { $nin: open } }, { dueBy: null }, { dueBy: { $gt: now } }] };
}

/** Who works on a need, as the NeedAssigneeKind values (officer, enterprise, nobody yet). */
const ASSIGNEE_KIND_CONDITIONS: Record<string, Record<string, unknown>> = {
  OFFICER: { assigneeOfficerId: { $ne: null } },
  ENTERPRISE: { assigneeEnterpriseId: { $ne: null } },
  UNASSIGNED: { assigneeOfficerId: null, assigneeEnterpriseId: null },
};

/** The kind of a need's assignee (the ASSIGNEE_KIND dimension and the `assigneeKinds` filter say the same). */
export function assigneeKindOf(need: Pick<ServiceNeedDoc, 'assigneeOfficerId' | 'assigneeEnterpriseId'>): NeedAssigneeKind {
  return need.assigneeOfficerId ? 'OFFICER' : need.assigneeEnterpriseId ? 'ENTERPRISE' : 'UNASSIGNED';
}

export function needQuery(filter: ServiceNeedFilter | null | undefined, now: Date): FilterQuery<ServiceNeedDoc> {
  const f = filter ?? {};
  const kinds = f.assigneeKinds == null ? null : [...new Set(f.assigneeKinds)];
  return allOf<ServiceNeedDoc>(
    ...([
      {
        enterpriseId: optionalId(f.enterpriseId, 'enterpriseId'),
        assigneeOfficerId: optionalId(f.assigneeOfficerId, 'assigneeOfficerId'),
        assigneeEnterpriseId: optionalId(f.assigneeEnterpriseId, 'assigneeEnterpriseId'),
      },
      { enterpriseId: optionalIds(f.enterpriseIds, 'enterpriseIds') },
      ...enumCondition('status', f.statuses, f.status),
      ...enumCondition('category', f.categories, f.category),
      !kinds
        ? null
        : kinds.length === 0
          ? MATCH_NOTHING
          : kinds.length === 1
            ? ASSIGNEE_KIND_CONDITIONS[kinds[0]]
            : { $or: kinds.map((k) => ASSIGNEE_KIND_CONDITIONS[k]) },
      overdueCondition(f.overdue, now),
      ...timeConditions({ from: f.raisedFrom, before: f.raisedBefore, months: f.months }, 'raised', 'raisedAt', 'raisedMonth'),
    ] as Conditions),
  );
}

export function alertQuery(filter: RiskAlertFilter | null | undefined): FilterQuery<RiskAlertDoc> {
  const f = filter ?? {};
  return allOf<RiskAlertDoc>(
    ...([
      { enterpriseId: optionalId(f.enterpriseId, 'enterpriseId'), raisedByOfficerId: optionalId(f.raisedByOfficerId, 'raisedByOfficerId') },
      { enterpriseId: optionalIds(f.enterpriseIds, 'enterpriseIds') },
      ...enumCondition('status', f.statuses, f.status),
      ...enumCondition('severity', f.severities, f.severity),
      ...enumCondition('type', f.types, f.type),
      ...timeConditions({ from: f.raisedFrom, before: f.raisedBefore, months: f.months }, 'raised', 'raisedAt', 'raisedMonth'),
    ] as Conditions),
  );
}

/** Documents from before withdrawal existed have no status: they are ACTIVE. */
function resourceStatus(statuses: ReadonlyArray<string>): Record<string, unknown> {
  return statuses.includes('ACTIVE') ? { status: { $in: [...statuses, null] } } : { status: { $in: [...statuses] } };
}

export function resourceQuery(filter: AdvantageResourceFilter | null | undefined): FilterQuery<AdvantageResourceDoc> {
  const f = filter ?? {};
  return allOf<AdvantageResourceDoc>(
    ...([
      { enterpriseId: optionalId(f.enterpriseId, 'enterpriseId'), available: f.available ?? undefined },
      { enterpriseId: optionalIds(f.enterpriseIds, 'enterpriseIds') },
      ...enumCondition('kind', f.kinds, f.kind),
      f.statuses != null ? resourceStatus(f.statuses) : null,
      f.status ? resourceStatus([f.status]) : null,
      ...timeConditions({ from: f.offeredFrom, before: f.offeredBefore, months: f.months }, 'offered', 'offeredAt'),
    ] as Conditions),
  );
}
