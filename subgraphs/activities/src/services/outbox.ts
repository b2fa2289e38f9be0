import type { Types } from 'mongoose';
import { createGraphClient, GraphClientError, type GraphClient } from '@pecg/common';
import type { ActivitiesModels, ActivityDoc, ReportOutcomeDoc } from '../models';

/**
 * The outbox of closing-report outcomes: an outcome that raises a need or reports a risk creates a
 * service need or a risk alert in the enterprises subgraph through the gateway, as the activities
 * service (DEPARTMENT identity). Each outcome is an entry PENDING → CREATED (with the created record's
 * id); the close request tries each once, and the scheduled job `activities.outbox` retries the pending
 * ones, so an acknowledged closing report never loses its need even while the gateway or enterprises is
 * down. Every attempt of an outcome carries the same Idempotency-Key and the same variables, and the
 * record names its source (this activity), so a retry never creates a second record.
 */
export const DEPARTMENT = 'activities';

let client: GraphClient | undefined;
function graph(): GraphClient {
  return (client ??= createGraphClient({ department: DEPARTMENT }));
}

export const RAISE_NEED = `mutation RaiseServiceNeedFromActivity($input: RaiseServiceNeedInput!) { raiseServiceNeed(input: $input) { id } }`;
export const RAISE_ALERT = `mutation RaiseRiskAlertFromActivity($input: RaiseRiskAlertInput!) { raiseRiskAlert(input: $input) { id } }`;

export function idempotencyKeyOf(activityId: Types.ObjectId, outcomeId: Types.ObjectId): string {
  return `activities:${activityId.toHexString()}:outcome:${outcomeId.toHexString()}`;
}

/** The operation and variables of one outcome (always the same for the same outcome: retries replay). */
export function operationOf(activity: ActivityDoc, outcome: ReportOutcomeDoc): { query: string; variables: Record<string, unknown>; field: string } {
  const source = { subgraph: DEPARTMENT, typename: 'Activity', id: activity._id.toHexString() };
  const where = `${activity.title}（${activity.startsAt.toISOString().slice(0, 10)}）`;
  if (outcome.kind === 'NEED_RAISED') {
    return {
      query: RAISE_NEED,
      field: 'raiseServiceNeed',
      variables: {
        input: {
          enterpriseId: outcome.enterpriseId!.toHexString(),
          category: outcome.needCategory,
          description: outcome.description,
          ...(outcome.dueOn ? { dueOn: outcome.dueOn } : {}),
          source,
        },
      },
    };
  }
  return {
    query: RAISE_ALERT,
    field: 'raiseRiskAlert',
    variables: {
      input: {
        enterpriseId: outcome.enterpriseId!.toHexString(),
        type: outcome.riskType,
        severity: outcome.severity,
        description: outcome.description,
        source: `党建活动：${where}`,
        origin: source,
      },
    },
  };
}

/** Tries every PENDING outcome of one activity once; returns how many were created now. */
export async function deliverOutcomes(models: ActivitiesModels, activityId: Types.ObjectId, at: Date): Promise<number> {
  const activity = (await models.Activity.findById(activityId).lean()) as ActivityDoc | null;
  if (!activity?.report) return 0;
  let created = 0;
  for (const [i, outcome] of activity.report.outcomes.entries()) {
    if (outcome.delivery.state !== 'PENDING') continue;
    // the outcomes never move within the report: the entry is addressed by its index, conditional on its id and state
    const path = `report.outcomes.${i}`;
    const pending = { [`${path}._id`]: outcome._id, [`${path}.delivery.state`]: 'PENDING' };
    const { query, variables, field } = operationOf(activity, outcome);
    try {
      const data = await graph().request<Record<string, { id: string }>>(query, variables, { idempotencyKey: idempotencyKeyOf(activityId, outcome._id) });
      const recordId = data[field]?.id;
      if (!recordId) throw new GraphClientError('GRAPHQL', `${field} returned no id`);
      const result = await models.Activity.updateOne(
        { _id: activityId, ...pending },
        {
          $set: {
            [`${path}.delivery.state`]: 'CREATED',
            [`${path}.delivery.recordId`]: recordId,
            [`${path}.delivery.createdAt`]: at,
            [`${path}.delivery.lastAttemptAt`]: at,
            [`${path}.delivery.lastError`]: null,
          },
          $inc: { [`${path}.delivery.attempts`]: 1 },
        },
      );
      if (result.modifiedCount) created += 1;
    } catch (error) {
      const code = error instanceof GraphClientError ? error.summary : error instanceof Error ? error.name : 'UNKNOWN';
      await models.Activity.updateOne(
        { _id: activityId, ...pending },
        { $set: { [`${path}.delivery.lastError`]: code, [`${path}.delivery.lastAttemptAt`]: at }, $inc: { [`${path}.delivery.attempts`]: 1 } },
      );
    }
  }
  return created;
}

/** The outbox job: every activity with a pending outcome, tried again. Idempotent. */
export async function retryPendingOutcomes(models: ActivitiesModels, at: Date): Promise<number> {
  const pending = await models.Activity.find({ 'report.outcomes.delivery.state': 'PENDING' }, { _id: 1 }).lean();
  let created = 0;
  for (const a of pending) created += await deliverOutcomes(models, a._id, at);
  return created;
}
