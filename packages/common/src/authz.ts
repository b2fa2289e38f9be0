import { Schema, Types } from 'mongoose';
import { ForbiddenError, ValidationError } from './errors';
import type { Caller, Role } from './identity';

/**
 * Authorization helpers used by every subgraph's services. The rules themselves are declared next to
 * each subgraph's schema (its `policy.ts`); these functions only enforce them.
 */
export function requireRole(caller: Caller, allowed: readonly Role[], action: string): void {
  if (!allowed.includes(caller.role)) {
    throw new ForbiddenError(`Role ${caller.role} may not ${action}; allowed roles: ${allowed.join(', ')}`);
  }
}

/** ENTERPRISE callers may only touch their own enterprise's records. */
export function requireEnterpriseScope(caller: Caller, enterpriseId: string | { toString(): string }, action: string): void {
  if (caller.role === 'ENTERPRISE' && caller.enterpriseId !== String(enterpriseId)) {
    throw new ForbiddenError(`An ENTERPRISE user of ${caller.enterpriseId} may not ${action} for enterprise ${String(enterpriseId)}`);
  }
}

/**
 * A department's service account (role DEPARTMENT, claim `department`) creating a record in another
 * department's subgraph through the gateway (docs/CONVENTIONS.md, "Between departments"): only a
 * department the receiving subgraph lists, and only from a record of the caller's own department,
 * named in `field` (`{ subgraph, typename, id }`). Other roles are not checked here.
 */
export function requireDepartmentOrigin(
  caller: Caller,
  departments: readonly string[],
  action: string,
  origin: { subgraph: string } | null | undefined,
  field: string,
): void {
  if (caller.role !== 'DEPARTMENT') return;
  const department = caller.department ?? '';
  if (!departments.includes(department))
    throw new ForbiddenError(`The service account of department "${department}" may not ${action}; departments allowed: ${departments.join(', ')}`);
  if (!origin) throw new ValidationError(`${field} is required when a department's service account (${department}) may ${action}`, { field });
  if (origin.subgraph !== department)
    throw new ValidationError(`${field}.subgraph must be the caller's own department "${department}" (got "${origin.subgraph}")`, {
      field: `${field}.subgraph`,
      value: origin.subgraph,
    });
}

/** A mongo filter restricting ENTERPRISE callers to their own records (empty for other roles). */
export function enterpriseScopeFilter(caller: Caller, field = 'enterpriseId'): Record<string, unknown> {
  if (caller.role !== 'ENTERPRISE') return {};
  const id = caller.enterpriseId ?? '';
  return { [field]: Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : id };
}

/** Read-only roles cannot run mutations. */
export function requireWriter(caller: Caller, action: string): void {
  if (caller.role === 'ANALYST') throw new ForbiddenError(`Role ANALYST is read-only and may not ${action}`);
}

/** Who did something and when, stored on every write. */
export interface ActorStamp {
  subject: string;
  role: Role;
  name?: string;
  /** The enterprise an ENTERPRISE actor acted for (its people's names are clear to that enterprise). */
  enterpriseId?: string;
  at: Date;
}

export function actorStamp(caller: Caller, at = new Date()): ActorStamp {
  return {
    subject: caller.subject,
    role: caller.role,
    ...(caller.name ? { name: caller.name } : {}),
    ...(caller.role === 'ENTERPRISE' && caller.enterpriseId ? { enterpriseId: caller.enterpriseId } : {}),
    at,
  };
}

/** The embedded "who and when" of a write, the same in every subgraph's models. */
export const actorStampSchema = new Schema<ActorStamp>(
  {
    subject: { type: String, required: true },
    role: { type: String, required: true },
    name: { type: String },
    enterpriseId: { type: String },
    at: { type: Date, required: true },
  },
  { _id: false },
);
