export type { ApprovalItemDoc as ApprovalItemMapper, ServiceMeasureDoc as ServiceMeasureMapper } from '../../models';
