import { requireDepartmentOrigin, requireRole, type Role } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type { RecordSourceDoc } from '../models';
import { RAISING_DEPARTMENTS } from './policy';

/**
 * Who may raise a need or an alert: the roles of the action's policy, or the service account of a
 * department in RAISING_DEPARTMENTS (e.g. activities, raising a need from an activity's outcome), which
 * must name a record of its own subgraph as the source (a need's `source`, an alert's `origin`).
 */
export function requireRaiser(
  ctx: EnterprisesContext,
  roles: readonly Role[],
  action: string,
  source: RecordSourceDoc | null | undefined,
  field = 'input.source',
): void {
  if (ctx.caller.role !== 'DEPARTMENT') return requireRole(ctx.caller, roles, action);
  requireDepartmentOrigin(ctx.caller, RAISING_DEPARTMENTS, action, source, field);
}

/** The stored form of a RecordSourceInput. */
export function recordSource(source: RecordSourceDoc | null | undefined): RecordSourceDoc | null {
  return source ? { subgraph: source.subgraph, typename: source.typename, id: source.id.toLowerCase() } : null;
}

/** The activity a record came from, as an Activity reference the activities subgraph resolves. */
export function activityOf(origin: RecordSourceDoc | null | undefined): { id: string } | null {
  return origin && origin.subgraph === 'activities' && origin.typename === 'Activity' ? { id: origin.id } : null;
}
