import type { EnumLabels } from '@pecg/common';
import type { ActivityKind, ActivityStatus, BookingStatus, OrganiserKind, OutcomeKind, RegistrationStatus } from './models';

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
  PLANNED: '草稿',
  PUBLISHED: '已发布',
  OPEN_FOR_REGISTRATION: '报名中',
  REGISTRATION_CLOSED: '报名截止',
  ONGOING: '进行中',
  COMPLETED: '已结束',
  CANCELLED: '已取消',
};

export const REGISTRATION_STATUS_LABELS: EnumLabels<RegistrationStatus> = {
  CONFIRMED: '已报名',
  WAITLISTED: '候补',
  OFFERED: '候补递补待确认',
  CANCELLED: '已取消',
  ATTENDED: '已签到',
  NO_SHOW: '未到场',
};

export const ORGANISER_KIND_LABELS: EnumLabels<OrganiserKind> = {
  ALLIANCE: '警企党建红盟',
  WORKSTATION: '万象警务工作站',
  PARTY_ORGANISATION: '成员单位党组织',
};

export const BOOKING_STATUS_LABELS: EnumLabels<BookingStatus> = {
  BOOKED: '已预约',
  IN_USE: '使用中',
  RELEASED: '已释放',
  CANCELLED: '已取消',
};

export const OUTCOME_KIND_LABELS: EnumLabels<OutcomeKind> = {
  NEED_RAISED: '提出需求',
  RISK_FOUND: '发现风险',
  NOTE: '其他成效',
};
