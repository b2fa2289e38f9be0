import type { PiiGate } from '@pecg/common';

/**
 * A staff member's name stored as plain text (who approved an extension of the time limit), revealed
 * through the PII gate as `Staff` (PII_POLICY: masked for ENTERPRISE and ANALYST callers) and audited
 * against the record it is shown on (`entity`, `id`). Names in ActorStamps go through the shared
 * ActorStamp resolver of @pecg/common.
 */
export function staffName(pii: PiiGate, name: string | null | undefined, entity: string, id: string, field: string): string | null {
  return pii.reveal('NAME', name, 'Staff', `${entity}:${id}`, field);
}
