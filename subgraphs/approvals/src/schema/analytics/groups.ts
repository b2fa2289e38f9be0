import type { AggregateGroup } from '@pecg/common';
import type { ApprovalsContext } from '../../context';

/**
 * Fields every group type resolves the same way: the group's enterprise (a federation reference: its
 * name and category come from the enterprises subgraph) and item, when grouped by them.
 */
type Group = AggregateGroup<string, string>;

export const groupEnterprise = (group: Pick<Group, 'recordIds'>) => {
  const id = group.recordIds.ENTERPRISE;
  return id ? { __typename: 'Enterprise' as const, id } : null;
};

export const groupItem = async (group: Pick<Group, 'recordIds'>, _args: unknown, { loaders }: ApprovalsContext) => {
  const id = group.recordIds.ITEM;
  return id ? ((await loaders.itemById.load(id)) ?? null) : null;
};

/** A count measure (a sum: never null). */
export const countOf =
  <M extends string>(name: M) =>
  (group: Record<M, number | null>) =>
    group[name] ?? 0;
