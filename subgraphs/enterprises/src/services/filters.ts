import type { Types, FilterQuery } from 'mongoose';
import { allOf, anyOf, anyOfIds, eventRange, inMonths, monthKeys, parseId, ValidationError } from '@pecg/common';
import type { EnterprisesModels, EnterpriseDoc } from '../models';
import type { EnterpriseFilter } from '../schema/types.generated';

/** Escaped, case-insensitive "contains" (a regular expression; no text index). */
export function containsPattern(value: string, field: string): RegExp {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 100)
    throw new ValidationError(`filter.${field}: must be 1 to 100 characters (got ${JSON.stringify(value)})`, { field: `filter.${field}`, value });
  return new RegExp(trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** An optional id filter argument as an ObjectId (BAD_USER_INPUT naming the filter field when malformed). */
export function optionalId(value: string | null | undefined, field: string): Types.ObjectId | undefined {
  return value == null ? undefined : parseId(value, `filter.${field}`);
}

/** `<record>Ids: [ID!]` as `{ $in: [ObjectId] }` (absent: no condition; empty: nothing matches); a malformed id names `filter.<field>.<index>`. */
export function optionalIds(values: ReadonlyArray<string> | null | undefined, field: string): { $in: Types.ObjectId[] } | undefined {
  return anyOfIds(values, `filter.${field}`);
}

/**
 * An enum condition given as the plural list (`statuses`, "any of these") and/or its deprecated singular
 * alias (`status`): each given one must hold, so both together narrow to their intersection (an empty
 * list matches nothing).
 */
export function enumCondition(path: string, plural: ReadonlyArray<string> | null | undefined, singular: string | null | undefined): FilterQuery<unknown>[] {
  const conditions: FilterQuery<unknown>[] = [];
  if (plural != null) conditions.push({ [path]: anyOf(plural) });
  if (singular != null) conditions.push({ [path]: singular });
  return conditions;
}

export interface TimeFilter {
  /** `<event>From` (inclusive) and `<event>Before` (exclusive), as given. */
  from?: unknown;
  before?: unknown;
  months?: ReadonlyArray<string> | null;
}

/**
 * The time conditions on an entity's main timestamp: the `<event>From`/`<event>Before` range on `path`
 * (a from after its before is BAD_USER_INPUT naming the from field) and the months, on the month key
 * stored at write time (`monthPath`) or, without one, as [start, end) ranges of `path`.
 */
export function timeConditions(filter: TimeFilter, event: string, path: string, monthPath?: string): FilterQuery<unknown>[] {
  const conditions: FilterQuery<unknown>[] = [];
  const range = eventRange(filter.from, filter.before, event);
  if (range) conditions.push({ [path]: range });
  const months = monthKeys(filter.months, 'filter.months');
  if (months && monthPath) conditions.push({ [monthPath]: { $in: months } });
  else if (months) conditions.push(inMonths(path, months)!);
  return conditions;
}

/** The ids of the enterprises with an active 一企一警 officer (of those the caller may see). */
export function enterprisesWithOfficer(models: EnterprisesModels): Promise<Types.ObjectId[]> {
  return models.OfficerAssignment.distinct('enterpriseId', { kind: 'ONE_ENTERPRISE_ONE_OFFICER', endedOn: null }).exec() as Promise<Types.ObjectId[]>;
}

/**
 * The mongo filter of the enterprise list, statistics and aggregate. The caller's scope is not part of
 * it: the Enterprise and OfficerAssignment models are `scopedBy` the read policy, which narrows every read.
 */
export async function enterpriseQuery(models: EnterprisesModels, filter: EnterpriseFilter | null | undefined): Promise<FilterQuery<EnterpriseDoc>> {
  const f = filter ?? {};
  const conditions: FilterQuery<unknown>[] = [
    ...enumCondition('category', f.categories, f.category),
    ...enumCondition('status', f.statuses, f.status),
    ...timeConditions({ from: f.registeredFrom, before: f.registeredBefore, months: f.months }, 'registered', 'registeredAt', 'registeredMonth'),
  ];
  if (f.allianceMember != null) conditions.push({ allianceMember: f.allianceMember });
  if (f.inIncubator != null) conditions.push({ inIncubator: f.inIncubator });
  if (f.industry) conditions.push({ industry: f.industry });
  if (f.industries != null) conditions.push({ industry: anyOf(f.industries) });
  if (f.nameContains != null) conditions.push({ name: containsPattern(f.nameContains, 'nameContains') });
  const ids = optionalIds(f.enterpriseIds, 'enterpriseIds');
  if (ids) conditions.push({ _id: ids });
  const officerId = optionalId(f.officerId, 'officerId');
  if (officerId) conditions.push({ _id: { $in: await models.OfficerAssignment.distinct('enterpriseId', { officerId, endedOn: null }) } });
  if (f.hasOfficer != null) conditions.push({ _id: { [f.hasOfficer ? '$in' : '$nin']: await enterprisesWithOfficer(models) } });
  return allOf<EnterpriseDoc>(...(conditions as Array<Record<string, unknown>>));
}
