import { maySeeEnterprise, type EntityReference } from '@pecg/common';
import type { Types } from 'mongoose';

/**
 * A reference to an enterprise (resolved by the enterprises subgraph), or null when READ_POLICY does
 * not let the caller see that enterprise: for an ENTERPRISE caller other enterprises do not exist, so a
 * dispute between two enterprises names only the caller's own.
 */
export function enterpriseReference(id: Types.ObjectId | string | null | undefined): EntityReference | null {
  if (!id) return null;
  const hex = String(id);
  return maySeeEnterprise(hex, 'enterprise') ? { id: hex } : null;
}

/** The references among `ids` the caller may see (a nested list is shorter, never a leak). */
export function enterpriseReferences(ids: ReadonlyArray<Types.ObjectId | string> | null | undefined): EntityReference[] {
  return (ids ?? []).map(enterpriseReference).filter((ref): ref is EntityReference => ref !== null);
}
