import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DeviceMapper, DeviceConnectionMapper, DeviceStatusChangeMapper } from './device/device.mappers';
import type { DeviceAggregateMapper, DeviceGroupMapper, IncidentAggregateMapper, IncidentGroupMapper, LostPersonCaseAggregateMapper, PatrolShiftAggregateMapper, PatrolShiftGroupMapper, SensingEventAggregateMapper, SensingEventGroupMapper } from './analytics/analytics.mappers';
import type { DeviceStatisticsMapper, GridPatrolCountMapper, IncidentStatisticsMapper, LostPersonSearchStatisticsMapper, PatrolStatisticsMapper, SensingEventStatisticsMapper } from './statistics/statistics.mappers';
import type { DisputeMapper, RiskAlertMapper, VolunteerMapper } from './mediation/mediation.mappers';
import type { EnterpriseMapper } from './enterprise/enterprise.mappers';
import type { IncidentMapper, IncidentConnectionMapper, IncidentStatusChangeMapper } from './incident/incident.mappers';
import type { LostPersonCaseMapper, LostPersonCaseConnectionMapper, LostPersonSearchStatusChangeMapper, SightingMapper } from './search/search.mappers';
import type { PatrolFindingMapper, PatrolRouteMapper, PatrolShiftMapper, PatrolShiftConnectionMapper } from './patrol/patrol.mappers';
import type { SensingEventMapper, SensingEventConnectionMapper, TriageResultMapper } from './event/event.mappers';
import type { CommunitySafetyContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (e.g. 2024-03-05). */
  Date: { input: Date | string; output: Date | string; }
  /** An instant in time, ISO 8601 with offset (e.g. 2024-03-05T09:30:00+08:00). */
  DateTime: { input: Date | string; output: Date | string; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Who did something and when (recorded on every write). */
export type ActorStamp = {
  __typename?: 'ActorStamp';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** Display name of the caller, when the token carried one. */
  name?: Maybe<Scalars['String']['output']>;
  /** Role of the caller when acting. */
  role: Scalars['String']['output'];
  /** Subject (user or service account id) of the caller's token. */
  subject: Scalars['String']['output'];
};

/** One key of an aggregate's group: which dimension, its value and the value's Chinese label. */
export type AggregateKey = {
  __typename?: 'AggregateKey';
  /** The dimension, as named in the entity's `…Dimension` enum (e.g. ITEM, STATUS, TIME). */
  dimension: Scalars['String']['output'];
  /** The value in Chinese (e.g. 已受理, 2026年3月); for a record, its name where this subgraph knows it, else its id. */
  label: Scalars['String']['output'];
  /** The value: an enum value (e.g. SUBMITTED), a record id, or a time bucket key (2026-03, 2026-W09, 2026-Q1, 2026, 2026-03-05); null for records without a value. */
  value?: Maybe<Scalars['String']['output']>;
};

/** A checkpoint visited on a shift. */
export type CheckpointVisit = {
  __typename?: 'CheckpointVisit';
  /** When (server time). */
  at: Scalars['DateTime']['output'];
  /** The checkpoint. */
  checkpoint: Scalars['String']['output'];
};

/** Number of records on one CST day: the count row of a time dimension by day. */
export type DayCount = {
  __typename?: 'DayCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /**
   * The day, YYYY-MM-DD (China Standard Time).
   * @deprecated Use key (the same value): every count row is { key label count }.
   */
  day: Scalars['String']['output'];
  /** The day as YYYY-MM-DD, China Standard Time (the row's key). */
  key: Scalars['String']['output'];
  /** The day in Chinese, e.g. 2026年3月5日. */
  label: Scalars['String']['output'];
};

/** A device of 白虎滩社区's 立体云防控平台 (3-D cloud prevention platform). The graph holds no video: `videoRef` is the device's channel in the video system. 设备 */
export type Device = {
  __typename?: 'Device';
  /** The platform's id of the device (events name their device by it). */
  code: Scalars['String']['output'];
  /** Community. */
  community: Scalars['String']['output'];
  /** The grid the place lies in (mediation subgraph). */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When it was installed. */
  installedOn: Scalars['Date']['output'];
  /** Kind. */
  kind: DeviceKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Name, e.g. 东坡水街北口AI摄像机. */
  name: Scalars['String']['output'];
  /** Kind of place it watches. */
  placeKind: PlaceKind;
  /** Chinese label of the place kind. */
  placeKindLabel: Scalars['String']['output'];
  /** The place, e.g. 东坡水街北口. */
  placeName: Scalars['String']['output'];
  /** The device's latest sensing events, newest first (the full, filterable list: `sensingEvents(filter: { deviceIds })`). */
  recentEvents: Array<SensingEvent>;
  /** Status. */
  status: DeviceStatus;
  /** Status changes, oldest first. */
  statusHistory: Array<DeviceStatusChange>;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
  /** Reference of the device's channel in the video system (never media). */
  videoRef?: Maybe<Scalars['String']['output']>;
};


/** A device of 白虎滩社区's 立体云防控平台 (3-D cloud prevention platform). The graph holds no video: `videoRef` is the device's channel in the video system. 设备 */
export type DevicerecentEventsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Devices matching a filter, grouped (`deviceAggregate`). */
export type DeviceAggregate = {
  __typename?: 'DeviceAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<DeviceGroup>;
  /** All matched devices: count and sums equal the sums over the groups; onlineRate over all of them. */
  totals: DeviceGroup;
};

/** A page of devices. */
export type DeviceConnection = {
  __typename?: 'DeviceConnection';
  /** The devices on this page. */
  edges: Array<DeviceEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of devices matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group devices by. 设备分析维度 */
export type DeviceDimension =
  /** 网格 — the grid its place lies in (mediation subgraph; label: its id, select `grid { name }`) */
  | 'GRID'
  /** 设备类型 — kind of device */
  | 'KIND'
  /** 点位类型 — kind of place it watches */
  | 'PLACE_KIND'
  /** 设备状态 — the device's status */
  | 'STATUS'
  /** 时间 — installedOn, bucketed by timeBucket (China Standard Time) */
  | 'TIME';

/** A device in a page. */
export type DeviceEdge = {
  __typename?: 'DeviceEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The device. */
  node: Device;
};

/** Filter of the device list (all conditions must hold). */
export type DeviceFilter = {
  /** Only devices in these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Installed before this instant (exclusive; earlier than installedFrom is BAD_USER_INPUT). */
  installedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Installed on or after this instant (the installation day starts at 00:00 China Standard Time). */
  installedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<DeviceKind>>;
  /** Only those installed in these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these place kinds. */
  placeKinds?: InputMaybe<Array<PlaceKind>>;
  /** Code or name contains this text (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<DeviceStatus>>;
};

/** One group of devices: its keys, its count and its measures. */
export type DeviceGroup = {
  __typename?: 'DeviceGroup';
  /** Devices in the group. */
  count: Scalars['Int']['output'];
  /** The group's grid when grouped by GRID (join its fields through the graph). */
  grid?: Maybe<Grid>;
  /** One key per grouped dimension, in groupBy order (empty for the totals). */
  keys: Array<AggregateKey>;
  /** Devices online. */
  onlineCount: Scalars['Int']['output'];
  /** Online ÷ count, in [0, 1] (null when the group is empty). */
  onlineRate?: Maybe<Scalars['Float']['output']>;
};

/** Kind of a device of the cloud prevention platform. 设备类型 */
export type DeviceKind =
  /** 智能分析摄像机（AI） — AI camera at a checkpoint or key place */
  | 'AI_CAMERA'
  /** 鹰眼高点监控 — high-point eagle-eye camera */
  | 'EAGLE_EYE'
  /** 高清视频监控 — HD video feed */
  | 'HD_CAMERA'
  /** 物联感知设备 — sensor */
  | 'SENSOR';

/** The count of one device kind: the value, its Chinese label and how many. */
export type DeviceKindCount = {
  __typename?: 'DeviceKindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The device kind. */
  key: DeviceKind;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Order of the device list. */
export type DeviceSort = {
  /** Direction (default ASC for CODE when no sort is given). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: DeviceSortField;
};

/** Sortable fields of the device list. */
export type DeviceSortField =
  /** 设备编号 — by code */
  | 'CODE'
  /** 安装日期 — by installation date */
  | 'INSTALLED_ON'
  /** 名称 — by name */
  | 'NAME';

/** Statistics of the platform's devices (computed in the database). */
export type DeviceStatistics = {
  __typename?: 'DeviceStatistics';
  /**
   * By kind (every kind, zero included).
   * @deprecated Use kindCounts.
   */
  byKind: Array<SafetyCount>;
  /**
   * By place kind (every place kind, zero included).
   * @deprecated Use placeKindCounts.
   */
  byPlaceKind: Array<SafetyCount>;
  /**
   * By status (every status, zero included).
   * @deprecated Use statusCounts.
   */
  byStatus: Array<SafetyCount>;
  /** By kind (every kind, zero included, in declaration order). */
  kindCounts: Array<DeviceKindCount>;
  /** Share of the devices that are online, in [0, 1] (0 when no device matches). */
  onlineRate: Scalars['Float']['output'];
  /** By place kind (every place kind, zero included, in declaration order). */
  placeKindCounts: Array<PlaceKindCount>;
  /** By status (every status, zero included, in declaration order). */
  statusCounts: Array<DeviceStatusCount>;
  /** Devices matching the filter. */
  total: Scalars['Int']['output'];
};

/** Status of a device. 设备状态 */
export type DeviceStatus =
  /** 维护中 — under maintenance */
  | 'MAINTENANCE'
  /** 离线 — offline */
  | 'OFFLINE'
  /** 在线 — online */
  | 'ONLINE';

/** A status change of a device, with who made it and why. */
export type DeviceStatusChange = {
  __typename?: 'DeviceStatusChange';
  /** Who changed it (server time). */
  changed: ActorStamp;
  /** Status before (null for the first). */
  from?: Maybe<DeviceStatus>;
  /** Why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: DeviceStatus;
  /** Chinese label of the status after. */
  toLabel: Scalars['String']['output'];
};

/** The count of one device status: the value, its Chinese label and how many. */
export type DeviceStatusCount = {
  __typename?: 'DeviceStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The device status. */
  key: DeviceStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A dispute found by the mass-prevention force or reported by a party. 矛盾纠纷 */
export type Dispute = {
  __typename?: 'Dispute';
  /** Stable id of the dispute. */
  id: Scalars['ID']['output'];
  /** The incident of the cloud prevention platform or a patrol it came from, if any. */
  sourceIncident?: Maybe<Incident>;
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
  /** The enterprise's latest incidents (community safety), newest first (the full, filterable list: `incidents(filter: { enterpriseId })`). */
  incidents: Array<Incident>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseincidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A grid (网格) of a community, the first level of mediation. 网格 */
export type Grid = {
  __typename?: 'Grid';
  /** Stable id of the grid. */
  id: Scalars['ID']['output'];
};

/** Shifts and findings of one grid: the count row of the grid dimension. */
export type GridPatrolCount = {
  __typename?: 'GridPatrolCount';
  /** Shifts in the grid. */
  count: Scalars['Int']['output'];
  /** Findings recorded on them. */
  findings: Scalars['Int']['output'];
  /** The grid (mediation subgraph). */
  grid?: Maybe<Grid>;
  /** The grid's id (the row's key). */
  key: Scalars['ID']['output'];
  /** The grid's label: its id here (the grid's name is the mediation subgraph's: select `grid { name }`). */
  label: Scalars['String']['output'];
  /**
   * Shifts.
   * @deprecated Use count (the same value).
   */
  shifts: Scalars['Int']['output'];
};

/** An incident (事件) to handle: a sensing event or a patrol finding, with severity and owner. It may open a dispute (mediation) or a risk alert (enterprises) through the graph. */
export type Incident = {
  __typename?: 'Incident';
  /** When it was closed (server time). */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded it and when. */
  created: ActorStamp;
  /** The device that saw it. */
  device?: Maybe<Device>;
  /** The dispute it opened in the mediation subgraph. */
  dispute?: Maybe<Dispute>;
  /** The enterprise it concerns. */
  enterprise?: Maybe<Enterprise>;
  /** The grid (mediation subgraph) of the device's place or of the patrol's route, when known. */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Kind (a sensing-event kind, PATROL_HAZARD, PATROL_DISPUTE, PATROL_SERVICE_NEED or OTHER). */
  kind: Scalars['String']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The officer who owns it. */
  owner?: Maybe<PoliceOfficer>;
  /** The place. */
  placeName?: Maybe<Scalars['String']['output']>;
  /** How it was resolved. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** When it was resolved (server time). */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The risk alert it raised for its enterprise in the enterprises subgraph. */
  riskAlert?: Maybe<RiskAlert>;
  /** Severity. */
  severity: IncidentSeverity;
  /** Chinese label of the severity. */
  severityLabel: Scalars['String']['output'];
  /** Where it came from. */
  source: IncidentSource;
  /** The sensing event it came from. */
  sourceEvent?: Maybe<SensingEvent>;
  /** Chinese label of the source. */
  sourceLabel: Scalars['String']['output'];
  /** The patrol shift whose finding it came from. */
  sourceShift?: Maybe<PatrolShift>;
  /** Status. */
  status: IncidentStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Every status change, oldest first. */
  timeline: Array<IncidentStatusChange>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** A step of an incident. 事件处置动作 */
export type IncidentAction =
  /** 关闭 — close (RESOLVED, or OPEN as a false alarm with a reason → CLOSED) */
  | 'CLOSE'
  /** 处置完毕 — resolved, with a resolution (HANDLING → RESOLVED) */
  | 'RESOLVE'
  /** 开始处置 — start handling (OPEN → HANDLING) */
  | 'START';

/** Incidents matching a filter, grouped (`incidentAggregate`). */
export type IncidentAggregate = {
  __typename?: 'IncidentAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<IncidentGroup>;
  /** All matched incidents: count and sums equal the sums over the groups; closedRate over all of them. */
  totals: IncidentGroup;
};

/** A page of incidents. */
export type IncidentConnection = {
  __typename?: 'IncidentConnection';
  /** The incidents on this page. */
  edges: Array<IncidentEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of incidents matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group incidents by. 事件分析维度 */
export type IncidentDimension =
  /** 企业 — the enterprise it concerns (incidents about none form the group with value null) */
  | 'ENTERPRISE'
  /** 网格 — the grid of the device's place or the patrol's route (mediation subgraph; label: its id, select `grid { name }`) */
  | 'GRID'
  /** 类型 — kind (a sensing-event kind, a patrol finding's kind, or other) */
  | 'KIND'
  /** 等级 — severity */
  | 'SEVERITY'
  /** 来源 — where it came from (sensing event, patrol finding, by hand) */
  | 'SOURCE'
  /** 状态 — the incident's status */
  | 'STATUS'
  /** 时间 — occurredAt, bucketed by timeBucket (China Standard Time) */
  | 'TIME';

/** Kind of dispute an incident opens (the mediation subgraph's kinds). 纠纷类型 */
export type IncidentDisputeKind =
  /** 合同纠纷 — contract dispute */
  | 'CONTRACT'
  /** 征地拆迁纠纷 — demolition and resettlement dispute */
  | 'DEMOLITION_RESETTLEMENT'
  /** 涉企纠纷 — enterprise-related dispute */
  | 'ENTERPRISE_RELATED'
  /** 婚姻家庭纠纷 — marriage and family dispute */
  | 'FAMILY'
  /** 劳资纠纷 — labour dispute */
  | 'LABOUR'
  /** 邻里纠纷 — neighbour dispute */
  | 'NEIGHBOUR'
  /** 其他纠纷 — other dispute */
  | 'OTHER'
  /** 涉旅纠纷 — tourist dispute */
  | 'TOURIST';

/** A party to the dispute an incident opens (personal information: sent to mediation, never stored here). */
export type IncidentDisputePartyInput = {
  /** The enterprise the party is or represents. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Name, 1–50 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role. */
  role: IncidentPartyRole;
};

/** An incident in a page. */
export type IncidentEdge = {
  __typename?: 'IncidentEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The incident. */
  node: Incident;
};

/** Filter of the incident list (all conditions must hold). */
export type IncidentFilter = {
  /** Only those about this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those in these grids (mediation subgraph). */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds (a sensing-event kind, PATROL_HAZARD, PATROL_DISPUTE, PATROL_SERVICE_NEED or OTHER: the KIND values of incidentAggregate). */
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only those that occurred in these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Occurred before this instant (exclusive; earlier than occurredFrom is BAD_USER_INPUT). */
  occurredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Occurred at or after this instant. */
  occurredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these severities. */
  severities?: InputMaybe<Array<IncidentSeverity>>;
  /** Only these sources. */
  sources?: InputMaybe<Array<IncidentSource>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<IncidentStatus>>;
};

/** One group of incidents: its keys, its count and its measures. */
export type IncidentGroup = {
  __typename?: 'IncidentGroup';
  /** Incidents that raised a risk alert for their enterprise in the enterprises subgraph. */
  alertRaisedCount: Scalars['Int']['output'];
  /** Average minutes from occurrence to closing over the closed incidents; null when none was closed. */
  averageMinutesToClose?: Maybe<Scalars['Float']['output']>;
  /** Average minutes from occurrence to resolution (处置时长) over the resolved incidents; null when none was resolved. */
  averageMinutesToResolve?: Maybe<Scalars['Float']['output']>;
  /** Incidents closed (CLOSED). */
  closedCount: Scalars['Int']['output'];
  /** Closed ÷ count, in [0, 1] (null when the group is empty). */
  closedRate?: Maybe<Scalars['Float']['output']>;
  /** Incidents in the group. */
  count: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE (join its fields through the graph). */
  enterprise?: Maybe<Enterprise>;
  /** The group's grid when grouped by GRID (join its fields through the graph). */
  grid?: Maybe<Grid>;
  /** One key per grouped dimension, in groupBy order (empty for the totals). */
  keys: Array<AggregateKey>;
  /** Incidents still open (OPEN or HANDLING). */
  openCount: Scalars['Int']['output'];
  /** Incidents that opened a dispute in the mediation subgraph (referred to mediation). */
  referredToMediationCount: Scalars['Int']['output'];
};

/** Role of a party to the dispute an incident opens. 当事人角色 */
export type IncidentPartyRole =
  /** 申请人 — applicant */
  | 'APPLICANT'
  /** 被申请人 — respondent */
  | 'RESPONDENT';

/** Kind of risk an incident raises for an enterprise. 企业风险类型 */
export type IncidentRiskKind =
  /** 诈骗 — fraud */
  | 'FRAUD'
  /** 其他 — other */
  | 'OTHER'
  /** 安全生产 — safety (a hazard at or near the enterprise) */
  | 'SAFETY';

/** Severity of an incident. 事件等级 */
export type IncidentSeverity =
  /** 紧急 — critical */
  | 'CRITICAL'
  /** 严重 — high */
  | 'HIGH'
  /** 一般 — low */
  | 'LOW'
  /** 较重 — medium */
  | 'MEDIUM';

/** The count of one incident severity: the value, its Chinese label and how many. */
export type IncidentSeverityCount = {
  __typename?: 'IncidentSeverityCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The incident severity. */
  key: IncidentSeverity;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Order of the incident list. */
export type IncidentSort = {
  /** Direction (default DESC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: IncidentSortField;
};

/** Sortable fields of the incident list. */
export type IncidentSortField =
  /** 发生时间 — by when it occurred */
  | 'OCCURRED_AT';

/** Where an incident came from. 事件来源 */
export type IncidentSource =
  /** 人工登记 — recorded by hand */
  | 'MANUAL'
  /** 巡查发现 — a finding of a patrol or safety inspection */
  | 'PATROL_FINDING'
  /** 感知记录 — a sensing event of the platform */
  | 'SENSING_EVENT';

/** The count of one incident source: the value, its Chinese label and how many. */
export type IncidentSourceCount = {
  __typename?: 'IncidentSourceCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The incident source. */
  key: IncidentSource;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Statistics of incidents (computed in the database). */
export type IncidentStatistics = {
  __typename?: 'IncidentStatistics';
  /** By month of occurrence (CST). */
  byMonth: Array<MonthCount>;
  /**
   * By severity.
   * @deprecated Use severityCounts.
   */
  bySeverity: Array<SafetyCount>;
  /**
   * By source.
   * @deprecated Use sourceCounts.
   */
  bySource: Array<SafetyCount>;
  /**
   * By status.
   * @deprecated Use statusCounts.
   */
  byStatus: Array<SafetyCount>;
  /** By severity (every severity, zero included, in declaration order). */
  severityCounts: Array<IncidentSeverityCount>;
  /** By source (every source, zero included, in declaration order). */
  sourceCounts: Array<IncidentSourceCount>;
  /** By status (every status, zero included, in declaration order). */
  statusCounts: Array<IncidentStatusCount>;
  /** Incidents matching the filter. */
  total: Scalars['Int']['output'];
  /** Incidents that opened a dispute in the mediation subgraph. */
  withDispute: Scalars['Int']['output'];
};

/** Status of an incident. 事件状态 */
export type IncidentStatus =
  /** 已关闭 — closed */
  | 'CLOSED'
  /** 处置中 — being handled */
  | 'HANDLING'
  /** 待处置 — open */
  | 'OPEN'
  /** 已处置 — resolved */
  | 'RESOLVED';

/** A step of an incident's life cycle, with who took it, when (server time) and why. */
export type IncidentStatusChange = {
  __typename?: 'IncidentStatusChange';
  /** Who and when. */
  changed: ActorStamp;
  /** Status before (null for the first). */
  from?: Maybe<IncidentStatus>;
  /** Why, or how it was resolved. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: IncidentStatus;
  /** Chinese label of the status after. */
  toLabel: Scalars['String']['output'];
};

/** The count of one incident status: the value, its Chinese label and how many. */
export type IncidentStatusCount = {
  __typename?: 'IncidentStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The incident status. */
  key: IncidentStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** What became of a pushed batch: every event accepted, a duplicate, or refused with its reason. */
export type IngestionReport = {
  __typename?: 'IngestionReport';
  /** Events stored now. */
  accepted: Scalars['Int']['output'];
  /** Events already stored by an earlier push (same platform id). */
  duplicates: Scalars['Int']['output'];
  /** Events refused, each with its reason (the rest of the batch is stored). */
  rejected: Array<RejectedSensingEvent>;
};

/** A lost-person search (走失人员查找) on the crowded 东坡水街. Personal data is masked unless the caller's role needs it, audited when shown, and erased after the retention period following the close. */
export type LostPersonCase = {
  __typename?: 'LostPersonCase';
  /** Case number: the day of the report and the end of the id, e.g. BHT-ZS-20240815-3F9A2C. */
  caseNumber: Scalars['String']['output'];
  /** Who is lost. */
  category: LostPersonCategory;
  /** Chinese label of the category. */
  categoryLabel: Scalars['String']['output'];
  /** When the case was closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the person looks like and wears (PII: masked unless the role needs it; null once erased). */
  description?: Maybe<Scalars['String']['output']>;
  /** When the person was found. */
  foundAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the person was found. */
  foundPlace?: Maybe<Scalars['String']['output']>;
  /** When the person was handed over. */
  handedOverAt?: Maybe<Scalars['DateTime']['output']>;
  /** To whom the person was handed over (PII). */
  handedOverTo?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When the person was last seen. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** Where the person was last seen. */
  lastSeenPlace: Scalars['String']['output'];
  /** Minutes from report to found (time-to-find). */
  minutesToFind?: Maybe<Scalars['Int']['output']>;
  /** The person's age. */
  personAge?: Maybe<Scalars['Int']['output']>;
  /** The person's name (PII: masked unless the role needs it; null once erased). */
  personName?: Maybe<Scalars['String']['output']>;
  /** When the personal data was erased (retention after closing). */
  personalDataErasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was reported (server time). */
  reportedAt: Scalars['DateTime']['output'];
  /** Who reported it (PII). */
  reporterName?: Maybe<Scalars['String']['output']>;
  /** The reporter's phone (PII). */
  reporterPhone?: Maybe<Scalars['String']['output']>;
  /** When the search started. */
  searchStartedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sightings, oldest first (POLICE and ADMIN only; each read is audited). */
  sightings: Array<Sighting>;
  /** Status. */
  status: LostPersonSearchStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Every step, oldest first. */
  timeline: Array<LostPersonSearchStatusChange>;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** Lost-person searches matching a filter, grouped (`lostPersonCaseAggregate`). */
export type LostPersonCaseAggregate = {
  __typename?: 'LostPersonCaseAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order). */
  groups: Array<LostPersonCaseGroup>;
  /** All matched searches: count and sums equal the sums over the groups; rates and averages over all of them. */
  totals: LostPersonCaseGroup;
};

/** A page of lost-person searches. */
export type LostPersonCaseConnection = {
  __typename?: 'LostPersonCaseConnection';
  /** The cases on this page. */
  edges: Array<LostPersonCaseEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of cases matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group lost-person searches by. 走失查找分析维度 */
export type LostPersonCaseDimension =
  /** 类别 — who is lost (child, elder, other) */
  | 'CATEGORY'
  /** 状态 — the search's status */
  | 'STATUS'
  /** 时间 — reportedAt, bucketed by timeBucket (China Standard Time) */
  | 'TIME';

/** A lost-person search in a page. */
export type LostPersonCaseEdge = {
  __typename?: 'LostPersonCaseEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: LostPersonCase;
};

/** Filter of the lost-person list (all conditions must hold). */
export type LostPersonCaseFilter = {
  /** Only these categories. */
  categories?: InputMaybe<Array<LostPersonCategory>>;
  /** Only those reported in these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Reported before this instant (exclusive; earlier than reportedFrom is BAD_USER_INPUT). */
  reportedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reported at or after this instant. */
  reportedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<LostPersonSearchStatus>>;
};

/** One group of lost-person searches: its keys, its count and its measures (no personal data). */
export type LostPersonCaseGroup = {
  __typename?: 'LostPersonCaseGroup';
  /** Average minutes from report to found over the found searches; null when none was found. */
  averageMinutesToFind?: Maybe<Scalars['Float']['output']>;
  /** Searches cancelled (came back on their own, false report). */
  cancelledCount: Scalars['Int']['output'];
  /** Searches in the group. */
  count: Scalars['Int']['output'];
  /** Searches in which the person was found (time-to-find recorded). */
  foundCount: Scalars['Int']['output'];
  /** Found within 30 minutes of the report ÷ found, in [0, 1]; null when none was found. */
  foundWithin30MinutesRate?: Maybe<Scalars['Float']['output']>;
  /** Found within 60 minutes of the report ÷ found, in [0, 1]; null when none was found. */
  foundWithin60MinutesRate?: Maybe<Scalars['Float']['output']>;
  /** One key per grouped dimension, in groupBy order (empty for the totals). */
  keys: Array<AggregateKey>;
};

/** Order of the lost-person list. */
export type LostPersonCaseSort = {
  /** Direction (default DESC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: LostPersonCaseSortField;
};

/** Sortable fields of the lost-person list. */
export type LostPersonCaseSortField =
  /** 报告时间 — by when it was reported */
  | 'REPORTED_AT';

/** Who is lost. 走失人员类别 */
export type LostPersonCategory =
  /** 儿童 — child */
  | 'CHILD'
  /** 老人 — elder */
  | 'ELDER'
  /** 其他 — other */
  | 'OTHER';

/** The count of one lost-person category: the value, its Chinese label and how many. */
export type LostPersonCategoryCount = {
  __typename?: 'LostPersonCategoryCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The lost-person category. */
  key: LostPersonCategory;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Statistics of lost-person searches (computed in the database). */
export type LostPersonSearchStatistics = {
  __typename?: 'LostPersonSearchStatistics';
  /**
   * By category.
   * @deprecated Use categoryCounts.
   */
  byCategory: Array<SafetyCount>;
  /** By month of the report (CST). */
  byMonth: Array<MonthCount>;
  /**
   * By status.
   * @deprecated Use statusCounts.
   */
  byStatus: Array<SafetyCount>;
  /** By category (every category, zero included, in declaration order). */
  categoryCounts: Array<LostPersonCategoryCount>;
  /** Fastest minutes from report to found (null when none was found). */
  fastestMinutesToFind?: Maybe<Scalars['Int']['output']>;
  /** Cases in which the person was found. */
  found: Scalars['Int']['output'];
  /** Share of the found cases found within 30 minutes, in [0, 1]. */
  foundWithin30MinutesRate: Scalars['Float']['output'];
  /** Share of the found cases found within 60 minutes, in [0, 1]. */
  foundWithin60MinutesRate: Scalars['Float']['output'];
  /** Median minutes from report to found (null when none was found). */
  medianMinutesToFind?: Maybe<Scalars['Float']['output']>;
  /** By status (every status, zero included, in declaration order). */
  statusCounts: Array<LostPersonSearchStatusCount>;
  /** Cases matching the filter. */
  total: Scalars['Int']['output'];
};

/** Status of a lost-person search. 查找状态 */
export type LostPersonSearchStatus =
  /** 已撤销 — cancelled (came back on their own, false report) */
  | 'CANCELLED'
  /** 已结案 — closed */
  | 'CLOSED'
  /** 已找到 — found */
  | 'FOUND'
  /** 已移交 — handed over to family or guardian */
  | 'HANDED_OVER'
  /** 已报告 — reported */
  | 'REPORTED'
  /** 查找中 — search under way */
  | 'SEARCHING';

/** A step of a search, with who took it, when (server time) and why. */
export type LostPersonSearchStatusChange = {
  __typename?: 'LostPersonSearchStatusChange';
  /** Who and when. */
  changed: ActorStamp;
  /** Status before (null for the first). */
  from?: Maybe<LostPersonSearchStatus>;
  /** Why. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Status after. */
  to: LostPersonSearchStatus;
  /** Chinese label of the status after. */
  toLabel: Scalars['String']['output'];
};

/** The count of one lost-person search status: the value, its Chinese label and how many. */
export type LostPersonSearchStatusCount = {
  __typename?: 'LostPersonSearchStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The lost-person search status. */
  key: LostPersonSearchStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A count of items in one calendar month (China Standard Time): the count row of a time dimension. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** Number of items in that month. */
  count: Scalars['Int']['output'];
  /** The month as YYYY-MM, e.g. 2024-03 (the row's key). */
  key: Scalars['String']['output'];
  /** The month in Chinese, e.g. 2024年3月. */
  label: Scalars['String']['output'];
  /**
   * Month as YYYY-MM, e.g. 2024-03.
   * @deprecated Use key (the same value): every count row is { key label count }.
   */
  month: Scalars['String']['output'];
};

/** Entry points for changing the police–enterprise co-governance graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Moves an incident along its life cycle (ADMIN, POLICE); RESOLVE and CLOSE need a reason. */
  advanceIncident: Incident;
  /** Starts, completes or cancels a shift (ADMIN, POLICE, MEDIATOR). */
  advancePatrolShift: PatrolShift;
  /** Cancels a case that needs no search (ADMIN, POLICE), with a reason. */
  cancelLostPersonCase: LostPersonCase;
  /** Changes a device's status with a reason, kept in its history (ADMIN, POLICE, the platform's service identity). */
  changeDeviceStatus: Device;
  /** Closes a handed-over case (ADMIN, POLICE); personal data is erased after the retention period. */
  closeLostPersonCase: LostPersonCase;
  /** Hands the person over (ADMIN, POLICE). */
  handOverLostPerson: LostPersonCase;
  /** Stores a batch of up to 1 000 sensing events pushed by the platform (the platform's service identity, ADMIN); idempotent by platform id; bad events are refused one by one with their reason, the rest stored. The same code serves POST /platform/sensing-events. */
  ingestSensingEvents: IngestionReport;
  /** Marks the person found (ADMIN, POLICE): time-to-find is measured from the report, at the server's clock. */
  markLostPersonFound: LostPersonCase;
  /** Opens a dispute for the incident in the mediation subgraph, through the gateway with this department's service identity (ADMIN, POLICE, MEDIATOR); once per incident (a retry returns the same dispute). */
  openDisputeFromIncident: Incident;
  /** Plans a shift (ADMIN, POLICE, MEDIATOR). */
  planPatrolShift: PatrolShift;
  /** Raises a risk alert for the incident's enterprise in the enterprises subgraph, through the gateway with this department's service identity (ADMIN, POLICE); once per incident (a retry returns the same alert). */
  raiseRiskAlertFromIncident: Incident;
  /** Records a checkpoint visited on a shift under way (ADMIN, POLICE, MEDIATOR). */
  recordCheckpointVisit: PatrolShift;
  /** Records an incident by hand (ADMIN, POLICE, MEDIATOR). */
  recordIncident: Incident;
  /** Records a finding on a shift under way; it becomes an incident (ADMIN, POLICE, MEDIATOR). If a call was interrupted after the shift recorded the finding but before its incident existed, sending the same finding with the same expectedVersion completes it (the same incident, once); otherwise an old version is CONFLICT. */
  recordPatrolFinding: PatrolShift;
  /** Records a sighting while searching (ADMIN, POLICE). */
  recordSighting: LostPersonCase;
  /** Registers a device of the platform (ADMIN, POLICE). */
  registerDevice: Device;
  /** Reports a lost person (ADMIN, POLICE, MEDIATOR); the report time is the server's. */
  reportLostPerson: LostPersonCase;
  /** Starts the search (ADMIN, POLICE). */
  startLostPersonSearch: LostPersonCase;
  /** Dismisses a new sensing event or escalates it into an incident (ADMIN, POLICE); once only. */
  triageSensingEvent: TriageResult;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationadvanceIncidentArgs = {
  action: IncidentAction;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationadvancePatrolShiftArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  to: PatrolShiftStatus;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelLostPersonCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationchangeDeviceStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: DeviceStatus;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcloseLostPersonCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationhandOverLostPersonArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationingestSensingEventsArgs = {
  events: Array<SensingEventInput>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationmarkLostPersonFoundArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  place: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationopenDisputeFromIncidentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: OpenDisputeFromIncidentInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationplanPatrolShiftArgs = {
  input: PlanPatrolShiftInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationraiseRiskAlertFromIncidentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RaiseRiskAlertFromIncidentInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordCheckpointVisitArgs = {
  checkpoint: Scalars['String']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordIncidentArgs = {
  input: RecordIncidentInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordPatrolFindingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordFindingInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordSightingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordSightingInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterDeviceArgs = {
  input: RegisterDeviceInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreportLostPersonArgs = {
  input: ReportLostPersonInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationstartLostPersonSearchArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationtriageSensingEventArgs = {
  id: Scalars['ID']['input'];
  input: TriageSensingEventInput;
};

/** A dispute to open, through the graph, in the mediation subgraph for an incident. */
export type OpenDisputeFromIncidentInput = {
  /** Details. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Grid (mediation subgraph) it belongs to (default: the grid of the incident's device or patrol). */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind of dispute. */
  kind: IncidentDisputeKind;
  /** Parties: at least one applicant. */
  parties: Array<IncidentDisputePartyInput>;
  /** Summary (default: the incident's title). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page of a cursor connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item on this page; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page (true when the page was requested with `after`). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A finding of a shift; each becomes an incident. */
export type PatrolFinding = {
  __typename?: 'PatrolFinding';
  /** When (server time). */
  at: Scalars['DateTime']['output'];
  /** What was found. */
  description: Scalars['String']['output'];
  /** The incident it became. */
  incident?: Maybe<Incident>;
  /** Kind. */
  kind: PatrolFindingKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Who recorded it. */
  recorded: ActorStamp;
};

/** Kind of finding. 发现类型 */
export type PatrolFindingKind =
  /** 矛盾纠纷 — dispute */
  | 'DISPUTE'
  /** 安全隐患 — hazard */
  | 'HAZARD'
  /** 服务需求 — service need */
  | 'SERVICE_NEED';

/** A patrol route with its checkpoints. 巡逻路线 */
export type PatrolRoute = {
  __typename?: 'PatrolRoute';
  /** Checkpoints in order. */
  checkpoints: Array<Scalars['String']['output']>;
  /** The grid it covers (mediation subgraph). */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** A patrol or safety-inspection shift of the volunteer force (群防群治). 巡查班次 */
export type PatrolShift = {
  __typename?: 'PatrolShift';
  /** Planned end. */
  endsAt: Scalars['DateTime']['output'];
  /** Findings, in order. */
  findings: Array<PatrolFinding>;
  /** The grid (mediation subgraph). */
  grid?: Maybe<Grid>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Kind. */
  kind: PatrolShiftKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** The route. */
  route: PatrolRoute;
  /** Planned start. */
  startsAt: Scalars['DateTime']['output'];
  /** Status. */
  status: PatrolShiftStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
  /** Checkpoints visited, in order. */
  visits: Array<CheckpointVisit>;
  /** The volunteers on the shift (mediation subgraph). */
  volunteers: Array<Volunteer>;
};


/** A patrol or safety-inspection shift of the volunteer force (群防群治). 巡查班次 */
export type PatrolShiftvolunteersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Shifts matching a filter, grouped (`patrolShiftAggregate`). */
export type PatrolShiftAggregate = {
  __typename?: 'PatrolShiftAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<PatrolShiftGroup>;
  /** All matched shifts: count and sums equal the sums over the groups (grouped by VOLUNTEER, a shift counts once per volunteer, and so do the totals); completedRate over all of them. */
  totals: PatrolShiftGroup;
};

/** A page of shifts. */
export type PatrolShiftConnection = {
  __typename?: 'PatrolShiftConnection';
  /** The shifts on this page. */
  edges: Array<PatrolShiftEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of shifts matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group shifts of the volunteer force by. 巡查班次分析维度 */
export type PatrolShiftDimension =
  /** 网格 — the grid (mediation subgraph; label: its id, select `grid { name }`) */
  | 'GRID'
  /** 巡查类型 — patrol or safety inspection */
  | 'KIND'
  /** 巡逻路线 — the route (label: the route's name) */
  | 'ROUTE'
  /** 班次状态 — the shift's status */
  | 'STATUS'
  /** 时间 — startsAt, bucketed by timeBucket (China Standard Time) */
  | 'TIME'
  /** 志愿者 — a volunteer on the shift (a shift counts in the group of each of its volunteers; label: the volunteer's id) */
  | 'VOLUNTEER';

/** A shift in a page. */
export type PatrolShiftEdge = {
  __typename?: 'PatrolShiftEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The shift. */
  node: PatrolShift;
};

/** Filter of the shift list (all conditions must hold). */
export type PatrolShiftFilter = {
  /** Only shifts in these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<PatrolShiftKind>>;
  /** Only those starting in these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starting before this instant (exclusive; earlier than startsFrom is BAD_USER_INPUT). */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Starting at or after this instant. */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<PatrolShiftStatus>>;
  /** Only shifts this volunteer is on. */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** One group of shifts: its keys, its count and its measures. */
export type PatrolShiftGroup = {
  __typename?: 'PatrolShiftGroup';
  /** Shifts cancelled. */
  cancelledCount: Scalars['Int']['output'];
  /** Shifts completed. */
  completedCount: Scalars['Int']['output'];
  /** Completed ÷ ended (completed or cancelled), in [0, 1]; null when none has ended. */
  completedRate?: Maybe<Scalars['Float']['output']>;
  /** Shifts in the group. */
  count: Scalars['Int']['output'];
  /** Findings recorded on the shifts (sum). */
  findingCount: Scalars['Int']['output'];
  /** The group's grid when grouped by GRID (join its fields through the graph). */
  grid?: Maybe<Grid>;
  /** One key per grouped dimension, in groupBy order (empty for the totals). */
  keys: Array<AggregateKey>;
  /** The group's route when grouped by ROUTE. */
  route?: Maybe<PatrolRoute>;
  /** Checkpoints visited on the shifts (sum). */
  visitCount: Scalars['Int']['output'];
  /** The group's volunteer when grouped by VOLUNTEER (join its fields through the graph). */
  volunteer?: Maybe<Volunteer>;
  /** Volunteer places on the shifts (sum of each shift's volunteers: person-shifts). */
  volunteerPlaceCount: Scalars['Int']['output'];
};

/** Kind of a shift of the volunteer force. 巡查类型 */
export type PatrolShiftKind =
  /** 巡逻防范 — patrol */
  | 'PATROL'
  /** 安全检查 — safety inspection */
  | 'SAFETY_INSPECTION';

/** The count of one shift kind: the value, its Chinese label and how many. */
export type PatrolShiftKindCount = {
  __typename?: 'PatrolShiftKindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The shift kind. */
  key: PatrolShiftKind;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Order of the shift list. */
export type PatrolShiftSort = {
  /** Direction (default DESC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: PatrolShiftSortField;
};

/** Sortable fields of the shift list. */
export type PatrolShiftSortField =
  /** 开始时间 — by start */
  | 'STARTS_AT';

/** Status of a shift. 班次状态 */
export type PatrolShiftStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已完成 — completed */
  | 'COMPLETED'
  /** 进行中 — under way */
  | 'ONGOING'
  /** 已排班 — planned */
  | 'PLANNED';

/** The count of one shift status: the value, its Chinese label and how many. */
export type PatrolShiftStatusCount = {
  __typename?: 'PatrolShiftStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The shift status. */
  key: PatrolShiftStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Statistics of the volunteer force's shifts (computed in the database). */
export type PatrolStatistics = {
  __typename?: 'PatrolStatistics';
  /** Shifts and findings per grid. */
  byGrid: Array<GridPatrolCount>;
  /**
   * By kind.
   * @deprecated Use kindCounts.
   */
  byKind: Array<SafetyCount>;
  /** By month of the start (CST). */
  byMonth: Array<MonthCount>;
  /**
   * By status.
   * @deprecated Use statusCounts.
   */
  byStatus: Array<SafetyCount>;
  /** Findings recorded on the shifts. */
  findings: Scalars['Int']['output'];
  /** By kind (every kind, zero included, in declaration order). */
  kindCounts: Array<PatrolShiftKindCount>;
  /** By status (every status, zero included, in declaration order). */
  statusCounts: Array<PatrolShiftStatusCount>;
  /** Shifts matching the filter. */
  total: Scalars['Int']['output'];
};

/** Which PII audit records to list; all given conditions must hold. */
export type PiiAuditFilter = {
  /**
   * Only reads before this time.
   * @deprecated Use readBefore: time ranges are <event>From / <event>Before.
   */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads of this enterprise's people. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reads of this kind of record. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only reads of this field (e.g. contacts.0.phone). */
  field?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only reads at or after this time.
   * @deprecated Use readFrom: time ranges are <event>From / <event>Before.
   */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads before this time. */
  readBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads at or after this time. */
  readFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads by callers with this role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Only reads by this subject. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** One read of personal information in the clear, as the PII audit log of a subgraph keeps it (append-only, hash-chained). 个人信息访问审计记录 */
export type PiiAuditRecord = {
  __typename?: 'PiiAuditRecord';
  /** When it was read (server time). */
  at: Scalars['DateTime']['output'];
  /** The id the client sent with its request, if any. */
  clientRequestId?: Maybe<Scalars['String']['output']>;
  /** The enterprise the person belongs to, when there is one. */
  enterpriseId?: Maybe<Scalars['ID']['output']>;
  /** Kind of record the person belongs to (Enterprise, Application, Registration, Dispute, Staff, …). */
  entity: Scalars['String']['output'];
  /** Id of that record. */
  entityId: Scalars['String']['output'];
  /** The fields read in the clear, e.g. contacts.0.phone. */
  fields: Array<Scalars['String']['output']>;
  /** sha256 of this record and the previous record's hash: a changed or removed record breaks the chain. */
  hash: Scalars['String']['output'];
  /** The gateway's id of the request (every log line of the request carries it). */
  requestId: Scalars['String']['output'];
  /** Role of the caller when reading. */
  role: Scalars['String']['output'];
  /** Place of the record in its subgraph's hash chain (1, 2, 3, …). */
  seq: Scalars['Int']['output'];
  /** Subject (user or service account id) of the caller who read it. */
  subject: Scalars['String']['output'];
};

/** A page of a PII audit log, newest first. */
export type PiiAuditRecordConnection = {
  __typename?: 'PiiAuditRecordConnection';
  /** The records on this page. */
  edges: Array<PiiAuditRecordEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Number of records matching the filter (computed only when asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A PII audit record in a page. */
export type PiiAuditRecordEdge = {
  __typename?: 'PiiAuditRecordEdge';
  /** Opaque cursor of this record; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: PiiAuditRecord;
};

/** Order of a PII audit log (default: newest first). */
export type PiiAuditSort = {
  /** Direction (default DESC: newest first). */
  direction?: InputMaybe<SortDirection>;
  /** Sort key. */
  field: PiiAuditSortField;
};

/** What a PII audit log can be sorted by. */
export type PiiAuditSortField =
  /** 读取时间 — when the personal information was read (the chain's order) */
  | 'AT';

/** Kind of place a device watches. 点位类型 */
export type PlaceKind =
  /** 卡口 — checkpoint (entrance, crossing) */
  | 'CHECKPOINT'
  /** 网格/社区 — a grid or the community at large */
  | 'GRID'
  /** 重点部位 — key place (square, water street, bridge) */
  | 'KEY_PLACE';

/** The count of one place kind: the value, its Chinese label and how many. */
export type PlaceKindCount = {
  __typename?: 'PlaceKindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The place kind. */
  key: PlaceKind;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A shift to plan. */
export type PlanPatrolShiftInput = {
  /** Planned end (after the start, at most 12 hours later). */
  endsAt: Scalars['DateTime']['input'];
  /** Kind. */
  kind: PatrolShiftKind;
  /** Route id. */
  routeId: Scalars['ID']['input'];
  /** Planned start. */
  startsAt: Scalars['DateTime']['input'];
  /** Volunteer ids (mediation subgraph), 1–20. */
  volunteerIds: Array<Scalars['ID']['input']>;
};

/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficer = {
  __typename?: 'PoliceOfficer';
  /** Stable id of the officer. */
  id: Scalars['ID']['output'];
};

/** Entry points for reading the police–enterprise co-governance graph. */
export type Query = {
  __typename?: 'Query';
  /** One device by id. */
  device?: Maybe<Device>;
  /** Devices matching the list's filter grouped by up to 3 dimensions, computed in the database. */
  deviceAggregate: DeviceAggregate;
  /** Statistics of the devices matching the list's filter. */
  deviceStatistics: DeviceStatistics;
  /** Devices of the platform, filtered, sorted and paged. */
  devices: DeviceConnection;
  /** One incident by id. */
  incident?: Maybe<Incident>;
  /** Incidents matching the list's filter grouped by up to 3 dimensions, computed in the database (who may read the list, with its scope: ENTERPRISE callers, their own). */
  incidentAggregate: IncidentAggregate;
  /** Statistics of the incidents matching the list's filter (ENTERPRISE callers: their own). */
  incidentStatistics: IncidentStatistics;
  /** Incidents, filtered, sorted and paged (ENTERPRISE callers: their own). */
  incidents: IncidentConnection;
  /** One lost-person search by id. */
  lostPersonCase?: Maybe<LostPersonCase>;
  /** Lost-person searches matching the list's filter grouped by up to 3 dimensions, computed in the database (ADMIN, POLICE, MEDIATOR, ANALYST; no personal data). */
  lostPersonCaseAggregate: LostPersonCaseAggregate;
  /** Lost-person searches, filtered, sorted and paged (ADMIN, POLICE, MEDIATOR, ANALYST; personal data per role). */
  lostPersonCases: LostPersonCaseConnection;
  /** Statistics of the lost-person searches matching the list's filter (no personal data). */
  lostPersonSearchStatistics: LostPersonSearchStatistics;
  /** The patrol routes, by name: a small reference list (a community has a handful of routes, at most 100 are returned), so it is a plain list without filter or paging; shifts are the paged list. */
  patrolRoutes: Array<PatrolRoute>;
  /** One shift by id. */
  patrolShift?: Maybe<PatrolShift>;
  /** Shifts of the volunteer force matching the list's filter grouped by up to 3 dimensions, computed in the database (who may read the list). */
  patrolShiftAggregate: PatrolShiftAggregate;
  /** Shifts of the volunteer force, filtered, sorted and paged. */
  patrolShifts: PatrolShiftConnection;
  /** Statistics of the shifts matching the list's filter, per grid and month. */
  patrolStatistics: PatrolStatistics;
  /** One sensing event by id. */
  sensingEvent?: Maybe<SensingEvent>;
  /** Sensing events matching the list's filter grouped by up to 3 dimensions, computed in the database. */
  sensingEventAggregate: SensingEventAggregate;
  /** Statistics of the sensing events matching the list's filter. */
  sensingEventStatistics: SensingEventStatistics;
  /** Sensing events, filtered, sorted and paged (newest first by default). */
  sensingEvents: SensingEventConnection;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydeviceArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydeviceAggregateArgs = {
  filter?: InputMaybe<DeviceFilter>;
  groupBy?: Array<DeviceDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydeviceStatisticsArgs = {
  filter?: InputMaybe<DeviceFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerydevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DeviceSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryincidentArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryincidentAggregateArgs = {
  filter?: InputMaybe<IncidentFilter>;
  groupBy?: Array<IncidentDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryincidentStatisticsArgs = {
  filter?: InputMaybe<IncidentFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryincidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<IncidentSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylostPersonCaseArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylostPersonCaseAggregateArgs = {
  filter?: InputMaybe<LostPersonCaseFilter>;
  groupBy?: Array<LostPersonCaseDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylostPersonCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LostPersonCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<LostPersonCaseSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerylostPersonSearchStatisticsArgs = {
  filter?: InputMaybe<LostPersonCaseFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerypatrolShiftArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerypatrolShiftAggregateArgs = {
  filter?: InputMaybe<PatrolShiftFilter>;
  groupBy?: Array<PatrolShiftDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerypatrolShiftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PatrolShiftFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PatrolShiftSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerypatrolStatisticsArgs = {
  filter?: InputMaybe<PatrolShiftFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerysensingEventArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerysensingEventAggregateArgs = {
  filter?: InputMaybe<SensingEventFilter>;
  groupBy?: Array<SensingEventDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerysensingEventStatisticsArgs = {
  filter?: InputMaybe<SensingEventFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerysensingEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SensingEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SensingEventSort>;
};

/** A risk alert to raise, through the graph, for the enterprise an incident concerns. */
export type RaiseRiskAlertFromIncidentInput = {
  /** What the enterprise should know (1–1 000 characters). */
  description: Scalars['String']['input'];
  /** Kind of risk. */
  kind: IncidentRiskKind;
};

/** A finding to record on a shift under way. */
export type RecordFindingInput = {
  /** What was found (1–500 characters). */
  description: Scalars['String']['input'];
  /** The enterprise it concerns, if any. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind: PatrolFindingKind;
  /** Severity of the incident it becomes (default LOW). */
  severity?: InputMaybe<IncidentSeverity>;
};

/** An incident recorded by hand. */
export type RecordIncidentInput = {
  /** The enterprise it concerns. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** When it happened (not in the future; default: now). */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The officer who owns it. */
  ownerOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** The place. */
  placeName: Scalars['String']['input'];
  /** Severity. */
  severity: IncidentSeverity;
  /** Title (1–200 characters). */
  title: Scalars['String']['input'];
};

/** A sighting to record. */
export type RecordSightingInput = {
  /** The sensing event that saw the person, if any. */
  eventId?: InputMaybe<Scalars['ID']['input']>;
  /** Note (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Where (default: the event's device's place). */
  placeName?: InputMaybe<Scalars['String']['input']>;
};

/** A new device of the platform. */
export type RegisterDeviceInput = {
  /** The platform's id of the device (unique, 1–64 characters). */
  code: Scalars['String']['input'];
  /** Grid id (mediation subgraph), if any. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Installation date (YYYY-MM-DD). */
  installedOn: Scalars['Date']['input'];
  /** Kind. */
  kind: DeviceKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** Kind of place. */
  placeKind: PlaceKind;
  /** The place. */
  placeName: Scalars['String']['input'];
  /** Reference of its channel in the video system. */
  videoRef?: InputMaybe<Scalars['String']['input']>;
};

/** Why one event of a batch was refused. */
export type RejectedSensingEvent = {
  __typename?: 'RejectedSensingEvent';
  /** The input field at fault. */
  field: Scalars['String']['output'];
  /** Its position in the batch (0-based). */
  index: Scalars['Int']['output'];
  /** Its platform id, as sent. */
  platformEventId?: Maybe<Scalars['String']['output']>;
  /** Why. */
  reason: Scalars['String']['output'];
};

/** A report of a lost person. */
export type ReportLostPersonInput = {
  /** Who is lost. */
  category: LostPersonCategory;
  /** What the person looks like and wears (at most 500 characters). */
  description: Scalars['String']['input'];
  /** When the person was last seen (not in the future). */
  lastSeenAt: Scalars['DateTime']['input'];
  /** Where the person was last seen. */
  lastSeenPlace: Scalars['String']['input'];
  /** Age, 0–120. */
  personAge?: InputMaybe<Scalars['Int']['input']>;
  /** The person's name (1–50 characters). */
  personName: Scalars['String']['input'];
  /** Who reports it (1–50 characters). */
  reporterName: Scalars['String']['input'];
  /** The reporter's mobile phone. */
  reporterPhone: Scalars['String']['input'];
};

/**
 * A risk alert from operating-environment monitoring 企业运营环境监测, or one another department's record
 * raised (e.g. a warning given during an activity). An entity: other subgraphs refer to it by id.
 */
export type RiskAlert = {
  __typename?: 'RiskAlert';
  /** Stable id of the alert. */
  id: Scalars['ID']['output'];
  /** The incident of the cloud prevention platform or a patrol that raised it, if any. */
  sourceIncident?: Maybe<Incident>;
};

/** A count of one value of a dimension, untyped (deprecated: every statistics field using it has a typed twin, e.g. `kindCounts`). */
export type SafetyCount = {
  __typename?: 'SafetyCount';
  /**
   * How many.
   * @deprecated Use the typed rows (e.g. kindCounts { count }).
   */
  count: Scalars['Int']['output'];
  /**
   * The value (an enum value of the dimension).
   * @deprecated Use the typed rows (e.g. kindCounts { key }), whose key is the dimension's enum.
   */
  key: Scalars['String']['output'];
  /**
   * Its Chinese label.
   * @deprecated Use the typed rows (e.g. kindCounts { label }).
   */
  label: Scalars['String']['output'];
};

/** A sensing record (感知记录) pushed by the platform: what a device detected, when, and a reference into the video system — never media, never a person's identity. */
export type SensingEvent = {
  __typename?: 'SensingEvent';
  /** The device that detected it. */
  device: Device;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The incident it became. */
  incident?: Maybe<Incident>;
  /** Kind. */
  kind: SensingEventKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Reference of the clip or frame in the video system. */
  mediaRef?: Maybe<Scalars['String']['output']>;
  /** When the device detected it (platform clock). */
  occurredAt: Scalars['DateTime']['output'];
  /** The platform's id of the event (a repeated push is a duplicate). */
  platformEventId: Scalars['String']['output'];
  /** When the graph received it (server clock). */
  receivedAt: Scalars['DateTime']['output'];
  /** Triage status. */
  triage: TriageStatus;
  /** Chinese label of the triage status. */
  triageLabel: Scalars['String']['output'];
  /** Why it was dismissed or escalated. */
  triageReason?: Maybe<Scalars['String']['output']>;
  /** Who triaged it (server time). */
  triaged?: Maybe<ActorStamp>;
  /** Measured value where the kind has one (people per m² for CROWD_DENSITY). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Sensing events matching a filter, grouped (`sensingEventAggregate`). */
export type SensingEventAggregate = {
  __typename?: 'SensingEventAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<SensingEventGroup>;
  /** All matched events: count and sums equal the sums over the groups; falseAlarmRate over all of them. */
  totals: SensingEventGroup;
};

/** A page of sensing events. */
export type SensingEventConnection = {
  __typename?: 'SensingEventConnection';
  /** The events on this page. */
  edges: Array<SensingEventEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of events matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group sensing events by. 感知记录分析维度 */
export type SensingEventDimension =
  /** 设备 — the device that detected it (label: the device's name) */
  | 'DEVICE'
  /** 设备类型 — the kind of the device that detected it */
  | 'DEVICE_KIND'
  /** 网格 — the grid of the device's place (mediation subgraph; label: its id, select `grid { name }`) */
  | 'GRID'
  /** 感知类型 — what the device detected */
  | 'KIND'
  /** 时间 — occurredAt, bucketed by timeBucket (China Standard Time) */
  | 'TIME'
  /** 研判状态 — triage status */
  | 'TRIAGE';

/** A sensing event in a page. */
export type SensingEventEdge = {
  __typename?: 'SensingEventEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: SensingEvent;
};

/** Filter of the sensing-event list (all conditions must hold). */
export type SensingEventFilter = {
  /** Only events of these devices. */
  deviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only events of devices of these kinds. */
  deviceKinds?: InputMaybe<Array<DeviceKind>>;
  /** Only events of devices in these grids (mediation subgraph). */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<SensingEventKind>>;
  /** Only those that occurred in these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Occurred before this instant (exclusive; earlier than occurredFrom is BAD_USER_INPUT). */
  occurredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Occurred at or after this instant. */
  occurredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these triage statuses. */
  triages?: InputMaybe<Array<TriageStatus>>;
};

/** One group of sensing events: its keys, its count and its measures. */
export type SensingEventGroup = {
  __typename?: 'SensingEventGroup';
  /** Events in the group. */
  count: Scalars['Int']['output'];
  /** The group's device when grouped by DEVICE. */
  device?: Maybe<Device>;
  /** Events dismissed at triage (DISMISSED: a false alarm or handled on the spot). */
  dismissedCount: Scalars['Int']['output'];
  /** Events that became an incident (ESCALATED). */
  escalatedCount: Scalars['Int']['output'];
  /** False-alarm rate: dismissed ÷ triaged (dismissed or escalated), in [0, 1]; null when none was triaged. */
  falseAlarmRate?: Maybe<Scalars['Float']['output']>;
  /** The group's grid when grouped by GRID (join its fields through the graph). */
  grid?: Maybe<Grid>;
  /** One key per grouped dimension, in groupBy order (empty for the totals). */
  keys: Array<AggregateKey>;
  /** Events not triaged yet (NEW). */
  untriagedCount: Scalars['Int']['output'];
};

/** One sensing event as the platform pushes it. */
export type SensingEventInput = {
  /** The platform's id of the device (`Device.code`). */
  deviceCode: Scalars['String']['input'];
  /** Kind. */
  kind: SensingEventKind;
  /** Reference of the clip or frame in the video system. */
  mediaRef?: InputMaybe<Scalars['String']['input']>;
  /** When the device detected it (not in the future). */
  occurredAt: Scalars['DateTime']['input'];
  /** The platform's id of the event (1–100 characters): a second push of the same id is a duplicate. */
  platformEventId: Scalars['String']['input'];
  /** Measured value, if any. */
  value?: InputMaybe<Scalars['Float']['input']>;
};

/** What a device detected. 感知类型 */
export type SensingEventKind =
  /** 异常聚集 — abnormal gathering */
  | 'ABNORMAL_GATHERING'
  /** 人群密度超限 — crowd density over the threshold */
  | 'CROWD_DENSITY'
  /** 设备故障 — device fault */
  | 'DEVICE_FAULT'
  /** 人员跌倒 — a person fell */
  | 'FALL'
  /** 打架斗殴 — fight */
  | 'FIGHT'
  /** 烟火 — fire or smoke */
  | 'FIRE_SMOKE'
  /** 区域入侵 — intrusion into a closed area */
  | 'INTRUSION'
  /** 车辆闯入封闭车道 — vehicle in a closed lane */
  | 'VEHICLE_IN_CLOSED_LANE';

/** The count of one sensing-event kind: the value, its Chinese label and how many. */
export type SensingEventKindCount = {
  __typename?: 'SensingEventKindCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The sensing-event kind. */
  key: SensingEventKind;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Order of the sensing-event list. */
export type SensingEventSort = {
  /** Direction (default DESC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: SensingEventSortField;
};

/** Sortable fields of the sensing-event list. */
export type SensingEventSortField =
  /** 发生时间 — by when it occurred */
  | 'OCCURRED_AT';

/** Statistics of sensing events (computed in the database). */
export type SensingEventStatistics = {
  __typename?: 'SensingEventStatistics';
  /** By CST day of occurrence, oldest first. */
  byDay: Array<DayCount>;
  /**
   * By kind (every kind, zero included).
   * @deprecated Use kindCounts.
   */
  byKind: Array<SafetyCount>;
  /** By CST month of occurrence, oldest first. */
  byMonth: Array<MonthCount>;
  /**
   * By triage status (every status, zero included).
   * @deprecated Use triageCounts.
   */
  byTriage: Array<SafetyCount>;
  /** Events that became an incident (triage ESCALATED). */
  escalatedCount: Scalars['Int']['output'];
  /** False-alarm rate: dismissed ÷ triaged (dismissed or escalated), in [0, 1] (0 when none was triaged). */
  falseAlarmRate: Scalars['Float']['output'];
  /** By kind (every kind, zero included, in declaration order). */
  kindCounts: Array<SensingEventKindCount>;
  /** Events matching the filter. */
  total: Scalars['Int']['output'];
  /** By triage status (every status, zero included, in declaration order). */
  triageCounts: Array<TriageStatusCount>;
};

/** A sighting during a search: a device or place that saw the person (tracking is allowed only inside a case, and every read of it is audited). */
export type Sighting = {
  __typename?: 'Sighting';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The device, if any. */
  device?: Maybe<Device>;
  /** The sensing event, if the platform saw it. */
  event?: Maybe<SensingEvent>;
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where. */
  placeName: Scalars['String']['output'];
  /** Who recorded it (server time). */
  recorded: ActorStamp;
};

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** The width of a time group in an aggregate. 时间粒度 */
export type TimeBucket =
  /** 日 — a calendar day (key YYYY-MM-DD) */
  | 'DAY'
  /** 月 — a calendar month (key YYYY-MM) */
  | 'MONTH'
  /** 季度 — a calendar quarter (key YYYY-Qn, e.g. 2026-Q1) */
  | 'QUARTER'
  /** 周 — an ISO week, Monday to Sunday (key YYYY-Www, e.g. 2026-W09) */
  | 'WEEK'
  /** 年 — a calendar year (key YYYY) */
  | 'YEAR';

/** Triage decision. 研判结论 */
export type TriageDecision =
  /** 排除 — dismiss (false alarm, handled on the spot) */
  | 'DISMISS'
  /** 转事件 — escalate into an incident */
  | 'ESCALATE';

/** The triaged event and, when escalated, its incident. */
export type TriageResult = {
  __typename?: 'TriageResult';
  /** The event. */
  event: SensingEvent;
  /** The incident it became (ESCALATE). */
  incident?: Maybe<Incident>;
};

/** Triage of one sensing event. */
export type TriageSensingEventInput = {
  /** Dismiss or escalate. */
  decision: TriageDecision;
  /** The enterprise it concerns, if any (ESCALATE). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Officer who owns the incident (ESCALATE). */
  ownerOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** Why (1–500 characters). */
  reason: Scalars['String']['input'];
  /** Severity of the incident (ESCALATE; default MEDIUM). */
  severity?: InputMaybe<IncidentSeverity>;
};

/** Triage of a sensing event. 研判状态 */
export type TriageStatus =
  /** 已排除 — dismissed */
  | 'DISMISSED'
  /** 已转事件 — became an incident */
  | 'ESCALATED'
  /** 待研判 — not triaged yet */
  | 'NEW';

/** The count of one triage status: the value, its Chinese label and how many. */
export type TriageStatusCount = {
  __typename?: 'TriageStatusCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The triage status. */
  key: TriageStatus;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** A mass-prevention volunteer (群防群治志愿者). 志愿者 */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** Stable id of the volunteer. */
  id: Scalars['ID']['output'];
  /** The volunteer's latest patrol and safety-inspection shifts, newest first (the full, filterable list: `patrolShifts(filter: { volunteerId })`). */
  patrolShifts: Array<PatrolShift>;
};


/** A mass-prevention volunteer (群防群治志愿者). 志愿者 */
export type VolunteerpatrolShiftsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Device: Device;
  Dispute: Dispute;
  Enterprise: Enterprise;
  Incident: Incident;
  LostPersonCase: LostPersonCase;
  PatrolShift: PatrolShift;
  RiskAlert: RiskAlert;
  SensingEvent: SensingEvent;
  Volunteer: Volunteer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Device:
    ( { __typename: 'Device' }
    & GraphQLRecursivePick<FederationTypes['Device'], {"id":true}> );
  Dispute:
    ( { __typename: 'Dispute' }
    & GraphQLRecursivePick<FederationTypes['Dispute'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  Incident:
    ( { __typename: 'Incident' }
    & GraphQLRecursivePick<FederationTypes['Incident'], {"id":true}> );
  LostPersonCase:
    ( { __typename: 'LostPersonCase' }
    & GraphQLRecursivePick<FederationTypes['LostPersonCase'], {"id":true}> );
  PatrolShift:
    ( { __typename: 'PatrolShift' }
    & GraphQLRecursivePick<FederationTypes['PatrolShift'], {"id":true}> );
  RiskAlert:
    ( { __typename: 'RiskAlert' }
    & GraphQLRecursivePick<FederationTypes['RiskAlert'], {"id":true}> );
  SensingEvent:
    ( { __typename: 'SensingEvent' }
    & GraphQLRecursivePick<FederationTypes['SensingEvent'], {"id":true}> );
  Volunteer:
    ( { __typename: 'Volunteer' }
    & GraphQLRecursivePick<FederationTypes['Volunteer'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  AggregateKey: ResolverTypeWrapper<AggregateKey>;
  CheckpointVisit: ResolverTypeWrapper<CheckpointVisit>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayCount: ResolverTypeWrapper<DayCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Device: ResolverTypeWrapper<DeviceMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DeviceAggregate: ResolverTypeWrapper<DeviceAggregateMapper>;
  DeviceConnection: ResolverTypeWrapper<DeviceConnectionMapper>;
  DeviceDimension: ResolverTypeWrapper<'KIND' | 'STATUS' | 'PLACE_KIND' | 'GRID' | 'TIME'>;
  DeviceEdge: ResolverTypeWrapper<Omit<DeviceEdge, 'node'> & { node: ResolversTypes['Device'] }>;
  DeviceFilter: DeviceFilter;
  DeviceGroup: ResolverTypeWrapper<DeviceGroupMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DeviceKind: ResolverTypeWrapper<'HD_CAMERA' | 'EAGLE_EYE' | 'AI_CAMERA' | 'SENSOR'>;
  DeviceKindCount: ResolverTypeWrapper<Omit<DeviceKindCount, 'key'> & { key: ResolversTypes['DeviceKind'] }>;
  DeviceSort: DeviceSort;
  DeviceSortField: ResolverTypeWrapper<'CODE' | 'NAME' | 'INSTALLED_ON'>;
  DeviceStatistics: ResolverTypeWrapper<DeviceStatisticsMapper>;
  DeviceStatus: ResolverTypeWrapper<'ONLINE' | 'OFFLINE' | 'MAINTENANCE'>;
  DeviceStatusChange: ResolverTypeWrapper<DeviceStatusChangeMapper>;
  DeviceStatusCount: ResolverTypeWrapper<Omit<DeviceStatusCount, 'key'> & { key: ResolversTypes['DeviceStatus'] }>;
  Dispute: ResolverTypeWrapper<DisputeMapper>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  Grid: ResolverTypeWrapper<Grid>;
  GridPatrolCount: ResolverTypeWrapper<GridPatrolCountMapper>;
  Incident: ResolverTypeWrapper<IncidentMapper>;
  IncidentAction: ResolverTypeWrapper<'START' | 'RESOLVE' | 'CLOSE'>;
  IncidentAggregate: ResolverTypeWrapper<IncidentAggregateMapper>;
  IncidentConnection: ResolverTypeWrapper<IncidentConnectionMapper>;
  IncidentDimension: ResolverTypeWrapper<'STATUS' | 'SEVERITY' | 'SOURCE' | 'KIND' | 'ENTERPRISE' | 'GRID' | 'TIME'>;
  IncidentDisputeKind: ResolverTypeWrapper<'TOURIST' | 'NEIGHBOUR' | 'FAMILY' | 'CONTRACT' | 'ENTERPRISE_RELATED' | 'LABOUR' | 'DEMOLITION_RESETTLEMENT' | 'OTHER'>;
  IncidentDisputePartyInput: IncidentDisputePartyInput;
  IncidentEdge: ResolverTypeWrapper<Omit<IncidentEdge, 'node'> & { node: ResolversTypes['Incident'] }>;
  IncidentFilter: IncidentFilter;
  IncidentGroup: ResolverTypeWrapper<IncidentGroupMapper>;
  IncidentPartyRole: ResolverTypeWrapper<'APPLICANT' | 'RESPONDENT'>;
  IncidentRiskKind: ResolverTypeWrapper<'SAFETY' | 'FRAUD' | 'OTHER'>;
  IncidentSeverity: ResolverTypeWrapper<'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'>;
  IncidentSeverityCount: ResolverTypeWrapper<Omit<IncidentSeverityCount, 'key'> & { key: ResolversTypes['IncidentSeverity'] }>;
  IncidentSort: IncidentSort;
  IncidentSortField: ResolverTypeWrapper<'OCCURRED_AT'>;
  IncidentSource: ResolverTypeWrapper<'SENSING_EVENT' | 'PATROL_FINDING' | 'MANUAL'>;
  IncidentSourceCount: ResolverTypeWrapper<Omit<IncidentSourceCount, 'key'> & { key: ResolversTypes['IncidentSource'] }>;
  IncidentStatistics: ResolverTypeWrapper<IncidentStatisticsMapper>;
  IncidentStatus: ResolverTypeWrapper<'OPEN' | 'HANDLING' | 'RESOLVED' | 'CLOSED'>;
  IncidentStatusChange: ResolverTypeWrapper<IncidentStatusChangeMapper>;
  IncidentStatusCount: ResolverTypeWrapper<Omit<IncidentStatusCount, 'key'> & { key: ResolversTypes['IncidentStatus'] }>;
  IngestionReport: ResolverTypeWrapper<IngestionReport>;
  LostPersonCase: ResolverTypeWrapper<LostPersonCaseMapper>;
  LostPersonCaseAggregate: ResolverTypeWrapper<LostPersonCaseAggregateMapper>;
  LostPersonCaseConnection: ResolverTypeWrapper<LostPersonCaseConnectionMapper>;
  LostPersonCaseDimension: ResolverTypeWrapper<'STATUS' | 'CATEGORY' | 'TIME'>;
  LostPersonCaseEdge: ResolverTypeWrapper<Omit<LostPersonCaseEdge, 'node'> & { node: ResolversTypes['LostPersonCase'] }>;
  LostPersonCaseFilter: LostPersonCaseFilter;
  LostPersonCaseGroup: ResolverTypeWrapper<LostPersonCaseGroup>;
  LostPersonCaseSort: LostPersonCaseSort;
  LostPersonCaseSortField: ResolverTypeWrapper<'REPORTED_AT'>;
  LostPersonCategory: ResolverTypeWrapper<'CHILD' | 'ELDER' | 'OTHER'>;
  LostPersonCategoryCount: ResolverTypeWrapper<Omit<LostPersonCategoryCount, 'key'> & { key: ResolversTypes['LostPersonCategory'] }>;
  LostPersonSearchStatistics: ResolverTypeWrapper<LostPersonSearchStatisticsMapper>;
  LostPersonSearchStatus: ResolverTypeWrapper<'REPORTED' | 'SEARCHING' | 'FOUND' | 'HANDED_OVER' | 'CLOSED' | 'CANCELLED'>;
  LostPersonSearchStatusChange: ResolverTypeWrapper<LostPersonSearchStatusChangeMapper>;
  LostPersonSearchStatusCount: ResolverTypeWrapper<Omit<LostPersonSearchStatusCount, 'key'> & { key: ResolversTypes['LostPersonSearchStatus'] }>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenDisputeFromIncidentInput: OpenDisputeFromIncidentInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PatrolFinding: ResolverTypeWrapper<PatrolFindingMapper>;
  PatrolFindingKind: ResolverTypeWrapper<'HAZARD' | 'DISPUTE' | 'SERVICE_NEED'>;
  PatrolRoute: ResolverTypeWrapper<PatrolRouteMapper>;
  PatrolShift: ResolverTypeWrapper<PatrolShiftMapper>;
  PatrolShiftAggregate: ResolverTypeWrapper<PatrolShiftAggregateMapper>;
  PatrolShiftConnection: ResolverTypeWrapper<PatrolShiftConnectionMapper>;
  PatrolShiftDimension: ResolverTypeWrapper<'KIND' | 'STATUS' | 'GRID' | 'ROUTE' | 'VOLUNTEER' | 'TIME'>;
  PatrolShiftEdge: ResolverTypeWrapper<Omit<PatrolShiftEdge, 'node'> & { node: ResolversTypes['PatrolShift'] }>;
  PatrolShiftFilter: PatrolShiftFilter;
  PatrolShiftGroup: ResolverTypeWrapper<PatrolShiftGroupMapper>;
  PatrolShiftKind: ResolverTypeWrapper<'PATROL' | 'SAFETY_INSPECTION'>;
  PatrolShiftKindCount: ResolverTypeWrapper<Omit<PatrolShiftKindCount, 'key'> & { key: ResolversTypes['PatrolShiftKind'] }>;
  PatrolShiftSort: PatrolShiftSort;
  PatrolShiftSortField: ResolverTypeWrapper<'STARTS_AT'>;
  PatrolShiftStatus: ResolverTypeWrapper<'PLANNED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED'>;
  PatrolShiftStatusCount: ResolverTypeWrapper<Omit<PatrolShiftStatusCount, 'key'> & { key: ResolversTypes['PatrolShiftStatus'] }>;
  PatrolStatistics: ResolverTypeWrapper<PatrolStatisticsMapper>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PiiAuditSort: PiiAuditSort;
  PiiAuditSortField: PiiAuditSortField;
  PlaceKind: ResolverTypeWrapper<'CHECKPOINT' | 'KEY_PLACE' | 'GRID'>;
  PlaceKindCount: ResolverTypeWrapper<Omit<PlaceKindCount, 'key'> & { key: ResolversTypes['PlaceKind'] }>;
  PlanPatrolShiftInput: PlanPatrolShiftInput;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseRiskAlertFromIncidentInput: RaiseRiskAlertFromIncidentInput;
  RecordFindingInput: RecordFindingInput;
  RecordIncidentInput: RecordIncidentInput;
  RecordSightingInput: RecordSightingInput;
  RegisterDeviceInput: RegisterDeviceInput;
  RejectedSensingEvent: ResolverTypeWrapper<RejectedSensingEvent>;
  ReportLostPersonInput: ReportLostPersonInput;
  RiskAlert: ResolverTypeWrapper<RiskAlertMapper>;
  SafetyCount: ResolverTypeWrapper<SafetyCount>;
  SensingEvent: ResolverTypeWrapper<SensingEventMapper>;
  SensingEventAggregate: ResolverTypeWrapper<SensingEventAggregateMapper>;
  SensingEventConnection: ResolverTypeWrapper<SensingEventConnectionMapper>;
  SensingEventDimension: ResolverTypeWrapper<'KIND' | 'TRIAGE' | 'DEVICE' | 'DEVICE_KIND' | 'GRID' | 'TIME'>;
  SensingEventEdge: ResolverTypeWrapper<Omit<SensingEventEdge, 'node'> & { node: ResolversTypes['SensingEvent'] }>;
  SensingEventFilter: SensingEventFilter;
  SensingEventGroup: ResolverTypeWrapper<SensingEventGroupMapper>;
  SensingEventInput: SensingEventInput;
  SensingEventKind: ResolverTypeWrapper<'CROWD_DENSITY' | 'INTRUSION' | 'FIGHT' | 'FALL' | 'FIRE_SMOKE' | 'VEHICLE_IN_CLOSED_LANE' | 'ABNORMAL_GATHERING' | 'DEVICE_FAULT'>;
  SensingEventKindCount: ResolverTypeWrapper<Omit<SensingEventKindCount, 'key'> & { key: ResolversTypes['SensingEventKind'] }>;
  SensingEventSort: SensingEventSort;
  SensingEventSortField: ResolverTypeWrapper<'OCCURRED_AT'>;
  SensingEventStatistics: ResolverTypeWrapper<SensingEventStatisticsMapper>;
  Sighting: ResolverTypeWrapper<SightingMapper>;
  SortDirection: SortDirection;
  TimeBucket: TimeBucket;
  TriageDecision: ResolverTypeWrapper<'DISMISS' | 'ESCALATE'>;
  TriageResult: ResolverTypeWrapper<TriageResultMapper>;
  TriageSensingEventInput: TriageSensingEventInput;
  TriageStatus: ResolverTypeWrapper<'NEW' | 'DISMISSED' | 'ESCALATED'>;
  TriageStatusCount: ResolverTypeWrapper<Omit<TriageStatusCount, 'key'> & { key: ResolversTypes['TriageStatus'] }>;
  Volunteer: ResolverTypeWrapper<VolunteerMapper>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActorStamp: ActorStamp;
  AggregateKey: AggregateKey;
  CheckpointVisit: CheckpointVisit;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DayCount: DayCount;
  Int: Scalars['Int']['output'];
  Device: DeviceMapper;
  ID: Scalars['ID']['output'];
  DeviceAggregate: DeviceAggregateMapper;
  DeviceConnection: DeviceConnectionMapper;
  DeviceEdge: Omit<DeviceEdge, 'node'> & { node: ResolversParentTypes['Device'] };
  DeviceFilter: DeviceFilter;
  DeviceGroup: DeviceGroupMapper;
  Float: Scalars['Float']['output'];
  DeviceKindCount: DeviceKindCount;
  DeviceSort: DeviceSort;
  DeviceStatistics: DeviceStatisticsMapper;
  DeviceStatusChange: DeviceStatusChangeMapper;
  DeviceStatusCount: DeviceStatusCount;
  Dispute: DisputeMapper;
  Enterprise: EnterpriseMapper;
  Grid: Grid;
  GridPatrolCount: GridPatrolCountMapper;
  Incident: IncidentMapper;
  IncidentAggregate: IncidentAggregateMapper;
  IncidentConnection: IncidentConnectionMapper;
  IncidentDisputePartyInput: IncidentDisputePartyInput;
  IncidentEdge: Omit<IncidentEdge, 'node'> & { node: ResolversParentTypes['Incident'] };
  IncidentFilter: IncidentFilter;
  IncidentGroup: IncidentGroupMapper;
  IncidentSeverityCount: IncidentSeverityCount;
  IncidentSort: IncidentSort;
  IncidentSourceCount: IncidentSourceCount;
  IncidentStatistics: IncidentStatisticsMapper;
  IncidentStatusChange: IncidentStatusChangeMapper;
  IncidentStatusCount: IncidentStatusCount;
  IngestionReport: IngestionReport;
  LostPersonCase: LostPersonCaseMapper;
  LostPersonCaseAggregate: LostPersonCaseAggregateMapper;
  LostPersonCaseConnection: LostPersonCaseConnectionMapper;
  LostPersonCaseEdge: Omit<LostPersonCaseEdge, 'node'> & { node: ResolversParentTypes['LostPersonCase'] };
  LostPersonCaseFilter: LostPersonCaseFilter;
  LostPersonCaseGroup: LostPersonCaseGroup;
  LostPersonCaseSort: LostPersonCaseSort;
  LostPersonCategoryCount: LostPersonCategoryCount;
  LostPersonSearchStatistics: LostPersonSearchStatisticsMapper;
  LostPersonSearchStatusChange: LostPersonSearchStatusChangeMapper;
  LostPersonSearchStatusCount: LostPersonSearchStatusCount;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  OpenDisputeFromIncidentInput: OpenDisputeFromIncidentInput;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PatrolFinding: PatrolFindingMapper;
  PatrolRoute: PatrolRouteMapper;
  PatrolShift: PatrolShiftMapper;
  PatrolShiftAggregate: PatrolShiftAggregateMapper;
  PatrolShiftConnection: PatrolShiftConnectionMapper;
  PatrolShiftEdge: Omit<PatrolShiftEdge, 'node'> & { node: ResolversParentTypes['PatrolShift'] };
  PatrolShiftFilter: PatrolShiftFilter;
  PatrolShiftGroup: PatrolShiftGroupMapper;
  PatrolShiftKindCount: PatrolShiftKindCount;
  PatrolShiftSort: PatrolShiftSort;
  PatrolShiftStatusCount: PatrolShiftStatusCount;
  PatrolStatistics: PatrolStatisticsMapper;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PiiAuditSort: PiiAuditSort;
  PlaceKindCount: PlaceKindCount;
  PlanPatrolShiftInput: PlanPatrolShiftInput;
  PoliceOfficer: PoliceOfficer;
  Query: Record<PropertyKey, never>;
  RaiseRiskAlertFromIncidentInput: RaiseRiskAlertFromIncidentInput;
  RecordFindingInput: RecordFindingInput;
  RecordIncidentInput: RecordIncidentInput;
  RecordSightingInput: RecordSightingInput;
  RegisterDeviceInput: RegisterDeviceInput;
  RejectedSensingEvent: RejectedSensingEvent;
  ReportLostPersonInput: ReportLostPersonInput;
  RiskAlert: RiskAlertMapper;
  SafetyCount: SafetyCount;
  SensingEvent: SensingEventMapper;
  SensingEventAggregate: SensingEventAggregateMapper;
  SensingEventConnection: SensingEventConnectionMapper;
  SensingEventEdge: Omit<SensingEventEdge, 'node'> & { node: ResolversParentTypes['SensingEvent'] };
  SensingEventFilter: SensingEventFilter;
  SensingEventGroup: SensingEventGroupMapper;
  SensingEventInput: SensingEventInput;
  SensingEventKindCount: SensingEventKindCount;
  SensingEventSort: SensingEventSort;
  SensingEventStatistics: SensingEventStatisticsMapper;
  Sighting: SightingMapper;
  TriageResult: TriageResultMapper;
  TriageSensingEventInput: TriageSensingEventInput;
  TriageStatusCount: TriageStatusCount;
  Volunteer: VolunteerMapper;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type composeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type composeDirectiveDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = composeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type contactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type contactDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = contactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type inaccessibleDirectiveArgs = { };

export type inaccessibleDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = inaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type interfaceObjectDirectiveArgs = { };

export type interfaceObjectDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = interfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type linkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type linkDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = linkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type overrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type overrideDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = overrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type shareableDirectiveArgs = { };

export type shareableDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = shareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type tagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type tagDirectiveResolver<Result, Parent, ContextType = CommunitySafetyContext, Args = tagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorStampResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AggregateKeyResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['AggregateKey'] = ResolversParentTypes['AggregateKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CheckpointVisitResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['CheckpointVisit'] = ResolversParentTypes['CheckpointVisit']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkpoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DayCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DayCount'] = ResolversParentTypes['DayCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeviceResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device'], FederationReferenceType extends FederationReferenceTypes['Device'] = FederationReferenceTypes['Device']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Device']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeviceKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeKind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  placeKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recentEvents?: Resolver<Array<ResolversTypes['SensingEvent']>, ParentType, ContextType, RequireFields<DevicerecentEventsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['DeviceStatusChange']>, ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  videoRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeviceAggregateResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceAggregate'] = ResolversParentTypes['DeviceAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['DeviceGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['DeviceGroup'], ParentType, ContextType>;
}>;

export type DeviceConnectionResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceConnection'] = ResolversParentTypes['DeviceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeviceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeviceDimensionResolvers = EnumResolverSignature<{ GRID?: any, KIND?: any, PLACE_KIND?: any, STATUS?: any, TIME?: any }, ResolversTypes['DeviceDimension']>;

export type DeviceEdgeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceEdge'] = ResolversParentTypes['DeviceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
}>;

export type DeviceGroupResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceGroup'] = ResolversParentTypes['DeviceGroup']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  onlineCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlineRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type DeviceKindResolvers = EnumResolverSignature<{ AI_CAMERA?: any, EAGLE_EYE?: any, HD_CAMERA?: any, SENSOR?: any }, ResolversTypes['DeviceKind']>;

export type DeviceKindCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceKindCount'] = ResolversParentTypes['DeviceKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['DeviceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeviceSortFieldResolvers = EnumResolverSignature<{ CODE?: any, INSTALLED_ON?: any, NAME?: any }, ResolversTypes['DeviceSortField']>;

export type DeviceStatisticsResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceStatistics'] = ResolversParentTypes['DeviceStatistics']> = ResolversObject<{
  byKind?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  byPlaceKind?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  kindCounts?: Resolver<Array<ResolversTypes['DeviceKindCount']>, ParentType, ContextType>;
  onlineRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  placeKindCounts?: Resolver<Array<ResolversTypes['PlaceKindCount']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['DeviceStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeviceStatusResolvers = EnumResolverSignature<{ MAINTENANCE?: any, OFFLINE?: any, ONLINE?: any }, ResolversTypes['DeviceStatus']>;

export type DeviceStatusChangeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceStatusChange'] = ResolversParentTypes['DeviceStatusChange']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['DeviceStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeviceStatusCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['DeviceStatusCount'] = ResolversParentTypes['DeviceStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DisputeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute'], FederationReferenceType extends FederationReferenceTypes['Dispute'] = FederationReferenceTypes['Dispute']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dispute']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceIncident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
}>;

export type EnterpriseResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<EnterpriseincidentsArgs, 'first'>>;
}>;

export type GridResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Grid'] = ResolversParentTypes['Grid']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type GridPatrolCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['GridPatrolCount'] = ResolversParentTypes['GridPatrolCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shifts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident'], FederationReferenceType extends FederationReferenceTypes['Incident'] = FederationReferenceTypes['Incident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Incident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  placeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  riskAlert?: Resolver<Maybe<ResolversTypes['RiskAlert']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['IncidentSeverity'], ParentType, ContextType>;
  severityLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['IncidentSource'], ParentType, ContextType>;
  sourceEvent?: Resolver<Maybe<ResolversTypes['SensingEvent']>, ParentType, ContextType>;
  sourceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceShift?: Resolver<Maybe<ResolversTypes['PatrolShift']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['IncidentStatusChange']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentActionResolvers = EnumResolverSignature<{ CLOSE?: any, RESOLVE?: any, START?: any }, ResolversTypes['IncidentAction']>;

export type IncidentAggregateResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentAggregate'] = ResolversParentTypes['IncidentAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['IncidentGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['IncidentGroup'], ParentType, ContextType>;
}>;

export type IncidentConnectionResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentConnection'] = ResolversParentTypes['IncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentDimensionResolvers = EnumResolverSignature<{ ENTERPRISE?: any, GRID?: any, KIND?: any, SEVERITY?: any, SOURCE?: any, STATUS?: any, TIME?: any }, ResolversTypes['IncidentDimension']>;

export type IncidentDisputeKindResolvers = EnumResolverSignature<{ CONTRACT?: any, DEMOLITION_RESETTLEMENT?: any, ENTERPRISE_RELATED?: any, FAMILY?: any, LABOUR?: any, NEIGHBOUR?: any, OTHER?: any, TOURIST?: any }, ResolversTypes['IncidentDisputeKind']>;

export type IncidentEdgeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentEdge'] = ResolversParentTypes['IncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Incident'], ParentType, ContextType>;
}>;

export type IncidentGroupResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentGroup'] = ResolversParentTypes['IncidentGroup']> = ResolversObject<{
  alertRaisedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageMinutesToClose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageMinutesToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  closedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referredToMediationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentPartyRoleResolvers = EnumResolverSignature<{ APPLICANT?: any, RESPONDENT?: any }, ResolversTypes['IncidentPartyRole']>;

export type IncidentRiskKindResolvers = EnumResolverSignature<{ FRAUD?: any, OTHER?: any, SAFETY?: any }, ResolversTypes['IncidentRiskKind']>;

export type IncidentSeverityResolvers = EnumResolverSignature<{ CRITICAL?: any, HIGH?: any, LOW?: any, MEDIUM?: any }, ResolversTypes['IncidentSeverity']>;

export type IncidentSeverityCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentSeverityCount'] = ResolversParentTypes['IncidentSeverityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['IncidentSeverity'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IncidentSortFieldResolvers = EnumResolverSignature<{ OCCURRED_AT?: any }, ResolversTypes['IncidentSortField']>;

export type IncidentSourceResolvers = EnumResolverSignature<{ MANUAL?: any, PATROL_FINDING?: any, SENSING_EVENT?: any }, ResolversTypes['IncidentSource']>;

export type IncidentSourceCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentSourceCount'] = ResolversParentTypes['IncidentSourceCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['IncidentSource'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IncidentStatisticsResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentStatistics'] = ResolversParentTypes['IncidentStatistics']> = ResolversObject<{
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  bySeverity?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  severityCounts?: Resolver<Array<ResolversTypes['IncidentSeverityCount']>, ParentType, ContextType>;
  sourceCounts?: Resolver<Array<ResolversTypes['IncidentSourceCount']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['IncidentStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withDispute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncidentStatusResolvers = EnumResolverSignature<{ CLOSED?: any, HANDLING?: any, OPEN?: any, RESOLVED?: any }, ResolversTypes['IncidentStatus']>;

export type IncidentStatusChangeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentStatusChange'] = ResolversParentTypes['IncidentStatusChange']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['IncidentStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IncidentStatusCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IncidentStatusCount'] = ResolversParentTypes['IncidentStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IngestionReportResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['IngestionReport'] = ResolversParentTypes['IngestionReport']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedSensingEvent']>, ParentType, ContextType>;
}>;

export type LostPersonCaseResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonCase'] = ResolversParentTypes['LostPersonCase'], FederationReferenceType extends FederationReferenceTypes['LostPersonCase'] = FederationReferenceTypes['LostPersonCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LostPersonCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['LostPersonCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  foundAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  foundPlace?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handedOverAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handedOverTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastSeenPlace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minutesToFind?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  personAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  personName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  personalDataErasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reporterName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reporterPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  searchStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sightings?: Resolver<Array<ResolversTypes['Sighting']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LostPersonSearchStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['LostPersonSearchStatusChange']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LostPersonCaseAggregateResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonCaseAggregate'] = ResolversParentTypes['LostPersonCaseAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['LostPersonCaseGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['LostPersonCaseGroup'], ParentType, ContextType>;
}>;

export type LostPersonCaseConnectionResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonCaseConnection'] = ResolversParentTypes['LostPersonCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LostPersonCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LostPersonCaseDimensionResolvers = EnumResolverSignature<{ CATEGORY?: any, STATUS?: any, TIME?: any }, ResolversTypes['LostPersonCaseDimension']>;

export type LostPersonCaseEdgeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonCaseEdge'] = ResolversParentTypes['LostPersonCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType>;
}>;

export type LostPersonCaseGroupResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonCaseGroup'] = ResolversParentTypes['LostPersonCaseGroup']> = ResolversObject<{
  averageMinutesToFind?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foundCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foundWithin30MinutesRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  foundWithin60MinutesRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
}>;

export type LostPersonCaseSortFieldResolvers = EnumResolverSignature<{ REPORTED_AT?: any }, ResolversTypes['LostPersonCaseSortField']>;

export type LostPersonCategoryResolvers = EnumResolverSignature<{ CHILD?: any, ELDER?: any, OTHER?: any }, ResolversTypes['LostPersonCategory']>;

export type LostPersonCategoryCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonCategoryCount'] = ResolversParentTypes['LostPersonCategoryCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['LostPersonCategory'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LostPersonSearchStatisticsResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonSearchStatistics'] = ResolversParentTypes['LostPersonSearchStatistics']> = ResolversObject<{
  byCategory?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  categoryCounts?: Resolver<Array<ResolversTypes['LostPersonCategoryCount']>, ParentType, ContextType>;
  fastestMinutesToFind?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  found?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foundWithin30MinutesRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  foundWithin60MinutesRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  medianMinutesToFind?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['LostPersonSearchStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LostPersonSearchStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, CLOSED?: any, FOUND?: any, HANDED_OVER?: any, REPORTED?: any, SEARCHING?: any }, ResolversTypes['LostPersonSearchStatus']>;

export type LostPersonSearchStatusChangeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonSearchStatusChange'] = ResolversParentTypes['LostPersonSearchStatusChange']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['LostPersonSearchStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['LostPersonSearchStatus'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LostPersonSearchStatusCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['LostPersonSearchStatusCount'] = ResolversParentTypes['LostPersonSearchStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['LostPersonSearchStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MonthCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  advanceIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationadvanceIncidentArgs, 'action' | 'expectedVersion' | 'id'>>;
  advancePatrolShift?: Resolver<ResolversTypes['PatrolShift'], ParentType, ContextType, RequireFields<MutationadvancePatrolShiftArgs, 'expectedVersion' | 'id' | 'to'>>;
  cancelLostPersonCase?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationcancelLostPersonCaseArgs, 'expectedVersion' | 'id' | 'reason'>>;
  changeDeviceStatus?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationchangeDeviceStatusArgs, 'expectedVersion' | 'id' | 'reason' | 'status'>>;
  closeLostPersonCase?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationcloseLostPersonCaseArgs, 'expectedVersion' | 'id'>>;
  handOverLostPerson?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationhandOverLostPersonArgs, 'expectedVersion' | 'id' | 'to'>>;
  ingestSensingEvents?: Resolver<ResolversTypes['IngestionReport'], ParentType, ContextType, RequireFields<MutationingestSensingEventsArgs, 'events'>>;
  markLostPersonFound?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationmarkLostPersonFoundArgs, 'expectedVersion' | 'id' | 'place'>>;
  openDisputeFromIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationopenDisputeFromIncidentArgs, 'expectedVersion' | 'id' | 'input'>>;
  planPatrolShift?: Resolver<ResolversTypes['PatrolShift'], ParentType, ContextType, RequireFields<MutationplanPatrolShiftArgs, 'input'>>;
  raiseRiskAlertFromIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationraiseRiskAlertFromIncidentArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordCheckpointVisit?: Resolver<ResolversTypes['PatrolShift'], ParentType, ContextType, RequireFields<MutationrecordCheckpointVisitArgs, 'checkpoint' | 'expectedVersion' | 'id'>>;
  recordIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationrecordIncidentArgs, 'input'>>;
  recordPatrolFinding?: Resolver<ResolversTypes['PatrolShift'], ParentType, ContextType, RequireFields<MutationrecordPatrolFindingArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordSighting?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationrecordSightingArgs, 'expectedVersion' | 'id' | 'input'>>;
  registerDevice?: Resolver<ResolversTypes['Device'], ParentType, ContextType, RequireFields<MutationregisterDeviceArgs, 'input'>>;
  reportLostPerson?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationreportLostPersonArgs, 'input'>>;
  startLostPersonSearch?: Resolver<ResolversTypes['LostPersonCase'], ParentType, ContextType, RequireFields<MutationstartLostPersonSearchArgs, 'expectedVersion' | 'id'>>;
  triageSensingEvent?: Resolver<ResolversTypes['TriageResult'], ParentType, ContextType, RequireFields<MutationtriageSensingEventArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PatrolFindingResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolFinding'] = ResolversParentTypes['PatrolFinding']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PatrolFindingKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type PatrolFindingKindResolvers = EnumResolverSignature<{ DISPUTE?: any, HAZARD?: any, SERVICE_NEED?: any }, ResolversTypes['PatrolFindingKind']>;

export type PatrolRouteResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolRoute'] = ResolversParentTypes['PatrolRoute']> = ResolversObject<{
  checkpoints?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PatrolShiftResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShift'] = ResolversParentTypes['PatrolShift'], FederationReferenceType extends FederationReferenceTypes['PatrolShift'] = FederationReferenceTypes['PatrolShift']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PatrolShift']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['PatrolFinding']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PatrolShiftKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<ResolversTypes['PatrolRoute'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PatrolShiftStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['CheckpointVisit']>, ParentType, ContextType>;
  volunteers?: Resolver<Array<ResolversTypes['Volunteer']>, ParentType, ContextType, RequireFields<PatrolShiftvolunteersArgs, 'first'>>;
}>;

export type PatrolShiftAggregateResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShiftAggregate'] = ResolversParentTypes['PatrolShiftAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['PatrolShiftGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['PatrolShiftGroup'], ParentType, ContextType>;
}>;

export type PatrolShiftConnectionResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShiftConnection'] = ResolversParentTypes['PatrolShiftConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PatrolShiftEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PatrolShiftDimensionResolvers = EnumResolverSignature<{ GRID?: any, KIND?: any, ROUTE?: any, STATUS?: any, TIME?: any, VOLUNTEER?: any }, ResolversTypes['PatrolShiftDimension']>;

export type PatrolShiftEdgeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShiftEdge'] = ResolversParentTypes['PatrolShiftEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PatrolShift'], ParentType, ContextType>;
}>;

export type PatrolShiftGroupResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShiftGroup'] = ResolversParentTypes['PatrolShiftGroup']> = ResolversObject<{
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['PatrolRoute']>, ParentType, ContextType>;
  visitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  volunteer?: Resolver<Maybe<ResolversTypes['Volunteer']>, ParentType, ContextType>;
  volunteerPlaceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PatrolShiftKindResolvers = EnumResolverSignature<{ PATROL?: any, SAFETY_INSPECTION?: any }, ResolversTypes['PatrolShiftKind']>;

export type PatrolShiftKindCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShiftKindCount'] = ResolversParentTypes['PatrolShiftKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['PatrolShiftKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PatrolShiftSortFieldResolvers = EnumResolverSignature<{ STARTS_AT?: any }, ResolversTypes['PatrolShiftSortField']>;

export type PatrolShiftStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, COMPLETED?: any, ONGOING?: any, PLANNED?: any }, ResolversTypes['PatrolShiftStatus']>;

export type PatrolShiftStatusCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolShiftStatusCount'] = ResolversParentTypes['PatrolShiftStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['PatrolShiftStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PatrolStatisticsResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PatrolStatistics'] = ResolversParentTypes['PatrolStatistics']> = ResolversObject<{
  byGrid?: Resolver<Array<ResolversTypes['GridPatrolCount']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kindCounts?: Resolver<Array<ResolversTypes['PatrolShiftKindCount']>, ParentType, ContextType>;
  statusCounts?: Resolver<Array<ResolversTypes['PatrolShiftStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PiiAuditRecord'] = ResolversParentTypes['PiiAuditRecord']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clientRequestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterpriseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PiiAuditRecordConnectionResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PiiAuditRecordConnection'] = ResolversParentTypes['PiiAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PiiAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordEdgeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PiiAuditRecordEdge'] = ResolversParentTypes['PiiAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAuditRecord'], ParentType, ContextType>;
}>;

export type PlaceKindResolvers = EnumResolverSignature<{ CHECKPOINT?: any, GRID?: any, KEY_PLACE?: any }, ResolversTypes['PlaceKind']>;

export type PlaceKindCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PlaceKindCount'] = ResolversParentTypes['PlaceKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PoliceOfficerResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['PoliceOfficer'] = ResolversParentTypes['PoliceOfficer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<QuerydeviceArgs, 'id'>>;
  deviceAggregate?: Resolver<ResolversTypes['DeviceAggregate'], ParentType, ContextType, RequireFields<QuerydeviceAggregateArgs, 'groupBy' | 'timeBucket'>>;
  deviceStatistics?: Resolver<ResolversTypes['DeviceStatistics'], ParentType, ContextType, Partial<QuerydeviceStatisticsArgs>>;
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, RequireFields<QuerydevicesArgs, 'first'>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryincidentArgs, 'id'>>;
  incidentAggregate?: Resolver<ResolversTypes['IncidentAggregate'], ParentType, ContextType, RequireFields<QueryincidentAggregateArgs, 'groupBy' | 'timeBucket'>>;
  incidentStatistics?: Resolver<ResolversTypes['IncidentStatistics'], ParentType, ContextType, Partial<QueryincidentStatisticsArgs>>;
  incidents?: Resolver<ResolversTypes['IncidentConnection'], ParentType, ContextType, RequireFields<QueryincidentsArgs, 'first'>>;
  lostPersonCase?: Resolver<Maybe<ResolversTypes['LostPersonCase']>, ParentType, ContextType, RequireFields<QuerylostPersonCaseArgs, 'id'>>;
  lostPersonCaseAggregate?: Resolver<ResolversTypes['LostPersonCaseAggregate'], ParentType, ContextType, RequireFields<QuerylostPersonCaseAggregateArgs, 'groupBy' | 'timeBucket'>>;
  lostPersonCases?: Resolver<ResolversTypes['LostPersonCaseConnection'], ParentType, ContextType, RequireFields<QuerylostPersonCasesArgs, 'first'>>;
  lostPersonSearchStatistics?: Resolver<ResolversTypes['LostPersonSearchStatistics'], ParentType, ContextType, Partial<QuerylostPersonSearchStatisticsArgs>>;
  patrolRoutes?: Resolver<Array<ResolversTypes['PatrolRoute']>, ParentType, ContextType>;
  patrolShift?: Resolver<Maybe<ResolversTypes['PatrolShift']>, ParentType, ContextType, RequireFields<QuerypatrolShiftArgs, 'id'>>;
  patrolShiftAggregate?: Resolver<ResolversTypes['PatrolShiftAggregate'], ParentType, ContextType, RequireFields<QuerypatrolShiftAggregateArgs, 'groupBy' | 'timeBucket'>>;
  patrolShifts?: Resolver<ResolversTypes['PatrolShiftConnection'], ParentType, ContextType, RequireFields<QuerypatrolShiftsArgs, 'first'>>;
  patrolStatistics?: Resolver<ResolversTypes['PatrolStatistics'], ParentType, ContextType, Partial<QuerypatrolStatisticsArgs>>;
  sensingEvent?: Resolver<Maybe<ResolversTypes['SensingEvent']>, ParentType, ContextType, RequireFields<QuerysensingEventArgs, 'id'>>;
  sensingEventAggregate?: Resolver<ResolversTypes['SensingEventAggregate'], ParentType, ContextType, RequireFields<QuerysensingEventAggregateArgs, 'groupBy' | 'timeBucket'>>;
  sensingEventStatistics?: Resolver<ResolversTypes['SensingEventStatistics'], ParentType, ContextType, Partial<QuerysensingEventStatisticsArgs>>;
  sensingEvents?: Resolver<ResolversTypes['SensingEventConnection'], ParentType, ContextType, RequireFields<QuerysensingEventsArgs, 'first'>>;
}>;

export type RejectedSensingEventResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['RejectedSensingEvent'] = ResolversParentTypes['RejectedSensingEvent']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  platformEventId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RiskAlertResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['RiskAlert'] = ResolversParentTypes['RiskAlert'], FederationReferenceType extends FederationReferenceTypes['RiskAlert'] = FederationReferenceTypes['RiskAlert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RiskAlert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceIncident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
}>;

export type SafetyCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SafetyCount'] = ResolversParentTypes['SafetyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SensingEventResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEvent'] = ResolversParentTypes['SensingEvent'], FederationReferenceType extends FederationReferenceTypes['SensingEvent'] = FederationReferenceTypes['SensingEvent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SensingEvent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SensingEventKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  platformEventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  triage?: Resolver<ResolversTypes['TriageStatus'], ParentType, ContextType>;
  triageLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  triageReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triaged?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SensingEventAggregateResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEventAggregate'] = ResolversParentTypes['SensingEventAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['SensingEventGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SensingEventGroup'], ParentType, ContextType>;
}>;

export type SensingEventConnectionResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEventConnection'] = ResolversParentTypes['SensingEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SensingEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SensingEventDimensionResolvers = EnumResolverSignature<{ DEVICE?: any, DEVICE_KIND?: any, GRID?: any, KIND?: any, TIME?: any, TRIAGE?: any }, ResolversTypes['SensingEventDimension']>;

export type SensingEventEdgeResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEventEdge'] = ResolversParentTypes['SensingEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SensingEvent'], ParentType, ContextType>;
}>;

export type SensingEventGroupResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEventGroup'] = ResolversParentTypes['SensingEventGroup']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  dismissedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  falseAlarmRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  untriagedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SensingEventKindResolvers = EnumResolverSignature<{ ABNORMAL_GATHERING?: any, CROWD_DENSITY?: any, DEVICE_FAULT?: any, FALL?: any, FIGHT?: any, FIRE_SMOKE?: any, INTRUSION?: any, VEHICLE_IN_CLOSED_LANE?: any }, ResolversTypes['SensingEventKind']>;

export type SensingEventKindCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEventKindCount'] = ResolversParentTypes['SensingEventKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['SensingEventKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SensingEventSortFieldResolvers = EnumResolverSignature<{ OCCURRED_AT?: any }, ResolversTypes['SensingEventSortField']>;

export type SensingEventStatisticsResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['SensingEventStatistics'] = ResolversParentTypes['SensingEventStatistics']> = ResolversObject<{
  byDay?: Resolver<Array<ResolversTypes['DayCount']>, ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byTriage?: Resolver<Array<ResolversTypes['SafetyCount']>, ParentType, ContextType>;
  escalatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  falseAlarmRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kindCounts?: Resolver<Array<ResolversTypes['SensingEventKindCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  triageCounts?: Resolver<Array<ResolversTypes['TriageStatusCount']>, ParentType, ContextType>;
}>;

export type SightingResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Sighting'] = ResolversParentTypes['Sighting']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['SensingEvent']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type TriageDecisionResolvers = EnumResolverSignature<{ DISMISS?: any, ESCALATE?: any }, ResolversTypes['TriageDecision']>;

export type TriageResultResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['TriageResult'] = ResolversParentTypes['TriageResult']> = ResolversObject<{
  event?: Resolver<ResolversTypes['SensingEvent'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType>;
}>;

export type TriageStatusResolvers = EnumResolverSignature<{ DISMISSED?: any, ESCALATED?: any, NEW?: any }, ResolversTypes['TriageStatus']>;

export type TriageStatusCountResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['TriageStatusCount'] = ResolversParentTypes['TriageStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['TriageStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VolunteerResolvers<ContextType = CommunitySafetyContext, ParentType extends ResolversParentTypes['Volunteer'] = ResolversParentTypes['Volunteer'], FederationReferenceType extends FederationReferenceTypes['Volunteer'] = FederationReferenceTypes['Volunteer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Volunteer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  patrolShifts?: Resolver<Array<ResolversTypes['PatrolShift']>, ParentType, ContextType, RequireFields<VolunteerpatrolShiftsArgs, 'first'>>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = CommunitySafetyContext> = ResolversObject<{
  ActorStamp?: ActorStampResolvers<ContextType>;
  AggregateKey?: AggregateKeyResolvers<ContextType>;
  CheckpointVisit?: CheckpointVisitResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DayCount?: DayCountResolvers<ContextType>;
  Device?: DeviceResolvers<ContextType>;
  DeviceAggregate?: DeviceAggregateResolvers<ContextType>;
  DeviceConnection?: DeviceConnectionResolvers<ContextType>;
  DeviceDimension?: DeviceDimensionResolvers;
  DeviceEdge?: DeviceEdgeResolvers<ContextType>;
  DeviceGroup?: DeviceGroupResolvers<ContextType>;
  DeviceKind?: DeviceKindResolvers;
  DeviceKindCount?: DeviceKindCountResolvers<ContextType>;
  DeviceSortField?: DeviceSortFieldResolvers;
  DeviceStatistics?: DeviceStatisticsResolvers<ContextType>;
  DeviceStatus?: DeviceStatusResolvers;
  DeviceStatusChange?: DeviceStatusChangeResolvers<ContextType>;
  DeviceStatusCount?: DeviceStatusCountResolvers<ContextType>;
  Dispute?: DisputeResolvers<ContextType>;
  Enterprise?: EnterpriseResolvers<ContextType>;
  Grid?: GridResolvers<ContextType>;
  GridPatrolCount?: GridPatrolCountResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentAction?: IncidentActionResolvers;
  IncidentAggregate?: IncidentAggregateResolvers<ContextType>;
  IncidentConnection?: IncidentConnectionResolvers<ContextType>;
  IncidentDimension?: IncidentDimensionResolvers;
  IncidentDisputeKind?: IncidentDisputeKindResolvers;
  IncidentEdge?: IncidentEdgeResolvers<ContextType>;
  IncidentGroup?: IncidentGroupResolvers<ContextType>;
  IncidentPartyRole?: IncidentPartyRoleResolvers;
  IncidentRiskKind?: IncidentRiskKindResolvers;
  IncidentSeverity?: IncidentSeverityResolvers;
  IncidentSeverityCount?: IncidentSeverityCountResolvers<ContextType>;
  IncidentSortField?: IncidentSortFieldResolvers;
  IncidentSource?: IncidentSourceResolvers;
  IncidentSourceCount?: IncidentSourceCountResolvers<ContextType>;
  IncidentStatistics?: IncidentStatisticsResolvers<ContextType>;
  IncidentStatus?: IncidentStatusResolvers;
  IncidentStatusChange?: IncidentStatusChangeResolvers<ContextType>;
  IncidentStatusCount?: IncidentStatusCountResolvers<ContextType>;
  IngestionReport?: IngestionReportResolvers<ContextType>;
  LostPersonCase?: LostPersonCaseResolvers<ContextType>;
  LostPersonCaseAggregate?: LostPersonCaseAggregateResolvers<ContextType>;
  LostPersonCaseConnection?: LostPersonCaseConnectionResolvers<ContextType>;
  LostPersonCaseDimension?: LostPersonCaseDimensionResolvers;
  LostPersonCaseEdge?: LostPersonCaseEdgeResolvers<ContextType>;
  LostPersonCaseGroup?: LostPersonCaseGroupResolvers<ContextType>;
  LostPersonCaseSortField?: LostPersonCaseSortFieldResolvers;
  LostPersonCategory?: LostPersonCategoryResolvers;
  LostPersonCategoryCount?: LostPersonCategoryCountResolvers<ContextType>;
  LostPersonSearchStatistics?: LostPersonSearchStatisticsResolvers<ContextType>;
  LostPersonSearchStatus?: LostPersonSearchStatusResolvers;
  LostPersonSearchStatusChange?: LostPersonSearchStatusChangeResolvers<ContextType>;
  LostPersonSearchStatusCount?: LostPersonSearchStatusCountResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PatrolFinding?: PatrolFindingResolvers<ContextType>;
  PatrolFindingKind?: PatrolFindingKindResolvers;
  PatrolRoute?: PatrolRouteResolvers<ContextType>;
  PatrolShift?: PatrolShiftResolvers<ContextType>;
  PatrolShiftAggregate?: PatrolShiftAggregateResolvers<ContextType>;
  PatrolShiftConnection?: PatrolShiftConnectionResolvers<ContextType>;
  PatrolShiftDimension?: PatrolShiftDimensionResolvers;
  PatrolShiftEdge?: PatrolShiftEdgeResolvers<ContextType>;
  PatrolShiftGroup?: PatrolShiftGroupResolvers<ContextType>;
  PatrolShiftKind?: PatrolShiftKindResolvers;
  PatrolShiftKindCount?: PatrolShiftKindCountResolvers<ContextType>;
  PatrolShiftSortField?: PatrolShiftSortFieldResolvers;
  PatrolShiftStatus?: PatrolShiftStatusResolvers;
  PatrolShiftStatusCount?: PatrolShiftStatusCountResolvers<ContextType>;
  PatrolStatistics?: PatrolStatisticsResolvers<ContextType>;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PlaceKind?: PlaceKindResolvers;
  PlaceKindCount?: PlaceKindCountResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedSensingEvent?: RejectedSensingEventResolvers<ContextType>;
  RiskAlert?: RiskAlertResolvers<ContextType>;
  SafetyCount?: SafetyCountResolvers<ContextType>;
  SensingEvent?: SensingEventResolvers<ContextType>;
  SensingEventAggregate?: SensingEventAggregateResolvers<ContextType>;
  SensingEventConnection?: SensingEventConnectionResolvers<ContextType>;
  SensingEventDimension?: SensingEventDimensionResolvers;
  SensingEventEdge?: SensingEventEdgeResolvers<ContextType>;
  SensingEventGroup?: SensingEventGroupResolvers<ContextType>;
  SensingEventKind?: SensingEventKindResolvers;
  SensingEventKindCount?: SensingEventKindCountResolvers<ContextType>;
  SensingEventSortField?: SensingEventSortFieldResolvers;
  SensingEventStatistics?: SensingEventStatisticsResolvers<ContextType>;
  Sighting?: SightingResolvers<ContextType>;
  TriageDecision?: TriageDecisionResolvers;
  TriageResult?: TriageResultResolvers<ContextType>;
  TriageStatus?: TriageStatusResolvers;
  TriageStatusCount?: TriageStatusCountResolvers<ContextType>;
  Volunteer?: VolunteerResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = CommunitySafetyContext> = ResolversObject<{
  composeDirective?: composeDirectiveDirectiveResolver<any, any, ContextType>;
  contact?: contactDirectiveResolver<any, any, ContextType>;
  inaccessible?: inaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: interfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: linkDirectiveResolver<any, any, ContextType>;
  override?: overrideDirectiveResolver<any, any, ContextType>;
  shareable?: shareableDirectiveResolver<any, any, ContextType>;
  tag?: tagDirectiveResolver<any, any, ContextType>;
}>;
