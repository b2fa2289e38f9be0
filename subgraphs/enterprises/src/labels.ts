import type { EnumLabels } from '@pecg/common';
import type {
  AdvantageResourceKind,
  AdvantageResourceStatus,
  MatchOutcome,
  NeedAssigneeKind,
  AllianceMembershipKey,
  OfficerCoverageKey,
  AllianceRole,
  AssignmentKind,
  EnterpriseCategory,
  EnterpriseStatus,
  PartyOrganizationType,
  RiskAlertStatus,
  RiskAlertType,
  RiskSeverity,
  ServiceNeedCategory,
  ServiceNeedStatus,
} from './schema/types.generated';

/** Chinese labels of every enum value (the same text opens each value's SDL description). */
export const ENTERPRISE_CATEGORY_LABELS: EnumLabels<EnterpriseCategory> = { ABOVE_SCALE: '规上企业', SMALL_MICRO_TECH: '小微科创', OTHER: '其他' };
export const ENTERPRISE_STATUS_LABELS: EnumLabels<EnterpriseStatus> = { ACTIVE: '在营', SUSPENDED: '停业', EXITED: '迁出' };
export const PARTY_ORGANIZATION_TYPE_LABELS: EnumLabels<PartyOrganizationType> = { BRANCH: '党支部', JOINT_BRANCH: '联合党支部', GENERAL_BRANCH: '党总支' };
export const ALLIANCE_ROLE_LABELS: EnumLabels<AllianceRole> = { MEMBER: '成员单位', LEAD_UNIT: '牵头单位' };
export const ASSIGNMENT_KIND_LABELS: EnumLabels<AssignmentKind> = { ONE_ENTERPRISE_ONE_OFFICER: '一企一警', PROJECT_OFFICER: '项目警官' };
export const SERVICE_NEED_CATEGORY_LABELS: EnumLabels<ServiceNeedCategory> = {
  SECURITY: '治安防范',
  LEGAL: '法律咨询',
  APPROVAL: '行政审批',
  STAFFING: '用工招聘',
  POLICY: '政策咨询',
  OTHER: '其他',
};
export const SERVICE_NEED_STATUS_LABELS: EnumLabels<ServiceNeedStatus> = { OPEN: '待办理', IN_PROGRESS: '办理中', RESOLVED: '已解决', DECLINED: '不予办理' };
export const ADVANTAGE_RESOURCE_KIND_LABELS: EnumLabels<AdvantageResourceKind> = {
  VENUE: '场地',
  EXPERTISE: '专业技术',
  VOLUNTEERS: '志愿者',
  EQUIPMENT: '设备',
  OTHER: '其他',
};
export const RISK_ALERT_TYPE_LABELS: EnumLabels<RiskAlertType> = {
  COUNTERPARTY_LITIGATION: '交易对手涉诉',
  FRAUD: '诈骗',
  SAFETY: '安全生产',
  IP_INFRINGEMENT: '知识产权侵权',
  NOMINEE_HOLDING: '股权代持',
  OTHER: '其他',
};
export const RISK_SEVERITY_LABELS: EnumLabels<RiskSeverity> = { LOW: '低', MEDIUM: '中', HIGH: '高', CRITICAL: '严重' };
export const RISK_ALERT_STATUS_LABELS: EnumLabels<RiskAlertStatus> = {
  DETECTED: '已发现',
  TRIAGED: '已研判',
  NOTIFIED: '已告知',
  MITIGATED: '已化解',
  DISMISSED: '已排除',
  CLOSED: '已关闭',
};
export const ALLIANCE_MEMBER_LABELS = { true: '红盟成员', false: '非成员' } as const;
export const ADVANTAGE_RESOURCE_STATUS_LABELS: EnumLabels<AdvantageResourceStatus> = { ACTIVE: '在册', WITHDRAWN: '已撤回' };
export const MATCH_OUTCOME_LABELS: EnumLabels<MatchOutcome> = { PROPOSED: '已推荐', ACCEPTED: '已接受', DECLINED: '已婉拒', COMPLETED: '已完成' };
export const NEED_ASSIGNEE_KIND_LABELS: EnumLabels<NeedAssigneeKind> = { OFFICER: '民警', ENTERPRISE: '企业', UNASSIGNED: '未分派' };
export const ALLIANCE_MEMBERSHIP_KEY_LABELS: EnumLabels<AllianceMembershipKey> = {
  MEMBER: ALLIANCE_MEMBER_LABELS.true,
  NON_MEMBER: ALLIANCE_MEMBER_LABELS.false,
};
export const OFFICER_COVERAGE_LABELS: EnumLabels<OfficerCoverageKey> = { WITH_OFFICER: '已配备', WITHOUT_OFFICER: '未配备' };
