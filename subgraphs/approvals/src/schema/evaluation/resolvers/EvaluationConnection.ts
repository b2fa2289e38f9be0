import { connectionResolvers } from '@pecg/common';
import type { EvaluationConnectionResolvers } from '../../types.generated';

/** `totalCount` is counted only when a query selects it. */
export const EvaluationConnection: EvaluationConnectionResolvers = connectionResolvers;
