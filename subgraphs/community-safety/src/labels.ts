import type { EnumLabels } from '@pecg/common';
import type {
  DeviceKind,
  DeviceStatus,
  EventKind,
  FindingKind,
  IncidentSeverity,
  IncidentSource,
  IncidentStatus,
  PersonCategory,
  PlaceKind,
  SearchStatus,
  ShiftKind,
  ShiftStatus,
  TriageStatus,
} from './models';

/** Chinese labels of the community-safety subgraph's enum values (the same text opens each SDL description). */
export const DEVICE_KIND_LABELS: EnumLabels<DeviceKind> = {
  HD_CAMERA: '高清视频监控',
  EAGLE_EYE: '鹰眼高点监控',
  AI_CAMERA: '智能分析摄像机',
  SENSOR: '物联感知设备',
};
export const DEVICE_STATUS_LABELS: EnumLabels<DeviceStatus> = { ONLINE: '在线', OFFLINE: '离线', MAINTENANCE: '维护中' };
export const PLACE_KIND_LABELS: EnumLabels<PlaceKind> = { CHECKPOINT: '卡口', KEY_PLACE: '重点部位', GRID: '网格/社区' };
export const EVENT_KIND_LABELS: EnumLabels<EventKind> = {
  CROWD_DENSITY: '人群密度超限',
  INTRUSION: '区域入侵',
  FIGHT: '打架斗殴',
  FALL: '人员跌倒',
  FIRE_SMOKE: '烟火',
  VEHICLE_IN_CLOSED_LANE: '车辆闯入封闭车道',
  ABNORMAL_GATHERING: '异常聚集',
  DEVICE_FAULT: '设备故障',
};
export const TRIAGE_STATUS_LABELS: EnumLabels<TriageStatus> = { NEW: '待研判', DISMISSED: '已排除', ESCALATED: '已转事件' };
export const INCIDENT_SEVERITY_LABELS: EnumLabels<IncidentSeverity> = { LOW: '一般', MEDIUM: '较重', HIGH: '严重', CRITICAL: '紧急' };
export const INCIDENT_STATUS_LABELS: EnumLabels<IncidentStatus> = { OPEN: '待处置', HANDLING: '处置中', RESOLVED: '已处置', CLOSED: '已关闭' };
export const INCIDENT_SOURCE_LABELS: EnumLabels<IncidentSource> = { SENSING_EVENT: '感知记录', PATROL_FINDING: '巡查发现', MANUAL: '人工登记' };
export const PERSON_CATEGORY_LABELS: EnumLabels<PersonCategory> = { CHILD: '儿童', ELDER: '老人', OTHER: '其他' };
export const SEARCH_STATUS_LABELS: EnumLabels<SearchStatus> = {
  REPORTED: '已报告',
  SEARCHING: '查找中',
  FOUND: '已找到',
  HANDED_OVER: '已移交',
  CLOSED: '已结案',
  CANCELLED: '已撤销',
};
export const SHIFT_KIND_LABELS: EnumLabels<ShiftKind> = { PATROL: '巡逻防范', SAFETY_INSPECTION: '安全检查' };
export const SHIFT_STATUS_LABELS: EnumLabels<ShiftStatus> = { PLANNED: '已排班', ONGOING: '进行中', COMPLETED: '已完成', CANCELLED: '已取消' };
export const FINDING_KIND_LABELS: EnumLabels<FindingKind> = { HAZARD: '安全隐患', DISPUTE: '矛盾纠纷', SERVICE_NEED: '服务需求' };
export const INCIDENT_RISK_KIND_LABELS: EnumLabels<'SAFETY' | 'FRAUD' | 'OTHER'> = { SAFETY: '安全生产', FRAUD: '诈骗', OTHER: '其他' };
