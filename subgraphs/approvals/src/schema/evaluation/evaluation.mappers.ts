import type { Connection } from '@pecg/common';
import type { EvaluationDoc } from '../../models';

export type { EvaluationDoc as EvaluationMapper } from '../../models';
export type EvaluationConnectionMapper = Connection<EvaluationDoc>;
