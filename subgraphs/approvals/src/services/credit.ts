import { actorStamp, documentKey, isDuplicateKeyError, NotFoundError, parseId, parseInput, requireRole, updateVersioned, withLock } from '@pecg/common';
import type { ApprovalsContext } from '../context';
import type { ApplicationDoc, ApprovalsModels, EnterpriseCreditMarkDoc } from '../models';
import { reasonInput } from '../validation';
import { OFFICERS } from './policy';

/** The write lock of an enterprise's mark: marking and clearing never interleave. */
const markKey = (models: ApprovalsModels, enterpriseId: ApplicationDoc['enterpriseId']) => documentKey(models.EnterpriseCreditMark, enterpriseId);

/** Records a broken 容缺 commitment on the enterprise's mark (once per application, so reruns change nothing). */
export async function markBrokenCommitment(models: ApprovalsModels, app: ApplicationDoc, at: Date): Promise<void> {
  try {
    await withLock(models.EnterpriseCreditMark.db, markKey(models, app.enterpriseId), () =>
      models.EnterpriseCreditMark.updateOne(
      { enterpriseId: app.enterpriseId, brokenApplicationIds: { $ne: app._id } },
      {
        $set: { active: true, markedAt: at, lastBrokenApplicationId: app._id, cleared: null, clearReason: null },
        $push: { brokenApplicationIds: app._id },
        $inc: { brokenCommitmentCount: 1, version: 1 },
      },
      { upsert: true },
      ).exec(),
    );
  } catch (error) {
    // the mark exists and already names this application: nothing to do
    if (!isDuplicateKeyError(error)) throw error;
  }
}

/** Whether an enterprise is currently excluded from 容缺受理. */
export async function hasActiveMark(models: ApprovalsModels, enterpriseId: ApplicationDoc['enterpriseId']): Promise<boolean> {
  return (await models.EnterpriseCreditMark.countDocuments({ enterpriseId, active: true })) > 0;
}

export async function clearCreditMark(ctx: ApprovalsContext, enterpriseId: string, expectedVersion: number, input: unknown): Promise<EnterpriseCreditMarkDoc> {
  requireRole(ctx.caller, OFFICERS, 'clear a credit mark');
  const id = parseId(enterpriseId, 'enterpriseId');
  const data = parseInput(reasonInput, input);
  const mark = await ctx.models.EnterpriseCreditMark.findOne({ enterpriseId: id }).lean();
  if (!mark) throw new NotFoundError('EnterpriseCreditMark', enterpriseId, 'enterpriseId');
  return withLock(ctx.models.EnterpriseCreditMark.db, markKey(ctx.models, id), () =>
    updateVersioned(ctx.models.EnterpriseCreditMark, 'EnterpriseCreditMark', mark._id, expectedVersion, {
      $set: { active: false, cleared: actorStamp(ctx.caller), clearReason: data.reason },
    }),
  );
}
