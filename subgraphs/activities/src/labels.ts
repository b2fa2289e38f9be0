import type { EnumLabels } from '@pecg/common';
import type { ActivityKind, ActivityStatus, RegistrationStatus } from './models';

/** Chinese labels of the activities subgraph's enum values (the same text opens each SDL description). */
export const ACTIVITY_KIND_LABELS: EnumLabels<ActivityKind> = {
  TRAINING: '培训',
  SYMPOSIUM: '经验交流座谈会',
  THEMATIC_STUDY: '专题学习教育',
  UNIFIED_ACTIVITY_DAY: '统一活动日',
  THEMED_PARTY_DAY: '主题党日',
  ONE_TO_ONE_CONSULTATION: '一对一咨询',
};

export const ACTIVITY_STATUS_LABELS: EnumLabels<ActivityStatus> = {
  PLANNED: '筹备中',
  OPEN_FOR_REGISTRATION: '报名中',
  ONGOING: '进行中',
  COMPLETED: '已结束',
  CANCELLED: '已取消',
};

export const REGISTRATION_STATUS_LABELS: EnumLabels<RegistrationStatus> = {
  CONFIRMED: '已确认',
  WAITLISTED: '候补',
  CANCELLED: '已取消',
};
