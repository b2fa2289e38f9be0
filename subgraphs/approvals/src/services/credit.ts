import { actorStamp, isDuplicateKeyError, NotFoundError, parseId, parseInput, requireRole, updateVersioned } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type { ApplicationDoc, ApprovalsModels, EnterpriseCreditMarkDoc } from '../models';
import { reasonInput } from '../validation';
import { OFFICERS } from './policy';

/**
 * An enterprise's 容缺 credit mark is one document (unique index on `enterpriseId`). Every change is
 * one atomic single-document write, so no lock is needed:
 * - marking names the application once (`brokenApplicationIds: { $ne: id }` in the filter), so a
 *   rerun changes nothing, and increments `version`;
 * - clearing is a versioned write: a clear acting on a mark that was marked again meanwhile gets
 *   CONFLICT instead of silently clearing the new broken commitment.
 */

/** Records a broken 容缺 commitment on the enterprise's mark (once per application, so reruns change nothing). */
export async function markBrokenCommitment(models: ApprovalsModels, app: Pick<ApplicationDoc, '_id' | 'enterpriseId'>, at: Date): Promise<void> {
  const filter = { enterpriseId: app.enterpriseId, brokenApplicationIds: { $ne: app._id } };
  const update = {
    $set: { active: true, markedAt: at, lastBrokenApplicationId: app._id, cleared: null, clearReason: null },
    $push: { brokenApplicationIds: app._id },
    $inc: { brokenCommitmentCount: 1, version: 1 },
  };
  try {
    await models.EnterpriseCreditMark.updateOne(filter, update, { upsert: true }).exec();
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    // The mark exists: another writer created it meanwhile (apply to it), or it already names this
    // application (the filter matches nothing: a no-op).
    await models.EnterpriseCreditMark.updateOne(filter, update).exec();
  }
}

/** Whether an enterprise is currently excluded from 容缺受理. */
export async function hasActiveMark(models: ApprovalsModels, enterpriseId: ApplicationDoc['enterpriseId']): Promise<boolean> {
  return (await models.EnterpriseCreditMark.exists({ enterpriseId, active: true })) !== null;
}

export async function clearCreditMark(ctx: ApprovalsContext, enterpriseId: string, expectedVersion: number, input: unknown): Promise<EnterpriseCreditMarkDoc> {
  requireRole(ctx.caller, OFFICERS, 'clear a credit mark');
  const id = parseId(enterpriseId, 'enterpriseId');
  const data = parseInput(reasonInput, input);
  const mark = await ctx.models.EnterpriseCreditMark.findOne({ enterpriseId: id }, { _id: 1 }).lean();
  if (!mark) throw new NotFoundError('EnterpriseCreditMark', enterpriseId, 'enterpriseId');
  return updateVersioned(ctx.models.EnterpriseCreditMark, 'EnterpriseCreditMark', mark._id, expectedVersion, {
    $set: { active: false, cleared: actorStamp(ctx.caller), clearReason: data.reason },
  });
}
