import type { EnumLabels } from '@pecg/common';
import type { ConsultationChannel, DisputeKind, DisputeLevel, DisputeStatus, IntakeChannel, PartyRole, SessionMode, VolunteerDuty } from './models';

/** Chinese labels of the mediation subgraph's enum values (the same text opens each SDL description). */
export const DISPUTE_KIND_LABELS: EnumLabels<DisputeKind> = {
  ENTERPRISE_RELATED: '涉企纠纷',
  TOURIST: '涉旅纠纷',
  DEMOLITION_RESETTLEMENT: '征地拆迁纠纷',
  NEIGHBOUR_FAMILY: '邻里家庭纠纷',
  LABOUR: '劳资纠纷',
  OTHER: '其他纠纷',
};
export const DISPUTE_LEVEL_LABELS: EnumLabels<DisputeLevel> = { GRID: '网格', COMMUNITY: '社区', STREET: '街道', DISTRICT: '区县' };
export const DISPUTE_STATUS_LABELS: EnumLabels<DisputeStatus> = {
  REPORTED: '已登记',
  ACCEPTED: '已受理',
  MEDIATING: '调解中',
  AGREEMENT_REACHED: '达成协议',
  FAILED: '调解失败',
  JUDICIALLY_CONFIRMED: '司法确认',
  FOLLOWED_UP: '已回访',
  CLOSED: '已办结',
};
export const INTAKE_CHANNEL_LABELS: EnumLabels<IntakeChannel> = {
  GRID_PATROL: '网格巡查',
  WALK_IN: '来访',
  HOTLINE: '热线',
  REMOTE_VIDEO_PLATFORM: '远程视频调解平台',
  LEGAL_TOUCH_SCREEN: '便民法律触屏',
  ENTERPRISE_REPORT: '企业报告',
};
export const PARTY_ROLE_LABELS: EnumLabels<PartyRole> = { APPLICANT: '申请人', RESPONDENT: '被申请人' };
export const SESSION_MODE_LABELS: EnumLabels<SessionMode> = { ON_SITE: '现场调解', REMOTE_VIDEO: '远程视频调解' };
export const VOLUNTEER_DUTY_LABELS: EnumLabels<VolunteerDuty> = { PATROL: '巡逻', SAFETY_INSPECTION: '安全检查', MEDIATION: '矛盾调解' };
export const CONSULTATION_CHANNEL_LABELS: EnumLabels<ConsultationChannel> = {
  REMOTE_VIDEO_PLATFORM: '远程视频法律咨询',
  LEGAL_TOUCH_SCREEN: '便民法律触屏',
  WALK_IN: '来访',
  HOTLINE: '热线',
};
