export type { TimeRules as DisputeTimeRulesMapper } from '../../domain/time-rules';
