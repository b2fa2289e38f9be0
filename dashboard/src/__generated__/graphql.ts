/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (e.g. 2024-03-05). */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 with offset (e.g. 2024-03-05T09:30:00+08:00). */
  DateTime: { input: string; output: string; }
  join__DirectiveArguments: { input: any; output: any; }
  join__FieldSet: { input: any; output: any; }
  join__FieldValue: { input: any; output: any; }
  link__Import: { input: any; output: any; }
};

/** Acceptance with deficiency (容缺受理). */
export type AcceptWithDeficiencyInput = {
  /** Latest arrival time for the missing materials; at most the item's promised time limit in working days after acceptance. */
  deadline: Scalars['DateTime']['input'];
};

/** A dimension activities can be grouped by in activityAggregate. 活动统计维度 */
export type ActivityDimension =
  /** 活动类型 — the kind of activity */
  | 'KIND'
  /** 主办方 — the organiser kind (alliance, workstation, a member's party organisation) */
  | 'ORGANISER_KIND'
  /** 活动状态 — where the activity is in its life */
  | 'STATUS'
  /** 时间 — startsAt (the activity's start), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 活动阵地 — the functional room (label: its name); activities at an outside address have no value (场外地点) */
  | 'VENUE';

/** Which activities to list or count. */
export type ActivityFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ActivityKind>>;
  /** Only activities starting in one of these months (YYYY-MM, China Standard Time), e.g. ["2026-03", "2026-04"]; a malformed month is BAD_USER_INPUT. */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only with these organisers. */
  organiserKinds?: InputMaybe<Array<OrganiserKind>>;
  /** Only organised by this officer. */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities starting before this instant (exclusive); startsFrom after startsBefore is BAD_USER_INPUT. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only activities starting at or after this instant (inclusive). */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<ActivityStatus>>;
  /** Only at this venue. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
};

/** Kind of a party-building activity. 活动类型 */
export type ActivityKind =
  /** 一对一咨询 — one-to-one consultation */
  | 'ONE_TO_ONE_CONSULTATION'
  /** 经验交流座谈会 — experience-exchange symposium */
  | 'SYMPOSIUM'
  /** 专题学习教育 — thematic study */
  | 'THEMATIC_STUDY'
  /** 主题党日 — themed party day */
  | 'THEMED_PARTY_DAY'
  /** 培训 — training, e.g. IP protection and risk prevention */
  | 'TRAINING'
  /** 统一活动日 — unified activity day */
  | 'UNIFIED_ACTIVITY_DAY';

