import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityMapper, RecordSourceMapper } from './links/links.mappers';
import type { AdvantageResourceMapper, AdvantageResourceConnectionMapper, RiskAlertMapper, RiskAlertConnectionMapper } from './cooperation/cooperation.mappers';
import type { AdvantageResourceGroupMapper, RiskAlertGroupMapper } from './cooperationanalytics/cooperationanalytics.mappers';
import type { AllianceMembershipMapper, LiaisonMapper, PartyOrganizationMapper } from './party/party.mappers';
import type { EnterpriseMapper, EnterpriseConnectionMapper, EnterpriseContactMapper } from './enterprise/enterprise.mappers';
import type { EnterpriseGroupMapper, ServiceNeedGroupMapper } from './analytics/analytics.mappers';
import type { EnterpriseStatisticsMapper } from './statistics/statistics.mappers';
import type { OfficerAssignmentMapper, PoliceOfficerMapper, PoliceOfficerConnectionMapper } from './officer/officer.mappers';
import type { ResourceMatchMapper } from './matching/matching.mappers';
import type { ServiceNeedMapper, ServiceNeedConnectionMapper } from './needs/needs.mappers';
import type { EnterprisesContext } from '../context';
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

/** A party-building activity of the 警企党建红盟. 党建活动 */
export type Activity = {
  __typename?: 'Activity';
  /** Stable id of the activity. */
  id: Scalars['ID']['output'];
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

/** A step of a risk alert. */
export type AdvanceRiskAlertInput = {
  /** The step. */
  action: RiskAlertAction;
  /** Loss avoided in yuan (MITIGATE, 0 or more). */
  lossAvoidedYuan?: InputMaybe<Scalars['Float']['input']>;
  /** What was done (MITIGATE). */
  mitigation?: InputMaybe<Scalars['String']['input']>;
  /** Reason (required for DISMISS). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A step of a service need. */
export type AdvanceServiceNeedInput = {
  /** The step. */
  action: ServiceNeedAction;
  /** Resolution or reason (required for RESOLVE and DECLINE). */
  resolution?: InputMaybe<Scalars['String']['input']>;
};

/** A resource 优势资源 an enterprise offers to the alliance. */
export type AdvantageResource = {
  __typename?: 'AdvantageResource';
  /** Whether it is currently available. */
  available: Scalars['Boolean']['output'];
  /** What is offered. */
  description: Scalars['String']['output'];
  /** The enterprise offering it. */
  enterprise: Enterprise;
  /** Stable id of the resource. */
  id: Scalars['ID']['output'];
  /** Kind of resource. */
  kind: AdvantageResourceKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Matches of this resource to service needs, oldest first. */
  matches: Array<ResourceMatch>;
  /** Who recorded the offer and when. */
  offeredBy: ActorStamp;
  /** State: offered or withdrawn. */
  status: AdvantageResourceStatus;
  /** Chinese label of the state. */
  statusLabel: Scalars['String']['output'];
  /** Who last updated it and when. */
  updatedBy?: Maybe<ActorStamp>;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
  /** Why it was withdrawn. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** Who withdrew it and when. */
  withdrawnBy?: Maybe<ActorStamp>;
};


/** A resource 优势资源 an enterprise offers to the alliance. */
export type AdvantageResourcematchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Advantage resources grouped by the requested dimensions, with their measures. 优势资源汇总 */
export type AdvantageResourceAggregate = {
  __typename?: 'AdvantageResourceAggregate';
  /** One group per combination of dimension values present, ordered by keys (enum values in declaration order, ids and time ascending). */
  groups: Array<AdvantageResourceGroup>;
  /** All matching resources: counts and sums equal the sums over the groups; rates are over all matching resources. */
  totals: AdvantageResourceGroup;
};

/** A page of advantage resources. */
export type AdvantageResourceConnection = {
  __typename?: 'AdvantageResourceConnection';
  /** The resources on this page. */
  edges: Array<AdvantageResourceEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of resources matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group advantage resources by in advantageResourceAggregate. 优势资源分组维度 */
export type AdvantageResourceDimension =
  /** 企业 — the offering enterprise (value: its id; the group's enterprise field joins its other fields) */
  | 'ENTERPRISE'
  /** 资源类型 — the kind (values: AdvantageResourceKind) */
  | 'KIND'
  /** 资源状态 — the state (values: AdvantageResourceStatus) */
  | 'STATUS'
  /** 登记时间 — offeredAt, bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** An advantage resource in a page. */
export type AdvantageResourceEdge = {
  __typename?: 'AdvantageResourceEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: AdvantageResource;
};

/** Filter of the advantage-resource list and aggregate (all given conditions must hold). */
export type AdvantageResourceFilter = {
  /** Only available (true) or unavailable (false) resources. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this enterprise's resources. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these enterprises' resources (any of them). */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Only this kind.
   * @deprecated Use kinds.
   */
  kind?: InputMaybe<AdvantageResourceKind>;
  /** Only these kinds (any of them). */
  kinds?: InputMaybe<Array<AdvantageResourceKind>>;
  /** Only resources offered in these months (YYYY-MM, China Standard Time; any of them). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only resources offered before this instant (offeredAt, exclusive). */
  offeredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only resources offered at or after this instant (offeredAt, inclusive). */
  offeredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Only resources in this state.
   * @deprecated Use statuses.
   */
  status?: InputMaybe<AdvantageResourceStatus>;
  /** Only resources in these states (any of them). */
  statuses?: InputMaybe<Array<AdvantageResourceStatus>>;
};

/** One group of advantage resources and its measures. */
export type AdvantageResourceGroup = {
  __typename?: 'AdvantageResourceGroup';
  /** Resources currently available. */
  availableCount: Scalars['Int']['output'];
  /** Number of resources. */
  count: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE (joins the enterprise's fields). */
  enterprise?: Maybe<Enterprise>;
  /** The group's value of each requested dimension, in groupBy order (empty for totals). */
  keys: Array<AggregateKey>;
  /** Matches to service needs (a sum). */
  matchCount: Scalars['Int']['output'];
  /** Share of resources matched at least once, in [0, 1]; null when the group is empty. */
  matchedRate?: Maybe<Scalars['Float']['output']>;
  /** Withdrawn resources 已撤回. */
  withdrawnCount: Scalars['Int']['output'];
};

/** Kind of an advantage resource an enterprise offers. 优势资源类型 */
export type AdvantageResourceKind =
  /** 设备 — equipment */
  | 'EQUIPMENT'
  /** 专业技术 — expertise */
  | 'EXPERTISE'
  /** 其他 — other */
  | 'OTHER'
  /** 场地 — venue */
  | 'VENUE'
  /** 志愿者 — volunteers */
  | 'VOLUNTEERS';

/** Order of the advantage-resource list. */
export type AdvantageResourceSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: AdvantageResourceSortField;
};

/** Sortable fields of the advantage-resource list. */
export type AdvantageResourceSortField =
  /** 登记时间 — by when the resource was offered */
  | 'OFFERED_AT';

/** State of an advantage resource. 资源状态 */
export type AdvantageResourceStatus =
  /** 在册 — offered: can be updated and matched to needs */
  | 'ACTIVE'
  /** 已撤回 — withdrawn by or for the enterprise: can no longer be updated or matched */
  | 'WITHDRAWN';

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

/** The 警企党建红盟 alliance of the sub-bureau and the park's non-public enterprises' party organisations. 警企党建红盟 */
export type Alliance = {
  __typename?: 'Alliance';
  /** Where the alliance meets 活动阵地. */
  base: Scalars['String']['output'];
  /** Founding month, YYYY-MM. */
  foundedMonth: Scalars['String']['output'];
  /** Founding date (February 2022). */
  foundedOn: Scalars['Date']['output'];
  /** The lead unit 牵头单位: the public-security sub-bureau. */
  leadUnit: Scalars['String']['output'];
  /** Number of enterprises that are current members (counted in the database, of those the caller may see). */
  memberCount: Scalars['Int']['output'];
  /** Name, 警企党建红盟. */
  name: Scalars['String']['output'];
};

/** Membership of an enterprise in the 警企党建红盟. 红盟成员资格 */
export type AllianceMembership = {
  __typename?: 'AllianceMembership';
  /** Whether the membership is current. */
  active: Scalars['Boolean']['output'];
  /** Date the enterprise joined. */
  joinedOn: Scalars['Date']['output'];
  /** Date the enterprise left; null while it is a member. */
  leftOn?: Maybe<Scalars['Date']['output']>;
  /** The enterprise's liaison 联络员 to the police. */
  liaison: Liaison;
  /** Role in the alliance. */
  role: AllianceRole;
  /** Chinese label of the role, e.g. 成员单位. */
  roleLabel: Scalars['String']['output'];
};

/** Enterprises in or outside the alliance. */
export type AllianceMembershipCount = {
  __typename?: 'AllianceMembershipCount';
  /**
   * True for current alliance members.
   * @deprecated Use key (MEMBER for true, NON_MEMBER for false): every count row is { key label count }.
   */
  allianceMember: Scalars['Boolean']['output'];
  /** Number of enterprises. */
  count: Scalars['Int']['output'];
  /** MEMBER or NON_MEMBER (the row's key). */
  key: AllianceMembershipKey;
  /** Chinese label: 红盟成员 or 非成员. */
  label: Scalars['String']['output'];
};

/** Whether an enterprise is a current member of the 警企党建红盟 alliance, as a count-row key. 红盟成员身份 */
export type AllianceMembershipKey =
  /** 红盟成员 — a current member */
  | 'MEMBER'
  /** 非成员 — not a current member (never joined, or left) */
  | 'NON_MEMBER';

/** Role of an enterprise in the alliance. 红盟角色 */
export type AllianceRole =
  /** 牵头单位 — lead unit (no enterprise is: the sub-bureau leads the alliance, see Query.alliance) */
  | 'LEAD_UNIT'
  /** 成员单位 — member */
  | 'MEMBER';

/** An officer assignment. */
export type AssignOfficerInput = {
  /** Enterprise id. */
  enterpriseId: Scalars['ID']['input'];
  /** Kind of assignment. */
  kind: AssignmentKind;
  /** Officer id. */
  officerId: Scalars['ID']['input'];
  /** Project name (required for PROJECT_OFFICER, not allowed otherwise). */
  projectName?: InputMaybe<Scalars['String']['input']>;
  /** Start date (default today). */
  startedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Assigning a service need: exactly one of officerId and enterpriseId. */
export type AssignServiceNeedInput = {
  /** New due date (YYYY-MM-DD, China Standard Time; today or later); left out: unchanged. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** The enterprise that works on it (e.g. one offering a matching resource). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** The officer who works on it. */
  officerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of an officer's assignment to an enterprise. 联系方式 */
export type AssignmentKind =
  /** 一企一警 — the one officer of the enterprise */
  | 'ONE_ENTERPRISE_ONE_OFFICER'
  /** 项目警官 — officer attached to a project */
  | 'PROJECT_OFFICER';

/** Enterprises in one category. */
export type CategoryCount = {
  __typename?: 'CategoryCount';
  /**
   * The category.
   * @deprecated Use key (the same value): every count row is { key label count }.
   */
  category: EnterpriseCategory;
  /** Number of enterprises. */
  count: Scalars['Int']['output'];
  /** The category (the row's key). */
  key: EnterpriseCategory;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Registered address. 地址 */
  address: Scalars['String']['output'];
  /** Resources the enterprise offers. */
  advantageResources: Array<AdvantageResource>;
  /** Whether the enterprise is a current member of the alliance. */
  allianceMember: Scalars['Boolean']['output'];
  /** Membership of the 警企党建红盟 alliance (also after leaving, with leftOn set); null if never a member. */
  allianceMembership?: Maybe<AllianceMembership>;
  /** Officer assignments of the enterprise, newest first (ended ones stay as history). */
  assignments: Array<OfficerAssignment>;
  /** Category of the enterprise. */
  category: EnterpriseCategory;
  /** Chinese label of the category, e.g. 规上企业. */
  categoryLabel: Scalars['String']['output'];
  /** Contact people of the enterprise; names and phones are masked for roles that do not need them. 联系人 */
  contacts: Array<EnterpriseContact>;
  /** Who registered the enterprise and when. */
  createdBy: ActorStamp;
  /** Unified social credit code (统一社会信用代码), 18 characters, GB 32100-2015. */
  creditCode: Scalars['String']['output'];
  /** Number of employees. 职工人数 */
  employeeCount: Scalars['Int']['output'];
  /** Founding date. 成立日期 */
  foundedOn: Scalars['Date']['output'];
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
  /** Whether it is one of the firms of the national tech incubator 国家级科技企业孵化器 万象创新科技产业园. 在孵企业 */
  inIncubator: Scalars['Boolean']['output'];
  /** Industry, e.g. 新材料 or 电子信息. 所属行业 */
  industry: Scalars['String']['output'];
  /** Legal representative as registered (public registration data). 法定代表人 */
  legalRepresentative: Scalars['String']['output'];
  /** Registered name. 企业名称 */
  name: Scalars['String']['output'];
  /** The active 一企一警 officer of the enterprise, if any. */
  officer?: Maybe<PoliceOfficer>;
  /** Number of risk alerts not yet mitigated, dismissed or closed. */
  openAlertCount: Scalars['Int']['output'];
  /** Number of service needs still open or in progress. */
  openNeedCount: Scalars['Int']['output'];
  /** Industrial park, e.g. 万象创新科技产业园. 所在园区 */
  park: Scalars['String']['output'];
  /** The enterprise's party organisation, if it has one. 党组织 */
  partyOrganization?: Maybe<PartyOrganization>;
  /** When the enterprise was registered in the graph. 登记时间 */
  registeredAt: Scalars['DateTime']['output'];
  /** Risk alerts about the enterprise, newest first. */
  riskAlerts: Array<RiskAlert>;
  /** Service needs the enterprise raised, newest first. */
  serviceNeeds: Array<ServiceNeed>;
  /** Operating status. */
  status: EnterpriseStatus;
  /** Chinese label of the status, e.g. 在营. */
  statusLabel: Scalars['String']['output'];
  /** Who last changed the enterprise and when. */
  updatedBy: ActorStamp;
  /** Optimistic-concurrency version; send it as expectedVersion when updating. */
  version: Scalars['Int']['output'];
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseadvantageResourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseassignmentsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseriskAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RiskAlertStatus>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseserviceNeedsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ServiceNeedStatus>;
};

/** Enterprises grouped by the requested dimensions, with their measures. 企业汇总 */
export type EnterpriseAggregate = {
  __typename?: 'EnterpriseAggregate';
  /** One group per combination of dimension values present, ordered by keys (enum values in declaration order, ids and time ascending). */
  groups: Array<EnterpriseGroup>;
  /** All matching enterprises: counts and sums equal the sums over the groups; rates are over all matching enterprises. */
  totals: EnterpriseGroup;
};

/** Category of an enterprise. 企业类别 */
export type EnterpriseCategory =
  /** 规上企业 — above-scale enterprise (annual revenue above the statistical threshold) */
  | 'ABOVE_SCALE'
  /** 其他 — other */
  | 'OTHER'
  /** 小微科创 — small or micro technology enterprise */
  | 'SMALL_MICRO_TECH';

/** A page of enterprises. */
export type EnterpriseConnection = {
  __typename?: 'EnterpriseConnection';
  /** The enterprises on this page with their cursors. */
  edges: Array<EnterpriseEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of enterprises matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** A contact person of an enterprise. 企业联系人 */
export type EnterpriseContact = {
  __typename?: 'EnterpriseContact';
  /** Name (personal information). */
  name?: Maybe<Scalars['String']['output']>;
  /** Mobile phone (personal information). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Role in the enterprise, e.g. 安全主管. */
  role: Scalars['String']['output'];
};

/** A contact person. */
export type EnterpriseContactInput = {
  /** Name. */
  name: Scalars['String']['input'];
  /** Mainland mobile number (11 digits). */
  phone: Scalars['String']['input'];
  /** Role in the enterprise. */
  role: Scalars['String']['input'];
};

/** A dimension to group enterprises by in enterpriseAggregate. 企业分组维度 */
export type EnterpriseDimension =
  /** 红盟成员身份 — current membership of the 警企党建红盟 alliance (values: AllianceMembershipKey, MEMBER or NON_MEMBER) */
  | 'ALLIANCE_MEMBER'
  /** 企业类别 — the category (values: EnterpriseCategory) */
  | 'CATEGORY'
  /** 所属行业 — the industry (values: the industry as registered, e.g. 新材料) */
  | 'INDUSTRY'
  /** 在孵企业 — inside the incubator 万象创新科技产业园 or not (values: IN_INCUBATOR or OUTSIDE_INCUBATOR) */
  | 'IN_INCUBATOR'
  /** 一企一警民警 — the active 一企一警 officer (value: the officer's id, label: badge number and unit, never the name; null: no officer); the group's officer field is the officer */
  | 'OFFICER'
  /** 经营状态 — the operating status (values: EnterpriseStatus) */
  | 'STATUS'
  /** 登记时间 — registeredAt (registration in the graph), bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** An enterprise in a page. */
export type EnterpriseEdge = {
  __typename?: 'EnterpriseEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The enterprise. */
  node: Enterprise;
};

/** Filter of the enterprise list, statistics and aggregate (all given conditions must hold). */
export type EnterpriseFilter = {
  /** Only current alliance members (true) or non-members (false). */
  allianceMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these categories (any of them). */
  categories?: InputMaybe<Array<EnterpriseCategory>>;
  /**
   * Only this category.
   * @deprecated Use categories.
   */
  category?: InputMaybe<EnterpriseCategory>;
  /** Only these enterprises (any of them). */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only enterprises with an active 一企一警 officer (true) or without one (false). */
  hasOfficer?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only firms of the incubator 万象创新科技产业园 (true) or those outside it (false). */
  inIncubator?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these industries (exact, any of them). */
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only this industry (exact). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Only enterprises registered in the graph in these months (YYYY-MM, China Standard Time; any of them). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Name contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only enterprises this officer is actively assigned to (any kind of assignment). */
  officerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only enterprises registered in the graph before this instant (registeredAt, exclusive). */
  registeredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only enterprises registered in the graph at or after this instant (registeredAt, inclusive). */
  registeredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Only this status.
   * @deprecated Use statuses.
   */
  status?: InputMaybe<EnterpriseStatus>;
  /** Only these operating statuses (any of them). */
  statuses?: InputMaybe<Array<EnterpriseStatus>>;
};

/** One group of enterprises and its measures. */
export type EnterpriseGroup = {
  __typename?: 'EnterpriseGroup';
  /** Above-scale enterprises 规上企业. */
  aboveScaleCount: Scalars['Int']['output'];
  /** Active above-scale enterprises: those the 一企一警 rule requires an officer for. */
  activeAboveScaleCount: Scalars['Int']['output'];
  /** Current alliance members 红盟成员. */
  allianceMemberCount: Scalars['Int']['output'];
  /** Share of current alliance members, in [0, 1]; null when the group is empty. */
  allianceMemberRate?: Maybe<Scalars['Float']['output']>;
  /** Average number of employees per enterprise; null when the group is empty. */
  averageEmployeeCount?: Maybe<Scalars['Float']['output']>;
  /** Active above-scale enterprises without an active 一企一警 officer (breaking the rule). */
  breakingOneOfficerRuleCount: Scalars['Int']['output'];
  /** Number of enterprises. */
  count: Scalars['Int']['output'];
  /** 一企一警 coverage 覆盖率: withOfficerCount ÷ count, in [0, 1]; null when the group is empty. */
  coverageRate?: Maybe<Scalars['Float']['output']>;
  /** Employees 职工人数 of the group's enterprises (a sum). */
  employeeCount: Scalars['Int']['output'];
  /** Firms of the incubator 在孵企业. */
  inIncubatorCount: Scalars['Int']['output'];
  /** The group's value of each requested dimension, in groupBy order (empty for totals). */
  keys: Array<AggregateKey>;
  /** The group's 一企一警 officer when grouped by OFFICER (null without an officer or otherwise). */
  officer?: Maybe<PoliceOfficer>;
  /** Coverage where the rule applies: active above-scale enterprises with an officer ÷ activeAboveScaleCount, in [0, 1]; null when there are none. */
  ruleCoverageRate?: Maybe<Scalars['Float']['output']>;
  /** Enterprises with an active 一企一警 officer. */
  withOfficerCount: Scalars['Int']['output'];
};

/** Order of the enterprise list. */
export type EnterpriseSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: EnterpriseSortField;
};

/** Sortable fields of the enterprise list. */
export type EnterpriseSortField =
  /** 入园登记时间 — by registration in the graph */
  | 'CREATED_AT'
  /** 职工人数 — by employee count */
  | 'EMPLOYEE_COUNT'
  /** 成立日期 — by founding date */
  | 'FOUNDED_ON'
  /** 企业名称 — by name */
  | 'NAME';

/** Enterprise statistics for analysts, computed in the database over the enterprises matching a filter. */
export type EnterpriseStatistics = {
  __typename?: 'EnterpriseStatistics';
  /** Matching enterprises in and outside the alliance (members first). */
  byAllianceMembership: Array<AllianceMembershipCount>;
  /** Matching enterprises per category (every category, zero included). */
  byCategory: Array<CategoryCount>;
  /** Matching enterprises with and without an active 一企一警 officer (with first). */
  byOfficerCoverage: Array<OfficerCoverageCount>;
  /** Loss avoided 避免损失(元) recorded on the risk alerts of the matching enterprises, in yuan (a sum in the database). */
  lossAvoidedYuan: Scalars['Float']['output'];
  /** Resolved service needs of the matching enterprises: on time, late and without a due date (counted in the database). */
  needTimeliness: NeedTimeliness;
  /** Share of the matching enterprises with an active 一企一警 officer, in [0, 1] (0 when none match). 一企一警覆盖率 */
  officerCoverageRate: Scalars['Float']['output'];
  /** Open risk alerts of the matching enterprises per severity. */
  openAlertsBySeverity: Array<SeverityCount>;
  /** Open or in-progress service needs of the matching enterprises per category. */
  openNeedsByCategory: Array<NeedCategoryCount>;
  /** Matching enterprises by month of registration in the graph. */
  registeredByMonth: Array<MonthCount>;
  /** Number of matching enterprises. */
  total: Scalars['Int']['output'];
  /** Matching active above-scale enterprises without an active 一企一警 officer. */
  withoutOfficer: Scalars['Int']['output'];
};

/** Operating status of an enterprise. 经营状态 */
export type EnterpriseStatus =
  /** 在营 — active */
  | 'ACTIVE'
  /** 迁出 — exited the park */
  | 'EXITED'
  /** 停业 — suspended */
  | 'SUSPENDED';

/** Joining the alliance. */
export type JoinAllianceInput = {
  /** Date of joining (default today). */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Liaison's name. */
  liaisonName: Scalars['String']['input'];
  /** Liaison's mobile number. */
  liaisonPhone: Scalars['String']['input'];
  /** Role (default MEMBER). */
  role?: InputMaybe<AllianceRole>;
};

/** An enterprise's liaison 联络员, who passes information to the workstation. */
export type Liaison = {
  __typename?: 'Liaison';
  /** Name (personal information). */
  name?: Maybe<Scalars['String']['output']>;
  /** Mobile phone (personal information). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** Outcome of matching a resource to a need. 对接结果 */
export type MatchOutcome =
  /** 已接受 — accepted by the enterprise with the need */
  | 'ACCEPTED'
  /** 已完成 — completed: the resource served the need */
  | 'COMPLETED'
  /** 已婉拒 — declined by the enterprise with the need */
  | 'DECLINED'
  /** 已推荐 — proposed: the resource was offered for the need, no answer yet */
  | 'PROPOSED';

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
  /** Moves a risk alert along its life cycle (ADMIN, POLICE; ACKNOWLEDGE also the enterprise itself). */
  advanceRiskAlert: RiskAlert;
  /** Moves a service need along its life cycle (ADMIN, POLICE). */
  advanceServiceNeed: ServiceNeed;
  /** Assigns an officer; a new 一企一警 officer replaces the active one in one step (ADMIN, POLICE). */
  assignOfficer: OfficerAssignment;
  /** Assigns an open or in-progress service need to an officer or an enterprise, optionally with a new due date (ADMIN, POLICE). */
  assignServiceNeed: ServiceNeed;
  /** Changes the operating status of an enterprise (ADMIN, POLICE); EXITED also ends its active officer assignments. */
  changeEnterpriseStatus: Enterprise;
  /** Ends an active assignment (ADMIN, POLICE). */
  endAssignment: OfficerAssignment;
  /** Makes an enterprise a member of the alliance (ADMIN, POLICE). */
  joinAlliance: Enterprise;
  /** Ends an enterprise's alliance membership (ADMIN, POLICE). */
  leaveAlliance: Enterprise;
  /**
   * Matches an offered, not withdrawn resource to an open or in-progress need of another enterprise (ADMIN, POLICE);
   * the need's version is checked and raised, so two matches sent with the same version give one CONFLICT.
   */
  matchResourceToNeed: ResourceMatch;
  /** Records a resource an enterprise offers (ADMIN, POLICE, or the enterprise itself). */
  offerAdvantageResource: AdvantageResource;
  /** Raises a risk alert (ADMIN, POLICE, or the activities department's service account with the activity as source). */
  raiseRiskAlert: RiskAlert;
  /** Raises a service need (ADMIN, POLICE, the enterprise itself, or the activities department's service account with the activity as source). */
  raiseServiceNeed: ServiceNeed;
  /** Records the outcome of a match (ADMIN, POLICE, or one of the two enterprises). */
  recordMatchOutcome: ResourceMatch;
  /** Registers an enterprise (ADMIN, POLICE). */
  registerEnterprise: Enterprise;
  /** Creates or replaces an enterprise's party organisation (ADMIN, POLICE, or the enterprise itself); expectedVersion is required when one exists. */
  setPartyOrganization: PartyOrganization;
  /** Updates an offered (not withdrawn) resource (ADMIN, POLICE, or the offering enterprise). */
  updateAdvantageResource: AdvantageResource;
  /** Changes an enterprise (ADMIN, POLICE, or the enterprise itself). */
  updateEnterprise: Enterprise;
  /** Withdraws an offered resource; it can no longer be updated or matched (ADMIN, POLICE, or the offering enterprise). */
  withdrawAdvantageResource: AdvantageResource;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationadvanceRiskAlertArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdvanceRiskAlertInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationadvanceServiceNeedArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdvanceServiceNeedInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationassignOfficerArgs = {
  input: AssignOfficerInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationassignServiceNeedArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AssignServiceNeedInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationchangeEnterpriseStatusArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  status: EnterpriseStatus;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationendAssignmentArgs = {
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationjoinAllianceArgs = {
  enterpriseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: JoinAllianceInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationleaveAllianceArgs = {
  enterpriseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  leftOn?: InputMaybe<Scalars['Date']['input']>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationmatchResourceToNeedArgs = {
  expectedNeedVersion: Scalars['Int']['input'];
  needId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  resourceId: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationofferAdvantageResourceArgs = {
  input: OfferAdvantageResourceInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationraiseRiskAlertArgs = {
  input: RaiseRiskAlertInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationraiseServiceNeedArgs = {
  input: RaiseServiceNeedInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordMatchOutcomeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordMatchOutcomeInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterEnterpriseArgs = {
  input: RegisterEnterpriseInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationsetPartyOrganizationArgs = {
  enterpriseId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: PartyOrganizationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationupdateAdvantageResourceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAdvantageResourceInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationupdateEnterpriseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateEnterpriseInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationwithdrawAdvantageResourceArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Who works on a service need: an officer or an enterprise. 承办方 */
export type NeedAssignee = Enterprise | PoliceOfficer;

/** Who works on a service need, as a kind. 承办方类型 */
export type NeedAssigneeKind =
  /** 企业 — an enterprise (e.g. one offering a matching resource) */
  | 'ENTERPRISE'
  /** 民警 — a police officer */
  | 'OFFICER'
  /** 未分派 — not assigned yet */
  | 'UNASSIGNED';

/** Service needs in one category. */
export type NeedCategoryCount = {
  __typename?: 'NeedCategoryCount';
  /**
   * The category.
   * @deprecated Use key (the same value): every count row is { key label count }.
   */
  category: ServiceNeedCategory;
  /** Number of needs. */
  count: Scalars['Int']['output'];
  /** The category (the row's key). */
  key: ServiceNeedCategory;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
};

/** Resolved service needs against their due dates. 按期办结情况 */
export type NeedTimeliness = {
  __typename?: 'NeedTimeliness';
  /** Resolved after the due date. 逾期办结 */
  late: Scalars['Int']['output'];
  /** Resolved by the end of the due date. 按期办结 */
  onTime: Scalars['Int']['output'];
  /** onTime ÷ (onTime + late), in [0, 1]; 0 when no resolved need had a due date. 按期办结率 */
  onTimeRate: Scalars['Float']['output'];
  /** Resolved without a due date. 未设期限 */
  withoutDueDate: Scalars['Int']['output'];
};

/** A new advantage resource. */
export type OfferAdvantageResourceInput = {
  /** Available now (default true). */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** What is offered. */
  description: Scalars['String']['input'];
  /** Enterprise id. */
  enterpriseId: Scalars['ID']['input'];
  /** Kind. */
  kind: AdvantageResourceKind;
};

/** An officer assigned to an enterprise. 民警联系企业 */
export type OfficerAssignment = {
  __typename?: 'OfficerAssignment';
  /** Whether the assignment is active. */
  active: Scalars['Boolean']['output'];
  /** Who made the assignment and when. */
  assignedBy: ActorStamp;
  /** Who ended the assignment and when; null while active. */
  endedBy?: Maybe<ActorStamp>;
  /** End date; null while active. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  /** The enterprise. */
  enterprise: Enterprise;
  /** Stable id of the assignment. */
  id: Scalars['ID']['output'];
  /** Kind of assignment. */
  kind: AssignmentKind;
  /** Chinese label of the kind, e.g. 一企一警. */
  kindLabel: Scalars['String']['output'];
  /** The officer. */
  officer: PoliceOfficer;
  /** Project the officer is attached to (项目警官 only). */
  projectName?: Maybe<Scalars['String']['output']>;
  /** Start date. */
  startedOn: Scalars['Date']['output'];
  /** Optimistic-concurrency version; send it as expectedVersion when ending the assignment. */
  version: Scalars['Int']['output'];
};

/** Enterprises with or without an active 一企一警 officer. */
export type OfficerCoverageCount = {
  __typename?: 'OfficerCoverageCount';
  /** Number of enterprises. */
  count: Scalars['Int']['output'];
  /** WITH_OFFICER or WITHOUT_OFFICER (the row's key). */
  key: OfficerCoverageKey;
  /** Chinese label: 已配备 or 未配备. */
  label: Scalars['String']['output'];
};

/** Whether an enterprise has an active 一企一警 officer, as a count-row key. 一企一警覆盖 */
export type OfficerCoverageKey =
  /** 未配备 — has none */
  | 'WITHOUT_OFFICER'
  /** 已配备 — has an active 一企一警 officer */
  | 'WITH_OFFICER';

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

/** The party organisation of an enterprise. 企业党组织 */
export type PartyOrganization = {
  __typename?: 'PartyOrganization';
  /** The enterprise the organisation belongs to. */
  enterprise: Enterprise;
  /** Stable id of the party organisation. */
  id: Scalars['ID']['output'];
  /** Number of party members. 党员人数 */
  memberCount: Scalars['Int']['output'];
  /** Name, e.g. 中共四川新四方肥业有限公司支部委员会. */
  name: Scalars['String']['output'];
  /** Secretary of the organisation. 书记 */
  secretary: Scalars['String']['output'];
  /** Type of organisation. */
  type: PartyOrganizationType;
  /** Chinese label of the type, e.g. 党支部. */
  typeLabel: Scalars['String']['output'];
  /** Who last changed it and when. */
  updatedBy: ActorStamp;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** The party organisation of an enterprise (created or replaced). */
export type PartyOrganizationInput = {
  /** Number of members (1 or more). */
  memberCount: Scalars['Int']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Secretary. */
  secretary: Scalars['String']['input'];
  /** Type. */
  type: PartyOrganizationType;
};

/** Type of a party organisation. 党组织类型 */
export type PartyOrganizationType =
  /** 党支部 — party branch */
  | 'BRANCH'
  /** 党总支 — general party branch */
  | 'GENERAL_BRANCH'
  /** 联合党支部 — joint party branch of several enterprises */
  | 'JOINT_BRANCH';

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

/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficer = {
  __typename?: 'PoliceOfficer';
  /** The officer's assignments, newest first (ended ones stay as history). */
  assignments: Array<OfficerAssignment>;
  /** Police badge number. 警号 */
  badgeNumber: Scalars['String']['output'];
  /** Enterprises the officer is actively assigned to (any kind). */
  enterprises: Array<Enterprise>;
  /** Stable id of the officer. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Mobile phone (masked for roles that do not need it). */
  phone?: Maybe<Scalars['String']['output']>;
  /** Unit, e.g. 象耳派出所 or 治安大队. */
  unit: Scalars['String']['output'];
  /** Workstation the officer works at, e.g. 万象警务工作站. */
  workstation: Scalars['String']['output'];
};


/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficerassignmentsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A police officer of the workstation or sub-bureau. 民警 */
export type PoliceOfficerenterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of officers. */
export type PoliceOfficerConnection = {
  __typename?: 'PoliceOfficerConnection';
  /** The officers on this page. */
  edges: Array<PoliceOfficerEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of officers matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** An officer in a page. */
export type PoliceOfficerEdge = {
  __typename?: 'PoliceOfficerEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The officer. */
  node: PoliceOfficer;
};

/** Filter of the officer list. */
export type PoliceOfficerFilter = {
  /** Name contains this text. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Only this unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Only this workstation. */
  workstation?: InputMaybe<Scalars['String']['input']>;
};

/** Order of the officer list. */
export type PoliceOfficerSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: PoliceOfficerSortField;
};

/** Sortable fields of the officer list. */
export type PoliceOfficerSortField =
  /** 警号 — by badge number */
  | 'BADGE_NUMBER'
  /** 姓名 — by name */
  | 'NAME';

/** Entry points for reading the police–enterprise co-governance graph. */
export type Query = {
  __typename?: 'Query';
  /** Advantage resources matching the filter grouped by up to 3 dimensions, with counts and matches, computed in one database aggregation (ENTERPRISE callers: their own resources). */
  advantageResourceAggregate: AdvantageResourceAggregate;
  /** Advantage resources, filtered, sorted and paged. */
  advantageResources: AdvantageResourceConnection;
  /** The 警企党建红盟 alliance. */
  alliance: Alliance;
  /** One enterprise by id. */
  enterprise?: Maybe<Enterprise>;
  /** Enterprises matching the filter grouped by up to 3 dimensions, with counts, coverage and sums, computed in one database aggregation (ENTERPRISE callers: their own enterprise). */
  enterpriseAggregate: EnterpriseAggregate;
  /** One enterprise by its unified social credit code. */
  enterpriseByCreditCode?: Maybe<Enterprise>;
  /** Statistics over the enterprises matching the filter. */
  enterpriseStatistics: EnterpriseStatistics;
  /** Enterprises, filtered, sorted and paged. */
  enterprises: EnterpriseConnection;
  /** Active above-scale enterprises without an active 一企一警 officer (non-above-scale enterprises may have none). */
  enterprisesBreakingOneOfficerRule: Array<Enterprise>;
  /** One police officer by id. */
  policeOfficer?: Maybe<PoliceOfficer>;
  /** Police officers, filtered, sorted and paged. */
  policeOfficers: PoliceOfficerConnection;
  /** Risk alerts matching the filter grouped by up to 3 dimensions, with counts and the loss avoided, computed in one database aggregation (ENTERPRISE callers: their own alerts). */
  riskAlertAggregate: RiskAlertAggregate;
  /** Risk alerts, filtered, sorted and paged (ENTERPRISE callers see their own). */
  riskAlerts: RiskAlertConnection;
  /** Service needs matching the filter grouped by up to 3 dimensions, with counts, timeliness and averages, computed in one database aggregation (ENTERPRISE callers: their own needs). */
  serviceNeedAggregate: ServiceNeedAggregate;
  /** Service needs, filtered, sorted and paged (ENTERPRISE callers see their own). */
  serviceNeeds: ServiceNeedConnection;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryadvantageResourceAggregateArgs = {
  filter?: InputMaybe<AdvantageResourceFilter>;
  groupBy?: Array<AdvantageResourceDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryadvantageResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AdvantageResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AdvantageResourceSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryenterpriseArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryenterpriseAggregateArgs = {
  filter?: InputMaybe<EnterpriseFilter>;
  groupBy?: Array<EnterpriseDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryenterpriseByCreditCodeArgs = {
  creditCode: Scalars['String']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryenterpriseStatisticsArgs = {
  filter?: InputMaybe<EnterpriseFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryenterprisesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnterpriseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EnterpriseSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryenterprisesBreakingOneOfficerRuleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerypoliceOfficerArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerypoliceOfficersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PoliceOfficerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PoliceOfficerSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryriskAlertAggregateArgs = {
  filter?: InputMaybe<RiskAlertFilter>;
  groupBy?: Array<RiskAlertDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryriskAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RiskAlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RiskAlertSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryserviceNeedAggregateArgs = {
  filter?: InputMaybe<ServiceNeedFilter>;
  groupBy?: Array<ServiceNeedDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryserviceNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceNeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ServiceNeedSort>;
};

/** A new risk alert. */
export type RaiseRiskAlertInput = {
  /** What was found. */
  description: Scalars['String']['input'];
  /** Enterprise id. */
  enterpriseId: Scalars['ID']['input'];
  /** Evidence. */
  evidence?: InputMaybe<Scalars['String']['input']>;
  /** Officer raising it (default: the caller's officer). */
  officerId?: InputMaybe<Scalars['ID']['input']>;
  /** The record of another department this alert comes from (required for a DEPARTMENT caller: a record of its own department). */
  origin?: InputMaybe<RecordSourceInput>;
  /** Severity. */
  severity: RiskSeverity;
  /** Where it was found, e.g. 裁判文书网. */
  source: Scalars['String']['input'];
  /** Short title (optional). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Type of risk. */
  type: RiskAlertType;
};

/** A new service need. */
export type RaiseServiceNeedInput = {
  /** Category. */
  category: ServiceNeedCategory;
  /** What is needed. */
  description: Scalars['String']['input'];
  /** Due date (YYYY-MM-DD, China Standard Time; today or later). */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Enterprise id. */
  enterpriseId: Scalars['ID']['input'];
  /** The record of another department this need comes from (required for a DEPARTMENT caller: a record of its own department). */
  source?: InputMaybe<RecordSourceInput>;
};

/** The outcome of a match. */
export type RecordMatchOutcomeInput = {
  /** Note, e.g. why it was declined. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** ACCEPTED or DECLINED (from PROPOSED), COMPLETED (from ACCEPTED). */
  outcome: MatchOutcome;
};

/**
 * A record of another department (subgraph) that caused a record here: e.g. the party-building
 * activity whose outcome raised a service need or a risk alert. 来源记录
 */
export type RecordSource = {
  __typename?: 'RecordSource';
  /** Id of the record in that subgraph. */
  id: Scalars['ID']['output'];
  /** Subgraph (department) holding the record, e.g. activities. */
  subgraph: Scalars['String']['output'];
  /** GraphQL type of the record, e.g. Activity. */
  typename: Scalars['String']['output'];
};

/** The record of another department a new record comes from. */
export type RecordSourceInput = {
  /** Id of the record (a 24-hex id). */
  id: Scalars['ID']['input'];
  /** Subgraph (department) holding the record, e.g. activities. */
  subgraph: Scalars['String']['input'];
  /** GraphQL type of the record, e.g. Activity. */
  typename: Scalars['String']['input'];
};

/** A new enterprise. */
export type RegisterEnterpriseInput = {
  /** Address. */
  address: Scalars['String']['input'];
  /** Category. */
  category: EnterpriseCategory;
  /** Contacts (at most 10). */
  contacts?: InputMaybe<Array<EnterpriseContactInput>>;
  /** Unified social credit code, 18 characters with a valid GB 32100-2015 check character. */
  creditCode: Scalars['String']['input'];
  /** Number of employees (0 or more). */
  employeeCount: Scalars['Int']['input'];
  /** Founding date (not in the future). */
  foundedOn: Scalars['Date']['input'];
  /** One of the incubator's firms (default: true when the park is 万象创新科技产业园). */
  inIncubator?: InputMaybe<Scalars['Boolean']['input']>;
  /** Industry. */
  industry: Scalars['String']['input'];
  /** Legal representative. */
  legalRepresentative: Scalars['String']['input'];
  /** Registered name. */
  name: Scalars['String']['input'];
  /** Park (default 万象创新科技产业园). */
  park?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A match 资源对接 of an advantage resource to a service need: who offered what (the offering enterprise and
 * a copy of its resource as offered) to whom (the need's enterprise), who recorded it and when, and the outcome.
 * Seen by ADMIN, POLICE, MEDIATOR, ANALYST and by the two enterprises involved.
 */
export type ResourceMatch = {
  __typename?: 'ResourceMatch';
  /** Both enterprises (offering, then with the need) the caller may see: the match's owners. */
  enterprises: Array<Enterprise>;
  /** Stable id of the match. */
  id: Scalars['ID']['output'];
  /** When the match was recorded (server time). */
  matchedAt: Scalars['DateTime']['output'];
  /** Who recorded the match and when (server time). */
  matchedBy: ActorStamp;
  /** The need (null if the caller may not see it, e.g. the offering enterprise). */
  need?: Maybe<ServiceNeed>;
  /** The enterprise with the need. */
  needEnterprise?: Maybe<Enterprise>;
  /** Note recorded with the match. */
  note?: Maybe<Scalars['String']['output']>;
  /** The enterprise offering the resource. */
  offeringEnterprise?: Maybe<Enterprise>;
  /** Outcome so far. */
  outcome: MatchOutcome;
  /** Who recorded the outcome and when. */
  outcomeBy?: Maybe<ActorStamp>;
  /** Chinese label of the outcome. */
  outcomeLabel: Scalars['String']['output'];
  /** Note recorded with the outcome. */
  outcomeNote?: Maybe<Scalars['String']['output']>;
  /** The resource (null if the caller may not see it, e.g. the need's enterprise: see resourceDescription). */
  resource?: Maybe<AdvantageResource>;
  /** What was offered (the resource's description when it was matched). */
  resourceDescription: Scalars['String']['output'];
  /** Kind of the resource when it was matched. */
  resourceKind: AdvantageResourceKind;
  /** Chinese label of the kind. */
  resourceKindLabel: Scalars['String']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/**
 * A risk alert from operating-environment monitoring 企业运营环境监测, or one another department's record
 * raised (e.g. a warning given during an activity). An entity: other subgraphs refer to it by id.
 */
export type RiskAlert = {
  __typename?: 'RiskAlert';
  /** When the enterprise acknowledged the notice. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The activity this alert came from, when its origin is an activity. */
  activity?: Maybe<Activity>;
  /** What was found. */
  description: Scalars['String']['output'];
  /** Why it was dismissed. */
  dismissalReason?: Maybe<Scalars['String']['output']>;
  /** The enterprise at risk. */
  enterprise: Enterprise;
  /** Evidence gathered. */
  evidence?: Maybe<Scalars['String']['output']>;
  /** Stable id of the alert. */
  id: Scalars['ID']['output'];
  /** Loss avoided, in yuan, when the risk was mitigated. 挽回/避免损失(元) */
  lossAvoidedYuan?: Maybe<Scalars['Float']['output']>;
  /** What was done to mitigate it. */
  mitigation?: Maybe<Scalars['String']['output']>;
  /** The record of another department this alert came from (e.g. the activity where the risk surfaced). */
  origin?: Maybe<RecordSource>;
  /** Who raised it and when. */
  raisedBy: ActorStamp;
  /** Officer who raised the alert. */
  raisedByOfficer?: Maybe<PoliceOfficer>;
  /** Severity. */
  severity: RiskSeverity;
  /** Chinese label of the severity. */
  severityLabel: Scalars['String']['output'];
  /** Where it was found, e.g. 裁判文书网 or 党建活动：…. 发现渠道 */
  source: Scalars['String']['output'];
  /** Status. */
  status: RiskAlertStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Short title 标题, e.g. 拟签投资协议系代持协议. */
  title?: Maybe<Scalars['String']['output']>;
  /** Type of risk. */
  type: RiskAlertType;
  /** Chinese label of the type. */
  typeLabel: Scalars['String']['output'];
  /** Who last moved it and when. */
  updatedBy: ActorStamp;
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};

/** A step of a risk alert's life cycle. 预警处置动作 */
export type RiskAlertAction =
  /** 企业确认 — the enterprise acknowledges the notice (stays NOTIFIED, records acknowledgedAt) */
  | 'ACKNOWLEDGE'
  /** 关闭 — close (MITIGATED or DISMISSED → CLOSED) */
  | 'CLOSE'
  /** 排除 — dismiss as a false positive (DETECTED, TRIAGED or NOTIFIED → DISMISSED), with a reason */
  | 'DISMISS'
  /** 化解 — mitigated (NOTIFIED → MITIGATED), optionally with the loss avoided */
  | 'MITIGATE'
  /** 告知企业 — notify the enterprise (TRIAGED → NOTIFIED) */
  | 'NOTIFY'
  /** 研判 — triage (DETECTED → TRIAGED) */
  | 'TRIAGE';

/** Risk alerts grouped by the requested dimensions, with their measures. 风险预警汇总 */
export type RiskAlertAggregate = {
  __typename?: 'RiskAlertAggregate';
  /** One group per combination of dimension values present, ordered by keys (enum values in declaration order, ids and time ascending). */
  groups: Array<RiskAlertGroup>;
  /** All matching alerts: counts and sums equal the sums over the groups; averages are over all matching alerts. */
  totals: RiskAlertGroup;
};

/** A page of risk alerts. */
export type RiskAlertConnection = {
  __typename?: 'RiskAlertConnection';
  /** The alerts on this page. */
  edges: Array<RiskAlertEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of alerts matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group risk alerts by in riskAlertAggregate. 风险预警分组维度 */
export type RiskAlertDimension =
  /** 企业 — the enterprise at risk (value: its id; the group's enterprise field joins its other fields) */
  | 'ENTERPRISE'
  /** 风险等级 — the severity (values: RiskSeverity) */
  | 'SEVERITY'
  /** 预警状态 — the status (values: RiskAlertStatus) */
  | 'STATUS'
  /** 发现时间 — raisedAt, bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 风险类型 — the type of risk (values: RiskAlertType) */
  | 'TYPE';

/** A risk alert in a page. */
export type RiskAlertEdge = {
  __typename?: 'RiskAlertEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: RiskAlert;
};

/** Filter of the risk-alert list and aggregate (all given conditions must hold). */
export type RiskAlertFilter = {
  /** Only this enterprise's alerts. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these enterprises' alerts (any of them). */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only alerts raised in these months (YYYY-MM, China Standard Time; any of them). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only alerts raised before this instant (raisedAt, exclusive). */
  raisedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only alerts raised by this officer. */
  raisedByOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only alerts raised at or after this instant (raisedAt, inclusive). */
  raisedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these severities (any of them). */
  severities?: InputMaybe<Array<RiskSeverity>>;
  /**
   * Only this severity.
   * @deprecated Use severities.
   */
  severity?: InputMaybe<RiskSeverity>;
  /**
   * Only this status.
   * @deprecated Use statuses.
   */
  status?: InputMaybe<RiskAlertStatus>;
  /** Only alerts in these statuses (any of them). */
  statuses?: InputMaybe<Array<RiskAlertStatus>>;
  /**
   * Only this type.
   * @deprecated Use types.
   */
  type?: InputMaybe<RiskAlertType>;
  /** Only these types of risk (any of them). */
  types?: InputMaybe<Array<RiskAlertType>>;
};

/** One group of risk alerts and its measures. */
export type RiskAlertGroup = {
  __typename?: 'RiskAlertGroup';
  /** Alerts the enterprise acknowledged 企业已确认. */
  acknowledgedCount: Scalars['Int']['output'];
  /** Average loss avoided per mitigated alert with a recorded amount, in yuan; null when none. */
  averageLossAvoidedYuan?: Maybe<Scalars['Float']['output']>;
  /** Closed alerts 已关闭. */
  closedCount: Scalars['Int']['output'];
  /** Number of alerts. */
  count: Scalars['Int']['output'];
  /** Alerts dismissed as false positives 已排除 (including those closed after dismissal). */
  dismissedCount: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE (joins the enterprise's fields). */
  enterprise?: Maybe<Enterprise>;
  /** The group's value of each requested dimension, in groupBy order (empty for totals). */
  keys: Array<AggregateKey>;
  /** Loss avoided 避免损失 in yuan (a sum). */
  lossAvoidedYuan: Scalars['Float']['output'];
  /** Alerts mitigated 已化解 (including those closed after mitigation). */
  mitigatedCount: Scalars['Int']['output'];
  /** Alerts not yet mitigated, dismissed or closed (detected, triaged or notified). */
  openCount: Scalars['Int']['output'];
};

/** Order of the risk-alert list. */
export type RiskAlertSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: RiskAlertSortField;
};

/** Sortable fields of the risk-alert list. */
export type RiskAlertSortField =
  /** 发现时间 — by when the alert was raised */
  | 'RAISED_AT'
  /** 风险等级 — by severity (LOW < MEDIUM < HIGH < CRITICAL) */
  | 'SEVERITY';

/** Status of a risk alert. 预警状态 */
export type RiskAlertStatus =
  /** 已关闭 — closed */
  | 'CLOSED'
  /** 已发现 — detected */
  | 'DETECTED'
  /** 已排除 — dismissed as a false positive */
  | 'DISMISSED'
  /** 已化解 — mitigated */
  | 'MITIGATED'
  /** 已告知 — the enterprise was notified */
  | 'NOTIFIED'
  /** 已研判 — triaged */
  | 'TRIAGED';

/** Type of a risk in an enterprise's operating environment. 风险类型 */
export type RiskAlertType =
  /** 交易对手涉诉 — counterparty litigation */
  | 'COUNTERPARTY_LITIGATION'
  /** 诈骗 — fraud */
  | 'FRAUD'
  /** 知识产权侵权 — intellectual-property infringement */
  | 'IP_INFRINGEMENT'
  /** 股权代持 — nominee shareholding */
  | 'NOMINEE_HOLDING'
  /** 其他 — other */
  | 'OTHER'
  /** 安全生产 — safety */
  | 'SAFETY';

/** Severity of a risk alert. 风险等级 */
export type RiskSeverity =
  /** 严重 — critical */
  | 'CRITICAL'
  /** 高 — high */
  | 'HIGH'
  /** 低 — low */
  | 'LOW'
  /** 中 — medium */
  | 'MEDIUM';

/**
 * A service need 服务需求 an enterprise told the police about, or one another department's record raised
 * (an activity's outcome). An entity: other subgraphs refer to it by id.
 */
export type ServiceNeed = {
  __typename?: 'ServiceNeed';
  /** The activity this need came from, when its source is an activity. */
  activity?: Maybe<Activity>;
  /** Who assigned it and when (the latest assignment). */
  assignedBy?: Maybe<ActorStamp>;
  /** Who works on it: an officer (PoliceOfficer) or an enterprise (Enterprise, e.g. one offering a resource); null while unassigned. */
  assignee?: Maybe<NeedAssignee>;
  /** Who works on it, as a kind: OFFICER, ENTERPRISE or UNASSIGNED. */
  assigneeKind: NeedAssigneeKind;
  /** Chinese label of the assignee kind, e.g. 民警. */
  assigneeKindLabel: Scalars['String']['output'];
  /** Category. */
  category: ServiceNeedCategory;
  /** Chinese label of the category. */
  categoryLabel: Scalars['String']['output'];
  /** What the enterprise needs. */
  description: Scalars['String']['output'];
  /** Due date 办理期限 (a calendar day in China Standard Time; due until that day's end). */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The enterprise with the need. */
  enterprise: Enterprise;
  /** Stable id of the need. */
  id: Scalars['ID']['output'];
  /** Advantage resources matched to this need, oldest first. */
  matches: Array<ResourceMatch>;
  /** Whether it is still open or in progress after its due date (at the server's clock). */
  overdue: Scalars['Boolean']['output'];
  /** Who raised the need and when. */
  raisedBy: ActorStamp;
  /** How the need was resolved or why it was declined. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** Who resolved or declined it and when. */
  resolvedBy?: Maybe<ActorStamp>;
  /** Whether it was resolved by the end of its due date; null while unresolved, declined, or without a due date. */
  resolvedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** The record of another department this need came from (e.g. an activity's outcome). */
  source?: Maybe<RecordSource>;
  /** Who started work on it and when. */
  startedBy?: Maybe<ActorStamp>;
  /** Status. */
  status: ServiceNeedStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
};


/**
 * A service need 服务需求 an enterprise told the police about, or one another department's record raised
 * (an activity's outcome). An entity: other subgraphs refer to it by id.
 */
export type ServiceNeedmatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A step of a service need's life cycle. 需求办理动作 */
export type ServiceNeedAction =
  /** 不予办理 — decline (OPEN or IN_PROGRESS → DECLINED), with a resolution */
  | 'DECLINE'
  /** 办结 — resolve (IN_PROGRESS → RESOLVED), with a resolution */
  | 'RESOLVE'
  /** 开始办理 — start work (OPEN → IN_PROGRESS) */
  | 'START';

/** Service needs grouped by the requested dimensions, with their measures. 服务需求汇总 */
export type ServiceNeedAggregate = {
  __typename?: 'ServiceNeedAggregate';
  /** One group per combination of dimension values present, ordered by keys (enum values in declaration order, ids and time ascending). */
  groups: Array<ServiceNeedGroup>;
  /** All matching needs: counts equal the sums over the groups; rates and averages are over all matching needs. */
  totals: ServiceNeedGroup;
};

/** Category of a service need. 需求类别 */
export type ServiceNeedCategory =
  /** 行政审批 — administrative approvals */
  | 'APPROVAL'
  /** 法律咨询 — legal advice */
  | 'LEGAL'
  /** 其他 — other */
  | 'OTHER'
  /** 政策咨询 — policy advice */
  | 'POLICY'
  /** 治安防范 — security and crime prevention */
  | 'SECURITY'
  /** 用工招聘 — staffing and recruitment */
  | 'STAFFING';

/** A page of service needs. */
export type ServiceNeedConnection = {
  __typename?: 'ServiceNeedConnection';
  /** The needs on this page. */
  edges: Array<ServiceNeedEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of needs matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group service needs by in serviceNeedAggregate. 服务需求分组维度 */
export type ServiceNeedDimension =
  /** 承办方类型 — who works on it (values: NeedAssigneeKind, OFFICER, ENTERPRISE or UNASSIGNED) */
  | 'ASSIGNEE_KIND'
  /** 需求类别 — the category (values: ServiceNeedCategory) */
  | 'CATEGORY'
  /** 企业 — the enterprise with the need (value: its id; the group's enterprise field joins its other fields) */
  | 'ENTERPRISE'
  /** 需求状态 — the status (values: ServiceNeedStatus) */
  | 'STATUS'
  /** 提出时间 — raisedAt, bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** A service need in a page. */
export type ServiceNeedEdge = {
  __typename?: 'ServiceNeedEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The need. */
  node: ServiceNeed;
};

/** Filter of the service-need list and aggregate (all given conditions must hold). */
export type ServiceNeedFilter = {
  /** Only needs assigned to this enterprise. */
  assigneeEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only needs worked on by these kinds of assignee (any of them; UNASSIGNED: not assigned yet). */
  assigneeKinds?: InputMaybe<Array<NeedAssigneeKind>>;
  /** Only needs assigned to this officer. */
  assigneeOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these categories (any of them). */
  categories?: InputMaybe<Array<ServiceNeedCategory>>;
  /**
   * Only this category.
   * @deprecated Use categories.
   */
  category?: InputMaybe<ServiceNeedCategory>;
  /** Only this enterprise's needs. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these enterprises' needs (any of them). */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only needs raised in these months (YYYY-MM, China Standard Time; any of them). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: only needs open or in progress past their due date (at the server's clock); false: only the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only needs raised before this instant (raisedAt, exclusive). */
  raisedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only needs raised at or after this instant (raisedAt, inclusive). */
  raisedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Only this status.
   * @deprecated Use statuses.
   */
  status?: InputMaybe<ServiceNeedStatus>;
  /** Only needs in these statuses (any of them). */
  statuses?: InputMaybe<Array<ServiceNeedStatus>>;
};

/** One group of service needs and its measures. */
export type ServiceNeedGroup = {
  __typename?: 'ServiceNeedGroup';
  /** Average days from raising to resolving, over the resolved needs (server clock); null when none. */
  averageDaysToResolve?: Maybe<Scalars['Float']['output']>;
  /** Number of needs. */
  count: Scalars['Int']['output'];
  /** Declined needs 不予办理. */
  declinedCount: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE (joins the enterprise's fields). */
  enterprise?: Maybe<Enterprise>;
  /** The group's value of each requested dimension, in groupBy order (empty for totals). */
  keys: Array<AggregateKey>;
  /** Advantage resources matched to the needs (a sum). */
  matchCount: Scalars['Int']['output'];
  /** Needs open or in progress 待办理/办理中. */
  openCount: Scalars['Int']['output'];
  /** Needs open or in progress past the end of their due date at the server's clock 逾期未办结. */
  overdueCount: Scalars['Int']['output'];
  /** Share resolved 办结率: resolvedCount ÷ count, in [0, 1]; null when the group is empty. */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Resolved needs 已解决. */
  resolvedCount: Scalars['Int']['output'];
  /** Resolved after the due date 逾期办结. */
  resolvedLateCount: Scalars['Int']['output'];
  /** Resolved by the end of the due date 按期办结. */
  resolvedOnTimeCount: Scalars['Int']['output'];
  /** Share resolved on time 按期办结率: resolvedOnTimeCount ÷ needs resolved with a due date, in [0, 1]; null when none. */
  resolvedOnTimeRate?: Maybe<Scalars['Float']['output']>;
};

/** Order of the service-need list. */
export type ServiceNeedSort = {
  /** Direction (default DESC for RAISED_AT when no sort is given). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: ServiceNeedSortField;
};

/** Sortable fields of the service-need list. */
export type ServiceNeedSortField =
  /** 办理期限 — by due date (needs without one last when ascending) */
  | 'DUE_ON'
  /** 提出时间 — by when the need was raised */
  | 'RAISED_AT';

/** Status of a service need. 需求状态 */
export type ServiceNeedStatus =
  /** 不予办理 — declined */
  | 'DECLINED'
  /** 办理中 — in progress */
  | 'IN_PROGRESS'
  /** 待办理 — open */
  | 'OPEN'
  /** 已解决 — resolved */
  | 'RESOLVED';

/** Risk alerts of one severity. */
export type SeverityCount = {
  __typename?: 'SeverityCount';
  /** Number of alerts. */
  count: Scalars['Int']['output'];
  /** The severity (the row's key). */
  key: RiskSeverity;
  /** Its Chinese label. */
  label: Scalars['String']['output'];
  /**
   * The severity.
   * @deprecated Use key (the same value): every count row is { key label count }.
   */
  severity: RiskSeverity;
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

/** Changes to an advantage resource; omitted fields stay as they are. */
export type UpdateAdvantageResourceInput = {
  /** Available now. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** What is offered. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Kind. */
  kind?: InputMaybe<AdvantageResourceKind>;
};

/** Changes to an enterprise; omitted fields stay as they are. */
export type UpdateEnterpriseInput = {
  /** Address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Category. */
  category?: InputMaybe<EnterpriseCategory>;
  /** Contacts (replace the whole list). */
  contacts?: InputMaybe<Array<EnterpriseContactInput>>;
  /** Unified social credit code. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** Number of employees. */
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** Founding date. */
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** One of the incubator's firms. */
  inIncubator?: InputMaybe<Scalars['Boolean']['input']>;
  /** Industry. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Legal representative. */
  legalRepresentative?: InputMaybe<Scalars['String']['input']>;
  /** Registered name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Park. */
  park?: InputMaybe<Scalars['String']['input']>;
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
  AdvantageResource: AdvantageResource;
  Enterprise: Enterprise;
  PoliceOfficer: PoliceOfficer;
  RiskAlert: RiskAlert;
  ServiceNeed: ServiceNeed;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AdvantageResource:
    ( { __typename: 'AdvantageResource' }
    & GraphQLRecursivePick<FederationTypes['AdvantageResource'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  PoliceOfficer:
    ( { __typename: 'PoliceOfficer' }
    & GraphQLRecursivePick<FederationTypes['PoliceOfficer'], {"id":true}> );
  RiskAlert:
    ( { __typename: 'RiskAlert' }
    & GraphQLRecursivePick<FederationTypes['RiskAlert'], {"id":true}> );
  ServiceNeed:
    ( { __typename: 'ServiceNeed' }
    & GraphQLRecursivePick<FederationTypes['ServiceNeed'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  NeedAssignee:
    | ( EnterpriseMapper & { __typename: 'Enterprise' } )
    | ( PoliceOfficerMapper & { __typename: 'PoliceOfficer' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  AdvanceRiskAlertInput: AdvanceRiskAlertInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AdvanceServiceNeedInput: AdvanceServiceNeedInput;
  AdvantageResource: ResolverTypeWrapper<AdvantageResourceMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AdvantageResourceAggregate: ResolverTypeWrapper<Omit<AdvantageResourceAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['AdvantageResourceGroup']>, totals: ResolversTypes['AdvantageResourceGroup'] }>;
  AdvantageResourceConnection: ResolverTypeWrapper<AdvantageResourceConnectionMapper>;
  AdvantageResourceDimension: ResolverTypeWrapper<'KIND' | 'STATUS' | 'ENTERPRISE' | 'TIME'>;
  AdvantageResourceEdge: ResolverTypeWrapper<Omit<AdvantageResourceEdge, 'node'> & { node: ResolversTypes['AdvantageResource'] }>;
  AdvantageResourceFilter: AdvantageResourceFilter;
  AdvantageResourceGroup: ResolverTypeWrapper<AdvantageResourceGroupMapper>;
  AdvantageResourceKind: ResolverTypeWrapper<'VENUE' | 'EXPERTISE' | 'VOLUNTEERS' | 'EQUIPMENT' | 'OTHER'>;
  AdvantageResourceSort: AdvantageResourceSort;
  AdvantageResourceSortField: ResolverTypeWrapper<'OFFERED_AT'>;
  AdvantageResourceStatus: ResolverTypeWrapper<'ACTIVE' | 'WITHDRAWN'>;
  AggregateKey: ResolverTypeWrapper<AggregateKey>;
  Alliance: ResolverTypeWrapper<Alliance>;
  AllianceMembership: ResolverTypeWrapper<AllianceMembershipMapper>;
  AllianceMembershipCount: ResolverTypeWrapper<Omit<AllianceMembershipCount, 'key'> & { key: ResolversTypes['AllianceMembershipKey'] }>;
  AllianceMembershipKey: ResolverTypeWrapper<'MEMBER' | 'NON_MEMBER'>;
  AllianceRole: ResolverTypeWrapper<'MEMBER' | 'LEAD_UNIT'>;
  AssignOfficerInput: AssignOfficerInput;
  AssignServiceNeedInput: AssignServiceNeedInput;
  AssignmentKind: ResolverTypeWrapper<'ONE_ENTERPRISE_ONE_OFFICER' | 'PROJECT_OFFICER'>;
  CategoryCount: ResolverTypeWrapper<Omit<CategoryCount, 'category' | 'key'> & { category: ResolversTypes['EnterpriseCategory'], key: ResolversTypes['EnterpriseCategory'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  EnterpriseAggregate: ResolverTypeWrapper<Omit<EnterpriseAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['EnterpriseGroup']>, totals: ResolversTypes['EnterpriseGroup'] }>;
  EnterpriseCategory: ResolverTypeWrapper<'ABOVE_SCALE' | 'SMALL_MICRO_TECH' | 'OTHER'>;
  EnterpriseConnection: ResolverTypeWrapper<EnterpriseConnectionMapper>;
  EnterpriseContact: ResolverTypeWrapper<EnterpriseContactMapper>;
  EnterpriseContactInput: EnterpriseContactInput;
  EnterpriseDimension: ResolverTypeWrapper<'CATEGORY' | 'STATUS' | 'INDUSTRY' | 'ALLIANCE_MEMBER' | 'IN_INCUBATOR' | 'OFFICER' | 'TIME'>;
  EnterpriseEdge: ResolverTypeWrapper<Omit<EnterpriseEdge, 'node'> & { node: ResolversTypes['Enterprise'] }>;
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseGroup: ResolverTypeWrapper<EnterpriseGroupMapper>;
  EnterpriseSort: EnterpriseSort;
  EnterpriseSortField: ResolverTypeWrapper<'NAME' | 'FOUNDED_ON' | 'EMPLOYEE_COUNT' | 'CREATED_AT'>;
  EnterpriseStatistics: ResolverTypeWrapper<EnterpriseStatisticsMapper>;
  EnterpriseStatus: ResolverTypeWrapper<'ACTIVE' | 'SUSPENDED' | 'EXITED'>;
  JoinAllianceInput: JoinAllianceInput;
  Liaison: ResolverTypeWrapper<LiaisonMapper>;
  MatchOutcome: ResolverTypeWrapper<'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'COMPLETED'>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeedAssignee: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['NeedAssignee']>;
  NeedAssigneeKind: ResolverTypeWrapper<'OFFICER' | 'ENTERPRISE' | 'UNASSIGNED'>;
  NeedCategoryCount: ResolverTypeWrapper<Omit<NeedCategoryCount, 'category' | 'key'> & { category: ResolversTypes['ServiceNeedCategory'], key: ResolversTypes['ServiceNeedCategory'] }>;
  NeedTimeliness: ResolverTypeWrapper<NeedTimeliness>;
  OfferAdvantageResourceInput: OfferAdvantageResourceInput;
  OfficerAssignment: ResolverTypeWrapper<OfficerAssignmentMapper>;
  OfficerCoverageCount: ResolverTypeWrapper<Omit<OfficerCoverageCount, 'key'> & { key: ResolversTypes['OfficerCoverageKey'] }>;
  OfficerCoverageKey: ResolverTypeWrapper<'WITH_OFFICER' | 'WITHOUT_OFFICER'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyOrganization: ResolverTypeWrapper<PartyOrganizationMapper>;
  PartyOrganizationInput: PartyOrganizationInput;
  PartyOrganizationType: ResolverTypeWrapper<'BRANCH' | 'JOINT_BRANCH' | 'GENERAL_BRANCH'>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PiiAuditSort: PiiAuditSort;
  PiiAuditSortField: PiiAuditSortField;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficerMapper>;
  PoliceOfficerConnection: ResolverTypeWrapper<PoliceOfficerConnectionMapper>;
  PoliceOfficerEdge: ResolverTypeWrapper<Omit<PoliceOfficerEdge, 'node'> & { node: ResolversTypes['PoliceOfficer'] }>;
  PoliceOfficerFilter: PoliceOfficerFilter;
  PoliceOfficerSort: PoliceOfficerSort;
  PoliceOfficerSortField: ResolverTypeWrapper<'NAME' | 'BADGE_NUMBER'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseRiskAlertInput: RaiseRiskAlertInput;
  RaiseServiceNeedInput: RaiseServiceNeedInput;
  RecordMatchOutcomeInput: RecordMatchOutcomeInput;
  RecordSource: ResolverTypeWrapper<RecordSourceMapper>;
  RecordSourceInput: RecordSourceInput;
  RegisterEnterpriseInput: RegisterEnterpriseInput;
  ResourceMatch: ResolverTypeWrapper<ResourceMatchMapper>;
  RiskAlert: ResolverTypeWrapper<RiskAlertMapper>;
  RiskAlertAction: ResolverTypeWrapper<'TRIAGE' | 'NOTIFY' | 'ACKNOWLEDGE' | 'MITIGATE' | 'DISMISS' | 'CLOSE'>;
  RiskAlertAggregate: ResolverTypeWrapper<Omit<RiskAlertAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['RiskAlertGroup']>, totals: ResolversTypes['RiskAlertGroup'] }>;
  RiskAlertConnection: ResolverTypeWrapper<RiskAlertConnectionMapper>;
  RiskAlertDimension: ResolverTypeWrapper<'ENTERPRISE' | 'TYPE' | 'SEVERITY' | 'STATUS' | 'TIME'>;
  RiskAlertEdge: ResolverTypeWrapper<Omit<RiskAlertEdge, 'node'> & { node: ResolversTypes['RiskAlert'] }>;
  RiskAlertFilter: RiskAlertFilter;
  RiskAlertGroup: ResolverTypeWrapper<RiskAlertGroupMapper>;
  RiskAlertSort: RiskAlertSort;
  RiskAlertSortField: ResolverTypeWrapper<'RAISED_AT' | 'SEVERITY'>;
  RiskAlertStatus: ResolverTypeWrapper<'DETECTED' | 'TRIAGED' | 'NOTIFIED' | 'MITIGATED' | 'DISMISSED' | 'CLOSED'>;
  RiskAlertType: ResolverTypeWrapper<'COUNTERPARTY_LITIGATION' | 'FRAUD' | 'SAFETY' | 'IP_INFRINGEMENT' | 'NOMINEE_HOLDING' | 'OTHER'>;
  RiskSeverity: ResolverTypeWrapper<'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL'>;
  ServiceNeed: ResolverTypeWrapper<ServiceNeedMapper>;
  ServiceNeedAction: ResolverTypeWrapper<'START' | 'RESOLVE' | 'DECLINE'>;
  ServiceNeedAggregate: ResolverTypeWrapper<Omit<ServiceNeedAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['ServiceNeedGroup']>, totals: ResolversTypes['ServiceNeedGroup'] }>;
  ServiceNeedCategory: ResolverTypeWrapper<'SECURITY' | 'LEGAL' | 'APPROVAL' | 'STAFFING' | 'POLICY' | 'OTHER'>;
  ServiceNeedConnection: ResolverTypeWrapper<ServiceNeedConnectionMapper>;
  ServiceNeedDimension: ResolverTypeWrapper<'ENTERPRISE' | 'CATEGORY' | 'STATUS' | 'ASSIGNEE_KIND' | 'TIME'>;
  ServiceNeedEdge: ResolverTypeWrapper<Omit<ServiceNeedEdge, 'node'> & { node: ResolversTypes['ServiceNeed'] }>;
  ServiceNeedFilter: ServiceNeedFilter;
  ServiceNeedGroup: ResolverTypeWrapper<ServiceNeedGroupMapper>;
  ServiceNeedSort: ServiceNeedSort;
  ServiceNeedSortField: ResolverTypeWrapper<'RAISED_AT' | 'DUE_ON'>;
  ServiceNeedStatus: ResolverTypeWrapper<'OPEN' | 'IN_PROGRESS' | 'RESOLVED' | 'DECLINED'>;
  SeverityCount: ResolverTypeWrapper<Omit<SeverityCount, 'key' | 'severity'> & { key: ResolversTypes['RiskSeverity'], severity: ResolversTypes['RiskSeverity'] }>;
  SortDirection: SortDirection;
  TimeBucket: TimeBucket;
  UpdateAdvantageResourceInput: UpdateAdvantageResourceInput;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityMapper;
  ID: Scalars['ID']['output'];
  ActorStamp: ActorStamp;
  AdvanceRiskAlertInput: AdvanceRiskAlertInput;
  Float: Scalars['Float']['output'];
  AdvanceServiceNeedInput: AdvanceServiceNeedInput;
  AdvantageResource: AdvantageResourceMapper;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  AdvantageResourceAggregate: Omit<AdvantageResourceAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['AdvantageResourceGroup']>, totals: ResolversParentTypes['AdvantageResourceGroup'] };
  AdvantageResourceConnection: AdvantageResourceConnectionMapper;
  AdvantageResourceEdge: Omit<AdvantageResourceEdge, 'node'> & { node: ResolversParentTypes['AdvantageResource'] };
  AdvantageResourceFilter: AdvantageResourceFilter;
  AdvantageResourceGroup: AdvantageResourceGroupMapper;
  AdvantageResourceSort: AdvantageResourceSort;
  AggregateKey: AggregateKey;
  Alliance: Alliance;
  AllianceMembership: AllianceMembershipMapper;
  AllianceMembershipCount: AllianceMembershipCount;
  AssignOfficerInput: AssignOfficerInput;
  AssignServiceNeedInput: AssignServiceNeedInput;
  CategoryCount: CategoryCount;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Enterprise: EnterpriseMapper;
  EnterpriseAggregate: Omit<EnterpriseAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['EnterpriseGroup']>, totals: ResolversParentTypes['EnterpriseGroup'] };
  EnterpriseConnection: EnterpriseConnectionMapper;
  EnterpriseContact: EnterpriseContactMapper;
  EnterpriseContactInput: EnterpriseContactInput;
  EnterpriseEdge: Omit<EnterpriseEdge, 'node'> & { node: ResolversParentTypes['Enterprise'] };
  EnterpriseFilter: EnterpriseFilter;
  EnterpriseGroup: EnterpriseGroupMapper;
  EnterpriseSort: EnterpriseSort;
  EnterpriseStatistics: EnterpriseStatisticsMapper;
  JoinAllianceInput: JoinAllianceInput;
  Liaison: LiaisonMapper;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  NeedAssignee: ResolversUnionTypes<ResolversParentTypes>['NeedAssignee'];
  NeedCategoryCount: NeedCategoryCount;
  NeedTimeliness: NeedTimeliness;
  OfferAdvantageResourceInput: OfferAdvantageResourceInput;
  OfficerAssignment: OfficerAssignmentMapper;
  OfficerCoverageCount: OfficerCoverageCount;
  PageInfo: PageInfo;
  PartyOrganization: PartyOrganizationMapper;
  PartyOrganizationInput: PartyOrganizationInput;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PiiAuditSort: PiiAuditSort;
  PoliceOfficer: PoliceOfficerMapper;
  PoliceOfficerConnection: PoliceOfficerConnectionMapper;
  PoliceOfficerEdge: Omit<PoliceOfficerEdge, 'node'> & { node: ResolversParentTypes['PoliceOfficer'] };
  PoliceOfficerFilter: PoliceOfficerFilter;
  PoliceOfficerSort: PoliceOfficerSort;
  Query: Record<PropertyKey, never>;
  RaiseRiskAlertInput: RaiseRiskAlertInput;
  RaiseServiceNeedInput: RaiseServiceNeedInput;
  RecordMatchOutcomeInput: RecordMatchOutcomeInput;
  RecordSource: RecordSourceMapper;
  RecordSourceInput: RecordSourceInput;
  RegisterEnterpriseInput: RegisterEnterpriseInput;
  ResourceMatch: ResourceMatchMapper;
  RiskAlert: RiskAlertMapper;
  RiskAlertAggregate: Omit<RiskAlertAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['RiskAlertGroup']>, totals: ResolversParentTypes['RiskAlertGroup'] };
  RiskAlertConnection: RiskAlertConnectionMapper;
  RiskAlertEdge: Omit<RiskAlertEdge, 'node'> & { node: ResolversParentTypes['RiskAlert'] };
  RiskAlertFilter: RiskAlertFilter;
  RiskAlertGroup: RiskAlertGroupMapper;
  RiskAlertSort: RiskAlertSort;
  ServiceNeed: ServiceNeedMapper;
  ServiceNeedAggregate: Omit<ServiceNeedAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['ServiceNeedGroup']>, totals: ResolversParentTypes['ServiceNeedGroup'] };
  ServiceNeedConnection: ServiceNeedConnectionMapper;
  ServiceNeedEdge: Omit<ServiceNeedEdge, 'node'> & { node: ResolversParentTypes['ServiceNeed'] };
  ServiceNeedFilter: ServiceNeedFilter;
  ServiceNeedGroup: ServiceNeedGroupMapper;
  ServiceNeedSort: ServiceNeedSort;
  SeverityCount: SeverityCount;
  UpdateAdvantageResourceInput: UpdateAdvantageResourceInput;
  UpdateEnterpriseInput: UpdateEnterpriseInput;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type composeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type composeDirectiveDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = composeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type contactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type contactDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = contactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type inaccessibleDirectiveArgs = { };

export type inaccessibleDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = inaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type interfaceObjectDirectiveArgs = { };

export type interfaceObjectDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = interfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type linkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type linkDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = linkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type overrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type overrideDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = overrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type shareableDirectiveArgs = { };

export type shareableDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = shareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type tagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type tagDirectiveResolver<Result, Parent, ContextType = EnterprisesContext, Args = tagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ActorStampResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AdvantageResourceResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AdvantageResource'] = ResolversParentTypes['AdvantageResource'], FederationReferenceType extends FederationReferenceTypes['AdvantageResource'] = FederationReferenceTypes['AdvantageResource']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AdvantageResource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AdvantageResourceKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['ResourceMatch']>, ParentType, ContextType, RequireFields<AdvantageResourcematchesArgs, 'first'>>;
  offeredBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AdvantageResourceStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
}>;

export type AdvantageResourceAggregateResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AdvantageResourceAggregate'] = ResolversParentTypes['AdvantageResourceAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['AdvantageResourceGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['AdvantageResourceGroup'], ParentType, ContextType>;
}>;

export type AdvantageResourceConnectionResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AdvantageResourceConnection'] = ResolversParentTypes['AdvantageResourceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AdvantageResourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdvantageResourceDimensionResolvers = EnumResolverSignature<{ ENTERPRISE?: any, KIND?: any, STATUS?: any, TIME?: any }, ResolversTypes['AdvantageResourceDimension']>;

export type AdvantageResourceEdgeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AdvantageResourceEdge'] = ResolversParentTypes['AdvantageResourceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AdvantageResource'], ParentType, ContextType>;
}>;

export type AdvantageResourceGroupResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AdvantageResourceGroup'] = ResolversParentTypes['AdvantageResourceGroup']> = ResolversObject<{
  availableCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  matchedRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withdrawnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AdvantageResourceKindResolvers = EnumResolverSignature<{ EQUIPMENT?: any, EXPERTISE?: any, OTHER?: any, VENUE?: any, VOLUNTEERS?: any }, ResolversTypes['AdvantageResourceKind']>;

export type AdvantageResourceSortFieldResolvers = EnumResolverSignature<{ OFFERED_AT?: any }, ResolversTypes['AdvantageResourceSortField']>;

export type AdvantageResourceStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, WITHDRAWN?: any }, ResolversTypes['AdvantageResourceStatus']>;

export type AggregateKeyResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AggregateKey'] = ResolversParentTypes['AggregateKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AllianceResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance']> = ResolversObject<{
  base?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foundedMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  leadUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AllianceMembershipResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AllianceMembership'] = ResolversParentTypes['AllianceMembership']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  leftOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  liaison?: Resolver<ResolversTypes['Liaison'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AllianceRole'], ParentType, ContextType>;
  roleLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AllianceMembershipCountResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['AllianceMembershipCount'] = ResolversParentTypes['AllianceMembershipCount']> = ResolversObject<{
  allianceMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['AllianceMembershipKey'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AllianceMembershipKeyResolvers = EnumResolverSignature<{ MEMBER?: any, NON_MEMBER?: any }, ResolversTypes['AllianceMembershipKey']>;

export type AllianceRoleResolvers = EnumResolverSignature<{ LEAD_UNIT?: any, MEMBER?: any }, ResolversTypes['AllianceRole']>;

export type AssignmentKindResolvers = EnumResolverSignature<{ ONE_ENTERPRISE_ONE_OFFICER?: any, PROJECT_OFFICER?: any }, ResolversTypes['AssignmentKind']>;

export type CategoryCountResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['CategoryCount'] = ResolversParentTypes['CategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['EnterpriseCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['EnterpriseCategory'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnterpriseResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  advantageResources?: Resolver<Array<ResolversTypes['AdvantageResource']>, ParentType, ContextType, RequireFields<EnterpriseadvantageResourcesArgs, 'first'>>;
  allianceMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allianceMembership?: Resolver<Maybe<ResolversTypes['AllianceMembership']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['OfficerAssignment']>, ParentType, ContextType, RequireFields<EnterpriseassignmentsArgs, 'activeOnly' | 'first'>>;
  category?: Resolver<ResolversTypes['EnterpriseCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['EnterpriseContact']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  creditCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  foundedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inIncubator?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalRepresentative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  openAlertCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openNeedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  park?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyOrganization?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  riskAlerts?: Resolver<Array<ResolversTypes['RiskAlert']>, ParentType, ContextType, RequireFields<EnterpriseriskAlertsArgs, 'first'>>;
  serviceNeeds?: Resolver<Array<ResolversTypes['ServiceNeed']>, ParentType, ContextType, RequireFields<EnterpriseserviceNeedsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['EnterpriseStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EnterpriseAggregateResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['EnterpriseAggregate'] = ResolversParentTypes['EnterpriseAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['EnterpriseGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['EnterpriseGroup'], ParentType, ContextType>;
}>;

export type EnterpriseCategoryResolvers = EnumResolverSignature<{ ABOVE_SCALE?: any, OTHER?: any, SMALL_MICRO_TECH?: any }, ResolversTypes['EnterpriseCategory']>;

export type EnterpriseConnectionResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['EnterpriseConnection'] = ResolversParentTypes['EnterpriseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EnterpriseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseContactResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['EnterpriseContact'] = ResolversParentTypes['EnterpriseContact']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnterpriseDimensionResolvers = EnumResolverSignature<{ ALLIANCE_MEMBER?: any, CATEGORY?: any, INDUSTRY?: any, IN_INCUBATOR?: any, OFFICER?: any, STATUS?: any, TIME?: any }, ResolversTypes['EnterpriseDimension']>;

export type EnterpriseEdgeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['EnterpriseEdge'] = ResolversParentTypes['EnterpriseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type EnterpriseGroupResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['EnterpriseGroup'] = ResolversParentTypes['EnterpriseGroup']> = ResolversObject<{
  aboveScaleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activeAboveScaleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  allianceMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  allianceMemberRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageEmployeeCount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  breakingOneOfficerRuleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  employeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inIncubatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  ruleCoverageRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withOfficerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseSortFieldResolvers = EnumResolverSignature<{ CREATED_AT?: any, EMPLOYEE_COUNT?: any, FOUNDED_ON?: any, NAME?: any }, ResolversTypes['EnterpriseSortField']>;

export type EnterpriseStatisticsResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['EnterpriseStatistics'] = ResolversParentTypes['EnterpriseStatistics']> = ResolversObject<{
  byAllianceMembership?: Resolver<Array<ResolversTypes['AllianceMembershipCount']>, ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['CategoryCount']>, ParentType, ContextType>;
  byOfficerCoverage?: Resolver<Array<ResolversTypes['OfficerCoverageCount']>, ParentType, ContextType>;
  lossAvoidedYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  needTimeliness?: Resolver<ResolversTypes['NeedTimeliness'], ParentType, ContextType>;
  officerCoverageRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  openAlertsBySeverity?: Resolver<Array<ResolversTypes['SeverityCount']>, ParentType, ContextType>;
  openNeedsByCategory?: Resolver<Array<ResolversTypes['NeedCategoryCount']>, ParentType, ContextType>;
  registeredByMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withoutOfficer?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, EXITED?: any, SUSPENDED?: any }, ResolversTypes['EnterpriseStatus']>;

export type LiaisonResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['Liaison'] = ResolversParentTypes['Liaison']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MatchOutcomeResolvers = EnumResolverSignature<{ ACCEPTED?: any, COMPLETED?: any, DECLINED?: any, PROPOSED?: any }, ResolversTypes['MatchOutcome']>;

export type MonthCountResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  advanceRiskAlert?: Resolver<ResolversTypes['RiskAlert'], ParentType, ContextType, RequireFields<MutationadvanceRiskAlertArgs, 'expectedVersion' | 'id' | 'input'>>;
  advanceServiceNeed?: Resolver<ResolversTypes['ServiceNeed'], ParentType, ContextType, RequireFields<MutationadvanceServiceNeedArgs, 'expectedVersion' | 'id' | 'input'>>;
  assignOfficer?: Resolver<ResolversTypes['OfficerAssignment'], ParentType, ContextType, RequireFields<MutationassignOfficerArgs, 'input'>>;
  assignServiceNeed?: Resolver<ResolversTypes['ServiceNeed'], ParentType, ContextType, RequireFields<MutationassignServiceNeedArgs, 'expectedVersion' | 'id' | 'input'>>;
  changeEnterpriseStatus?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationchangeEnterpriseStatusArgs, 'expectedVersion' | 'id' | 'status'>>;
  endAssignment?: Resolver<ResolversTypes['OfficerAssignment'], ParentType, ContextType, RequireFields<MutationendAssignmentArgs, 'expectedVersion' | 'id'>>;
  joinAlliance?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationjoinAllianceArgs, 'enterpriseId' | 'expectedVersion' | 'input'>>;
  leaveAlliance?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationleaveAllianceArgs, 'enterpriseId' | 'expectedVersion'>>;
  matchResourceToNeed?: Resolver<ResolversTypes['ResourceMatch'], ParentType, ContextType, RequireFields<MutationmatchResourceToNeedArgs, 'expectedNeedVersion' | 'needId' | 'resourceId'>>;
  offerAdvantageResource?: Resolver<ResolversTypes['AdvantageResource'], ParentType, ContextType, RequireFields<MutationofferAdvantageResourceArgs, 'input'>>;
  raiseRiskAlert?: Resolver<ResolversTypes['RiskAlert'], ParentType, ContextType, RequireFields<MutationraiseRiskAlertArgs, 'input'>>;
  raiseServiceNeed?: Resolver<ResolversTypes['ServiceNeed'], ParentType, ContextType, RequireFields<MutationraiseServiceNeedArgs, 'input'>>;
  recordMatchOutcome?: Resolver<ResolversTypes['ResourceMatch'], ParentType, ContextType, RequireFields<MutationrecordMatchOutcomeArgs, 'expectedVersion' | 'id' | 'input'>>;
  registerEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationregisterEnterpriseArgs, 'input'>>;
  setPartyOrganization?: Resolver<ResolversTypes['PartyOrganization'], ParentType, ContextType, RequireFields<MutationsetPartyOrganizationArgs, 'enterpriseId' | 'input'>>;
  updateAdvantageResource?: Resolver<ResolversTypes['AdvantageResource'], ParentType, ContextType, RequireFields<MutationupdateAdvantageResourceArgs, 'expectedVersion' | 'id' | 'input'>>;
  updateEnterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType, RequireFields<MutationupdateEnterpriseArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawAdvantageResource?: Resolver<ResolversTypes['AdvantageResource'], ParentType, ContextType, RequireFields<MutationwithdrawAdvantageResourceArgs, 'expectedVersion' | 'id' | 'reason'>>;
}>;

export type NeedAssigneeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['NeedAssignee'] = ResolversParentTypes['NeedAssignee']> = ResolversObject<{
  __resolveType?: TypeResolveFn<'Enterprise' | 'PoliceOfficer', ParentType, ContextType>;
}>;

export type NeedAssigneeKindResolvers = EnumResolverSignature<{ ENTERPRISE?: any, OFFICER?: any, UNASSIGNED?: any }, ResolversTypes['NeedAssigneeKind']>;

export type NeedCategoryCountResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['NeedCategoryCount'] = ResolversParentTypes['NeedCategoryCount']> = ResolversObject<{
  category?: Resolver<ResolversTypes['ServiceNeedCategory'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ServiceNeedCategory'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NeedTimelinessResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['NeedTimeliness'] = ResolversParentTypes['NeedTimeliness']> = ResolversObject<{
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withoutDueDate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficerAssignmentResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['OfficerAssignment'] = ResolversParentTypes['OfficerAssignment']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssignmentKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officer?: Resolver<ResolversTypes['PoliceOfficer'], ParentType, ContextType>;
  projectName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficerCoverageCountResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['OfficerCoverageCount'] = ResolversParentTypes['OfficerCoverageCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['OfficerCoverageKey'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OfficerCoverageKeyResolvers = EnumResolverSignature<{ WITHOUT_OFFICER?: any, WITH_OFFICER?: any }, ResolversTypes['OfficerCoverageKey']>;

export type PageInfoResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartyOrganizationResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PartyOrganization'] = ResolversParentTypes['PartyOrganization']> = ResolversObject<{
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secretary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PartyOrganizationType'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyOrganizationTypeResolvers = EnumResolverSignature<{ BRANCH?: any, GENERAL_BRANCH?: any, JOINT_BRANCH?: any }, ResolversTypes['PartyOrganizationType']>;

export type PiiAuditRecordResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PiiAuditRecord'] = ResolversParentTypes['PiiAuditRecord']> = ResolversObject<{
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

export type PiiAuditRecordConnectionResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PiiAuditRecordConnection'] = ResolversParentTypes['PiiAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PiiAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordEdgeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PiiAuditRecordEdge'] = ResolversParentTypes['PiiAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAuditRecord'], ParentType, ContextType>;
}>;

export type PoliceOfficerResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PoliceOfficer'] = ResolversParentTypes['PoliceOfficer'], FederationReferenceType extends FederationReferenceTypes['PoliceOfficer'] = FederationReferenceTypes['PoliceOfficer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PoliceOfficer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['OfficerAssignment']>, ParentType, ContextType, RequireFields<PoliceOfficerassignmentsArgs, 'activeOnly' | 'first'>>;
  badgeNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<PoliceOfficerenterprisesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workstation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PoliceOfficerConnectionResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PoliceOfficerConnection'] = ResolversParentTypes['PoliceOfficerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PoliceOfficerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PoliceOfficerEdgeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['PoliceOfficerEdge'] = ResolversParentTypes['PoliceOfficerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PoliceOfficer'], ParentType, ContextType>;
}>;

export type PoliceOfficerSortFieldResolvers = EnumResolverSignature<{ BADGE_NUMBER?: any, NAME?: any }, ResolversTypes['PoliceOfficerSortField']>;

export type QueryResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  advantageResourceAggregate?: Resolver<ResolversTypes['AdvantageResourceAggregate'], ParentType, ContextType, RequireFields<QueryadvantageResourceAggregateArgs, 'groupBy' | 'timeBucket'>>;
  advantageResources?: Resolver<ResolversTypes['AdvantageResourceConnection'], ParentType, ContextType, RequireFields<QueryadvantageResourcesArgs, 'first'>>;
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryenterpriseArgs, 'id'>>;
  enterpriseAggregate?: Resolver<ResolversTypes['EnterpriseAggregate'], ParentType, ContextType, RequireFields<QueryenterpriseAggregateArgs, 'groupBy' | 'timeBucket'>>;
  enterpriseByCreditCode?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryenterpriseByCreditCodeArgs, 'creditCode'>>;
  enterpriseStatistics?: Resolver<ResolversTypes['EnterpriseStatistics'], ParentType, ContextType, Partial<QueryenterpriseStatisticsArgs>>;
  enterprises?: Resolver<ResolversTypes['EnterpriseConnection'], ParentType, ContextType, RequireFields<QueryenterprisesArgs, 'first'>>;
  enterprisesBreakingOneOfficerRule?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<QueryenterprisesBreakingOneOfficerRuleArgs, 'first'>>;
  policeOfficer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType, RequireFields<QuerypoliceOfficerArgs, 'id'>>;
  policeOfficers?: Resolver<ResolversTypes['PoliceOfficerConnection'], ParentType, ContextType, RequireFields<QuerypoliceOfficersArgs, 'first'>>;
  riskAlertAggregate?: Resolver<ResolversTypes['RiskAlertAggregate'], ParentType, ContextType, RequireFields<QueryriskAlertAggregateArgs, 'groupBy' | 'timeBucket'>>;
  riskAlerts?: Resolver<ResolversTypes['RiskAlertConnection'], ParentType, ContextType, RequireFields<QueryriskAlertsArgs, 'first'>>;
  serviceNeedAggregate?: Resolver<ResolversTypes['ServiceNeedAggregate'], ParentType, ContextType, RequireFields<QueryserviceNeedAggregateArgs, 'groupBy' | 'timeBucket'>>;
  serviceNeeds?: Resolver<ResolversTypes['ServiceNeedConnection'], ParentType, ContextType, RequireFields<QueryserviceNeedsArgs, 'first'>>;
}>;

export type RecordSourceResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['RecordSource'] = ResolversParentTypes['RecordSource']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  typename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResourceMatchResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ResourceMatch'] = ResolversParentTypes['ResourceMatch']> = ResolversObject<{
  enterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  need?: Resolver<Maybe<ResolversTypes['ServiceNeed']>, ParentType, ContextType>;
  needEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offeringEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['MatchOutcome'], ParentType, ContextType>;
  outcomeBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  outcomeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcomeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resource?: Resolver<Maybe<ResolversTypes['AdvantageResource']>, ParentType, ContextType>;
  resourceDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resourceKind?: Resolver<ResolversTypes['AdvantageResourceKind'], ParentType, ContextType>;
  resourceKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskAlertResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['RiskAlert'] = ResolversParentTypes['RiskAlert'], FederationReferenceType extends FederationReferenceTypes['RiskAlert'] = FederationReferenceTypes['RiskAlert']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RiskAlert']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dismissalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evidence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lossAvoidedYuan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mitigation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['RecordSource']>, ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  raisedByOfficer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['RiskSeverity'], ParentType, ContextType>;
  severityLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RiskAlertStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RiskAlertType'], ParentType, ContextType>;
  typeLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskAlertActionResolvers = EnumResolverSignature<{ ACKNOWLEDGE?: any, CLOSE?: any, DISMISS?: any, MITIGATE?: any, NOTIFY?: any, TRIAGE?: any }, ResolversTypes['RiskAlertAction']>;

export type RiskAlertAggregateResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['RiskAlertAggregate'] = ResolversParentTypes['RiskAlertAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['RiskAlertGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RiskAlertGroup'], ParentType, ContextType>;
}>;

export type RiskAlertConnectionResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['RiskAlertConnection'] = ResolversParentTypes['RiskAlertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RiskAlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskAlertDimensionResolvers = EnumResolverSignature<{ ENTERPRISE?: any, SEVERITY?: any, STATUS?: any, TIME?: any, TYPE?: any }, ResolversTypes['RiskAlertDimension']>;

export type RiskAlertEdgeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['RiskAlertEdge'] = ResolversParentTypes['RiskAlertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RiskAlert'], ParentType, ContextType>;
}>;

export type RiskAlertGroupResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['RiskAlertGroup'] = ResolversParentTypes['RiskAlertGroup']> = ResolversObject<{
  acknowledgedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageLossAvoidedYuan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  closedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dismissedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  lossAvoidedYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mitigatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskAlertSortFieldResolvers = EnumResolverSignature<{ RAISED_AT?: any, SEVERITY?: any }, ResolversTypes['RiskAlertSortField']>;

export type RiskAlertStatusResolvers = EnumResolverSignature<{ CLOSED?: any, DETECTED?: any, DISMISSED?: any, MITIGATED?: any, NOTIFIED?: any, TRIAGED?: any }, ResolversTypes['RiskAlertStatus']>;

export type RiskAlertTypeResolvers = EnumResolverSignature<{ COUNTERPARTY_LITIGATION?: any, FRAUD?: any, IP_INFRINGEMENT?: any, NOMINEE_HOLDING?: any, OTHER?: any, SAFETY?: any }, ResolversTypes['RiskAlertType']>;

export type RiskSeverityResolvers = EnumResolverSignature<{ CRITICAL?: any, HIGH?: any, LOW?: any, MEDIUM?: any }, ResolversTypes['RiskSeverity']>;

export type ServiceNeedResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ServiceNeed'] = ResolversParentTypes['ServiceNeed'], FederationReferenceType extends FederationReferenceTypes['ServiceNeed'] = FederationReferenceTypes['ServiceNeed']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceNeed']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  assignedBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['NeedAssignee']>, ParentType, ContextType>;
  assigneeKind?: Resolver<ResolversTypes['NeedAssigneeKind'], ParentType, ContextType>;
  assigneeKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ServiceNeedCategory'], ParentType, ContextType>;
  categoryLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['ResourceMatch']>, ParentType, ContextType, RequireFields<ServiceNeedmatchesArgs, 'first'>>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  resolvedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['RecordSource']>, ParentType, ContextType>;
  startedBy?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceNeedStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceNeedActionResolvers = EnumResolverSignature<{ DECLINE?: any, RESOLVE?: any, START?: any }, ResolversTypes['ServiceNeedAction']>;

export type ServiceNeedAggregateResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ServiceNeedAggregate'] = ResolversParentTypes['ServiceNeedAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['ServiceNeedGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ServiceNeedGroup'], ParentType, ContextType>;
}>;

export type ServiceNeedCategoryResolvers = EnumResolverSignature<{ APPROVAL?: any, LEGAL?: any, OTHER?: any, POLICY?: any, SECURITY?: any, STAFFING?: any }, ResolversTypes['ServiceNeedCategory']>;

export type ServiceNeedConnectionResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ServiceNeedConnection'] = ResolversParentTypes['ServiceNeedConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceNeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceNeedDimensionResolvers = EnumResolverSignature<{ ASSIGNEE_KIND?: any, CATEGORY?: any, ENTERPRISE?: any, STATUS?: any, TIME?: any }, ResolversTypes['ServiceNeedDimension']>;

export type ServiceNeedEdgeResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ServiceNeedEdge'] = ResolversParentTypes['ServiceNeedEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceNeed'], ParentType, ContextType>;
}>;

export type ServiceNeedGroupResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['ServiceNeedGroup'] = ResolversParentTypes['ServiceNeedGroup']> = ResolversObject<{
  averageDaysToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declinedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedLateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTimeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ServiceNeedSortFieldResolvers = EnumResolverSignature<{ DUE_ON?: any, RAISED_AT?: any }, ResolversTypes['ServiceNeedSortField']>;

export type ServiceNeedStatusResolvers = EnumResolverSignature<{ DECLINED?: any, IN_PROGRESS?: any, OPEN?: any, RESOLVED?: any }, ResolversTypes['ServiceNeedStatus']>;

export type SeverityCountResolvers<ContextType = EnterprisesContext, ParentType extends ResolversParentTypes['SeverityCount'] = ResolversParentTypes['SeverityCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['RiskSeverity'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['RiskSeverity'], ParentType, ContextType>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = EnterprisesContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActorStamp?: ActorStampResolvers<ContextType>;
  AdvantageResource?: AdvantageResourceResolvers<ContextType>;
  AdvantageResourceAggregate?: AdvantageResourceAggregateResolvers<ContextType>;
  AdvantageResourceConnection?: AdvantageResourceConnectionResolvers<ContextType>;
  AdvantageResourceDimension?: AdvantageResourceDimensionResolvers;
  AdvantageResourceEdge?: AdvantageResourceEdgeResolvers<ContextType>;
  AdvantageResourceGroup?: AdvantageResourceGroupResolvers<ContextType>;
  AdvantageResourceKind?: AdvantageResourceKindResolvers;
  AdvantageResourceSortField?: AdvantageResourceSortFieldResolvers;
  AdvantageResourceStatus?: AdvantageResourceStatusResolvers;
  AggregateKey?: AggregateKeyResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  AllianceMembership?: AllianceMembershipResolvers<ContextType>;
  AllianceMembershipCount?: AllianceMembershipCountResolvers<ContextType>;
  AllianceMembershipKey?: AllianceMembershipKeyResolvers;
  AllianceRole?: AllianceRoleResolvers;
  AssignmentKind?: AssignmentKindResolvers;
  CategoryCount?: CategoryCountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseAggregate?: EnterpriseAggregateResolvers<ContextType>;
  EnterpriseCategory?: EnterpriseCategoryResolvers;
  EnterpriseConnection?: EnterpriseConnectionResolvers<ContextType>;
  EnterpriseContact?: EnterpriseContactResolvers<ContextType>;
  EnterpriseDimension?: EnterpriseDimensionResolvers;
  EnterpriseEdge?: EnterpriseEdgeResolvers<ContextType>;
  EnterpriseGroup?: EnterpriseGroupResolvers<ContextType>;
  EnterpriseSortField?: EnterpriseSortFieldResolvers;
  EnterpriseStatistics?: EnterpriseStatisticsResolvers<ContextType>;
  EnterpriseStatus?: EnterpriseStatusResolvers;
  Liaison?: LiaisonResolvers<ContextType>;
  MatchOutcome?: MatchOutcomeResolvers;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeedAssignee?: NeedAssigneeResolvers<ContextType>;
  NeedAssigneeKind?: NeedAssigneeKindResolvers;
  NeedCategoryCount?: NeedCategoryCountResolvers<ContextType>;
  NeedTimeliness?: NeedTimelinessResolvers<ContextType>;
  OfficerAssignment?: OfficerAssignmentResolvers<ContextType>;
  OfficerCoverageCount?: OfficerCoverageCountResolvers<ContextType>;
  OfficerCoverageKey?: OfficerCoverageKeyResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyOrganization?: PartyOrganizationResolvers<ContextType>;
  PartyOrganizationType?: PartyOrganizationTypeResolvers;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  PoliceOfficerConnection?: PoliceOfficerConnectionResolvers<ContextType>;
  PoliceOfficerEdge?: PoliceOfficerEdgeResolvers<ContextType>;
  PoliceOfficerSortField?: PoliceOfficerSortFieldResolvers;
  Query?: QueryResolvers<ContextType>;
  RecordSource?: RecordSourceResolvers<ContextType>;
  ResourceMatch?: ResourceMatchResolvers<ContextType>;
  RiskAlert?: RiskAlertResolvers<ContextType>;
  RiskAlertAction?: RiskAlertActionResolvers;
  RiskAlertAggregate?: RiskAlertAggregateResolvers<ContextType>;
  RiskAlertConnection?: RiskAlertConnectionResolvers<ContextType>;
  RiskAlertDimension?: RiskAlertDimensionResolvers;
  RiskAlertEdge?: RiskAlertEdgeResolvers<ContextType>;
  RiskAlertGroup?: RiskAlertGroupResolvers<ContextType>;
  RiskAlertSortField?: RiskAlertSortFieldResolvers;
  RiskAlertStatus?: RiskAlertStatusResolvers;
  RiskAlertType?: RiskAlertTypeResolvers;
  RiskSeverity?: RiskSeverityResolvers;
  ServiceNeed?: ServiceNeedResolvers<ContextType>;
  ServiceNeedAction?: ServiceNeedActionResolvers;
  ServiceNeedAggregate?: ServiceNeedAggregateResolvers<ContextType>;
  ServiceNeedCategory?: ServiceNeedCategoryResolvers;
  ServiceNeedConnection?: ServiceNeedConnectionResolvers<ContextType>;
  ServiceNeedDimension?: ServiceNeedDimensionResolvers;
  ServiceNeedEdge?: ServiceNeedEdgeResolvers<ContextType>;
  ServiceNeedGroup?: ServiceNeedGroupResolvers<ContextType>;
  ServiceNeedSortField?: ServiceNeedSortFieldResolvers;
  ServiceNeedStatus?: ServiceNeedStatusResolvers;
  SeverityCount?: SeverityCountResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = EnterprisesContext> = ResolversObject<{
  composeDirective?: composeDirectiveDirectiveResolver<any, any, ContextType>;
  contact?: contactDirectiveResolver<any, any, ContextType>;
  inaccessible?: inaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: interfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: linkDirectiveResolver<any, any, ContextType>;
  override?: overrideDirectiveResolver<any, any, ContextType>;
  shareable?: shareableDirectiveResolver<any, any, ContextType>;
  tag?: tagDirectiveResolver<any, any, ContextType>;
}>;
