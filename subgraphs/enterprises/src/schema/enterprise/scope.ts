import { ForbiddenError, type Caller } from '@pecg/common';

/** ENTERPRISE callers read only their own enterprise's records; other roles read everything. */
export function seesEnterprise(caller: Caller, enterpriseId: { toString(): string }): boolean {
  return caller.role !== 'ENTERPRISE' || caller.enterpriseId === String(enterpriseId);
}

export function requireSees(caller: Caller, enterpriseId: { toString(): string }): void {
  if (!seesEnterprise(caller, enterpriseId)) throw new ForbiddenError(`An ENTERPRISE user of ${caller.enterpriseId} may not read enterprise ${String(enterpriseId)}`);
}
