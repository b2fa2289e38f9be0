import { aggregateGroups, labelOf, type AggregateArgs, type AggregateGroup, type AggregateResult, type AggregateSpec } from '@pecg/common';
import type { __Name__Context } from '../context';
import { __ENTITY___STATUS_LABELS } from '../labels';
import { __ENTITY___STATUSES } from '../models';
import type { __Entity__Dimension, __Entity__Filter } from '../schema/types.generated';
import { __entity__Query } from './filters';

type Measure = 'activeCount' | 'activeRate';
export type __Entity__AggregateGroup = AggregateGroup<__Entity__Dimension, Measure>;

const SPEC: AggregateSpec<__Entity__Dimension, Measure> = {
  entity: '__Entity__',
  dimensions: {
    STATUS: { field: 'status', order: __ENTITY___STATUSES, label: (value) => labelOf(__ENTITY___STATUS_LABELS, value as never) ?? undefined },
    ENTERPRISE: { field: 'enterpriseId' },
    TIME: { time: 'created.at' },
  },
  measures: {
    activeCount: { countIf: { $eq: ['$status', 'ACTIVE'] } },
    activeRate: { rate: [{ $eq: ['$status', 'ACTIVE'] }, { $literal: true }] },
  },
};

/** `__entity__Aggregate`: the list's filter (scoped by the read policy, as the list) grouped in one aggregation. */
export function __entity__Aggregate(
  ctx: __Name__Context,
  filter: __Entity__Filter | null | undefined,
  args: AggregateArgs<__Entity__Dimension>,
): Promise<AggregateResult<__Entity__Dimension, Measure>> {
  return aggregateGroups(ctx.models.__Entity__, __entity__Query(filter), SPEC, args);
}
