import type { EnumLabels } from '@pecg/common';
import type {
  ApplicationStatus,
  DecidingAuthority,
  ProcedureKind,
  TimeUnit,
  CommitmentStatus,
  EvaluationFollowUpStatus,
  EvaluationRating,
  SpecialProcedureKind,
  SubmissionChannel,
  SupervisionClassification,
  SupervisionStatus,
  SupervisionTrigger,
} from './schema/types.generated';

/** Chinese labels of every enum value (the same text opens each value's SDL description). */
export const APPLICATION_STATUS_LABELS: EnumLabels<ApplicationStatus> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  SUPPLEMENT_REQUESTED: '待补正',
  ACCEPTED: '已受理',
  ACCEPTED_WITH_DEFICIENCY: '容缺受理',
  NOT_ACCEPTED: '不予受理',
  UNDER_REVIEW: '审查中',
  FORWARDED: '报送上级',
  APPROVED: '已办结',
  RECORDED: '备案完成',
  DENIED: '不予许可',
  WITHDRAWN: '已撤回',
  TERMINATED: '已终止',
};
export const CHANNEL_LABELS: EnumLabels<SubmissionChannel> = { ONLINE: '网上提交', IN_PERSON: '窗口提交', PHOTO_TO_OFFICER: '拍照发送民警' };
export const COMMITMENT_STATUS_LABELS: EnumLabels<CommitmentStatus> = { PENDING: '待补齐', FULFILLED: '已履约', LAPSED: '已失信' };
export const SPECIAL_PROCEDURE_LABELS: EnumLabels<SpecialProcedureKind> = { HEARING: '听证', TESTING: '检验检测', EXPERT_REVIEW: '专家评审' };
export const SUPERVISION_TRIGGER_LABELS: EnumLabels<SupervisionTrigger> = {
  NOT_ACCEPTED: '不予受理',
  DENIED: '不予许可',
  TERMINATED: '终止办理',
  OVERDUE: '超期',
  MULTIPLE_VISITS: '多次跑动',
  ENTERPRISE_REPORT: '企业反映',
};
export const SUPERVISION_CLASSIFICATION_LABELS: EnumLabels<SupervisionClassification> = { SIMPLE: '简单', COMPLEX: '复杂', SPECIAL: '特殊', HARD: '疑难' };
export const SUPERVISION_STATUS_LABELS: EnumLabels<SupervisionStatus> = {
  OPEN: '待核查',
  INVESTIGATING: '核查中',
  RECTIFIED: '已整改',
  DISMISSED: '不予支持',
  ARCHIVED: '已归档',
};
export const EVALUATION_RATING_LABELS: EnumLabels<EvaluationRating> = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  NEUTRAL: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
};
export const FOLLOW_UP_STATUS_LABELS: EnumLabels<EvaluationFollowUpStatus> = {
  NOT_REQUIRED: '无需处置',
  AWAITING_CALL_BACK: '待回访',
  AWAITING_RECTIFICATION: '待整改',
  RECTIFIED: '已整改',
  EXPLAINED: '已解释',
  APPEALED: '申诉成立',
};
export const TIME_UNIT_LABELS: EnumLabels<TimeUnit> = { WORKING_DAYS: '工作日', DAYS: '日' };
export const PROCEDURE_KIND_LABELS: EnumLabels<ProcedureKind> = { PERMIT: '行政许可', FILING: '备案' };
export const DECIDING_AUTHORITY_LABELS: EnumLabels<DecidingAuthority> = { THIS_OFFICE: '本机关决定', HIGHER_AUTHORITY: '报送上级决定' };
