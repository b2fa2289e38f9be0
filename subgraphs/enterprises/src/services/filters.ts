import type { Types, FilterQuery } from 'mongoose';
import { allOf, parseId, ValidationError } from '@pecg/common';
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

/**
 * The mongo filter of the enterprise list and statistics. The caller's scope is not part of it: the
 * Enterprise and OfficerAssignment models are `scopedBy` the read policy, which narrows every read.
 */
export async function enterpriseQuery(models: EnterprisesModels, filter: EnterpriseFilter | null | undefined): Promise<FilterQuery<EnterpriseDoc>> {
  const conditions: FilterQuery<EnterpriseDoc>[] = [];
  if (filter?.category) conditions.push({ category: filter.category });
  if (filter?.allianceMember != null) conditions.push({ allianceMember: filter.allianceMember });
  if (filter?.inIncubator != null) conditions.push({ inIncubator: filter.inIncubator });
  if (filter?.industry) conditions.push({ industry: filter.industry });
  if (filter?.status) conditions.push({ status: filter.status });
  if (filter?.nameContains != null) conditions.push({ name: containsPattern(filter.nameContains, 'nameContains') });
  const officerId = optionalId(filter?.officerId, 'officerId');
  if (officerId) {
    const ids = await models.OfficerAssignment.distinct('enterpriseId', { officerId, endedOn: null });
    conditions.push({ _id: { $in: ids } });
  }
  return allOf<EnterpriseDoc>(...(conditions as Array<Record<string, unknown>>));
}
