export type {
  ApprovalItemDoc as ApprovalItemMapper,
  ServiceMeasureDoc as ServiceMeasureMapper,
  TimeLimitDoc as TimeLimitMapper,
  ForwardingDoc as ForwardingMapper,
} from '../../models';
