import { NotFoundError, parseId, parseInput } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type { ApplicationDoc, ApprovalItemDoc } from '../models';
import { version } from '../validation';

/**
 * An application the caller may see, with its item. READ_POLICY scopes the read: another enterprise's
 * application is NOT_FOUND for an ENTERPRISE caller, exactly like an id that does not exist.
 */
export async function loadApplication(ctx: ApprovalsContext, id: string, argument = 'id'): Promise<{ app: ApplicationDoc; item: ApprovalItemDoc }> {
  const objectId = parseId(id, argument);
  const app = await ctx.loaders.applicationById.load(objectId.toHexString());
  if (!app) throw new NotFoundError('Application', id, argument);
  const item = await loadItem(ctx, app.itemId.toHexString());
  return { app, item };
}

export async function loadItem(ctx: ApprovalsContext, id: string, field = 'itemId'): Promise<ApprovalItemDoc> {
  const item = await ctx.loaders.itemById.load(parseId(id, field).toHexString());
  if (!item) throw new NotFoundError('ApprovalItem', id, field === 'itemId' ? 'id' : field);
  return item;
}

export function parseVersion(expectedVersion: unknown): number {
  return parseInput(version, expectedVersion, 'expectedVersion');
}

/** Codes of required materials not yet handed in. */
export function missingMaterials(app: Pick<ApplicationDoc, 'materials'>, item: ApprovalItemDoc) {
  const present = new Set(app.materials.map((m) => m.code));
  return item.requiredMaterials.filter((m) => !present.has(m.code));
}
