import type { FilterQuery } from 'mongoose';
import { allOf, anyOf, anyOfIds, checkedMonth, eventRange, monthKeys, parseId, parseInput } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type { ApplicationFilter, EvaluationFilter, SupervisionCaseFilter } from '../schema/types.generated';
import type { ApplicationDoc, EvaluationDoc, SupervisionCaseDoc } from '../models';
import { optionalInstant } from '../validation';

/**
 * GraphQL filter → mongo filter, one function per list. The list, its statistics and its aggregate
 * call the same function, so they count the same records (the read policy then narrows every query
 * to what the caller may see). All given conditions must hold: a deprecated alias and its new field
 * given together both hold (`status` and `statuses` → both `$in`, combined by `allOf`). A list condition
 * is "any of these": an empty list matches nothing (`anyOf`).
 */

const id = (value: string | null | undefined, field: string) => (value ? parseId(value, `filter.${field}`) : undefined);
const ids = (values: readonly string[] | null | undefined, field: string) => anyOfIds(values, `filter.${field}`);
const instant = (value: unknown, field: string) => parseInput(optionalInstant, value, field) ?? undefined;

/** `{ field: value }` when value is set (undefined conditions are dropped by `allOf`). */
const on = (field: string, value: unknown) => (value === undefined || value === null ? null : { [field]: value });

/** Month keys (YYYY-MM, China Standard Time) on the stored month key of the entity's main timestamp. */
function months(stored: string, keys: readonly string[] | null | undefined, field: string) {
  const checked = monthKeys(keys, `filter.${field}`);
  return checked ? { [stored]: { $in: checked } } : null;
}

function month(stored: string, key: string | null | undefined, field: string) {
  return key ? { [stored]: checkedMonth(key, `filter.${field}`) } : null;
}

/** `<event>From` (inclusive) and `<event>Before` (exclusive) on a stored timestamp; From after Before is refused. */
function timeRange(stored: string, event: string, from: unknown, before: unknown) {
  const range = eventRange(from, before, event);
  return range ? { [stored]: range } : null;
}

/** The items of the given procedure kinds (the catalogue is reference data, a few dozen items). */
async function itemsOfKinds(ctx: ApprovalsContext, kinds: readonly string[] | null | undefined) {
  if (!kinds) return null;
  const items = await ctx.models.ApprovalItem.find({ procedureKind: { $in: [...kinds] } }, { _id: 1 }).lean();
  return { itemId: { $in: items.map((item) => item._id) } };
}

export async function applicationQuery(ctx: ApprovalsContext, f: ApplicationFilter | null | undefined): Promise<FilterQuery<ApplicationDoc>> {
  if (!f) return {};
  return allOf<ApplicationDoc>(
    on('status', anyOf(f.statuses)),
    on('status', anyOf(f.status)),
    on('itemId', id(f.itemId, 'itemId')),
    on('itemId', ids(f.itemIds, 'itemIds')),
    await itemsOfKinds(ctx, f.procedureKinds),
    on('enterpriseId', id(f.enterpriseId, 'enterpriseId')),
    on('enterpriseId', ids(f.enterpriseIds, 'enterpriseIds')),
    on('handlingOfficerId', id(f.handlingOfficerId, 'handlingOfficerId')),
    on('acceptedWithDeficiency', f.acceptedWithDeficiency),
    on('multipleVisits', f.multipleVisits),
    timeRange('submittedAt', 'submitted', f.submittedFrom, f.submittedBefore),
    months('submittedMonth', f.months, 'months'),
    month('submittedMonth', f.submittedMonth, 'submittedMonth'),
  );
}

export function supervisionCaseQuery(f: SupervisionCaseFilter | null | undefined): FilterQuery<SupervisionCaseDoc> {
  if (!f) return {};
  const overdueAsOf = instant(f.overdueAsOf, 'filter.overdueAsOf');
  return allOf<SupervisionCaseDoc>(
    on('status', anyOf(f.statuses)),
    on('status', anyOf(f.status)),
    on('status', overdueAsOf ? { $in: ['OPEN', 'INVESTIGATING'] } : undefined),
    on('dueDate', overdueAsOf ? { $lt: overdueAsOf } : undefined),
    on('trigger', anyOf(f.triggers)),
    on('trigger', f.trigger),
    on('enterpriseId', id(f.enterpriseId, 'enterpriseId')),
    on('enterpriseId', ids(f.enterpriseIds, 'enterpriseIds')),
    on('applicationId', id(f.applicationId, 'applicationId')),
    timeRange('openedAt', 'opened', f.openedFrom, f.openedBefore),
    months('openedMonth', f.months, 'months'),
  );
}

export function evaluationQuery(f: EvaluationFilter | null | undefined): FilterQuery<EvaluationDoc> {
  if (!f) return {};
  const overdueAsOf = instant(f.overdueAsOf, 'filter.overdueAsOf');
  return allOf<EvaluationDoc>(
    on('rating', anyOf(f.ratings)),
    on('rating', anyOf(f.rating)),
    on('bad', overdueAsOf ? true : f.bad),
    on('followUpStatus', anyOf(f.followUpStatuses)),
    on('followUpStatus', f.followUpStatus),
    on('followUpStatus', overdueAsOf ? { $in: ['AWAITING_CALL_BACK', 'AWAITING_RECTIFICATION'] } : undefined),
    on('rectificationDueDate', overdueAsOf ? { $lt: overdueAsOf } : undefined),
    on('itemId', id(f.itemId, 'itemId')),
    on('itemId', ids(f.itemIds, 'itemIds')),
    on('enterpriseId', id(f.enterpriseId, 'enterpriseId')),
    on('enterpriseId', ids(f.enterpriseIds, 'enterpriseIds')),
    on('applicationId', id(f.applicationId, 'applicationId')),
    timeRange('ratedAt', 'rated', f.ratedFrom, f.ratedBefore),
    months('ratedMonth', f.months, 'months'),
  );
}