/** A material to attach to an activity. */
export type ActivityMaterialInput = {
  /** Where to find it, up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** A photo's metadata. */
export type ActivityPhotoInput = {
  /** Where it is kept, up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** When it was taken. */
  takenAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Caption, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** Order of an activity list. */
export type ActivitySort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: ActivitySortField;
};

/** Fields activities can be sorted by. */
export type ActivitySortField =
  /** 容量 — capacity */
  | 'CAPACITY'
  /** 开始时间 — start time */
  | 'STARTS_AT'
  /** 标题 — title */
  | 'TITLE';

/** Where an activity is in its life. 活动状态 */
export type ActivityStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已结束 — closed with its closing report */
  | 'COMPLETED'
  /** 进行中 — taking place */
  | 'ONGOING'
  /** 报名中 — open for registration (inside its registration window) */
  | 'OPEN_FOR_REGISTRATION'
  /** 草稿 — draft: planned, not yet published */
  | 'PLANNED'
  /** 已发布 — published, registration not yet open */
  | 'PUBLISHED'
  /** 报名截止 — registration closed, not yet started */
  | 'REGISTRATION_CLOSED';

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

/** One step of a supervision case. */
export type AdvanceSupervisionCaseInput = {
  /** The step. */
  action: SupervisionAction;
  /** Classification (INVESTIGATE). */
  classification?: InputMaybe<SupervisionClassification>;
  /** Feedback to the enterprise (RECTIFY, DISMISS). */
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** What was found (RECTIFY). */
  finding?: InputMaybe<Scalars['String']['input']>;
  /** Why it is dismissed (DISMISS). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** What was done (RECTIFY). */
  rectification?: InputMaybe<Scalars['String']['input']>;
  /** Who is responsible (RECTIFY). */
  responsibleParty?: InputMaybe<Scalars['String']['input']>;
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

/** Form of a mediation agreement (人民调解法 art. 28). 协议形式 */
export type AgreementForm =
  /** 口头调解协议 — oral agreement recorded by the mediator (arts. 28, 30) */
  | 'ORAL'
  /** 书面调解协议 — written agreement (调解协议书, arts. 28–29) */
  | 'WRITTEN';

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

/** The answer to a consultation. */
export type AnswerLegalConsultationInput = {
  /** Summary of the answer, 1–2000 characters. */
  answerSummary: Scalars['String']['input'];
  /** The lawyer answering (an active volunteer with role LAWYER). */
  lawyerId: Scalars['ID']['input'];
  /** Outcome, up to 200 characters. */
  outcome?: InputMaybe<Scalars['String']['input']>;
};

/** The applicant contact. */
export type ApplicantContactInput = {
  /** Name of the contact person. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone: Scalars['String']['input'];
};

/** What applications can be grouped by in `applicationAggregate`. 审批申请分组维度 */
export type ApplicationDimension =
  /** 容缺受理 — whether the application was accepted with deficiency (value true / false, label 是 / 否) */
  | 'ACCEPTED_WITH_DEFICIENCY'
  /** 企业 — the applicant enterprise (the group's `enterprise` joins the enterprise's fields) */
  | 'ENTERPRISE'
  /** 经办民警 — the handling officer (label: the officer's id) */
  | 'HANDLING_OFFICER'
  /** 审批事项 — the approval item applied for (label: the item's name) */
  | 'ITEM'
  /** 多次跑动 — whether the applicant came in person more than once (value true / false, label 是 / 否) */
  | 'MULTIPLE_VISITS'
  /** 办理类型 — the item's procedure kind: 行政许可 (PERMIT) or 备案 (FILING) */
  | 'PROCEDURE_KIND'
  /** 状态 — the application's current state */
  | 'STATUS'
  /** 时间 — submittedAt (提交时间), bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** Which applications to list (all given conditions must hold). */
export type ApplicationFilter = {
  /** Only applications accepted with deficiency (true) or not (false). */
  acceptedWithDeficiency?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications of any of these enterprises. */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only applications handled by this officer. */
  handlingOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications for any of these items. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only applications submitted in any of these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only applications with more than one visit (true) or at most one (false). */
  multipleVisits?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only applications for items of any of these procedure kinds (行政许可 or 备案). */
  procedureKinds?: InputMaybe<Array<ProcedureKind>>;
  /**
   * Only these states.
   * @deprecated Use statuses.
   */
  status?: InputMaybe<Array<ApplicationStatus>>;
  /** Only applications in any of these states. */
  statuses?: InputMaybe<Array<ApplicationStatus>>;
  /** Only applications submitted before this instant (exclusive). */
  submittedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only applications submitted at or after this instant (inclusive). */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Only applications submitted in this month (YYYY-MM).
   * @deprecated Use months.
   */
  submittedMonth?: InputMaybe<Scalars['String']['input']>;
};

/** Order of an application list. */
export type ApplicationSort = {
  /** Direction, ascending by default. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: ApplicationSortField;
};

/** Fields applications can be sorted by. */
export type ApplicationSortField =
  /** 创建时间 — when the draft was created */
  | 'CREATED_AT'
  /** 办结期限 — decision due date */
  | 'DECISION_DUE_DATE'
  /** 提交时间 — when it was submitted */
  | 'SUBMITTED_AT';

/** State of an approval application. 办理状态 */
export type ApplicationStatus =
  /** 已受理 — accepted with complete materials */
  | 'ACCEPTED'
  /** 容缺受理 — accepted while non-essential materials are still missing, under a commitment */
  | 'ACCEPTED_WITH_DEFICIENCY'
  /** 已办结 — approved, certificate issued (by this office, or recorded from the higher authority's decision) */
  | 'APPROVED'
  /** 不予许可 — denied */
  | 'DENIED'
  /** 草稿 — draft, not yet submitted */
  | 'DRAFT'
  /** 报送上级 — forwarded to the higher authority that decides (the workstation's part is done) */
  | 'FORWARDED'
  /** 不予受理 — not accepted */
  | 'NOT_ACCEPTED'
  /** 备案完成 — a filing recorded on receipt of complete materials (no decision, no certificate) */
  | 'RECORDED'
  /** 已提交 — submitted, waiting for acceptance */
  | 'SUBMITTED'
  /** 待补正 — one complete supplement notice was sent; the acceptance clock stops */
  | 'SUPPLEMENT_REQUESTED'
  /** 已终止 — terminated because a 容缺 commitment lapsed */
  | 'TERMINATED'
  /** 审查中 — under review */
  | 'UNDER_REVIEW'
  /** 已撤回 — withdrawn by the applicant */
  | 'WITHDRAWN';

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

/** A room booking for a meeting that is not an activity. */
export type BookVenueInput = {
  /** End, after the start, the same day. */
  endsAt: Scalars['DateTime']['input'];
  /** What it is for, 1–200 characters. */
  purpose: Scalars['String']['input'];
  /** Start (inside the room's opening hours). */
  startsAt: Scalars['DateTime']['input'];
  /** The room. */
  venueId: Scalars['ID']['input'];
};

/** A dimension room bookings can be grouped by in bookingAggregate. 场地预约统计维度 */
export type BookingDimension =
  /** 预约状态 — the booking's status */
  | 'STATUS'
  /** 时间 — startsAt (the booking's start), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 活动阵地 — the functional room (label: its name) */
  | 'VENUE';

/** Which room bookings to list or aggregate. */
export type BookingFilter = {
  /** Only for this activity. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bookings for an activity (true) or for other meetings (false). */
  forActivity?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only bookings starting in one of these months (YYYY-MM, China Standard Time); a malformed month is BAD_USER_INPUT. */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only bookings starting before this instant (exclusive); startsFrom after startsBefore is BAD_USER_INPUT. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only bookings starting at or after this instant (inclusive). */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only in these states. */
  statuses?: InputMaybe<Array<BookingStatus>>;
  /** Only of these rooms. */
  venueIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Order of a booking list. */
export type BookingSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: BookingSortField;
};

/** Fields room bookings can be sorted by. */
export type BookingSortField =
  /** 开始时间 — start time */
  | 'STARTS_AT';

/** Where a room booking is in its life. 预约状态 */
export type BookingStatus =
  /** 已预约 — holds the room */
  | 'BOOKED'
  /** 已取消 — cancelled (or its activity was) */
  | 'CANCELLED'
  /** 使用中 — checked into: someone is in the room */
  | 'IN_USE'
  /** 已释放 — released: nobody checked in within the release time after its start */
  | 'RELEASED';

/** The closing report. */
export type CloseActivityInput = {
  /** Materials (replace the current list). */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** Further attending organisations (the attending enterprises come from check-ins), at most 50. */
  otherOrganisations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Outcomes, at most 20. */
  outcomes?: InputMaybe<Array<ReportOutcomeInput>>;
  /** Photos, at most 100. */
  photos?: InputMaybe<Array<ActivityPhotoInput>>;
  /** Summary, 1–2000 characters. */
  summary: Scalars['String']['input'];
};

/** State of a 容缺 commitment. 承诺状态 */
export type CommitmentStatus =
  /** 已履约 — every committed material arrived in time */
  | 'FULFILLED'
  /** 已失信 — the deadline passed with materials missing */
  | 'LAPSED'
  /** 待补齐 — materials still missing */
  | 'PENDING';

/** An application for judicial confirmation. */
export type ConfirmationApplicationInput = {
  /** When the parties applied: within 30 days of the agreement taking effect (人民调解法 art. 33), not after today. */
  appliedOn: Scalars['Date']['input'];
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** Both parties applied together (must be true: art. 33 requires a joint application). */
  jointApplication: Scalars['Boolean']['input'];
};

/** Outcome of a judicial confirmation. 司法确认结果 */
export type ConfirmationOutcome =
  /** 确认有效 — the court confirmed the agreement */
  | 'CONFIRMED'
  /** 驳回申请 — the court rejected the application */
  | 'REJECTED';

/** The court's decision on an application. */
export type ConfirmationOutcomeInput = {
  /** Case number (调确字), 1–100 characters. */
  caseNumber: Scalars['String']['input'];
  /** When the court decided (not before the application, not after today). */
  decidedOn: Scalars['Date']['input'];
  /** Confirmed or rejected. */
  outcome: ConfirmationOutcome;
  /** Why it was rejected (required when REJECTED), 1–500 characters. */
  rejectionReason?: InputMaybe<Scalars['String']['input']>;
};

/** Channel of a legal consultation. 咨询渠道 */
export type ConsultationChannel =
  /** 热线 — hotline */
  | 'HOTLINE'
  /** 便民法律触屏 — legal touch screen */
  | 'LEGAL_TOUCH_SCREEN'
  /** 远程视频法律咨询 — remote video legal consultation */
  | 'REMOTE_VIDEO_PLATFORM'
  /** 来访 — walk-in */
  | 'WALK_IN';

/** Where a legal consultation is in its queue. 咨询状态 */
export type ConsultationStatus =
  /** 已解答 — answered */
  | 'ANSWERED'
  /** 已转调解 — answered and followed by a dispute */
  | 'FOLLOWED_BY_DISPUTE'
  /** 待解答 — requested, waiting for a lawyer */
  | 'REQUESTED';

/** What a party took to court. 诉讼或执行 */
export type CourtAction =
  /** 申请强制执行 — enforcement of a judicially confirmed agreement (人民调解法 art. 33 ¶2) */
  | 'ENFORCEMENT'
  /** 提起诉讼 — a suit on the agreement's performance or content (人民调解法 art. 32) */
  | 'LITIGATION';

/** A suit or enforcement application to record. */
export type CourtActionInput = {
  /** Case number, up to 100 characters. */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** When it was filed (not after today). */
  filedOn: Scalars['Date']['input'];
  /** Suit or enforcement (enforcement only of a judicially confirmed agreement). */
  kind: CourtAction;
};

/** A new draft application. */
export type CreateApplicationInput = {
  /** The contact person. */
  applicantContact: ApplicantContactInput;
  /** The applicant enterprise. */
  enterpriseId: Scalars['ID']['input'];
  /** The officer handling it (POLICE, ADMIN only: an enterprise cannot choose; the first officer to handle an application without one is assigned). */
  handlingOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** The item applied for. */
  itemId: Scalars['ID']['input'];
  /** Materials handed in with the draft. */
  materials?: InputMaybe<Array<MaterialInput>>;
};

/** Who decides an item. 决定机关 */
export type DecidingAuthority =
  /** 报送上级决定 — the workstation receives, reviews and forwards; a higher authority decides */
  | 'HIGHER_AUTHORITY'
  /** 本机关决定 — this office decides */
  | 'THIS_OFFICE';

/** Ground on which mediation is declined. 不予调解理由 */
export type DeclineGround =
  /** 已由人民法院、公安机关或其他行政机关受理或解决 — already accepted or settled by a court, the police or another authority (人民调解工作若干规定 art. 22 (2)) */
  | 'HANDLED_BY_AUTHORITY'
  /** 当事人一方明确拒绝调解 — a party clearly refuses mediation (人民调解法 art. 17) */
  | 'PARTY_REFUSES'
  /** 依法只能由专门机关处理 — by law only a specialised authority may handle it (人民调解工作若干规定 art. 22 (1)) */
  | 'RESERVED_TO_AUTHORITY';

/** A denial (不予许可). */
export type DenyApplicationInput = {
  /** The legal basis of the denial. */
  legalBasis: Scalars['String']['input'];
  /** Why the permit is denied. */
  reason: Scalars['String']['input'];
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

/** Status of a device. 设备状态 */
export type DeviceStatus =
  /** 维护中 — under maintenance */
  | 'MAINTENANCE'
  /** 离线 — offline */
  | 'OFFLINE'
  /** 在线 — online */
  | 'ONLINE';

/** A dimension disputes can be grouped by in disputeAggregate. 纠纷统计维度 */
export type DisputeDimension =
  /** 受理渠道 — the intake channel */
  | 'CHANNEL'
  /** 社区 — the community (label: its name) */
  | 'COMMUNITY'
  /** 企业 — an enterprise among the parties: a dispute with several counts in each of their groups, one without in the group without value (ENTERPRISE users: only their own enterprise's group) */
  | 'ENTERPRISE'
  /** 网格 — the grid (label: its name) */
  | 'GRID'
  /** 纠纷类型 — the kind */
  | 'KIND'
  /** 调处层级 — the level it is handled at now */
  | 'LEVEL'
  /** 调解员 — a mediator ever assigned or present at a session (volunteer or police officer id, label the id): a dispute with several counts in each of their groups */
  | 'MEDIATOR'
  /** 化解层级 — the level the agreement was reached at (no value: no agreement) */
  | 'RESOLVED_LEVEL'
  /** 调处状态 — the status */
  | 'STATUS'
  /** 时间 — reportedAt (the report time), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 紧急程度 — the urgency */
  | 'URGENCY';

/** Which disputes to list or count. */
export type DisputeFilter = {
  /** Only from these channels. */
  channels?: InputMaybe<Array<IntakeChannel>>;
  /** Only of this community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these communities. */
  communityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only disputes this enterprise is a party to. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only disputes any of these enterprises is a party to. */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only escalated at least once (true) or never (false). */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<DisputeKind>>;
  /** Only at these levels. */
  levels?: InputMaybe<Array<DisputeLevel>>;
  /** Only disputes this mediator (volunteer or police officer id) was assigned to or mediated. */
  mediatorId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only reported in this month, YYYY-MM (China Standard Time). With months, both must hold.
   * @deprecated Use months.
   */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only reported in any of these months, YYYY-MM (China Standard Time; the month of reportedAt). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only reported before this instant (exclusive); not before reportedFrom. */
  reportedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reported at or after this instant (inclusive). */
  reportedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only resolved (true) or unresolved (false). */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only in these statuses. */
  statuses?: InputMaybe<Array<DisputeStatus>>;
  /** Only of these urgencies. */
  urgencies?: InputMaybe<Array<Urgency>>;
};

/** Kind of a dispute. 纠纷类型 */
export type DisputeKind =
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
  /** 邻里家庭纠纷 — neighbour or family dispute (the old merged kind) */
  | 'NEIGHBOUR_FAMILY'
  /** 其他纠纷 — other dispute */
  | 'OTHER'
  /** 涉旅纠纷 — tourist dispute */
  | 'TOURIST';

/** Level at which a dispute is being handled; 微事不出网格、小事不出社区、矛盾不上交. 调处层级 */
export type DisputeLevel =
  /** 社区 — community */
  | 'COMMUNITY'
  /** 区县 — district */
  | 'DISTRICT'
  /** 网格 — grid */
  | 'GRID'
  /** 街道 — street */
  | 'STREET';

/** A record of another department a dispute comes from. */
export type DisputeOriginInput = {
  /** Id of the record (a 24-hex id). */
  id: Scalars['ID']['input'];
  /** Subgraph (department) holding the record, e.g. community-safety. */
  subgraph: Scalars['String']['input'];
  /** GraphQL type of the record, e.g. Incident. */
  typename: Scalars['String']['input'];
};

/** A party of a new dispute. */
export type DisputePartyInput = {
  /** The enterprise the party is or represents (ENTERPRISE users: only their own). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** 18-character resident ID number with a valid check digit. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1–50 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Role. */
  role: PartyRole;
};

/** Order of a dispute list. */
export type DisputeSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: DisputeSortField;
};

/** Fields disputes can be sorted by. */
export type DisputeSortField =
  /** 登记时间 — report time */
  | 'REPORTED_AT';

/** Where a dispute is in its handling. 调处状态 */
export type DisputeStatus =
  /** 已受理 — accepted for mediation (受理登记) */
  | 'ACCEPTED'
  /** 达成协议 — agreement reached, written or oral (arts. 28–30) */
  | 'AGREEMENT_REACHED'
  /** 已办结 — closed */
  | 'CLOSED'
  /** 已申请司法确认 — judicial confirmation applied for (art. 33) */
  | 'CONFIRMATION_APPLIED'
  /** 不予调解 — declined (人民调解法 art. 17: a party refuses; 人民调解工作若干规定 art. 22) */
  | 'DECLINED'
  /** 调解终止 — ended without agreement, the parties told of other routes (art. 26) */
  | 'FAILED'
  /** 已回访 — followed up */
  | 'FOLLOWED_UP'
  /** 司法确认 — agreement judicially confirmed */
  | 'JUDICIALLY_CONFIRMED'
  /** 诉讼或强制执行 — taken to court: suit (art. 32) or enforcement (art. 33 ¶2) */
  | 'LITIGATION'
  /** 调解中 — being mediated */
  | 'MEDIATING'
  /** 已指定调解员 — mediators assigned (人民调解法 art. 19) */
  | 'MEDIATORS_ASSIGNED'
  /** 履行中 — agreement not yet (fully) performed (art. 31) */
  | 'PERFORMING'
  /** 已登记 — reported */
  | 'REPORTED'
  /** 已督促履行 — a party urged to perform (art. 31 ¶2) */
  | 'URGED';

/** A dimension duty shifts can be grouped by in dutyShiftAggregate. 值班统计维度 */
export type DutyShiftDimension =
  /** 社区 — the community (label: its name) */
  | 'COMMUNITY'
  /** 企业 — the enterprise the volunteer works for (no value: none) */
  | 'ENTERPRISE'
  /** 网格 — the grid (label: its name) */
  | 'GRID'
  /** 值班结果 — the outcome */
  | 'OUTCOME'
  /** 时间 — startsAt (start of the shift), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 值班人员 — the volunteer on duty (id, label the id: names are personal information) */
  | 'VOLUNTEER';

/** Which duty shifts to list or count. */
export type DutyShiftFilter = {
  /** Only of this community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these communities. */
  communityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only of volunteers working for this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Only starting in this month, YYYY-MM. With months, both must hold.
   * @deprecated Use months.
   */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only starting in any of these months, YYYY-MM (China Standard Time; the month of startsAt). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only with these outcomes. */
  outcomes?: InputMaybe<Array<ShiftOutcome>>;
  /** Only starting before this instant (exclusive); not before startsFrom. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only starting at or after this instant (inclusive). */
  startsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only of this volunteer. */
  volunteerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Order of a duty shift list. */
export type DutyShiftSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: DutyShiftSortField;
};

/** Fields duty shifts can be sorted by. */
export type DutyShiftSortField =
  /** 开始时间 — start of the shift */
  | 'STARTS_AT';

/** Category of an enterprise. 企业类别 */
export type EnterpriseCategory =
  /** 规上企业 — above-scale enterprise (annual revenue above the statistical threshold) */
  | 'ABOVE_SCALE'
  /** 其他 — other */
  | 'OTHER'
  /** 小微科创 — small or micro technology enterprise */
  | 'SMALL_MICRO_TECH';

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

/** Operating status of an enterprise. 经营状态 */
export type EnterpriseStatus =
  /** 在营 — active */
  | 'ACTIVE'
  /** 迁出 — exited the park */
  | 'EXITED'
  /** 停业 — suspended */
  | 'SUSPENDED';

/** A rating of an application's service. */
export type EvaluateApplicationInput = {
  /** Optional comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The rating. */
  rating: EvaluationRating;
};

/** What evaluations (好差评) can be grouped by in `evaluationAggregate`. 好差评分组维度 */
export type EvaluationDimension =
  /** 企业 — the rating enterprise (the group's `enterprise` joins the enterprise's fields) */
  | 'ENTERPRISE'
  /** 处置状态 — the follow-up state of the rating */
  | 'FOLLOW_UP_STATUS'
  /** 审批事项 — the approval item of the rated application (label: the item's name) */
  | 'ITEM'
  /** 评价等级 — the rating */
  | 'RATING'
  /** 时间 — ratedAt (评价时间), bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** Which evaluations to list (all given conditions must hold). */
export type EvaluationFilter = {
  /** Only the evaluation of this application. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bad ratings (true) or good ones (false). */
  bad?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only evaluations of any of these enterprises. */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Only this follow-up state.
   * @deprecated Use followUpStatuses.
   */
  followUpStatus?: InputMaybe<EvaluationFollowUpStatus>;
  /** Only evaluations in any of these follow-up states. */
  followUpStatuses?: InputMaybe<Array<EvaluationFollowUpStatus>>;
  /** Only evaluations of applications for this item. */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** Only evaluations of applications for any of these items. */
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only evaluations given in any of these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only bad ratings still unanswered whose rectification due date is before this instant. */
  overdueAsOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only evaluations given before this instant (exclusive). */
  ratedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only evaluations given at or after this instant (inclusive). */
  ratedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Only these ratings.
   * @deprecated Use ratings.
   */
  rating?: InputMaybe<Array<EvaluationRating>>;
  /** Only evaluations with any of these ratings. */
  ratings?: InputMaybe<Array<EvaluationRating>>;
};

/** Step of the follow-up of a bad rating. */
export type EvaluationFollowUpAction =
  /** 申诉 — the officer appeals a rating shown to be wrong */
  | 'APPEAL'
  /** 回访 — called the applicant back */
  | 'CALL_BACK'
  /** 解释说明 — explained that the request had no legal basis */
  | 'EXPLAIN'
  /** 整改 — rectified */
  | 'RECTIFY';

/** Follow-up state of an evaluation. 差评处置状态 */
export type EvaluationFollowUpStatus =
  /** 申诉成立 — the officer's appeal showed the rating was wrong */
  | 'APPEALED'
  /** 待回访 — bad rating waiting for a call-back */
  | 'AWAITING_CALL_BACK'
  /** 待整改 — called back, rectification due */
  | 'AWAITING_RECTIFICATION'
  /** 已解释 — explained: the request had no legal basis */
  | 'EXPLAINED'
  /** 无需处置 — good rating, nothing to do */
  | 'NOT_REQUIRED'
  /** 已整改 — rectified */
  | 'RECTIFIED';

/** Rating of the service (好差评). 评价等级 */
export type EvaluationRating =
  /** 不满意 — dissatisfied */
  | 'DISSATISFIED'
  /** 基本满意 — neutral */
  | 'NEUTRAL'
  /** 满意 — satisfied */
  | 'SATISFIED'
  /** 非常不满意 — very dissatisfied */
  | 'VERY_DISSATISFIED'
  /** 非常满意 — very satisfied */
  | 'VERY_SATISFIED';

/** Order of an evaluation list. */
export type EvaluationSort = {
  /** Direction, ascending by default. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: EvaluationSortField;
};

/** Fields evaluations can be sorted by. */
export type EvaluationSortField =
  /** 评价时间 — when rated */
  | 'RATED_AT';

/** The one extension of the decision time limit. */
export type ExtendDecisionDeadlineInput = {
  /** Who approved it (负责人). */
  approvedBy: Scalars['String']['input'];
  /** Why more time is needed. */
  reason: Scalars['String']['input'];
};

/** One follow-up step of an evaluation. */
export type FollowUpEvaluationInput = {
  /** The step. */
  action: EvaluationFollowUpAction;
  /** The call-back note, rectification, explanation or appeal reason. */
  note: Scalars['String']['input'];
};

/** A follow-up visit to record. */
export type FollowUpInput = {
  /** When it took place (not in the future). */
  at: Scalars['DateTime']['input'];
  /** New risks found, up to 2000 characters. */
  newRisks?: InputMaybe<Scalars['String']['input']>;
  /** Notes, 1–2000 characters. */
  notes: Scalars['String']['input'];
  /** Performance found (required when the dispute has an agreement): FULFILLED → FOLLOWED_UP, else PERFORMING. */
  performance?: InputMaybe<Performance>;
};

/** Forwarding to the higher authority (报送上级). */
export type ForwardApplicationInput = {
  /** Note sent with the file. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The higher authority's decision. */
export type HigherAuthorityDecisionInput = {
  /** The date on its document: at or after the forwarding, not in the future. */
  decidedAt: Scalars['DateTime']['input'];
  /** Number of its decision document. */
  documentNumber: Scalars['String']['input'];
  /** Legal basis (required for a denial). */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** What it decided: APPROVED or DENIED for a permit, RECORDED for a filing. */
  outcome: HigherAuthorityOutcome;
  /** Reason (required for a denial). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What the higher authority decided. 上级决定 */
export type HigherAuthorityOutcome =
  /** 准予许可 — the permit was granted */
  | 'APPROVED'
  /** 不予许可 — the permit was denied */
  | 'DENIED'
  /** 予以备案 — the filing was recorded */
  | 'RECORDED';

/** A step of an incident. 事件处置动作 */
export type IncidentAction =
  /** 关闭 — close (RESOLVED, or OPEN as a false alarm with a reason → CLOSED) */
  | 'CLOSE'
  /** 处置完毕 — resolved, with a resolution (HANDLING → RESOLVED) */
  | 'RESOLVE'
  /** 开始处置 — start handling (OPEN → HANDLING) */
  | 'START';

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

/** How a dispute reached the mediators. 受理渠道 */
export type IntakeChannel =
  /** 立体云防控平台 — an incident of the community's cloud prevention platform or a patrol (community safety) */
  | 'CLOUD_PLATFORM'
  /** 法院委派 — referred by a court */
  | 'COURT_REFERRAL'
  /** 企业报告 — reported by an enterprise */
  | 'ENTERPRISE_REPORT'
  /** 政府交办 — assigned by the government */
  | 'GOVERNMENT_ASSIGNMENT'
  /** 网格巡查 — found on grid patrol */
  | 'GRID_PATROL'
  /** 热线 — hotline */
  | 'HOTLINE'
  /** 便民法律触屏 — legal touch screen */
  | 'LEGAL_TOUCH_SCREEN'
  /** 公安移送 — transferred by the police */
  | 'POLICE_TRANSFER'
  /** 远程视频调解平台 — remote video mediation platform */
  | 'REMOTE_VIDEO_PLATFORM'
  /** 来访 — walk-in */
  | 'WALK_IN';

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

/** A judicial confirmation to record. */
export type JudicialConfirmationInput = {
  /** When the parties applied (default: the day of confirmedAt); within 30 days of the agreement taking effect. */
  appliedOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it was confirmed. */
  confirmedAt: Scalars['DateTime']['input'];
  /** Court, 1–100 characters. */
  court: Scalars['String']['input'];
  /** Ruling reference, 1–100 characters. */
  reference: Scalars['String']['input'];
};

/** One attendee's feedback on a closed activity. */
export type LeaveFeedbackInput = {
  /**
   * Ignored: the registration names the activity.
   * @deprecated Feedback is per attendee: give registrationId.
   */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Comment, up to 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /**
   * Ignored: the registration names the enterprise.
   * @deprecated Feedback is per attendee: give registrationId.
   */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Rating 1–5. */
  rating: Scalars['Int']['input'];
  /** The attendee's registration (ATTENDED; ENTERPRISE users: their own people's). */
  registrationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A dimension legal consultations can be grouped by in legalConsultationAggregate. 法律咨询统计维度 */
export type LegalConsultationDimension =
  /** 咨询渠道 — the channel */
  | 'CHANNEL'
  /** 企业 — the enterprise that asked (no value: a resident) */
  | 'ENTERPRISE'
  /** 网格 — the grid it came from (label: its name) */
  | 'GRID'
  /** 律师 — the lawyer who answered (volunteer id, label the id) */
  | 'LAWYER'
  /** 咨询状态 — the status (records from before the queue have no value: they were answered) */
  | 'STATUS'
  /** 时间 — askedAt (when it was asked), bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** Which legal consultations to list or count. */
export type LegalConsultationFilter = {
  /** Only asked before this instant (exclusive); not before askedFrom. */
  askedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only asked at or after this instant (inclusive). */
  askedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only from these channels. */
  channels?: InputMaybe<Array<ConsultationChannel>>;
  /** Only asked by this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of any of these grids. */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only answered by this lawyer. */
  lawyerId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only asked in this month, YYYY-MM. With months, both must hold.
   * @deprecated Use months.
   */
  month?: InputMaybe<Scalars['String']['input']>;
  /** Only asked in any of these months, YYYY-MM (China Standard Time; the month of askedAt). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only in these statuses (the queue: REQUESTED, oldest first with sort ASKED_AT ASC). */
  statuses?: InputMaybe<Array<ConsultationStatus>>;
};

/** Order of a legal consultation list. */
export type LegalConsultationSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: LegalConsultationSortField;
};

/** Fields legal consultations can be sorted by. */
export type LegalConsultationSortField =
  /** 咨询时间 — time asked */
  | 'ASKED_AT';

/** A dimension to group lost-person searches by. 走失查找分析维度 */
export type LostPersonCaseDimension =
  /** 类别 — who is lost (child, elder, other) */
  | 'CATEGORY'
  /** 状态 — the search's status */
  | 'STATUS'
  /** 时间 — reportedAt, bucketed by timeBucket (China Standard Time) */
  | 'TIME';

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

/** A material handed in. */
export type MaterialInput = {
  /** How it arrived. */
  channel: SubmissionChannel;
  /** Code of the required material. */
  code: Scalars['String']['input'];
  /** When the submitter says it was handed in: kept as statedSubmittedAt only. The arrival time that counts is the server's. */
  submittedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A mediation session to record. */
export type MediationSessionInput = {
  /** When it took place (not in the future). */
  at: Scalars['DateTime']['input'];
  /**
   * Mediator's name, 1–50 characters.
   * @deprecated Sessions reference their mediators: use mediators.
   */
  mediatorName?: InputMaybe<Scalars['String']['input']>;
  /** The mediators present (default: those assigned). */
  mediators?: InputMaybe<Array<MediatorInput>>;
  /** How it was held. */
  mode: SessionMode;
  /** Notes, up to 4000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A mediator to assign. */
export type MediatorInput = {
  /** Id of the volunteer or police officer. */
  id: Scalars['ID']['input'];
  /** Volunteer or police officer. */
  kind: MediatorKind;
};

/** Kind of mediator. 调解员类别 */
export type MediatorKind =
  /** 民警 — a police officer (PoliceOfficer) */
  | 'POLICE_OFFICER'
  /** 调解员或志愿者 — a member of the force (Volunteer): people's mediator, lawyer, grid worker */
  | 'VOLUNTEER';

/** Who works on a service need, as a kind. 承办方类型 */
export type NeedAssigneeKind =
  /** 企业 — an enterprise (e.g. one offering a matching resource) */
  | 'ENTERPRISE'
  /** 民警 — a police officer */
  | 'OFFICER'
  /** 未分派 — not assigned yet */
  | 'UNASSIGNED';

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

/** Whether an enterprise has an active 一企一警 officer, as a count-row key. 一企一警覆盖 */
export type OfficerCoverageKey =
  /** 未配备 — has none */
  | 'WITHOUT_OFFICER'
  /** 已配备 — has an active 一企一警 officer */
  | 'WITH_OFFICER';

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

/** An oral agreement as the mediator recorded it (人民调解法 arts. 28, 30). */
export type OralAgreementInput = {
  /** When the parties agreed (not in the future): the day it takes effect. */
  agreedAt: Scalars['DateTime']['input'];
  /** What was agreed, 1–4000 characters. */
  terms: Scalars['String']['input'];
};

/** Who organises an activity. 主办方 */
export type OrganiserKind =
  /** 警企党建红盟 — the police–enterprise party-building alliance */
  | 'ALLIANCE'
  /** 成员单位党组织 — a member enterprise's party organisation */
  | 'PARTY_ORGANISATION'
  /** 万象警务工作站 — the Wanxiang police workstation */
  | 'WORKSTATION';

/** A route the parties are told of when mediation ends without agreement (人民调解法 art. 26). 其他救济途径 */
export type OtherRoute =
  /** 行政途径 — administrative route */
  | 'ADMINISTRATIVE'
  /** 仲裁 — arbitration */
  | 'ARBITRATION'
  /** 诉讼 — litigation */
  | 'LITIGATION';

/** Whether an outcome's record in the enterprises subgraph exists yet. 同步状态 */
export type OutcomeDeliveryState =
  /** 已创建 — created; its id is recorded */
  | 'CREATED'
  /** 无需创建 — a note: nothing to create */
  | 'NOT_APPLICABLE'
  /** 待创建 — not created yet: the gateway or the enterprises subgraph did not answer; retried by a scheduled job */
  | 'PENDING';

/** What an outcome of an activity is. 成效类型 */
export type OutcomeKind =
  /** 提出需求 — a need raised: becomes a service need of the enterprise (enterprises subgraph) */
  | 'NEED_RAISED'
  /** 其他成效 — any other outcome, recorded in the report only */
  | 'NOTE'
  /** 发现风险 — a risk found: becomes a risk alert on the enterprise (enterprises subgraph) */
  | 'RISK_FOUND';

/** Order of an overdue dispute list. */
export type OverdueDisputeSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: OverdueDisputeSortField;
};

/** Fields overdue disputes can be sorted by. */
export type OverdueDisputeSortField =
  /** 到期时间 — when the rule's limit ran out (the rule's due date) */
  | 'DUE_AT'
  /** 登记时间 — report time */
  | 'REPORTED_AT';

/** A time rule a dispute can be overdue on. 时限规则 */
export type OverdueRule =
  /** 回访逾期 — no follow-up visit by its due day (the agreement's effective day + the days of its kind) */
  | 'FOLLOW_UP'
  /** 调解期限 — not ended within 1 month of acceptance (人民调解工作若干规定 art. 33: 一般在一个月内调结; calendar month) */
  | 'MEDIATION_MONTH'
  /** 治安调解首次调解逾期 — 治安调解 without a first session within 3 working days of acceptance (公安机关治安调解工作规范 art. 9) */
  | 'SECURITY_FIRST_SESSION';

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

/** Role of a party in a dispute. 当事人角色 */
export type PartyRole =
  /** 申请人 — applicant */
  | 'APPLICANT'
  /** 被申请人 — respondent */
  | 'RESPONDENT';

/** Kind of finding. 发现类型 */
export type PatrolFindingKind =
  /** 矛盾纠纷 — dispute */
  | 'DISPUTE'
  /** 安全隐患 — hazard */
  | 'HAZARD'
  /** 服务需求 — service need */
  | 'SERVICE_NEED';

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

/** Kind of a shift of the volunteer force. 巡查类型 */
export type PatrolShiftKind =
  /** 巡逻防范 — patrol */
  | 'PATROL'
  /** 安全检查 — safety inspection */
  | 'SAFETY_INSPECTION';

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

/** How far the agreement has been performed, as a follow-up found it. 履行情况 */
export type Performance =
  /** 已履行 — fulfilled */
  | 'FULFILLED'
  /** 未履行 — not performed */
  | 'NOT_PERFORMED'
  /** 部分履行 — partly performed */
  | 'PARTLY';

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

/** A new activity. */
export type PlanActivityInput = {
  /** An outside address, up to 200 characters; give this or venueId. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Seats, 1–500 and at most the room's seats. */
  capacity: Scalars['Int']['input'];
  /** Co-organising enterprises, at most 20. */
  coOrganiserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What it is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End, after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** Materials. */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** The member enterprise whose party organisation organises it (required with PARTY_ORGANISATION). */
  organiserEnterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Who organises it (default WORKSTATION). */
  organiserKind?: InputMaybe<OrganiserKind>;
  /** Organising officer id (defaults to the caller's officerId). */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** When registration closes (default and latest: the start). */
  registrationClosesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When registration opens (default: when it is opened). */
  registrationOpensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Start (inside the room's opening hours). */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** A functional room (booked for the activity's time); give this or address. */
  venueId?: InputMaybe<Scalars['ID']['input']>;
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

/** What kind of procedure an item is. 办理类型 */
export type ProcedureKind =
  /** 备案 — a filing: recorded on receipt of complete materials; no denial, no certificate, no decision clock */
  | 'FILING'
  /** 行政许可 — a permit: accepted, reviewed, approved with a certificate or denied, on a decision clock */
  | 'PERMIT';

/** A risk alert to raise, through the graph, for the enterprise an incident concerns. */
export type RaiseRiskAlertFromIncidentInput = {
  /** What the enterprise should know (1–1 000 characters). */
  description: Scalars['String']['input'];
  /** Kind of risk. */
  kind: IncidentRiskKind;
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

/** A reason for a transition. */
export type ReasonInput = {
  /** The reason. */
  reason: Scalars['String']['input'];
};

/** A duty shift to record. */
export type RecordDutyShiftInput = {
  /** The dispute found or settled. */
  disputeId?: InputMaybe<Scalars['ID']['input']>;
  /** End (after the start, within 24 hours, not in the future). */
  endsAt: Scalars['DateTime']['input'];
  /** Notes, up to 2000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Outcome. */
  outcome: ShiftOutcome;
  /** Start (not in the future). */
  startsAt: Scalars['DateTime']['input'];
  /** The volunteer on duty (active, with the MEDIATION duty). */
  volunteerId: Scalars['ID']['input'];
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

/** A legal consultation to record. */
export type RecordLegalConsultationInput = {
  /** Summary of the answer, up to 2000 characters. */
  answerSummary?: InputMaybe<Scalars['String']['input']>;
  /** Who answered, 1–50 characters. */
  answeredBy: Scalars['String']['input'];
  /** When it was asked (default now). */
  askedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Channel. */
  channel: ConsultationChannel;
  /** Enterprise that asked. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Grid it came from. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Topic, 1–100 characters. */
  topic: Scalars['String']['input'];
};

/** The outcome of a match. */
export type RecordMatchOutcomeInput = {
  /** Note, e.g. why it was declined. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** ACCEPTED or DECLINED (from PROPOSED), COMPLETED (from ACCEPTED). */
  outcome: MatchOutcome;
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

/** The record of another department a new record comes from. */
export type RecordSourceInput = {
  /** Id of the record (a 24-hex id). */
  id: Scalars['ID']['input'];
  /** Subgraph (department) holding the record, e.g. activities. */
  subgraph: Scalars['String']['input'];
  /** GraphQL type of the record, e.g. Activity. */
  typename: Scalars['String']['input'];
};

/** An in-person visit. */
export type RecordVisitInput = {
  /** When; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it was for. */
  purpose: Scalars['String']['input'];
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

/** A person to register. */
export type RegisterInput = {
  /** The activity, which must be open for registration. */
  activityId: Scalars['ID']['input'];
  /** The enterprise the person comes from (ENTERPRISE users: their own). */
  enterpriseId: Scalars['ID']['input'];
  /** Person's name, 1–50 characters. */
  personName: Scalars['String']['input'];
  /** Person's mainland mobile number. */
  personPhone?: InputMaybe<Scalars['String']['input']>;
};

/** A new volunteer. */
export type RegisterVolunteerInput = {
  /** Duties, at least one. */
  duties: Array<VolunteerDuty>;
  /** Enterprise the volunteer works for. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Grid served. */
  gridId: Scalars['ID']['input'];
  /** Joining date (default today). */
  joinedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Name, 1–50 characters. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Roles (default VOLUNTEER). */
  roles?: InputMaybe<Array<VolunteerRole>>;
  /** Skills, at most 10 of 1–20 characters. */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A dimension registrations can be grouped by in registrationAggregate. 报名统计维度 */
export type RegistrationDimension =
  /** 活动 — the activity (label: its title) */
  | 'ACTIVITY'
  /** 活动类型 — the kind of the activity */
  | 'ACTIVITY_KIND'
  /** 活动时间 — the activity's start, bucketed by timeBucket in China Standard Time */
  | 'ACTIVITY_TIME'
  /** 是否签到 — attended (checked in) or not: value true or false */
  | 'ATTENDED'
  /** 企业 — the enterprise the person comes from (joins to Enterprise through federation) */
  | 'ENTERPRISE'
  /** 报名状态 — the registration's status */
  | 'STATUS'
  /** 报名时间 — registeredAt (when the person registered), bucketed by timeBucket in China Standard Time */
  | 'TIME';

/** Which registrations to list. */
export type RegistrationFilter = {
  /** Only for this activity. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only registrations for activities of these kinds. */
  activityKinds?: InputMaybe<Array<ActivityKind>>;
  /** Only registrations for activities starting before this instant (exclusive); activityStartsFrom after activityStartsBefore is BAD_USER_INPUT. */
  activityStartsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only registrations for activities starting at or after this instant (inclusive). */
  activityStartsFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only people who attended (true) or did not (false). */
  attended?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only from this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only registrations made in one of these months (YYYY-MM, China Standard Time); a malformed month is BAD_USER_INPUT. */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only registrations made before this instant (exclusive); registeredFrom after registeredBefore is BAD_USER_INPUT. */
  registeredBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only registrations made at or after this instant (inclusive). */
  registeredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only in these states. */
  statuses?: InputMaybe<Array<RegistrationStatus>>;
};

/** Order of a registration list. */
export type RegistrationSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: RegistrationSortField;
};

/** Fields registrations can be sorted by. */
export type RegistrationSortField =
  /** 报名时间 — registration time */
  | 'REGISTERED_AT';

/** State of one person's registration. 报名状态 */
export type RegistrationStatus =
  /** 已签到 — attended (checked in) */
  | 'ATTENDED'
  /** 已取消 — cancelled (or an offer lapsed, or the activity was cancelled) */
  | 'CANCELLED'
  /** 已报名 — registered, holds a seat */
  | 'CONFIRMED'
  /** 未到场 — no-show: held a seat and did not check in (set when the activity closes) */
  | 'NO_SHOW'
  /** 候补递补待确认 — offered a freed seat, to accept before the offer expires (else it goes to the next) */
  | 'OFFERED'
  /** 候补 — on the waitlist; offered a freed seat in order */
  | 'WAITLISTED';

/** A new dispute. */
export type ReportDisputeInput = {
  /** Intake channel (ENTERPRISE users: always ENTERPRISE_REPORT). */
  channel: IntakeChannel;
  /** Details, up to 4000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Grid it belongs to. */
  gridId: Scalars['ID']['input'];
  /** Kind. */
  kind: DisputeKind;
  /** When the dispute arose, as the reporter states it (optional; kept as Dispute.occurredAt). The report time is always the server's. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The record of another department the dispute comes from (required for a DEPARTMENT service caller: a record of its own department, e.g. a community-safety Incident). */
  origin?: InputMaybe<DisputeOriginInput>;
  /** Parties: at least one applicant, at most 20. */
  parties: Array<DisputePartyInput>;
  /**
   * Deprecated: the report time is the server's. A date given here is kept as the stated occurredAt.
   * @deprecated The report time is the server's clock; state when the dispute arose in occurredAt.
   */
  reportedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Short summary, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Urgency (default NORMAL). */
  urgency?: InputMaybe<Urgency>;
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

/** One outcome to report. */
export type ReportOutcomeInput = {
  /** What was raised or found, 1–2000 characters. */
  description: Scalars['String']['input'];
  /** NEED_RAISED: due date, YYYY-MM-DD. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The enterprise concerned (required for NEED_RAISED and RISK_FOUND). */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is. */
  kind: OutcomeKind;
  /** NEED_RAISED: SECURITY, LEGAL, APPROVAL, STAFFING, POLICY or OTHER. */
  needCategory?: InputMaybe<Scalars['String']['input']>;
  /** RISK_FOUND: COUNTERPARTY_LITIGATION, FRAUD, SAFETY, IP_INFRINGEMENT, NOMINEE_HOLDING or OTHER. */
  riskType?: InputMaybe<Scalars['String']['input']>;
  /** RISK_FOUND: LOW, MEDIUM, HIGH or CRITICAL. */
  severity?: InputMaybe<Scalars['String']['input']>;
};

/** An enterprise's report that it could not get something done. */
export type ReportUnresolvedMatterInput = {
  /** The application concerned, if any. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** What could not be done. */
  description: Scalars['String']['input'];
  /** The enterprise. */
  enterpriseId: Scalars['ID']['input'];
};

/** A consultation request (the person asking waits in the queue). */
export type RequestLegalConsultationInput = {
  /** Channel. */
  channel: ConsultationChannel;
  /** Enterprise that asks. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Grid it came from. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** The question, 1–2000 characters. */
  question: Scalars['String']['input'];
  /** Name of the person asking, 1–50 characters. */
  requesterName: Scalars['String']['input'];
  /** Mainland mobile number of the person asking. */
  requesterPhone?: InputMaybe<Scalars['String']['input']>;
  /** Topic, 1–100 characters. */
  topic: Scalars['String']['input'];
};

/** The one complete supplement notice. */
export type RequestSupplementInput = {
  /** Note to the applicant (every missing material is listed automatically). */
  note?: InputMaybe<Scalars['String']['input']>;
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

/** The committee's seal. */
export type SealInput = {
  /** When it was sealed (not in the future). */
  at: Scalars['DateTime']['input'];
  /** The committee, 1–100 characters. */
  committee: Scalars['String']['input'];
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

/** A step of a service need's life cycle. 需求办理动作 */
export type ServiceNeedAction =
  /** 不予办理 — decline (OPEN or IN_PROGRESS → DECLINED), with a resolution */
  | 'DECLINE'
  /** 办结 — resolve (IN_PROGRESS → RESOLVED), with a resolution */
  | 'RESOLVE'
  /** 开始办理 — start work (OPEN → IN_PROGRESS) */
  | 'START';

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

/** How a mediation session was held. 调解方式 */
export type SessionMode =
  /** 现场调解 — on site */
  | 'ON_SITE'
  /** 远程视频调解 — remote video */
  | 'REMOTE_VIDEO';

/** Outcome of a mediation duty shift. 值班结果 */
export type ShiftOutcome =
  /** 发现纠纷 — a dispute was found */
  | 'DISPUTE_FOUND'
  /** 当场化解 — a dispute was settled on the spot */
  | 'DISPUTE_RESOLVED'
  /** 无异常 — nothing to report */
  | 'QUIET'
  /** 移交处理 — referred to others */
  | 'REFERRED';

/** A signature to record. */
export type SignatureInput = {
  /** When it was signed (not in the future). */
  at: Scalars['DateTime']['input'];
  /** The mediator (signer MEDIATOR): one of the dispute's mediators. */
  mediator?: InputMaybe<MediatorInput>;
  /** Signature, seal or fingerprint. */
  method: SigningMethod;
  /** Index of the party in Dispute.parties (signer PARTY). */
  partyIndex?: InputMaybe<Scalars['Int']['input']>;
  /** A party or a mediator. */
  signer: Signer;
};

/** Who signed an agreement. 签署人 */
export type Signer =
  /** 人民调解员 — a mediator */
  | 'MEDIATOR'
  /** 当事人 — a party */
  | 'PARTY';

/** How an agreement was signed (人民调解法 art. 29 ¶2). 签署方式 */
export type SigningMethod =
  /** 按指印 — fingerprint */
  | 'FINGERPRINT'
  /** 盖章 — seal */
  | 'SEAL'
  /** 签名 — signature */
  | 'SIGNATURE';

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** Kind of special procedure that pauses the decision clock. 特别程序 */
export type SpecialProcedureKind =
  /** 专家评审 — expert review */
  | 'EXPERT_REVIEW'
  /** 听证 — hearing */
  | 'HEARING'
  /** 检验检测 — testing */
  | 'TESTING';

/** The start of a special procedure. */
export type StartSpecialProcedureInput = {
  /** When it started; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Kind of procedure. */
  kind: SpecialProcedureKind;
  /** Why it is needed. */
  reason: Scalars['String']['input'];
};

/** How a material reached the office. 提交渠道 */
export type SubmissionChannel =
  /** 窗口提交 — in person at the window */
  | 'IN_PERSON'
  /** 网上提交 — online */
  | 'ONLINE'
  /** 拍照发送民警 — photo sent to the handling officer */
  | 'PHOTO_TO_OFFICER';

/** Materials handed in later (supplements or committed materials). */
export type SubmitMaterialsInput = {
  /** The materials. */
  materials: Array<MaterialInput>;
};

/** Step of a supervision case. */
export type SupervisionAction =
  /** 归档 — archive */
  | 'ARCHIVE'
  /** 不予支持 — dismiss (reason required) */
  | 'DISMISS'
  /** 开始核查 — start the investigation (classification required) */
  | 'INVESTIGATE'
  /** 整改完成 — rectified (finding, responsible party, rectification and feedback required) */
  | 'RECTIFY';

/** What supervision cases (办不成事) can be grouped by in `supervisionCaseAggregate`. 督导案件分组维度 */
export type SupervisionCaseDimension =
  /** 问题分类 — the classification (none until the investigation starts) */
  | 'CLASSIFICATION'
  /** 企业 — the enterprise concerned (the group's `enterprise` joins the enterprise's fields) */
  | 'ENTERPRISE'
  /** 状态 — the case's current state */
  | 'STATUS'
  /** 时间 — openedAt (立案时间), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 督导来源 — what opened the case */
  | 'TRIGGER';

/** Which supervision cases to list (all given conditions must hold). */
export type SupervisionCaseFilter = {
  /** Only this application. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases of any of these enterprises. */
  enterpriseIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only cases opened in any of these months (YYYY-MM, China Standard Time). */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only cases opened before this instant (exclusive). */
  openedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases opened at or after this instant (inclusive). */
  openedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only cases still open or investigating whose due date is before this instant. */
  overdueAsOf?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Only these states.
   * @deprecated Use statuses.
   */
  status?: InputMaybe<Array<SupervisionStatus>>;
  /** Only cases in any of these states. */
  statuses?: InputMaybe<Array<SupervisionStatus>>;
  /**
   * Only this trigger.
   * @deprecated Use triggers.
   */
  trigger?: InputMaybe<SupervisionTrigger>;
  /** Only cases opened by any of these triggers. */
  triggers?: InputMaybe<Array<SupervisionTrigger>>;
};

/** Order of a supervision case list. */
export type SupervisionCaseSort = {
  /** Direction, ascending by default. */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: SupervisionCaseSortField;
};

/** Fields supervision cases can be sorted by. */
export type SupervisionCaseSortField =
  /** 整改期限 — due date */
  | 'DUE_DATE'
  /** 立案时间 — when opened */
  | 'OPENED_AT';

/** How hard a supervision case is. 问题分类 */
export type SupervisionClassification =
  /** 复杂 — settled within 5 working days */
  | 'COMPLEX'
  /** 疑难 — escalated to the leadership group */
  | 'HARD'
  /** 简单 — settled on the spot */
  | 'SIMPLE'
  /** 特殊 — settled within 10 working days */
  | 'SPECIAL';

/** State of a supervision case. 督导状态 */
export type SupervisionStatus =
  /** 已归档 — archived */
  | 'ARCHIVED'
  /** 不予支持 — dismissed with a reason */
  | 'DISMISSED'
  /** 核查中 — investigating */
  | 'INVESTIGATING'
  /** 待核查 — open */
  | 'OPEN'
  /** 已整改 — rectified */
  | 'RECTIFIED';

/** What opened a supervision case. 督导来源 */
export type SupervisionTrigger =
  /** 不予许可 — the application was denied */
  | 'DENIED'
  /** 企业反映 — the enterprise reported it could not get something done */
  | 'ENTERPRISE_REPORT'
  /** 多次跑动 — the applicant had to come in person a second time for the same application (breaks 最多跑一次) */
  | 'MULTIPLE_VISITS'
  /** 不予受理 — the application was not accepted */
  | 'NOT_ACCEPTED'
  /** 超期 — the application went overdue */
  | 'OVERDUE'
  /** 终止办理 — the application was terminated */
  | 'TERMINATED';

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

/** Unit of a time limit. 时限单位 */
export type TimeUnit =
  /** 日 — calendar days (a regulation's “X日内”); a period ending on a holiday or weekend ends on the next working day */
  | 'DAYS'
  /** 工作日 — working days (行政许可法 art. 82): weekends and official holidays excluded, make-up days counted */
  | 'WORKING_DAYS';

/** Triage decision. 研判结论 */
export type TriageDecision =
  /** 排除 — dismiss (false alarm, handled on the spot) */
  | 'DISMISS'
  /** 转事件 — escalate into an incident */
  | 'ESCALATE';

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

/** Changes to an activity that has not started; omitted fields stay as they are. */
export type UpdateActivityInput = {
  /** Seats, 1–500, at most the room's seats and not below the seats already taken; more seats are offered to the waitlist first. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What it is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Materials (replace the current list). */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** Title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

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

/** How urgent a dispute is. 紧急程度 */
export type Urgency =
  /** 特急 — critical (risk of escalation into violence) */
  | 'CRITICAL'
  /** 一般 — normal */
  | 'NORMAL'
  /** 紧急 — urgent */
  | 'URGENT';

/** A dimension volunteers can be grouped by in volunteerAggregate. 队伍统计维度 */
export type VolunteerDimension =
  /** 社区 — the community of the grid (label: its name) */
  | 'COMMUNITY'
  /** 职责 — a duty: a volunteer with several counts in each of their groups */
  | 'DUTY'
  /** 企业 — the enterprise the volunteer works for (no value: none) */
  | 'ENTERPRISE'
  /** 网格 — the grid served (label: its name) */
  | 'GRID'
  /** 队伍角色 — a role: a volunteer with several counts in each of their groups (records from before roles were kept: VOLUNTEER) */
  | 'ROLE'
  /** 时间 — joinedOn (the joining day), bucketed by timeBucket */
  | 'TIME';

/** Duty of a mass-prevention volunteer. 志愿者职责 */
export type VolunteerDuty =
  /** 矛盾调解 — dispute mediation */
  | 'MEDIATION'
  /** 巡逻 — patrol */
  | 'PATROL'
  /** 安全检查 — safety inspection */
  | 'SAFETY_INSPECTION';

/** Which volunteers to list or count. */
export type VolunteerFilter = {
  /** Only active (true) or inactive (false). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only of this community. */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only volunteers with any of these duties. */
  duties?: InputMaybe<Array<VolunteerDuty>>;
  /** Only working for this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only of this grid. */
  gridId?: InputMaybe<Scalars['ID']['input']>;
  /** Only joined before this day (exclusive); not before joinedFrom. */
  joinedBefore?: InputMaybe<Scalars['Date']['input']>;
  /** Only joined on or after this day (inclusive). */
  joinedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only joined in any of these months, YYYY-MM. */
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only volunteers with any of these roles. */
  roles?: InputMaybe<Array<VolunteerRole>>;
  /** Only with this skill. */
  skill?: InputMaybe<Scalars['String']['input']>;
};

/** Role in the mediation and mass-prevention force. 队伍角色 */
export type VolunteerRole =
  /** 网格员 — grid worker */
  | 'GRID_WORKER'
  /** 律师 — lawyer */
  | 'LAWYER'
  /** 人民调解员 — people's mediator */
  | 'PEOPLES_MEDIATOR'
  /** 群防群治志愿者 — mass-prevention volunteer */
  | 'VOLUNTEER';

/** Order of a volunteer list. */
export type VolunteerSort = {
  /** Direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** Field to sort by. */
  field: VolunteerSortField;
};

/** Fields volunteers can be sorted by. */
export type VolunteerSortField =
  /** 加入日期 — joining date */
  | 'JOINED_ON';

/** A written agreement (调解协议书) with the contents of 人民调解法 art. 29; every party and at least one mediator signed, and the seal. */
export type WrittenAgreementInput = {
  /** Matters in dispute, 1–2000 characters. */
  disputedMatters: Scalars['String']['input'];
  /** Main facts, 1–4000 characters. */
  facts: Scalars['String']['input'];
  /** Number, up to 50 characters. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** By when it is to be performed. */
  performanceDeadline?: InputMaybe<Scalars['Date']['input']>;
  /** How it is to be performed, 1–1000 characters. */
  performanceMethod: Scalars['String']['input'];
  /** Responsibilities of each party, 1–2000 characters. */
  responsibilities: Scalars['String']['input'];
  /** The committee's seal. */
  seal: SealInput;
  /** Signatures: every party, and at least one of the dispute's mediators. */
  signatures: Array<SignatureInput>;
  /** What was agreed, 1–4000 characters. */
  terms: Scalars['String']['input'];
};

export type Join__ContextArgument = {
  context: Scalars['String']['input'];
  name: Scalars['String']['input'];
  selection: Scalars['join__FieldValue']['input'];
  type: Scalars['String']['input'];
};

export type Join__Graph =
  | 'ACTIVITIES'
  | 'APPROVALS'
  | 'COMMUNITY_SAFETY'
  | 'ENTERPRISES'
  | 'MEDIATION';

export type Link__Purpose =
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION'
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY';

export type DashboardActivityMonthsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardActivityMonthsQuery = { activityStatistics: { byMonth: Array<{ key: string, count: number }> } };

export type DashboardActivitiesQueryVariables = Exact<{
  filter?: InputMaybe<ActivityFilter>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  before?: InputMaybe<Scalars['DateTime']['input']>;
  idleSince: Scalars['DateTime']['input'];
}>;


export type DashboardActivitiesQuery = { activityStatistics: { total: number, completedSeats: number, attended: number, noShows: number, attendanceRate: number, noShowRate: number, feedback: { count: number, averageRating?: number | null }, byKind: Array<{ key: ActivityKind, label: string, count: number }>, feedbackByKind: Array<{ key: ActivityKind, label: string, count: number, averageRating?: number | null }>, participation: Array<{ registered: number, attended: number, noShows: number, lastAttendedAt?: string | null, enterprise: { id: string, name: string } }>, venueUtilisation: Array<{ week: string, bookings: number, utilisationRate: number, venue: { id: string, name: string } }> }, byKind: { groups: Array<{ count: number, registeredCount: number, attendedCount: number, noShowCount: number, attendanceRate?: number | null, keys: Array<{ label: string }> }> }, members: { edges: Array<{ node: { id: string, name: string, lastActivityAttendedAt?: string | null, recentActivities: number } }> } };

export type DashboardApprovalsQueryVariables = Exact<{
  filter?: InputMaybe<ApplicationFilter>;
  trendFilter?: InputMaybe<ApplicationFilter>;
  ratingFilter?: InputMaybe<EvaluationFilter>;
  evaluationFilter?: InputMaybe<EvaluationFilter>;
}>;


export type DashboardApprovalsQuery = { approvalItems: Array<{ id: string, name: string }>, approvalStatistics: { onTimeRate: number, withinPromiseRate: number, decidedCount: number, averageWorkingDaysToDecision: number, acceptedWithDeficiencyRate: number, commitmentFulfilmentRate: number, atMostOneVisitRate: number, evaluationCount: number, satisfactionRate: number, callBackRate: number, overdueRectificationCount: number, openSupervisionCaseCount: number }, byStatus: { groups: Array<{ count: number, keys: Array<{ label: string }> }>, totals: { count: number } }, byItem: { groups: Array<{ count: number, decidedCount: number, onTimeRate?: number | null, withinPromiseRate?: number | null, acceptedWithDeficiencyCount: number, deficiencyFulfilledOnTimeCount: number, deficiencyTerminatedCount: number, deficiencyPendingCount: number, item?: { id: string, name: string } | null }> }, byMonth: { groups: Array<{ count: number, atMostOneVisitRate?: number | null, onTimeRate?: number | null, keys: Array<{ value?: string | null, label: string }> }> }, ratings: { groups: Array<{ count: number, keys: Array<{ label: string }> }> }, rectifications: { groups: Array<{ count: number, keys: Array<{ label: string }> }> }, overdueApplications: { totalCount: number, edges: Array<{ node: { id: string, statusLabel: string, dueDate?: string | null, item: { name: string }, enterprise: { name: string } } }> }, evaluations: { totalCount: number, edges: Array<{ node: { id: string, ratingLabel: string, followUpStatusLabel: string, rectificationDueDate?: string | null, comment?: string | null, enterprise: { name: string } } }> } };

export type DashboardEnterpriseListQueryVariables = Exact<{
  nameContains?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardEnterpriseListQuery = { enterprises: { totalCount: number, edges: Array<{ node: { id: string, name: string } }> } };

export type DashboardEnterpriseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  since: Scalars['DateTime']['input'];
}>;


export type DashboardEnterpriseQuery = { enterprise?: { id: string, name: string, creditCode: string, categoryLabel: string, industry: string, park: string, address: string, inIncubator: boolean, employeeCount: number, foundedOn: string, statusLabel: string, legalRepresentative: string, allianceMember: boolean, openNeedCount: number, openAlertCount: number, activitiesInLastYear: number, contacts: Array<{ name?: string | null, role: string, phone?: string | null }>, allianceMembership?: { roleLabel: string, joinedOn: string } | null, partyOrganization?: { name: string, typeLabel: string, memberCount: number } | null, officer?: { name: string, badgeNumber: string, workstation: string, phone?: string | null } | null, serviceNeeds: Array<{ id: string, categoryLabel: string, description: string, statusLabel: string, dueOn?: string | null }>, riskAlerts: Array<{ id: string, typeLabel: string, severityLabel: string, statusLabel: string, title?: string | null }>, creditMark?: { active: boolean, brokenCommitmentCount: number } | null, applications: Array<{ id: string, statusLabel: string, submittedAt?: string | null, decidedOnTime?: boolean | null, item: { name: string } }>, activitiesAttended: Array<{ id: string, title: string, kindLabel: string, startsAt: string }>, disputes: Array<{ id: string, title: string, kindLabel: string, statusLabel: string, reportedAt: string }>, incidents: Array<{ id: string, title: string, severityLabel: string, statusLabel: string, occurredAt: string }> } | null };

export type DashboardMediationQueryVariables = Exact<{
  filter?: InputMaybe<DisputeFilter>;
}>;


export type DashboardMediationQuery = { communities: Array<{ id: string, name: string }>, allMonths: { byMonth: Array<{ key: string }> }, disputeStatistics: { total: number, closed: number, closedResolvedLocally: number, localResolutionRate: number, escalated: number, escalationRate: number, followedUp: number, followUpRate: number, kindCounts: Array<{ key: DisputeKind, label: string, count: number }>, levelCounts: Array<{ key: DisputeLevel, label: string, count: number }> }, byCommunity: { groups: Array<{ count: number, closedCount: number, resolvedLocallyCount: number, localResolutionRate?: number | null, escalatedCount: number, followUpsDueCount: number, followUpsOverdueCount: number, keys: Array<{ value?: string | null, label: string }> }> }, byKind: { groups: Array<{ count: number, closedCount: number, localResolutionRate?: number | null, escalatedCount: number, keys: Array<{ label: string }> }> }, followUpsDue: { totalCount: number, edges: Array<{ node: { id: string, title: string, kindLabel: string, statusLabel: string, agreement?: { effectiveOn: string, performanceDeadline?: string | null } | null, community?: { name: string } | null } }> }, overMonth: { totalCount: number, edges: Array<{ node: { id: string, title: string, kindLabel: string, levelLabel: string, statusLabel: string, reportedAt: string, community?: { name: string } | null } }> } };

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { alliance: { name: string, leadUnit: string, base: string, foundedOn: string, memberCount: number }, enterpriseStatistics: { total: number, withoutOfficer: number, officerCoverageRate: number, lossAvoidedYuan: number, byCategory: Array<{ key: EnterpriseCategory, label: string, count: number }>, byAllianceMembership: Array<{ key: AllianceMembershipKey, label: string, count: number }>, openNeedsByCategory: Array<{ key: ServiceNeedCategory, label: string, count: number }>, openAlertsBySeverity: Array<{ key: RiskSeverity, label: string, count: number }>, needTimeliness: { onTime: number, late: number, withoutDueDate: number } }, oneOfficer: { totals: { count: number, withOfficerCount: number, activeAboveScaleCount: number, breakingOneOfficerRuleCount: number, ruleCoverageRate?: number | null } }, coverageByCategory: { groups: Array<{ count: number, withOfficerCount: number, coverageRate?: number | null, allianceMemberCount: number, keys: Array<{ label: string }> }> }, enterprisesBreakingOneOfficerRule: Array<{ id: string, name: string, park: string }>, riskAlerts: { totalCount: number, edges: Array<{ node: { id: string, title?: string | null, typeLabel: string, severityLabel: string, statusLabel: string, enterprise: { name: string } } }> }, serviceNeeds: { totalCount: number, edges: Array<{ node: { id: string, categoryLabel: string, description: string, dueOn?: string | null, overdue: boolean, enterprise: { name: string } } }> } };

export type DashboardSafetyQueryVariables = Exact<{
  months?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type DashboardSafetyQuery = { incidentStatistics: { total: number, withDispute: number, severityCounts: Array<{ key: IncidentSeverity, label: string, count: number }>, sourceCounts: Array<{ key: IncidentSource, label: string, count: number }> }, sensingEventStatistics: { total: number, kindCounts: Array<{ key: SensingEventKind, label: string, count: number }>, triageCounts: Array<{ key: TriageStatus, label: string, count: number }> }, lostPersonSearchStatistics: { total: number, found: number, medianMinutesToFind?: number | null, foundWithin30MinutesRate: number, foundWithin60MinutesRate: number, categoryCounts: Array<{ key: LostPersonCategory, label: string, count: number }> }, patrolStatistics: { total: number, findings: number, statusCounts: Array<{ key: PatrolShiftStatus, label: string, count: number }>, byGrid: Array<{ count: number, findings: number, grid?: { id: string, name: string } | null }> }, incidentMonths: { byMonth: Array<{ key: string }> }, lostPersonMonths: { byMonth: Array<{ key: string }> }, patrolMonths: { byMonth: Array<{ key: string }> }, openIncidents: { totalCount: number, edges: Array<{ node: { id: string, title: string, severityLabel: string, statusLabel: string, placeName?: string | null, occurredAt: string } }> }, searching: { totalCount: number, edges: Array<{ node: { id: string, caseNumber: string, categoryLabel: string, statusLabel: string, lastSeenPlace: string, lastSeenAt: string, reporterPhone?: string | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const DashboardActivityMonthsDocument = new TypedDocumentString(`
    query DashboardActivityMonths {
  activityStatistics {
    byMonth {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardActivityMonthsQuery, DashboardActivityMonthsQueryVariables>;
export const DashboardActivitiesDocument = new TypedDocumentString(`
    query DashboardActivities($filter: ActivityFilter, $from: DateTime, $before: DateTime, $idleSince: DateTime!) {
  activityStatistics(filter: $filter) {
    total
    completedSeats
    attended
    noShows
    attendanceRate
    noShowRate
    feedback {
      count
      averageRating
    }
    byKind {
      key
      label
      count
    }
    feedbackByKind {
      key
      label
      count
      averageRating
    }
    participation(first: 20) {
      enterprise {
        id
        name
      }
      registered
      attended
      noShows
      lastAttendedAt
    }
    venueUtilisation(from: $from, before: $before) {
      venue {
        id
        name
      }
      week
      bookings
      utilisationRate
    }
  }
  byKind: activityAggregate(filter: $filter, groupBy: [KIND]) {
    groups {
      keys {
        label
      }
      count
      registeredCount
      attendedCount
      noShowCount
      attendanceRate
    }
  }
  members: enterprises(filter: {allianceMember: true}, first: 100) {
    edges {
      node {
        id
        name
        lastActivityAttendedAt
        recentActivities: activitiesAttendedCount(filter: {startsFrom: $idleSince})
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardActivitiesQuery, DashboardActivitiesQueryVariables>;
export const DashboardApprovalsDocument = new TypedDocumentString(`
    query DashboardApprovals($filter: ApplicationFilter, $trendFilter: ApplicationFilter, $ratingFilter: EvaluationFilter, $evaluationFilter: EvaluationFilter) {
  approvalItems {
    id
    name
  }
  approvalStatistics(filter: $filter) {
    onTimeRate
    withinPromiseRate
    decidedCount
    averageWorkingDaysToDecision
    acceptedWithDeficiencyRate
    commitmentFulfilmentRate
    atMostOneVisitRate
    evaluationCount
    satisfactionRate
    callBackRate
    overdueRectificationCount
    openSupervisionCaseCount
  }
  byStatus: applicationAggregate(filter: $filter, groupBy: [STATUS]) {
    groups {
      keys {
        label
      }
      count
    }
    totals {
      count
    }
  }
  byItem: applicationAggregate(filter: $filter, groupBy: [ITEM]) {
    groups {
      item {
        id
        name
      }
      count
      decidedCount
      onTimeRate
      withinPromiseRate
      acceptedWithDeficiencyCount
      deficiencyFulfilledOnTimeCount
      deficiencyTerminatedCount
      deficiencyPendingCount
    }
  }
  byMonth: applicationAggregate(
    filter: $trendFilter
    groupBy: [TIME]
    timeBucket: MONTH
  ) {
    groups {
      keys {
        value
        label
      }
      count
      atMostOneVisitRate
      onTimeRate
    }
  }
  ratings: evaluationAggregate(filter: $ratingFilter, groupBy: [RATING]) {
    groups {
      keys {
        label
      }
      count
    }
  }
  rectifications: evaluationAggregate(
    filter: $evaluationFilter
    groupBy: [FOLLOW_UP_STATUS]
  ) {
    groups {
      keys {
        label
      }
      count
    }
  }
  overdueApplications(filter: $filter, first: 20) {
    totalCount
    edges {
      node {
        id
        statusLabel
        dueDate
        item {
          name
        }
        enterprise {
          name
        }
      }
    }
  }
  evaluations(filter: $evaluationFilter, first: 20) {
    totalCount
    edges {
      node {
        id
        ratingLabel
        followUpStatusLabel
        rectificationDueDate
        comment
        enterprise {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardApprovalsQuery, DashboardApprovalsQueryVariables>;
export const DashboardEnterpriseListDocument = new TypedDocumentString(`
    query DashboardEnterpriseList($nameContains: String) {
  enterprises(
    filter: {nameContains: $nameContains}
    sort: {field: NAME, direction: ASC}
    first: 100
  ) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardEnterpriseListQuery, DashboardEnterpriseListQueryVariables>;
export const DashboardEnterpriseDocument = new TypedDocumentString(`
    query DashboardEnterprise($id: ID!, $since: DateTime!) {
  enterprise(id: $id) {
    id
    name
    creditCode
    categoryLabel
    industry
    park
    address
    inIncubator
    employeeCount
    foundedOn
    statusLabel
    legalRepresentative
    contacts {
      name
      role
      phone
    }
    allianceMember
    allianceMembership {
      roleLabel
      joinedOn
    }
    partyOrganization {
      name
      typeLabel
      memberCount
    }
    officer {
      name
      badgeNumber
      workstation
      phone
    }
    openNeedCount
    openAlertCount
    serviceNeeds(first: 10) {
      id
      categoryLabel
      description
      statusLabel
      dueOn
    }
    riskAlerts {
      id
      typeLabel
      severityLabel
      statusLabel
      title
    }
    creditMark {
      active
      brokenCommitmentCount
    }
    applications(first: 10) {
      id
      statusLabel
      submittedAt
      decidedOnTime
      item {
        name
      }
    }
    activitiesInLastYear: activitiesAttendedCount(filter: {startsFrom: $since})
    activitiesAttended(first: 10) {
      id
      title
      kindLabel
      startsAt
    }
    disputes(first: 10) {
      id
      title
      kindLabel
      statusLabel
      reportedAt
    }
    incidents(first: 10) {
      id
      title
      severityLabel
      statusLabel
      occurredAt
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardEnterpriseQuery, DashboardEnterpriseQueryVariables>;
export const DashboardMediationDocument = new TypedDocumentString(`
    query DashboardMediation($filter: DisputeFilter) {
  communities {
    id
    name
  }
  allMonths: disputeStatistics {
    byMonth {
      key
    }
  }
  disputeStatistics(filter: $filter) {
    total
    closed
    closedResolvedLocally
    localResolutionRate
    escalated
    escalationRate
    followedUp
    followUpRate
    kindCounts {
      key
      label
      count
    }
    levelCounts {
      key
      label
      count
    }
  }
  byCommunity: disputeAggregate(filter: $filter, groupBy: [COMMUNITY]) {
    groups {
      keys {
        value
        label
      }
      count
      closedCount
      resolvedLocallyCount
      localResolutionRate
      escalatedCount
      followUpsDueCount
      followUpsOverdueCount
    }
  }
  byKind: disputeAggregate(filter: $filter, groupBy: [KIND]) {
    groups {
      keys {
        label
      }
      count
      closedCount
      localResolutionRate
      escalatedCount
    }
  }
  followUpsDue: overdueDisputes(rule: FOLLOW_UP, filter: $filter, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        kindLabel
        statusLabel
        agreement {
          effectiveOn
          performanceDeadline
        }
        community {
          name
        }
      }
    }
  }
  overMonth: overdueDisputes(rule: MEDIATION_MONTH, filter: $filter, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        kindLabel
        levelLabel
        statusLabel
        reportedAt
        community {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMediationQuery, DashboardMediationQueryVariables>;
export const DashboardOverviewDocument = new TypedDocumentString(`
    query DashboardOverview {
  alliance {
    name
    leadUnit
    base
    foundedOn
    memberCount
  }
  enterpriseStatistics {
    total
    withoutOfficer
    officerCoverageRate
    lossAvoidedYuan
    byCategory {
      key
      label
      count
    }
    byAllianceMembership {
      key
      label
      count
    }
    openNeedsByCategory {
      key
      label
      count
    }
    openAlertsBySeverity {
      key
      label
      count
    }
    needTimeliness {
      onTime
      late
      withoutDueDate
    }
  }
  oneOfficer: enterpriseAggregate {
    totals {
      count
      withOfficerCount
      activeAboveScaleCount
      breakingOneOfficerRuleCount
      ruleCoverageRate
    }
  }
  coverageByCategory: enterpriseAggregate(groupBy: [CATEGORY]) {
    groups {
      keys {
        label
      }
      count
      withOfficerCount
      coverageRate
      allianceMemberCount
    }
  }
  enterprisesBreakingOneOfficerRule(first: 20) {
    id
    name
    park
  }
  riskAlerts(first: 20, filter: {statuses: [DETECTED]}) {
    totalCount
    edges {
      node {
        id
        title
        typeLabel
        severityLabel
        statusLabel
        enterprise {
          name
        }
      }
    }
  }
  serviceNeeds(first: 20, filter: {statuses: [OPEN]}) {
    totalCount
    edges {
      node {
        id
        categoryLabel
        description
        dueOn
        overdue
        enterprise {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardSafetyDocument = new TypedDocumentString(`
    query DashboardSafety($months: [String!]) {
  incidentStatistics(filter: {months: $months}) {
    total
    withDispute
    severityCounts {
      key
      label
      count
    }
    sourceCounts {
      key
      label
      count
    }
  }
  sensingEventStatistics(filter: {months: $months}) {
    total
    kindCounts {
      key
      label
      count
    }
    triageCounts {
      key
      label
      count
    }
  }
  lostPersonSearchStatistics(filter: {months: $months}) {
    total
    found
    medianMinutesToFind
    foundWithin30MinutesRate
    foundWithin60MinutesRate
    categoryCounts {
      key
      label
      count
    }
  }
  patrolStatistics(filter: {months: $months}) {
    total
    findings
    statusCounts {
      key
      label
      count
    }
    byGrid {
      grid {
        id
        name
      }
      count
      findings
    }
  }
  incidentMonths: incidentStatistics {
    byMonth {
      key
    }
  }
  lostPersonMonths: lostPersonSearchStatistics {
    byMonth {
      key
    }
  }
  patrolMonths: patrolStatistics {
    byMonth {
      key
    }
  }
  openIncidents: incidents(
    filter: {months: $months, statuses: [OPEN, HANDLING]}
    first: 20
  ) {
    totalCount
    edges {
      node {
        id
        title
        severityLabel
        statusLabel
        placeName
        occurredAt
      }
    }
  }
  searching: lostPersonCases(
    filter: {months: $months, statuses: [REPORTED, SEARCHING]}
    first: 20
  ) {
    totalCount
    edges {
      node {
        id
        caseNumber
        categoryLabel
        statusLabel
        lastSeenPlace
        lastSeenAt
        reporterPhone
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardSafetyQuery, DashboardSafetyQueryVariables>;