import type { EnumLabels } from '@pecg/common';
import type {
  AgreementForm,
  ConfirmationOutcome,
  ConsultationChannel,
  ConsultationStatus,
  CourtAction,
  DeclineGround,
  DisputeKind,
  DisputeLevel,
  DisputeStatus,
  IntakeChannel,
  MediatorKind,
  OtherRoute,
  PartyRole,
  Performance,
  SessionMode,
  ShiftOutcome,
  Signer,
  SigningMethod,
  Urgency,
  VolunteerDuty,
  VolunteerRole,
} from './models';

/** Chinese labels of the mediation subgraph's enum values (the same text opens each SDL description). */
export const DISPUTE_KIND_LABELS: EnumLabels<DisputeKind> = {
  ENTERPRISE_RELATED: '涉企纠纷',
  CONTRACT: '合同纠纷',
  TOURIST: '涉旅纠纷',
  DEMOLITION_RESETTLEMENT: '征地拆迁纠纷',
  NEIGHBOUR: '邻里纠纷',
  FAMILY: '婚姻家庭纠纷',
  LABOUR: '劳资纠纷',
  NEIGHBOUR_FAMILY: '邻里家庭纠纷',
  OTHER: '其他纠纷',
};
export const DISPUTE_LEVEL_LABELS: EnumLabels<DisputeLevel> = { GRID: '网格', COMMUNITY: '社区', STREET: '街道', DISTRICT: '区县' };
export const DISPUTE_STATUS_LABELS: EnumLabels<DisputeStatus> = {
  REPORTED: '已登记',
  ACCEPTED: '已受理',
  DECLINED: '不予调解',
  MEDIATORS_ASSIGNED: '已指定调解员',
  MEDIATING: '调解中',
  AGREEMENT_REACHED: '达成协议',
  FAILED: '调解终止',
  CONFIRMATION_APPLIED: '已申请司法确认',
  JUDICIALLY_CONFIRMED: '司法确认',
  PERFORMING: '履行中',
  URGED: '已督促履行',
  LITIGATION: '诉讼或强制执行',
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
  POLICE_TRANSFER: '公安移送',
  COURT_REFERRAL: '法院委派',
  GOVERNMENT_ASSIGNMENT: '政府交办',
  CLOUD_PLATFORM: '立体云防控平台',
};
export const URGENCY_LABELS: EnumLabels<Urgency> = { NORMAL: '一般', URGENT: '紧急', CRITICAL: '特急' };
export const PARTY_ROLE_LABELS: EnumLabels<PartyRole> = { APPLICANT: '申请人', RESPONDENT: '被申请人' };
export const SESSION_MODE_LABELS: EnumLabels<SessionMode> = { ON_SITE: '现场调解', REMOTE_VIDEO: '远程视频调解' };
export const VOLUNTEER_DUTY_LABELS: EnumLabels<VolunteerDuty> = { PATROL: '巡逻', SAFETY_INSPECTION: '安全检查', MEDIATION: '矛盾调解' };
export const VOLUNTEER_ROLE_LABELS: EnumLabels<VolunteerRole> = {
  PEOPLES_MEDIATOR: '人民调解员',
  LAWYER: '律师',
  GRID_WORKER: '网格员',
  VOLUNTEER: '群防群治志愿者',
};
export const CONSULTATION_CHANNEL_LABELS: EnumLabels<ConsultationChannel> = {
  REMOTE_VIDEO_PLATFORM: '远程视频法律咨询',
  LEGAL_TOUCH_SCREEN: '便民法律触屏',
  WALK_IN: '来访',
  HOTLINE: '热线',
};
export const CONSULTATION_STATUS_LABELS: EnumLabels<ConsultationStatus> = { REQUESTED: '待解答', ANSWERED: '已解答', FOLLOWED_BY_DISPUTE: '已转调解' };
export const DECLINE_GROUND_LABELS: EnumLabels<DeclineGround> = {
  PARTY_REFUSES: '当事人一方明确拒绝调解',
  HANDLED_BY_AUTHORITY: '已由人民法院、公安机关或其他行政机关受理或解决',
  RESERVED_TO_AUTHORITY: '依法只能由专门机关处理',
};
export const OTHER_ROUTE_LABELS: EnumLabels<OtherRoute> = { ARBITRATION: '仲裁', ADMINISTRATIVE: '行政途径', LITIGATION: '诉讼' };
export const AGREEMENT_FORM_LABELS: EnumLabels<AgreementForm> = { WRITTEN: '书面调解协议', ORAL: '口头调解协议' };
export const SIGNER_LABELS: EnumLabels<Signer> = { PARTY: '当事人', MEDIATOR: '人民调解员' };
export const SIGNING_METHOD_LABELS: EnumLabels<SigningMethod> = { SIGNATURE: '签名', SEAL: '盖章', FINGERPRINT: '按指印' };
export const PERFORMANCE_LABELS: EnumLabels<Performance> = { FULFILLED: '已履行', PARTLY: '部分履行', NOT_PERFORMED: '未履行' };
export const CONFIRMATION_OUTCOME_LABELS: EnumLabels<ConfirmationOutcome> = { CONFIRMED: '确认有效', REJECTED: '驳回申请' };
export const COURT_ACTION_LABELS: EnumLabels<CourtAction> = { LITIGATION: '提起诉讼', ENFORCEMENT: '申请强制执行' };
export const MEDIATOR_KIND_LABELS: EnumLabels<MediatorKind> = { VOLUNTEER: '调解员或志愿者', POLICE_OFFICER: '民警' };
export const SHIFT_OUTCOME_LABELS: EnumLabels<ShiftOutcome> = {
  QUIET: '无异常',
  DISPUTE_FOUND: '发现纠纷',
  DISPUTE_RESOLVED: '当场化解',
  REFERRED: '移交处理',
};
