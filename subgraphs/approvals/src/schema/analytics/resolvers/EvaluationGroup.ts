import type { EvaluationGroupResolvers } from '../../types.generated';
import { countOf, groupEnterprise, groupItem } from '../groups';

export const EvaluationGroup: EvaluationGroupResolvers = {
  enterprise: groupEnterprise,
  item: groupItem,
  badCount: countOf('badCount'),
  calledBackCount: countOf('calledBackCount'),
  rectifiedCount: countOf('rectifiedCount'),
  explainedCount: countOf('explainedCount'),
  appealedCount: countOf('appealedCount'),
};
