import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApplicationMapper, ApplicationConnectionMapper } from './application/application.mappers';
import type { ApplicationGroupMapper, EvaluationGroupMapper, SupervisionCaseGroupMapper } from './analytics/analytics.mappers';
import type { ApplicationTransitionMapper, CommitmentMapper, SubmittedMaterialMapper } from './handling/handling.mappers';
import type { ApprovalItemMapper, ForwardingMapper, ServiceMeasureMapper, TimeLimitMapper } from './catalogue/catalogue.mappers';
import type { ApprovalItemCountMapper, ApprovalItemPerformanceMapper, ApprovalStatisticsMapper } from './statistics/statistics.mappers';
import type { EnterpriseMapper } from './enterprise/enterprise.mappers';
import type { EnterpriseCreditMarkMapper, SupervisionCaseMapper, SupervisionCaseConnectionMapper } from './supervision/supervision.mappers';
import type { EvaluationMapper, EvaluationConnectionMapper } from './evaluation/evaluation.mappers';
import type { SpecialProcedureMapper } from './deadlines/deadlines.mappers';
import type { ApprovalsContext } from '../context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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

/** Acceptance with deficiency (容缺受理). */
export type AcceptWithDeficiencyInput = {
  /** Latest arrival time for the missing materials; at most the item's promised time limit in working days after acceptance. */
  deadline: Scalars['DateTime']['input'];
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

/** The applicant's contact person (personal information: in the clear for officers and the applicant enterprise itself, masked for everyone else). */
export type ApplicantContact = {
  __typename?: 'ApplicantContact';
  /** Name of the contact person. */
  name?: Maybe<Scalars['String']['output']>;
  /** Mobile phone of the contact person. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** The applicant contact. */
export type ApplicantContactInput = {
  /** Name of the contact person. */
  name: Scalars['String']['input'];
  /** Mainland mobile number. */
  phone: Scalars['String']['input'];
};

/** An enterprise's application for one approval item. 审批申请 */
export type Application = {
  __typename?: 'Application';
  /** Latest day to accept, refuse or send the supplement notice (5 working days after submission). */
  acceptanceDueDate?: Maybe<Scalars['DateTime']['output']>;
  /** When it was accepted (the day of receipt for a deemed acceptance). */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The applicant's contact person. */
  applicantContact: ApplicantContact;
  /** Latest day to deliver the certificate (10 working days after approval). */
  certificateDueDate?: Maybe<Scalars['DateTime']['output']>;
  /** Number of the certificate issued on approval. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** The 容缺 commitment, if accepted with deficiency. */
  commitment?: Maybe<Commitment>;
  /** When the decision (approval or denial, here or by the higher authority) was made, or the filing recorded. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the decision met its statutory due date (法定时限; for a forwarded item, the higher authority's clock). Null for a filing. */
  decidedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the workstation's part (decision, recording of a filing, or forwarding) met the promised limit (measure #7). */
  decidedWithinPromise?: Maybe<Scalars['Boolean']['output']>;
  /** Due date of the running decision clock, in the item's unit: this office's statutory limit from acceptance (plus extension and special procedures), the forwarding step, or once forwarded the higher authority's limit. */
  decisionDueDate?: Maybe<Scalars['DateTime']['output']>;
  /** Reason given for not accepting, denying, withdrawing or terminating. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Whether it counts as accepted because nobody acted within 5 working days (视为受理). */
  deemedAccepted: Scalars['Boolean']['output'];
  /** Legal basis of a denial. */
  denialLegalBasis?: Maybe<Scalars['String']['output']>;
  /** The due date that applies now, by state: acceptance (a permit, SUBMITTED), this office's decision or forwarding clock, the higher authority's decision (FORWARDED), or certificate delivery (APPROVED). Null for a filing here (recorded on receipt). */
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  /** The applicant enterprise. */
  enterprise: Enterprise;
  /** The applicant's evaluation, once given. */
  evaluation?: Maybe<Evaluation>;
  /** The extension of the decision time limit, if granted. */
  extension?: Maybe<DeadlineExtension>;
  /** 备案编号 of a recorded filing. */
  filingNumber?: Maybe<Scalars['String']['output']>;
  /** When the application was forwarded to the higher authority (报送上级). */
  forwardedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it was forwarded within the forwarding step's clock. */
  forwardedOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** The authority it was forwarded to. */
  forwardedTo?: Maybe<Scalars['String']['output']>;
  /** The officer handling the application. */
  handlingOfficer?: Maybe<PoliceOfficer>;
  /** The higher authority's decision, as recorded by the workstation. */
  higherAuthorityDecision?: Maybe<HigherAuthorityDecision>;
  /** Stable id of the application. */
  id: Scalars['ID']['output'];
  /** Number of in-person visits so far. */
  inPersonVisitCount: Scalars['Int']['output'];
  /** The approval item applied for. */
  item: ApprovalItem;
  /** Codes of required materials not yet handed in. */
  missingMaterialCodes: Array<Scalars['String']['output']>;
  /** Whether the applicant had to come more than once (breaks 最多跑一次; the second visit opened a MULTIPLE_VISITS supervision case). */
  multipleVisits: Scalars['Boolean']['output'];
  /** End of the promised limit (承诺时限, working days) of the workstation's part: decision, recording or forwarding. */
  promisedDueDate?: Maybe<Scalars['DateTime']['output']>;
  /** Special-procedure periods. */
  specialProcedures: Array<SpecialProcedure>;
  /** Current state. */
  status: ApplicationStatus;
  /** Chinese label of the state. */
  statusLabel: Scalars['String']['output'];
  /** When it was submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Materials handed in so far. */
  submittedMaterials: Array<SubmittedMaterial>;
  /** The supplement notice, if one was sent. */
  supplementNotice?: Maybe<SupplementNotice>;
  /** Every transition, oldest first. */
  timeline: Array<ApplicationTransition>;
  /** Version for optimistic concurrency; pass it as expectedVersion. */
  version: Scalars['Int']['output'];
  /** Every in-person visit. */
  visits: Array<Visit>;
  /** Working days from acceptance to decision, excluding special procedures. */
  workingDaysToDecision?: Maybe<Scalars['Int']['output']>;
};

/** Applications grouped by the requested dimensions, with totals. */
export type ApplicationAggregate = {
  __typename?: 'ApplicationAggregate';
  /** One group per combination of dimension values present, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<ApplicationGroup>;
  /** All matched applications in one group: counts and sums equal the sum over `groups`; rates and averages are over all matched applications. */
  totals: ApplicationGroup;
};

/** A page of applications. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** Applications on this page. */
  edges: Array<ApplicationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of applications matching the filter. */
  totalCount: Scalars['Int']['output'];
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

/** One application in a list. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** Opaque cursor of this application. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: Application;
};

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

/** One group of applications and its measures. */
export type ApplicationGroup = {
  __typename?: 'ApplicationGroup';
  /** Applications accepted (受理, with or without deficiency, deemed acceptances included). */
  acceptedCount: Scalars['Int']['output'];
  /** Applications accepted with deficiency (容缺受理). */
  acceptedWithDeficiencyCount: Scalars['Int']['output'];
  /** Share of the accepted applications accepted with deficiency (0–1; null when none accepted). */
  acceptedWithDeficiencyRate?: Maybe<Scalars['Float']['output']>;
  /** Share of the submitted applications handled with at most one in-person visit (最多跑一次, measure #2; 0–1; null when none submitted). */
  atMostOneVisitRate?: Maybe<Scalars['Float']['output']>;
  /** Average working days from acceptance to decision, special procedures excluded (null when none decided). */
  averageWorkingDaysToDecision?: Maybe<Scalars['Float']['output']>;
  /** Number of applications in the group. */
  count: Scalars['Int']['output'];
  /** Applications decided (approved or denied here or by the higher authority) or recorded (filings). */
  decidedCount: Scalars['Int']['output'];
  /** 容缺 commitments fulfilled: every committed material handed in before the deadline (按期补齐). */
  deficiencyFulfilledOnTimeCount: Scalars['Int']['output'];
  /** Share of the settled 容缺 commitments (fulfilled or lapsed) that were fulfilled on time (measure #4; 0–1; null when none settled). */
  deficiencyFulfilmentRate?: Maybe<Scalars['Float']['output']>;
  /** 容缺 commitments still running (待补齐). */
  deficiencyPendingCount: Scalars['Int']['output'];
  /** 容缺 commitments that lapsed, terminating the application (逾期未补齐，终止办理). */
  deficiencyTerminatedCount: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE (its name, category… join through federation). */
  enterprise?: Maybe<Enterprise>;
  /** The group's approval item when grouped by ITEM. */
  item?: Maybe<ApprovalItem>;
  /** The group's value of each `groupBy` dimension, in `groupBy` order (empty for totals). */
  keys: Array<AggregateKey>;
  /** Applications whose applicant had to come in person more than once. */
  multipleVisitCount: Scalars['Int']['output'];
  /** Share of the decided applications with a statutory result decided within the statutory limit (法定时限; 0–1; null when none). */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Applications that went past the due date of a stage (acceptance, decision or certificate delivery) at some point. */
  wentOverdueCount: Scalars['Int']['output'];
  /** Share of the applications whose workstation part (decision, recording, forwarding) is done that met the promised limit (承诺时限, measure #7; 0–1; null when none). */
  withinPromiseRate?: Maybe<Scalars['Float']['output']>;
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

/** A count per application state. */
export type ApplicationStatusCount = {
  __typename?: 'ApplicationStatusCount';
  /** Number of applications in it. */
  count: Scalars['Int']['output'];
  /** The state (the row's key). */
  key: ApplicationStatus;
  /** Chinese label of the state. */
  label: Scalars['String']['output'];
  /**
   * The state.
   * @deprecated Use key.
   */
  status: ApplicationStatus;
  /**
   * Chinese label of the state.
   * @deprecated Use label.
   */
  statusLabel: Scalars['String']['output'];
};

/** One transition of an application. 办理轨迹 */
export type ApplicationTransition = {
  __typename?: 'ApplicationTransition';
  /** Who made the transition (the system for deemed acceptance and lapsed commitments). */
  actor: ActorStamp;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** State before (null for the creation of the draft). */
  from?: Maybe<ApplicationStatus>;
  /** Reason or note given with the transition. */
  reason?: Maybe<Scalars['String']['output']>;
  /** State after. */
  to: ApplicationStatus;
  /** Chinese label of the state after. */
  toLabel: Scalars['String']['output'];
};

/** An item of the approval catalogue moved down to the workstation. 审批事项 */
export type ApprovalItem = {
  __typename?: 'ApprovalItem';
  /** Catalogue code. */
  code: Scalars['String']['output'];
  /** The service measures that cover this item. */
  coveredByMeasures: Array<ServiceMeasure>;
  /** This office, or a higher authority the workstation forwards to. */
  decidingAuthority: DecidingAuthority;
  /** Chinese label of the deciding authority. */
  decidingAuthorityLabel: Scalars['String']['output'];
  /** Whether this office may extend the decision limit once by 10 working days (行政许可法 art. 42: only its own default). */
  extensionAllowed: Scalars['Boolean']['output'];
  /** The forwarding step and both clocks, for an item decided by a higher authority. */
  forwarding?: Maybe<Forwarding>;
  /** Stable id of the item. */
  id: Scalars['ID']['output'];
  /** The law or regulation and article(s) the item rests on. */
  legalBasis: Scalars['String']['output'];
  /** Most in-person visits the applicant should need (1: 最多跑一次). */
  maxInPersonVisits: Scalars['Int']['output'];
  /** Name of the item, e.g. 危险化学品道路运输通行证核发. */
  name: Scalars['String']['output'];
  /** Whether the application may be submitted online (一键网办). */
  onlineSubmissionAllowed: Scalars['Boolean']['output'];
  /** Permit (decision and certificate) or filing (recorded on receipt). */
  procedureKind: ProcedureKind;
  /** Chinese label of the procedure kind. */
  procedureKindLabel: Scalars['String']['output'];
  /** Promised time limit (承诺时限) of the workstation's part, in working days (0: the same day): decision, recording of a filing, or forwarding; also the longest 容缺 commitment. */
  promisedTimeLimitDays: Scalars['Int']['output'];
  /** Materials the application needs, essential (主项) and non-essential (非主项). */
  requiredMaterials: Array<RequiredMaterial>;
  /** Statutory time limit (法定时限) with its unit; null for a filing (no decision clock). For a forwarded item, the whole statutory period. */
  statutoryTimeLimit?: Maybe<TimeLimit>;
  /**
   * Number of days of the statutory limit (0 for a filing), whatever its unit.
   * @deprecated The unit is not always working days: use statutoryTimeLimit { value unit }.
   */
  statutoryTimeLimitDays: Scalars['Int']['output'];
  /** The regulation and article setting the limit (行政许可法 art. 42's 20-working-day default where none does). */
  timeLimitBasis: Scalars['String']['output'];
};

/** A count per approval item. */
export type ApprovalItemCount = {
  __typename?: 'ApprovalItemCount';
  /** Number of applications for it. */
  count: Scalars['Int']['output'];
  /** The item. */
  item: ApprovalItem;
  /** Id of the item (the row's key). */
  key: Scalars['ID']['output'];
  /** The item's Chinese name. */
  label: Scalars['String']['output'];
};

/** On-time figures of one approval item, against both limits. */
export type ApprovalItemPerformance = {
  __typename?: 'ApprovalItemPerformance';
  /** The item. */
  item: ApprovalItem;
  /** Share decided within the statutory limit (0–1; null when none). */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Applications with a promised-limit result (the workstation's part done: decided, recorded or forwarded). */
  promiseMeasured: Scalars['Int']['output'];
  /** Applications with a statutory on-time result (decided by this office or by the higher authority). */
  statutoryMeasured: Scalars['Int']['output'];
  /** Share whose workstation part met the promised limit (0–1; null when none). */
  withinPromiseRate?: Maybe<Scalars['Float']['output']>;
};

/** Figures for analysts, computed in the database. The application figures count exactly the applications the `applications` list returns with the same filter; the evaluation and supervision figures cover the filter's enterprises (`enterpriseId`, `enterpriseIds`) and the caller's scope — their own filters are on `evaluationAggregate` and `supervisionCaseAggregate`. */
export type ApprovalStatistics = {
  __typename?: 'ApprovalStatistics';
  /** Share of accepted applications accepted with deficiency (容缺受理; 0–1; 0 when none accepted). */
  acceptedWithDeficiencyRate: Scalars['Float']['output'];
  /**
   * Share of accepted applications accepted with deficiency (0–1).
   * @deprecated Use acceptedWithDeficiencyRate.
   */
  acceptedWithDeficiencyShare: Scalars['Float']['output'];
  /** Share of submitted applications handled with at most one in-person visit (最多跑一次; 0–1; 0 when none submitted). */
  atMostOneVisitRate: Scalars['Float']['output'];
  /**
   * Share of submitted applications handled with at most one in-person visit (0–1).
   * @deprecated Use atMostOneVisitRate.
   */
  atMostOneVisitShare: Scalars['Float']['output'];
  /** Average working days from acceptance to decision (0 when none). */
  averageWorkingDaysToDecision: Scalars['Float']['output'];
  /** Applications per item. */
  byItem: Array<ApprovalItemCount>;
  /** Applications per month of submission. */
  byMonth: Array<MonthCount>;
  /** Applications per state (every state, zeros included). */
  byStatus: Array<ApplicationStatusCount>;
  /** Share of bad ratings that were called back (0–1). */
  callBackRate: Scalars['Float']['output'];
  /** Share of settled 容缺 commitments that were fulfilled (0–1). */
  commitmentFulfilmentRate: Scalars['Float']['output'];
  /** Decided applications (approved or denied here or by the higher authority) and recorded filings. */
  decidedCount: Scalars['Int']['output'];
  /** Number of evaluations. */
  evaluationCount: Scalars['Int']['output'];
  /** On-time figures per item, against both limits. */
  itemPerformance: Array<ApprovalItemPerformance>;
  /** The figures of the measurable service measures (#2 最多跑一次, #4 容缺, #7 承诺时限, #23 24小时响应), each over every record the caller may see since the measure took effect (the filter does not apply). */
  measureIndicators: Array<MeasureIndicator>;
  /** Share of decided applications decided within the statutory limit (法定时限, in each item's unit; 0–1; 0 when none). Filings have no statutory clock and are not counted. */
  onTimeRate: Scalars['Float']['output'];
  /** Supervision cases still open or investigating. */
  openSupervisionCaseCount: Scalars['Int']['output'];
  /** Bad ratings not answered by their due date (as of now). */
  overdueRectificationCount: Scalars['Int']['output'];
  /** Share of evaluations rated 非常满意 or 满意 (0–1). */
  satisfactionRate: Scalars['Float']['output'];
  /** Share of applications whose workstation part (decision, recording of a filing, forwarding) met the promised limit (承诺时限, measure #7; 0–1; 0 when none). */
  withinPromiseRate: Scalars['Float']['output'];
};

/** The applicant's promise to hand in missing non-essential materials by a deadline. 容缺承诺 */
export type Commitment = {
  __typename?: 'Commitment';
  /** Latest arrival time for the committed materials. */
  deadline: Scalars['DateTime']['output'];
  /** When the last committed material arrived. */
  fulfilledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Codes of the materials still owed when the commitment was made. */
  missingMaterialCodes: Array<Scalars['String']['output']>;
  /** Codes of committed materials not yet arrived. */
  outstandingMaterialCodes: Array<Scalars['String']['output']>;
  /** State of the commitment. */
  status: CommitmentStatus;
  /** Chinese label of the state. */
  statusLabel: Scalars['String']['output'];
};

/** State of a 容缺 commitment. 承诺状态 */
export type CommitmentStatus =
  /** 已履约 — every committed material arrived in time */
  | 'FULFILLED'
  /** 已失信 — the deadline passed with materials missing */
  | 'LAPSED'
  /** 待补齐 — materials still missing */
  | 'PENDING';

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

/** The one extension of the decision time limit (10 working days). */
export type DeadlineExtension = {
  __typename?: 'DeadlineExtension';
  /** Who approved the extension (负责人): a staff name, masked for callers who may not see staff names. */
  approvedBy: Scalars['String']['output'];
  /** Working days added. */
  days: Scalars['Int']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** Who recorded it and when. */
  recorded: ActorStamp;
};

/** What processDeadlines did (each step is idempotent: a second run at the same instant does nothing). */
export type DeadlineRun = {
  __typename?: 'DeadlineRun';
  /** The instant deadlines were checked against. */
  asOf: Scalars['DateTime']['output'];
  /** Commitments that lapsed (their applications terminated). */
  commitmentsLapsed: Scalars['Int']['output'];
  /** Applications deemed accepted (no action within 5 working days). */
  deemedAccepted: Scalars['Int']['output'];
  /** Applications newly found overdue. */
  newlyOverdue: Scalars['Int']['output'];
  /** Supervision cases opened. */
  supervisionCasesOpened: Scalars['Int']['output'];
};

/** Who decides an item. 决定机关 */
export type DecidingAuthority =
  /** 报送上级决定 — the workstation receives, reviews and forwards; a higher authority decides */
  | 'HIGHER_AUTHORITY'
  /** 本机关决定 — this office decides */
  | 'THIS_OFFICE';

/** A denial (不予许可). */
export type DenyApplicationInput = {
  /** The legal basis of the denial. */
  legalBasis: Scalars['String']['input'];
  /** Why the permit is denied. */
  reason: Scalars['String']['input'];
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** The enterprise's latest approval applications, newest first (an ENTERPRISE caller of another enterprise gets none). */
  applications: Array<Application>;
  /** The enterprise's 容缺 credit record: set when a commitment lapsed; while active the enterprise cannot be accepted with deficiency. */
  creditMark?: Maybe<EnterpriseCreditMark>;
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseapplicationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An enterprise's 容缺 credit record. 容缺失信记录 */
export type EnterpriseCreditMark = {
  __typename?: 'EnterpriseCreditMark';
  /** Whether the mark is active (the enterprise is excluded from 容缺). */
  active: Scalars['Boolean']['output'];
  /** How many commitments the enterprise has broken. */
  brokenCommitmentCount: Scalars['Int']['output'];
  /** Why it was cleared. */
  clearReason?: Maybe<Scalars['String']['output']>;
  /** Who cleared the mark, when it was cleared. */
  cleared?: Maybe<ActorStamp>;
  /** The enterprise. */
  enterprise: Enterprise;
  /** Stable id of the record. */
  id: Scalars['ID']['output'];
  /** The application whose commitment lapsed most recently. */
  lastBrokenApplicationId?: Maybe<Scalars['ID']['output']>;
  /** When the last commitment was broken. */
  markedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Version for optimistic concurrency. */
  version: Scalars['Int']['output'];
};

/** A rating of an application's service. */
export type EvaluateApplicationInput = {
  /** Optional comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The rating. */
  rating: EvaluationRating;
};

/** The applicant's rating of one application's service. 好差评 */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** The rectification or explanation given. */
  answer?: Maybe<Scalars['String']['output']>;
  /** Who answered and when. */
  answered?: Maybe<ActorStamp>;
  /** Why the officer appealed the rating. */
  appealReason?: Maybe<Scalars['String']['output']>;
  /** The application rated. */
  application: Application;
  /** Whether the rating is bad (不满意 or 非常不满意). */
  bad: Scalars['Boolean']['output'];
  /** Note of the call-back. */
  callBackNote?: Maybe<Scalars['String']['output']>;
  /** Who called back and when. */
  calledBack?: Maybe<ActorStamp>;
  /** Optional comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The enterprise that rated. */
  enterprise: Enterprise;
  /** Follow-up state. */
  followUpStatus: EvaluationFollowUpStatus;
  /** Chinese label of the follow-up state. */
  followUpStatusLabel: Scalars['String']['output'];
  /** Stable id of the evaluation. */
  id: Scalars['ID']['output'];
  /** When it was given. */
  ratedAt: Scalars['DateTime']['output'];
  /** The rating. */
  rating: EvaluationRating;
  /** Chinese label of the rating. */
  ratingLabel: Scalars['String']['output'];
  /** Latest day for the rectification or explanation (bad ratings only). */
  rectificationDueDate?: Maybe<Scalars['DateTime']['output']>;
  /** Version for optimistic concurrency. */
  version: Scalars['Int']['output'];
};

/** Evaluations grouped by the requested dimensions, with totals. */
export type EvaluationAggregate = {
  __typename?: 'EvaluationAggregate';
  /** One group per combination of dimension values present, ordered by their keys. */
  groups: Array<EvaluationGroup>;
  /** All matched evaluations in one group: counts equal the sum over `groups`; rates are over all matched evaluations. */
  totals: EvaluationGroup;
};

/** A page of evaluations. */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  /** Evaluations on this page. */
  edges: Array<EvaluationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of evaluations matching the filter. */
  totalCount: Scalars['Int']['output'];
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

/** One evaluation in a list. */
export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The evaluation. */
  node: Evaluation;
};

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

/** One group of evaluations and its measures. */
export type EvaluationGroup = {
  __typename?: 'EvaluationGroup';
  /** Bad ratings shown wrong by an officer's appeal (申诉成立). */
  appealedCount: Scalars['Int']['output'];
  /** Bad ratings (不满意 or 非常不满意). */
  badCount: Scalars['Int']['output'];
  /** Share of the bad ratings that were called back (0–1; null when no bad rating). */
  callBackRate?: Maybe<Scalars['Float']['output']>;
  /** Bad ratings called back (回访: any follow-up state past 待回访). */
  calledBackCount: Scalars['Int']['output'];
  /** Number of evaluations in the group. */
  count: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE. */
  enterprise?: Maybe<Enterprise>;
  /** Bad ratings explained (已解释: the request had no legal basis). */
  explainedCount: Scalars['Int']['output'];
  /** The group's approval item when grouped by ITEM. */
  item?: Maybe<ApprovalItem>;
  /** The group's value of each `groupBy` dimension, in `groupBy` order (empty for totals). */
  keys: Array<AggregateKey>;
  /** Bad ratings rectified (已整改). */
  rectifiedCount: Scalars['Int']['output'];
  /** Share rated 非常满意 or 满意 (0–1; null when none). */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
};

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

/** Forwarding to the higher authority (报送上级). */
export type ForwardApplicationInput = {
  /** Note sent with the file. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** The forwarding step of an item decided above the workstation, each step with its own clock. */
export type Forwarding = {
  __typename?: 'Forwarding';
  /** Where that clock comes from. */
  authorityBasis: Scalars['String']['output'];
  /** The higher authority's clock from forwarding to its decision (null: none set by law, e.g. a filing). */
  authorityLimit?: Maybe<TimeLimit>;
  /** The authority that decides (or records the filing). */
  decidedBy: Scalars['String']['output'];
  /** Where that clock comes from. */
  forwardBasis: Scalars['String']['output'];
  /** The workstation's clock from acceptance (from receipt, for a filing) to forwarding. */
  forwardWithin: TimeLimit;
  /** The authority the workstation forwards to. */
  to: Scalars['String']['output'];
};

/** The decision of the higher authority on a forwarded application, as the workstation recorded it. */
export type HigherAuthorityDecision = {
  __typename?: 'HigherAuthorityDecision';
  /** The authority that decided. */
  authority: Scalars['String']['output'];
  /** When it decided (the date on its document). */
  decidedAt: Scalars['DateTime']['output'];
  /** Number of its decision document (the certificate number for a granted permit). */
  documentNumber: Scalars['String']['output'];
  /** Who recorded it here, and when (server clock). */
  recorded: ActorStamp;
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

/** One year of the official holiday calendar loaded on the server (国务院办公厅关于…年部分节假日安排的通知). */
export type HolidayCalendarYear = {
  __typename?: 'HolidayCalendarYear';
  /** Days off (放假), CST calendar days. */
  daysOff: Array<Scalars['Date']['output']>;
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: Array<Scalars['Date']['output']>;
  /** When it was published (YYYY-MM-DD as in the notice). */
  published: Scalars['String']['output'];
  /** Who published it. */
  publisher: Scalars['String']['output'];
  /** Title of the notice the year transcribes. */
  sourceTitle: Scalars['String']['output'];
  /** Where it was published, if recorded. */
  url?: Maybe<Scalars['String']['output']>;
  /** The year. */
  year: Scalars['Int']['output'];
};

/** A material handed in. */
export type MaterialInput = {
  /** How it arrived. */
  channel: SubmissionChannel;
  /** Code of the required material. */
  code: Scalars['String']['input'];
  /** When the submitter says it was handed in: kept as statedSubmittedAt only. The arrival time that counts is the server's. */
  submittedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The figure of a measurable service measure, computed in the database over the records the caller may see. */
export type MeasureIndicator = {
  __typename?: 'MeasureIndicator';
  /** Records meeting the condition. */
  achieved: Scalars['Int']['output'];
  /** What counts: the population and the condition. */
  definition: Scalars['String']['output'];
  /** Number of the measure. */
  measureNumber: Scalars['Int']['output'];
  /** Whether the rate reaches the target (null when the sample is empty). */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** Name of the figure. */
  name: Scalars['String']['output'];
  /** Start of the period: the day the measure took effect. */
  periodFrom: Scalars['DateTime']['output'];
  /** End of the period: now. */
  periodTo: Scalars['DateTime']['output'];
  /** achieved / sampleSize (0–1); null when the sample is empty. */
  rate?: Maybe<Scalars['Float']['output']>;
  /** Records counted (the sample). */
  sampleSize: Scalars['Int']['output'];
  /** Target share (0–1). */
  target: Scalars['Float']['output'];
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
  /** Accepts an application whose materials are complete (受理). */
  acceptApplication: Application;
  /** Accepts with only non-essential materials missing, under a commitment (容缺受理). */
  acceptWithDeficiency: Application;
  /** Moves a supervision case on (POLICE, ADMIN). */
  advanceSupervisionCase: SupervisionCase;
  /** Approves (办结) and issues the certificate; refused while committed materials are outstanding. */
  approveApplication: Application;
  /** Clears an enterprise's 容缺 credit mark (POLICE, ADMIN). */
  clearCreditMark: EnterpriseCreditMark;
  /** Creates a draft application (ENTERPRISE for itself, POLICE, ADMIN). */
  createApplication: Application;
  /** Denies the permit (不予许可); opens a supervision case. */
  denyApplication: Application;
  /** Ends the running special procedure; the decision due date moves by the paused working days. */
  endSpecialProcedure: Application;
  /** Rates a decided application: only the applicant enterprise (ENTERPRISE), once per application. Officers follow bad ratings up with followUpEvaluation. */
  evaluateApplication: Evaluation;
  /** Extends the decision time limit once by 10 working days. */
  extendDecisionDeadline: Application;
  /** Follows up an evaluation: call-back, rectification, explanation or appeal (POLICE, ADMIN). */
  followUpEvaluation: Evaluation;
  /** Forwards an item decided above the workstation to the higher authority (报送上级); its clock starts (POLICE, ADMIN). */
  forwardApplication: Application;
  /** Applies every deadline at the server's clock: deemed acceptance, lapsed commitments, overdue cases. Idempotent. */
  processDeadlines: DeadlineRun;
  /** Records a filing (备案完成) on receipt of complete materials: no acceptance, decision or certificate (POLICE, ADMIN). */
  recordFiling: Application;
  /** Records the higher authority's decision on a forwarded application (POLICE, ADMIN). */
  recordHigherAuthorityDecision: Application;
  /** Records an in-person visit (POLICE, ADMIN); the visit beyond the item's maxInPersonVisits (the second: 最多跑一次) opens one automatic 办不成事 supervision case (MULTIPLE_VISITS). */
  recordVisit: Application;
  /** Refuses to accept (不予受理); opens a supervision case. */
  refuseApplication: Application;
  /** An enterprise reports it could not get something done; opens a supervision case. */
  reportUnresolvedMatter: SupervisionCase;
  /** Sends the one complete supplement notice (一次性告知); the acceptance clock stops. */
  requestSupplement: Application;
  /** Starts the review of an accepted application. */
  startReview: Application;
  /** Starts a special procedure; the decision clock pauses. */
  startSpecialProcedure: Application;
  /** Submits a draft; the 5-working-day acceptance clock starts. */
  submitApplication: Application;
  /** Hands in materials (online, in person or as a photo to the officer); the server's arrival time counts for commitments. */
  submitMaterials: Application;
  /** Withdraws the application before a decision (the applicant or an officer on its behalf). */
  withdrawApplication: Application;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationacceptApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationacceptWithDeficiencyArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AcceptWithDeficiencyInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationadvanceSupervisionCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdvanceSupervisionCaseInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationapproveApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationclearCreditMarkArgs = {
  enterpriseId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  input: ReasonInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcreateApplicationArgs = {
  input: CreateApplicationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationdenyApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: DenyApplicationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationendSpecialProcedureArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationevaluateApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  input: EvaluateApplicationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationextendDecisionDeadlineArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ExtendDecisionDeadlineInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationfollowUpEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: FollowUpEvaluationInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationforwardApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input?: InputMaybe<ForwardApplicationInput>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationprocessDeadlinesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordFilingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordHigherAuthorityDecisionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: HigherAuthorityDecisionInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrecordVisitArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: RecordVisitInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrefuseApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ReasonInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationreportUnresolvedMatterArgs = {
  input: ReportUnresolvedMatterInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationrequestSupplementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input?: InputMaybe<RequestSupplementInput>;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationstartReviewArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationstartSpecialProcedureArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: StartSpecialProcedureInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationsubmitApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationsubmitMaterialsArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: SubmitMaterialsInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationwithdrawApplicationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: ReasonInput;
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
  /** Stable id of the officer. */
  id: Scalars['ID']['output'];
};

/** What kind of procedure an item is. 办理类型 */
export type ProcedureKind =
  /** 备案 — a filing: recorded on receipt of complete materials; no denial, no certificate, no decision clock */
  | 'FILING'
  /** 行政许可 — a permit: accepted, reviewed, approved with a certificate or denied, on a decision clock */
  | 'PERMIT';

/** Entry points for reading the police–enterprise co-governance graph. */
export type Query = {
  __typename?: 'Query';
  /** One application by id (null when absent; another enterprise's application is absent for an ENTERPRISE caller). */
  application?: Maybe<Application>;
  /** Applications matching the filter grouped by up to 3 dimensions, with their measures (every role that may read `applications`; an ENTERPRISE caller's figures cover its own enterprise only). */
  applicationAggregate: ApplicationAggregate;
  /** Applications, newest first by default (ENTERPRISE callers see only their own). */
  applications: ApplicationConnection;
  /** One approval item by id. */
  approvalItem?: Maybe<ApprovalItem>;
  /** The approval catalogue, ordered by code. */
  approvalItems: Array<ApprovalItem>;
  /** Approval figures for analysts: every role that may read `applications` (an ENTERPRISE caller's figures cover its own enterprise only). */
  approvalStatistics: ApprovalStatistics;
  /** Evaluations (好差评) matching the filter grouped by up to 3 dimensions, with their measures (every role that may read `evaluations`). */
  evaluationAggregate: EvaluationAggregate;
  /** Evaluations, newest first by default (ENTERPRISE callers see only their own). */
  evaluations: EvaluationConnection;
  /** The official holiday calendars the working-day clocks count with, by year. A due date past the last year is refused (PRECONDITION_FAILED) until the year is loaded. */
  holidayCalendars: Array<HolidayCalendarYear>;
  /** Applications past the due date of their current stage (acceptance, decision or certificate delivery) at `asOf` (default now), most overdue first by default (ENTERPRISE callers see only their own). */
  overdueApplications: ApplicationConnection;
  /** The 23 measures serving enterprises, by number. */
  serviceMeasures: Array<ServiceMeasure>;
  /** Supervision cases (办不成事) matching the filter grouped by up to 3 dimensions, with their measures (every role that may read `supervisionCases`). */
  supervisionCaseAggregate: SupervisionCaseAggregate;
  /** Supervision cases, newest first by default (ENTERPRISE callers see only their own). */
  supervisionCases: SupervisionCaseConnection;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryapplicationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryapplicationAggregateArgs = {
  filter?: InputMaybe<ApplicationFilter>;
  groupBy?: Array<ApplicationDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryapplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ApplicationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryapprovalItemArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryapprovalStatisticsArgs = {
  filter?: InputMaybe<ApplicationFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryevaluationAggregateArgs = {
  filter?: InputMaybe<EvaluationFilter>;
  groupBy?: Array<EvaluationDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryevaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvaluationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EvaluationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryoverdueApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ApplicationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerysupervisionCaseAggregateArgs = {
  filter?: InputMaybe<SupervisionCaseFilter>;
  groupBy?: Array<SupervisionCaseDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerysupervisionCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionCaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupervisionCaseSort>;
};

/** A reason for a transition. */
export type ReasonInput = {
  /** The reason. */
  reason: Scalars['String']['input'];
};

/** An in-person visit. */
export type RecordVisitInput = {
  /** When; default now. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it was for. */
  purpose: Scalars['String']['input'];
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

/** The one complete supplement notice. */
export type RequestSupplementInput = {
  /** Note to the applicant (every missing material is listed automatically). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** One material an approval item requires. 申请材料 */
export type RequiredMaterial = {
  __typename?: 'RequiredMaterial';
  /** Code of the material within the item, e.g. M01. */
  code: Scalars['String']['output'];
  /** Whether it is an essential material (主项); only non-essential materials (非主项) may be missing at 容缺受理. */
  essential: Scalars['Boolean']['output'];
  /** Name of the material. */
  name: Scalars['String']['output'];
};

/** One of the 23 measures serving enterprises. 服务企业措施 */
export type ServiceMeasure = {
  __typename?: 'ServiceMeasure';
  /** What the measure promises. */
  description: Scalars['String']['output'];
  /** Date the measure took effect. */
  effectiveOn: Scalars['Date']['output'];
  /** Stable id of the measure. */
  id: Scalars['ID']['output'];
  /** The measure's figure computed from the records since it took effect; null when the measure cannot be measured (see indicatorUnavailableReason). */
  indicator?: Maybe<MeasureIndicator>;
  /** Why the measure has no figure (null when it has one). */
  indicatorUnavailableReason?: Maybe<Scalars['String']['output']>;
  /** Approval items the measure covers. */
  items: Array<ApprovalItem>;
  /** Number of the measure, 1 to 23. */
  number: Scalars['Int']['output'];
  /** Who is responsible for it. */
  owner: Scalars['String']['output'];
  /** Title of the measure. */
  title: Scalars['String']['output'];
};

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** A special-procedure period, excluded from the decision time limit. */
export type SpecialProcedure = {
  __typename?: 'SpecialProcedure';
  /** When it ended (null while running). */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Kind of procedure. */
  kind: SpecialProcedureKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Why it was needed. */
  reason: Scalars['String']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Working days it paused the clock (once ended). */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

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

/** A material the applicant handed in. */
export type SubmittedMaterial = {
  __typename?: 'SubmittedMaterial';
  /** How it arrived. */
  channel: SubmissionChannel;
  /** Chinese label of the channel. */
  channelLabel: Scalars['String']['output'];
  /** Code of the required material. */
  code: Scalars['String']['output'];
  /** Name of the material (from the item). */
  name: Scalars['String']['output'];
  /** When the submitter said it was handed in (as stated in MaterialInput.submittedAt; informative only, never counted). */
  statedSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it reached the office, by the server's clock at the submission (counts for commitment deadlines). */
  submittedAt: Scalars['DateTime']['output'];
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

/** A “办不成事”倒查督导 case: why something could not be done, who is responsible and how it was put right. */
export type SupervisionCase = {
  __typename?: 'SupervisionCase';
  /** The application concerned, if any. */
  application?: Maybe<Application>;
  /** Classification, set when the investigation starts. */
  classification?: Maybe<SupervisionClassification>;
  /** Chinese label of the classification. */
  classificationLabel?: Maybe<Scalars['String']['output']>;
  /** Who closed it (rectified or dismissed) and when. */
  closed?: Maybe<ActorStamp>;
  /** What the enterprise or the system reported. */
  description: Scalars['String']['output'];
  /** Why it was dismissed. */
  dismissalReason?: Maybe<Scalars['String']['output']>;
  /** Due date from the classification (on the spot: the day itself; complex 5, special 10 working days; hard: none, the leadership group decides). */
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  /** The enterprise concerned. */
  enterprise: Enterprise;
  /** Whether it was escalated to the leadership group (疑难). */
  escalated: Scalars['Boolean']['output'];
  /** Feedback given to the enterprise. */
  feedback?: Maybe<Scalars['String']['output']>;
  /** What the investigation found. */
  finding?: Maybe<Scalars['String']['output']>;
  /** When an officer first acted on the case (classified it for investigation, or dismissed it): its response, measured by service measure #23 (within 24 hours). */
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable id of the case. */
  id: Scalars['ID']['output'];
  /** Who opened it and when. */
  opened: ActorStamp;
  /** What was done to put it right. */
  rectification?: Maybe<Scalars['String']['output']>;
  /** Who is responsible. */
  responsibleParty?: Maybe<Scalars['String']['output']>;
  /** State of the case. */
  status: SupervisionStatus;
  /** Chinese label of the state. */
  statusLabel: Scalars['String']['output'];
  /** What opened it. */
  trigger: SupervisionTrigger;
  /** Chinese label of the trigger. */
  triggerLabel: Scalars['String']['output'];
  /** Version for optimistic concurrency. */
  version: Scalars['Int']['output'];
};

/** Supervision cases grouped by the requested dimensions, with totals. */
export type SupervisionCaseAggregate = {
  __typename?: 'SupervisionCaseAggregate';
  /** One group per combination of dimension values present, ordered by their keys. */
  groups: Array<SupervisionCaseGroup>;
  /** All matched cases in one group: counts equal the sum over `groups`; rates are over all matched cases. */
  totals: SupervisionCaseGroup;
};

/** A page of supervision cases. */
export type SupervisionCaseConnection = {
  __typename?: 'SupervisionCaseConnection';
  /** Cases on this page. */
  edges: Array<SupervisionCaseEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of cases matching the filter. */
  totalCount: Scalars['Int']['output'];
};

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

/** One supervision case in a list. */
export type SupervisionCaseEdge = {
  __typename?: 'SupervisionCaseEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: SupervisionCase;
};

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

/** One group of supervision cases and its measures. */
export type SupervisionCaseGroup = {
  __typename?: 'SupervisionCaseGroup';
  /** Share of the cases answered within 24 hours of opening (measure #23 for ENTERPRISE_REPORT cases: first officer action within 24 hours), over the cases answered or open for more than 24 hours at the time of the query (0–1; null when none). */
  answeredWithin24HoursRate?: Maybe<Scalars['Float']['output']>;
  /** Number of cases in the group. */
  count: Scalars['Int']['output'];
  /** The group's enterprise when grouped by ENTERPRISE. */
  enterprise?: Maybe<Enterprise>;
  /** Cases escalated to the leadership group (疑难). */
  escalatedCount: Scalars['Int']['output'];
  /** The group's value of each `groupBy` dimension, in `groupBy` order (empty for totals). */
  keys: Array<AggregateKey>;
  /** Cases still open or investigating. */
  openCount: Scalars['Int']['output'];
  /** Cases settled: rectified, dismissed with a reason, or archived. */
  resolvedCount: Scalars['Int']['output'];
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

/** The one complete supplement notice (一次性告知). */
export type SupplementNotice = {
  __typename?: 'SupplementNotice';
  /** Who sent it and when. */
  issued: ActorStamp;
  /** Codes of every material missing when the notice was sent. */
  missingMaterialCodes: Array<Scalars['String']['output']>;
  /** Note to the applicant. */
  note?: Maybe<Scalars['String']['output']>;
};

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

/** A time limit with its unit. */
export type TimeLimit = {
  __typename?: 'TimeLimit';
  /** The limit as text, e.g. 3日 or 20个工作日. */
  text: Scalars['String']['output'];
  /** Unit of the days. */
  unit: TimeUnit;
  /** Chinese label of the unit. */
  unitLabel: Scalars['String']['output'];
  /** Number of days. */
  value: Scalars['Int']['output'];
};

/** Unit of a time limit. 时限单位 */
export type TimeUnit =
  /** 日 — calendar days (a regulation's “X日内”); a period ending on a holiday or weekend ends on the next working day */
  | 'DAYS'
  /** 工作日 — working days (行政许可法 art. 82): weekends and official holidays excluded, make-up days counted */
  | 'WORKING_DAYS';

/** An in-person visit of the applicant to the workstation. 跑动记录 */
export type Visit = {
  __typename?: 'Visit';
  /** When the visit happened. */
  at: Scalars['DateTime']['output'];
  /** What the visit was for. */
  purpose: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy: ActorStamp;
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
  Application: Application;
  ApprovalItem: ApprovalItem;
  Enterprise: Enterprise;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  ApprovalItem:
    ( { __typename: 'ApprovalItem' }
    & GraphQLRecursivePick<FederationTypes['ApprovalItem'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptWithDeficiencyInput: AcceptWithDeficiencyInput;
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  AdvanceSupervisionCaseInput: AdvanceSupervisionCaseInput;
  AggregateKey: ResolverTypeWrapper<AggregateKey>;
  ApplicantContact: ResolverTypeWrapper<ApplicantContact>;
  ApplicantContactInput: ApplicantContactInput;
  Application: ResolverTypeWrapper<ApplicationMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplicationAggregate: ResolverTypeWrapper<Omit<ApplicationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['ApplicationGroup']>, totals: ResolversTypes['ApplicationGroup'] }>;
  ApplicationConnection: ResolverTypeWrapper<ApplicationConnectionMapper>;
  ApplicationDimension: ResolverTypeWrapper<'ITEM' | 'STATUS' | 'ENTERPRISE' | 'PROCEDURE_KIND' | 'ACCEPTED_WITH_DEFICIENCY' | 'MULTIPLE_VISITS' | 'HANDLING_OFFICER' | 'TIME'>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationFilter: ApplicationFilter;
  ApplicationGroup: ResolverTypeWrapper<ApplicationGroupMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ApplicationSort: ApplicationSort;
  ApplicationSortField: ResolverTypeWrapper<'CREATED_AT' | 'SUBMITTED_AT' | 'DECISION_DUE_DATE'>;
  ApplicationStatus: ResolverTypeWrapper<'DRAFT' | 'SUBMITTED' | 'SUPPLEMENT_REQUESTED' | 'ACCEPTED' | 'ACCEPTED_WITH_DEFICIENCY' | 'NOT_ACCEPTED' | 'UNDER_REVIEW' | 'FORWARDED' | 'APPROVED' | 'RECORDED' | 'DENIED' | 'WITHDRAWN' | 'TERMINATED'>;
  ApplicationStatusCount: ResolverTypeWrapper<Omit<ApplicationStatusCount, 'key' | 'status'> & { key: ResolversTypes['ApplicationStatus'], status: ResolversTypes['ApplicationStatus'] }>;
  ApplicationTransition: ResolverTypeWrapper<ApplicationTransitionMapper>;
  ApprovalItem: ResolverTypeWrapper<ApprovalItemMapper>;
  ApprovalItemCount: ResolverTypeWrapper<ApprovalItemCountMapper>;
  ApprovalItemPerformance: ResolverTypeWrapper<ApprovalItemPerformanceMapper>;
  ApprovalStatistics: ResolverTypeWrapper<ApprovalStatisticsMapper>;
  Commitment: ResolverTypeWrapper<CommitmentMapper>;
  CommitmentStatus: ResolverTypeWrapper<'PENDING' | 'FULFILLED' | 'LAPSED'>;
  CreateApplicationInput: CreateApplicationInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineExtension: ResolverTypeWrapper<DeadlineExtension>;
  DeadlineRun: ResolverTypeWrapper<DeadlineRun>;
  DecidingAuthority: ResolverTypeWrapper<'THIS_OFFICE' | 'HIGHER_AUTHORITY'>;
  DenyApplicationInput: DenyApplicationInput;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  EnterpriseCreditMark: ResolverTypeWrapper<EnterpriseCreditMarkMapper>;
  EvaluateApplicationInput: EvaluateApplicationInput;
  Evaluation: ResolverTypeWrapper<EvaluationMapper>;
  EvaluationAggregate: ResolverTypeWrapper<Omit<EvaluationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['EvaluationGroup']>, totals: ResolversTypes['EvaluationGroup'] }>;
  EvaluationConnection: ResolverTypeWrapper<EvaluationConnectionMapper>;
  EvaluationDimension: ResolverTypeWrapper<'RATING' | 'ITEM' | 'ENTERPRISE' | 'FOLLOW_UP_STATUS' | 'TIME'>;
  EvaluationEdge: ResolverTypeWrapper<Omit<EvaluationEdge, 'node'> & { node: ResolversTypes['Evaluation'] }>;
  EvaluationFilter: EvaluationFilter;
  EvaluationFollowUpAction: ResolverTypeWrapper<'CALL_BACK' | 'RECTIFY' | 'EXPLAIN' | 'APPEAL'>;
  EvaluationFollowUpStatus: ResolverTypeWrapper<'NOT_REQUIRED' | 'AWAITING_CALL_BACK' | 'AWAITING_RECTIFICATION' | 'RECTIFIED' | 'EXPLAINED' | 'APPEALED'>;
  EvaluationGroup: ResolverTypeWrapper<EvaluationGroupMapper>;
  EvaluationRating: ResolverTypeWrapper<'VERY_SATISFIED' | 'SATISFIED' | 'NEUTRAL' | 'DISSATISFIED' | 'VERY_DISSATISFIED'>;
  EvaluationSort: EvaluationSort;
  EvaluationSortField: ResolverTypeWrapper<'RATED_AT'>;
  ExtendDecisionDeadlineInput: ExtendDecisionDeadlineInput;
  FollowUpEvaluationInput: FollowUpEvaluationInput;
  ForwardApplicationInput: ForwardApplicationInput;
  Forwarding: ResolverTypeWrapper<ForwardingMapper>;
  HigherAuthorityDecision: ResolverTypeWrapper<HigherAuthorityDecision>;
  HigherAuthorityDecisionInput: HigherAuthorityDecisionInput;
  HigherAuthorityOutcome: ResolverTypeWrapper<'APPROVED' | 'DENIED' | 'RECORDED'>;
  HolidayCalendarYear: ResolverTypeWrapper<HolidayCalendarYear>;
  MaterialInput: MaterialInput;
  MeasureIndicator: ResolverTypeWrapper<MeasureIndicator>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PiiAuditSort: PiiAuditSort;
  PiiAuditSortField: PiiAuditSortField;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficer>;
  ProcedureKind: ResolverTypeWrapper<'PERMIT' | 'FILING'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReasonInput: ReasonInput;
  RecordVisitInput: RecordVisitInput;
  ReportUnresolvedMatterInput: ReportUnresolvedMatterInput;
  RequestSupplementInput: RequestSupplementInput;
  RequiredMaterial: ResolverTypeWrapper<RequiredMaterial>;
  ServiceMeasure: ResolverTypeWrapper<ServiceMeasureMapper>;
  SortDirection: SortDirection;
  SpecialProcedure: ResolverTypeWrapper<SpecialProcedureMapper>;
  SpecialProcedureKind: ResolverTypeWrapper<'HEARING' | 'TESTING' | 'EXPERT_REVIEW'>;
  StartSpecialProcedureInput: StartSpecialProcedureInput;
  SubmissionChannel: ResolverTypeWrapper<'ONLINE' | 'IN_PERSON' | 'PHOTO_TO_OFFICER'>;
  SubmitMaterialsInput: SubmitMaterialsInput;
  SubmittedMaterial: ResolverTypeWrapper<SubmittedMaterialMapper>;
  SupervisionAction: ResolverTypeWrapper<'INVESTIGATE' | 'RECTIFY' | 'DISMISS' | 'ARCHIVE'>;
  SupervisionCase: ResolverTypeWrapper<SupervisionCaseMapper>;
  SupervisionCaseAggregate: ResolverTypeWrapper<Omit<SupervisionCaseAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['SupervisionCaseGroup']>, totals: ResolversTypes['SupervisionCaseGroup'] }>;
  SupervisionCaseConnection: ResolverTypeWrapper<SupervisionCaseConnectionMapper>;
  SupervisionCaseDimension: ResolverTypeWrapper<'TRIGGER' | 'STATUS' | 'CLASSIFICATION' | 'ENTERPRISE' | 'TIME'>;
  SupervisionCaseEdge: ResolverTypeWrapper<Omit<SupervisionCaseEdge, 'node'> & { node: ResolversTypes['SupervisionCase'] }>;
  SupervisionCaseFilter: SupervisionCaseFilter;
  SupervisionCaseGroup: ResolverTypeWrapper<SupervisionCaseGroupMapper>;
  SupervisionCaseSort: SupervisionCaseSort;
  SupervisionCaseSortField: ResolverTypeWrapper<'OPENED_AT' | 'DUE_DATE'>;
  SupervisionClassification: ResolverTypeWrapper<'SIMPLE' | 'COMPLEX' | 'SPECIAL' | 'HARD'>;
  SupervisionStatus: ResolverTypeWrapper<'OPEN' | 'INVESTIGATING' | 'RECTIFIED' | 'DISMISSED' | 'ARCHIVED'>;
  SupervisionTrigger: ResolverTypeWrapper<'NOT_ACCEPTED' | 'DENIED' | 'TERMINATED' | 'OVERDUE' | 'MULTIPLE_VISITS' | 'ENTERPRISE_REPORT'>;
  SupplementNotice: ResolverTypeWrapper<SupplementNotice>;
  TimeBucket: TimeBucket;
  TimeLimit: ResolverTypeWrapper<TimeLimitMapper>;
  TimeUnit: ResolverTypeWrapper<'WORKING_DAYS' | 'DAYS'>;
  Visit: ResolverTypeWrapper<Visit>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptWithDeficiencyInput: AcceptWithDeficiencyInput;
  ActorStamp: ActorStamp;
  AdvanceSupervisionCaseInput: AdvanceSupervisionCaseInput;
  AggregateKey: AggregateKey;
  ApplicantContact: ApplicantContact;
  ApplicantContactInput: ApplicantContactInput;
  Application: ApplicationMapper;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ApplicationAggregate: Omit<ApplicationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['ApplicationGroup']>, totals: ResolversParentTypes['ApplicationGroup'] };
  ApplicationConnection: ApplicationConnectionMapper;
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationFilter: ApplicationFilter;
  ApplicationGroup: ApplicationGroupMapper;
  Float: Scalars['Float']['output'];
  ApplicationSort: ApplicationSort;
  ApplicationStatusCount: ApplicationStatusCount;
  ApplicationTransition: ApplicationTransitionMapper;
  ApprovalItem: ApprovalItemMapper;
  ApprovalItemCount: ApprovalItemCountMapper;
  ApprovalItemPerformance: ApprovalItemPerformanceMapper;
  ApprovalStatistics: ApprovalStatisticsMapper;
  Commitment: CommitmentMapper;
  CreateApplicationInput: CreateApplicationInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeadlineExtension: DeadlineExtension;
  DeadlineRun: DeadlineRun;
  DenyApplicationInput: DenyApplicationInput;
  Enterprise: EnterpriseMapper;
  EnterpriseCreditMark: EnterpriseCreditMarkMapper;
  EvaluateApplicationInput: EvaluateApplicationInput;
  Evaluation: EvaluationMapper;
  EvaluationAggregate: Omit<EvaluationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['EvaluationGroup']>, totals: ResolversParentTypes['EvaluationGroup'] };
  EvaluationConnection: EvaluationConnectionMapper;
  EvaluationEdge: Omit<EvaluationEdge, 'node'> & { node: ResolversParentTypes['Evaluation'] };
  EvaluationFilter: EvaluationFilter;
  EvaluationGroup: EvaluationGroupMapper;
  EvaluationSort: EvaluationSort;
  ExtendDecisionDeadlineInput: ExtendDecisionDeadlineInput;
  FollowUpEvaluationInput: FollowUpEvaluationInput;
  ForwardApplicationInput: ForwardApplicationInput;
  Forwarding: ForwardingMapper;
  HigherAuthorityDecision: HigherAuthorityDecision;
  HigherAuthorityDecisionInput: HigherAuthorityDecisionInput;
  HolidayCalendarYear: HolidayCalendarYear;
  MaterialInput: MaterialInput;
  MeasureIndicator: MeasureIndicator;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PiiAuditSort: PiiAuditSort;
  PoliceOfficer: PoliceOfficer;
  Query: Record<PropertyKey, never>;
  ReasonInput: ReasonInput;
  RecordVisitInput: RecordVisitInput;
  ReportUnresolvedMatterInput: ReportUnresolvedMatterInput;
  RequestSupplementInput: RequestSupplementInput;
  RequiredMaterial: RequiredMaterial;
  ServiceMeasure: ServiceMeasureMapper;
  SpecialProcedure: SpecialProcedureMapper;
  StartSpecialProcedureInput: StartSpecialProcedureInput;
  SubmitMaterialsInput: SubmitMaterialsInput;
  SubmittedMaterial: SubmittedMaterialMapper;
  SupervisionCase: SupervisionCaseMapper;
  SupervisionCaseAggregate: Omit<SupervisionCaseAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['SupervisionCaseGroup']>, totals: ResolversParentTypes['SupervisionCaseGroup'] };
  SupervisionCaseConnection: SupervisionCaseConnectionMapper;
  SupervisionCaseEdge: Omit<SupervisionCaseEdge, 'node'> & { node: ResolversParentTypes['SupervisionCase'] };
  SupervisionCaseFilter: SupervisionCaseFilter;
  SupervisionCaseGroup: SupervisionCaseGroupMapper;
  SupervisionCaseSort: SupervisionCaseSort;
  SupplementNotice: SupplementNotice;
  TimeLimit: TimeLimitMapper;
  Visit: Visit;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type composeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type composeDirectiveDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = composeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type contactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type contactDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = contactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type inaccessibleDirectiveArgs = { };

export type inaccessibleDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = inaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type interfaceObjectDirectiveArgs = { };

export type interfaceObjectDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = interfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type linkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type linkDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = linkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type overrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type overrideDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = overrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type shareableDirectiveArgs = { };

export type shareableDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = shareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type tagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type tagDirectiveResolver<Result, Parent, ContextType = ApprovalsContext, Args = tagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorStampResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AggregateKeyResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['AggregateKey'] = ResolversParentTypes['AggregateKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApplicantContactResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicantContact'] = ResolversParentTypes['ApplicantContact']> = ResolversObject<{
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ApplicationResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptanceDueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  applicantContact?: Resolver<ResolversTypes['ApplicantContact'], ParentType, ContextType>;
  certificateDueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commitment?: Resolver<Maybe<ResolversTypes['Commitment']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  decidedWithinPromise?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  decisionDueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deemedAccepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  denialLegalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['Evaluation']>, ParentType, ContextType>;
  extension?: Resolver<Maybe<ResolversTypes['DeadlineExtension']>, ParentType, ContextType>;
  filingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forwardedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  forwardedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  forwardedTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handlingOfficer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  higherAuthorityDecision?: Resolver<Maybe<ResolversTypes['HigherAuthorityDecision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inPersonVisitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ApprovalItem'], ParentType, ContextType>;
  missingMaterialCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  multipleVisits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  promisedDueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  specialProcedures?: Resolver<Array<ResolversTypes['SpecialProcedure']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedMaterials?: Resolver<Array<ResolversTypes['SubmittedMaterial']>, ParentType, ContextType>;
  supplementNotice?: Resolver<Maybe<ResolversTypes['SupplementNotice']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['ApplicationTransition']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  workingDaysToDecision?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ApplicationAggregateResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicationAggregate'] = ResolversParentTypes['ApplicationAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['ApplicationGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ApplicationGroup'], ParentType, ContextType>;
}>;

export type ApplicationConnectionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationDimensionResolvers = EnumResolverSignature<{ ACCEPTED_WITH_DEFICIENCY?: any, ENTERPRISE?: any, HANDLING_OFFICER?: any, ITEM?: any, MULTIPLE_VISITS?: any, PROCEDURE_KIND?: any, STATUS?: any, TIME?: any }, ResolversTypes['ApplicationDimension']>;

export type ApplicationEdgeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
}>;

export type ApplicationGroupResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicationGroup'] = ResolversParentTypes['ApplicationGroup']> = ResolversObject<{
  acceptedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  acceptedWithDeficiencyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  acceptedWithDeficiencyRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  atMostOneVisitRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageWorkingDaysToDecision?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deficiencyFulfilledOnTimeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deficiencyFulfilmentRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  deficiencyPendingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deficiencyTerminatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ApprovalItem']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  multipleVisitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  wentOverdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withinPromiseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ApplicationSortFieldResolvers = EnumResolverSignature<{ CREATED_AT?: any, DECISION_DUE_DATE?: any, SUBMITTED_AT?: any }, ResolversTypes['ApplicationSortField']>;

export type ApplicationStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, ACCEPTED_WITH_DEFICIENCY?: any, APPROVED?: any, DENIED?: any, DRAFT?: any, FORWARDED?: any, NOT_ACCEPTED?: any, RECORDED?: any, SUBMITTED?: any, SUPPLEMENT_REQUESTED?: any, TERMINATED?: any, UNDER_REVIEW?: any, WITHDRAWN?: any }, ResolversTypes['ApplicationStatus']>;

export type ApplicationStatusCountResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicationStatusCount'] = ResolversParentTypes['ApplicationStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApplicationTransitionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApplicationTransition'] = ResolversParentTypes['ApplicationTransition']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  toLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApprovalItemResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalItem'] = ResolversParentTypes['ApprovalItem'], FederationReferenceType extends FederationReferenceTypes['ApprovalItem'] = FederationReferenceTypes['ApprovalItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ApprovalItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coveredByMeasures?: Resolver<Array<ResolversTypes['ServiceMeasure']>, ParentType, ContextType>;
  decidingAuthority?: Resolver<ResolversTypes['DecidingAuthority'], ParentType, ContextType>;
  decidingAuthorityLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extensionAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  forwarding?: Resolver<Maybe<ResolversTypes['Forwarding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxInPersonVisits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineSubmissionAllowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  procedureKind?: Resolver<ResolversTypes['ProcedureKind'], ParentType, ContextType>;
  procedureKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promisedTimeLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredMaterials?: Resolver<Array<ResolversTypes['RequiredMaterial']>, ParentType, ContextType>;
  statutoryTimeLimit?: Resolver<Maybe<ResolversTypes['TimeLimit']>, ParentType, ContextType>;
  statutoryTimeLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timeLimitBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApprovalItemCountResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalItemCount'] = ResolversParentTypes['ApprovalItemCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['ApprovalItem'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApprovalItemPerformanceResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalItemPerformance'] = ResolversParentTypes['ApprovalItemPerformance']> = ResolversObject<{
  item?: Resolver<ResolversTypes['ApprovalItem'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promiseMeasured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statutoryMeasured?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withinPromiseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ApprovalStatisticsResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ApprovalStatistics'] = ResolversParentTypes['ApprovalStatistics']> = ResolversObject<{
  acceptedWithDeficiencyRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  acceptedWithDeficiencyShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  atMostOneVisitRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  atMostOneVisitShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageWorkingDaysToDecision?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  byItem?: Resolver<Array<ResolversTypes['ApprovalItemCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ApplicationStatusCount']>, ParentType, ContextType>;
  callBackRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  commitmentFulfilmentRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  decidedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evaluationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemPerformance?: Resolver<Array<ResolversTypes['ApprovalItemPerformance']>, ParentType, ContextType>;
  measureIndicators?: Resolver<Array<ResolversTypes['MeasureIndicator']>, ParentType, ContextType>;
  onTimeRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  openSupervisionCaseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueRectificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withinPromiseRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type CommitmentResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = ResolversObject<{
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fulfilledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  missingMaterialCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  outstandingMaterialCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CommitmentStatusResolvers = EnumResolverSignature<{ FULFILLED?: any, LAPSED?: any, PENDING?: any }, ResolversTypes['CommitmentStatus']>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineExtensionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['DeadlineExtension'] = ResolversParentTypes['DeadlineExtension']> = ResolversObject<{
  approvedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type DeadlineRunResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['DeadlineRun'] = ResolversParentTypes['DeadlineRun']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  commitmentsLapsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deemedAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newlyOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supervisionCasesOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DecidingAuthorityResolvers = EnumResolverSignature<{ HIGHER_AUTHORITY?: any, THIS_OFFICE?: any }, ResolversTypes['DecidingAuthority']>;

export type EnterpriseResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<EnterpriseapplicationsArgs, 'first'>>;
  creditMark?: Resolver<Maybe<ResolversTypes['EnterpriseCreditMark']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EnterpriseCreditMarkResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['EnterpriseCreditMark'] = ResolversParentTypes['EnterpriseCreditMark']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  brokenCommitmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clearReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cleared?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastBrokenApplicationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  markedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvaluationResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Evaluation'] = ResolversParentTypes['Evaluation']> = ResolversObject<{
  answer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answered?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  appealReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  bad?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  callBackNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  calledBack?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  followUpStatus?: Resolver<ResolversTypes['EvaluationFollowUpStatus'], ParentType, ContextType>;
  followUpStatusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['EvaluationRating'], ParentType, ContextType>;
  ratingLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectificationDueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvaluationAggregateResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['EvaluationAggregate'] = ResolversParentTypes['EvaluationAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['EvaluationGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['EvaluationGroup'], ParentType, ContextType>;
}>;

export type EvaluationConnectionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['EvaluationConnection'] = ResolversParentTypes['EvaluationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EvaluationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EvaluationDimensionResolvers = EnumResolverSignature<{ ENTERPRISE?: any, FOLLOW_UP_STATUS?: any, ITEM?: any, RATING?: any, TIME?: any }, ResolversTypes['EvaluationDimension']>;

export type EvaluationEdgeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['EvaluationEdge'] = ResolversParentTypes['EvaluationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType>;
}>;

export type EvaluationFollowUpActionResolvers = EnumResolverSignature<{ APPEAL?: any, CALL_BACK?: any, EXPLAIN?: any, RECTIFY?: any }, ResolversTypes['EvaluationFollowUpAction']>;

export type EvaluationFollowUpStatusResolvers = EnumResolverSignature<{ APPEALED?: any, AWAITING_CALL_BACK?: any, AWAITING_RECTIFICATION?: any, EXPLAINED?: any, NOT_REQUIRED?: any, RECTIFIED?: any }, ResolversTypes['EvaluationFollowUpStatus']>;

export type EvaluationGroupResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['EvaluationGroup'] = ResolversParentTypes['EvaluationGroup']> = ResolversObject<{
  appealedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  badCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  callBackRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  calledBackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  explainedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['ApprovalItem']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  rectifiedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfactionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type EvaluationRatingResolvers = EnumResolverSignature<{ DISSATISFIED?: any, NEUTRAL?: any, SATISFIED?: any, VERY_DISSATISFIED?: any, VERY_SATISFIED?: any }, ResolversTypes['EvaluationRating']>;

export type EvaluationSortFieldResolvers = EnumResolverSignature<{ RATED_AT?: any }, ResolversTypes['EvaluationSortField']>;

export type ForwardingResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Forwarding'] = ResolversParentTypes['Forwarding']> = ResolversObject<{
  authorityBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorityLimit?: Resolver<Maybe<ResolversTypes['TimeLimit']>, ParentType, ContextType>;
  decidedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forwardBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  forwardWithin?: Resolver<ResolversTypes['TimeLimit'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HigherAuthorityDecisionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['HigherAuthorityDecision'] = ResolversParentTypes['HigherAuthorityDecision']> = ResolversObject<{
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export type HigherAuthorityOutcomeResolvers = EnumResolverSignature<{ APPROVED?: any, DENIED?: any, RECORDED?: any }, ResolversTypes['HigherAuthorityOutcome']>;

export type HolidayCalendarYearResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['HolidayCalendarYear'] = ResolversParentTypes['HolidayCalendarYear']> = ResolversObject<{
  daysOff?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  makeUpWorkdays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeasureIndicatorResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['MeasureIndicator'] = ResolversParentTypes['MeasureIndicator']> = ResolversObject<{
  achieved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measureNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodTo?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MonthCountResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationacceptApplicationArgs, 'expectedVersion' | 'id'>>;
  acceptWithDeficiency?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationacceptWithDeficiencyArgs, 'expectedVersion' | 'id' | 'input'>>;
  advanceSupervisionCase?: Resolver<ResolversTypes['SupervisionCase'], ParentType, ContextType, RequireFields<MutationadvanceSupervisionCaseArgs, 'expectedVersion' | 'id' | 'input'>>;
  approveApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationapproveApplicationArgs, 'expectedVersion' | 'id'>>;
  clearCreditMark?: Resolver<ResolversTypes['EnterpriseCreditMark'], ParentType, ContextType, RequireFields<MutationclearCreditMarkArgs, 'enterpriseId' | 'expectedVersion' | 'input'>>;
  createApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationcreateApplicationArgs, 'input'>>;
  denyApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationdenyApplicationArgs, 'expectedVersion' | 'id' | 'input'>>;
  endSpecialProcedure?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationendSpecialProcedureArgs, 'expectedVersion' | 'id'>>;
  evaluateApplication?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationevaluateApplicationArgs, 'applicationId' | 'input'>>;
  extendDecisionDeadline?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationextendDecisionDeadlineArgs, 'expectedVersion' | 'id' | 'input'>>;
  followUpEvaluation?: Resolver<ResolversTypes['Evaluation'], ParentType, ContextType, RequireFields<MutationfollowUpEvaluationArgs, 'expectedVersion' | 'id' | 'input'>>;
  forwardApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationforwardApplicationArgs, 'expectedVersion' | 'id'>>;
  processDeadlines?: Resolver<ResolversTypes['DeadlineRun'], ParentType, ContextType, Partial<MutationprocessDeadlinesArgs>>;
  recordFiling?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationrecordFilingArgs, 'expectedVersion' | 'id'>>;
  recordHigherAuthorityDecision?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationrecordHigherAuthorityDecisionArgs, 'expectedVersion' | 'id' | 'input'>>;
  recordVisit?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationrecordVisitArgs, 'expectedVersion' | 'id' | 'input'>>;
  refuseApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationrefuseApplicationArgs, 'expectedVersion' | 'id' | 'input'>>;
  reportUnresolvedMatter?: Resolver<ResolversTypes['SupervisionCase'], ParentType, ContextType, RequireFields<MutationreportUnresolvedMatterArgs, 'input'>>;
  requestSupplement?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationrequestSupplementArgs, 'expectedVersion' | 'id'>>;
  startReview?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationstartReviewArgs, 'expectedVersion' | 'id'>>;
  startSpecialProcedure?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationstartSpecialProcedureArgs, 'expectedVersion' | 'id' | 'input'>>;
  submitApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationsubmitApplicationArgs, 'expectedVersion' | 'id'>>;
  submitMaterials?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationsubmitMaterialsArgs, 'expectedVersion' | 'id' | 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationwithdrawApplicationArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PiiAuditRecordResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PiiAuditRecord'] = ResolversParentTypes['PiiAuditRecord']> = ResolversObject<{
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

export type PiiAuditRecordConnectionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PiiAuditRecordConnection'] = ResolversParentTypes['PiiAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PiiAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordEdgeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PiiAuditRecordEdge'] = ResolversParentTypes['PiiAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAuditRecord'], ParentType, ContextType>;
}>;

export type PoliceOfficerResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['PoliceOfficer'] = ResolversParentTypes['PoliceOfficer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProcedureKindResolvers = EnumResolverSignature<{ FILING?: any, PERMIT?: any }, ResolversTypes['ProcedureKind']>;

export type QueryResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryapplicationArgs, 'id'>>;
  applicationAggregate?: Resolver<ResolversTypes['ApplicationAggregate'], ParentType, ContextType, RequireFields<QueryapplicationAggregateArgs, 'groupBy' | 'timeBucket'>>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryapplicationsArgs, 'first'>>;
  approvalItem?: Resolver<Maybe<ResolversTypes['ApprovalItem']>, ParentType, ContextType, RequireFields<QueryapprovalItemArgs, 'id'>>;
  approvalItems?: Resolver<Array<ResolversTypes['ApprovalItem']>, ParentType, ContextType>;
  approvalStatistics?: Resolver<ResolversTypes['ApprovalStatistics'], ParentType, ContextType, Partial<QueryapprovalStatisticsArgs>>;
  evaluationAggregate?: Resolver<ResolversTypes['EvaluationAggregate'], ParentType, ContextType, RequireFields<QueryevaluationAggregateArgs, 'groupBy' | 'timeBucket'>>;
  evaluations?: Resolver<ResolversTypes['EvaluationConnection'], ParentType, ContextType, RequireFields<QueryevaluationsArgs, 'first'>>;
  holidayCalendars?: Resolver<Array<ResolversTypes['HolidayCalendarYear']>, ParentType, ContextType>;
  overdueApplications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryoverdueApplicationsArgs, 'first'>>;
  serviceMeasures?: Resolver<Array<ResolversTypes['ServiceMeasure']>, ParentType, ContextType>;
  supervisionCaseAggregate?: Resolver<ResolversTypes['SupervisionCaseAggregate'], ParentType, ContextType, RequireFields<QuerysupervisionCaseAggregateArgs, 'groupBy' | 'timeBucket'>>;
  supervisionCases?: Resolver<ResolversTypes['SupervisionCaseConnection'], ParentType, ContextType, RequireFields<QuerysupervisionCasesArgs, 'first'>>;
}>;

export type RequiredMaterialResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['RequiredMaterial'] = ResolversParentTypes['RequiredMaterial']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  essential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceMeasureResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['ServiceMeasure'] = ResolversParentTypes['ServiceMeasure']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<Maybe<ResolversTypes['MeasureIndicator']>, ParentType, ContextType>;
  indicatorUnavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['ApprovalItem']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SpecialProcedureResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SpecialProcedure'] = ResolversParentTypes['SpecialProcedure']> = ResolversObject<{
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SpecialProcedureKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SpecialProcedureKindResolvers = EnumResolverSignature<{ EXPERT_REVIEW?: any, HEARING?: any, TESTING?: any }, ResolversTypes['SpecialProcedureKind']>;

export type SubmissionChannelResolvers = EnumResolverSignature<{ IN_PERSON?: any, ONLINE?: any, PHOTO_TO_OFFICER?: any }, ResolversTypes['SubmissionChannel']>;

export type SubmittedMaterialResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SubmittedMaterial'] = ResolversParentTypes['SubmittedMaterial']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['SubmissionChannel'], ParentType, ContextType>;
  channelLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statedSubmittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type SupervisionActionResolvers = EnumResolverSignature<{ ARCHIVE?: any, DISMISS?: any, INVESTIGATE?: any, RECTIFY?: any }, ResolversTypes['SupervisionAction']>;

export type SupervisionCaseResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SupervisionCase'] = ResolversParentTypes['SupervisionCase']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  classification?: Resolver<Maybe<ResolversTypes['SupervisionClassification']>, ParentType, ContextType>;
  classificationLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closed?: Resolver<Maybe<ResolversTypes['ActorStamp']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dismissalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  feedback?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  rectification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleParty?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['SupervisionTrigger'], ParentType, ContextType>;
  triggerLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupervisionCaseAggregateResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SupervisionCaseAggregate'] = ResolversParentTypes['SupervisionCaseAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['SupervisionCaseGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['SupervisionCaseGroup'], ParentType, ContextType>;
}>;

export type SupervisionCaseConnectionResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SupervisionCaseConnection'] = ResolversParentTypes['SupervisionCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupervisionCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupervisionCaseDimensionResolvers = EnumResolverSignature<{ CLASSIFICATION?: any, ENTERPRISE?: any, STATUS?: any, TIME?: any, TRIGGER?: any }, ResolversTypes['SupervisionCaseDimension']>;

export type SupervisionCaseEdgeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SupervisionCaseEdge'] = ResolversParentTypes['SupervisionCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupervisionCase'], ParentType, ContextType>;
}>;

export type SupervisionCaseGroupResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SupervisionCaseGroup'] = ResolversParentTypes['SupervisionCaseGroup']> = ResolversObject<{
  answeredWithin24HoursRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  escalatedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  openCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupervisionCaseSortFieldResolvers = EnumResolverSignature<{ DUE_DATE?: any, OPENED_AT?: any }, ResolversTypes['SupervisionCaseSortField']>;

export type SupervisionClassificationResolvers = EnumResolverSignature<{ COMPLEX?: any, HARD?: any, SIMPLE?: any, SPECIAL?: any }, ResolversTypes['SupervisionClassification']>;

export type SupervisionStatusResolvers = EnumResolverSignature<{ ARCHIVED?: any, DISMISSED?: any, INVESTIGATING?: any, OPEN?: any, RECTIFIED?: any }, ResolversTypes['SupervisionStatus']>;

export type SupervisionTriggerResolvers = EnumResolverSignature<{ DENIED?: any, ENTERPRISE_REPORT?: any, MULTIPLE_VISITS?: any, NOT_ACCEPTED?: any, OVERDUE?: any, TERMINATED?: any }, ResolversTypes['SupervisionTrigger']>;

export type SupplementNoticeResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['SupplementNotice'] = ResolversParentTypes['SupplementNotice']> = ResolversObject<{
  issued?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  missingMaterialCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TimeLimitResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['TimeLimit'] = ResolversParentTypes['TimeLimit']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['TimeUnit'], ParentType, ContextType>;
  unitLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeUnitResolvers = EnumResolverSignature<{ DAYS?: any, WORKING_DAYS?: any }, ResolversTypes['TimeUnit']>;

export type VisitResolvers<ContextType = ApprovalsContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ApprovalsContext> = ResolversObject<{
  ActorStamp?: ActorStampResolvers<ContextType>;
  AggregateKey?: AggregateKeyResolvers<ContextType>;
  ApplicantContact?: ApplicantContactResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationAggregate?: ApplicationAggregateResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationDimension?: ApplicationDimensionResolvers;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationGroup?: ApplicationGroupResolvers<ContextType>;
  ApplicationSortField?: ApplicationSortFieldResolvers;
  ApplicationStatus?: ApplicationStatusResolvers;
  ApplicationStatusCount?: ApplicationStatusCountResolvers<ContextType>;
  ApplicationTransition?: ApplicationTransitionResolvers<ContextType>;
  ApprovalItem?: ApprovalItemResolvers<ContextType>;
  ApprovalItemCount?: ApprovalItemCountResolvers<ContextType>;
  ApprovalItemPerformance?: ApprovalItemPerformanceResolvers<ContextType>;
  ApprovalStatistics?: ApprovalStatisticsResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentStatus?: CommitmentStatusResolvers;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeadlineExtension?: DeadlineExtensionResolvers<ContextType>;
  DeadlineRun?: DeadlineRunResolvers<ContextType>;
  DecidingAuthority?: DecidingAuthorityResolvers;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseCreditMark?: EnterpriseCreditMarkResolvers<ContextType>;
  Evaluation?: EvaluationResolvers<ContextType>;
  EvaluationAggregate?: EvaluationAggregateResolvers<ContextType>;
  EvaluationConnection?: EvaluationConnectionResolvers<ContextType>;
  EvaluationDimension?: EvaluationDimensionResolvers;
  EvaluationEdge?: EvaluationEdgeResolvers<ContextType>;
  EvaluationFollowUpAction?: EvaluationFollowUpActionResolvers;
  EvaluationFollowUpStatus?: EvaluationFollowUpStatusResolvers;
  EvaluationGroup?: EvaluationGroupResolvers<ContextType>;
  EvaluationRating?: EvaluationRatingResolvers;
  EvaluationSortField?: EvaluationSortFieldResolvers;
  Forwarding?: ForwardingResolvers<ContextType>;
  HigherAuthorityDecision?: HigherAuthorityDecisionResolvers<ContextType>;
  HigherAuthorityOutcome?: HigherAuthorityOutcomeResolvers;
  HolidayCalendarYear?: HolidayCalendarYearResolvers<ContextType>;
  MeasureIndicator?: MeasureIndicatorResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  ProcedureKind?: ProcedureKindResolvers;
  Query?: QueryResolvers<ContextType>;
  RequiredMaterial?: RequiredMaterialResolvers<ContextType>;
  ServiceMeasure?: ServiceMeasureResolvers<ContextType>;
  SpecialProcedure?: SpecialProcedureResolvers<ContextType>;
  SpecialProcedureKind?: SpecialProcedureKindResolvers;
  SubmissionChannel?: SubmissionChannelResolvers;
  SubmittedMaterial?: SubmittedMaterialResolvers<ContextType>;
  SupervisionAction?: SupervisionActionResolvers;
  SupervisionCase?: SupervisionCaseResolvers<ContextType>;
  SupervisionCaseAggregate?: SupervisionCaseAggregateResolvers<ContextType>;
  SupervisionCaseConnection?: SupervisionCaseConnectionResolvers<ContextType>;
  SupervisionCaseDimension?: SupervisionCaseDimensionResolvers;
  SupervisionCaseEdge?: SupervisionCaseEdgeResolvers<ContextType>;
  SupervisionCaseGroup?: SupervisionCaseGroupResolvers<ContextType>;
  SupervisionCaseSortField?: SupervisionCaseSortFieldResolvers;
  SupervisionClassification?: SupervisionClassificationResolvers;
  SupervisionStatus?: SupervisionStatusResolvers;
  SupervisionTrigger?: SupervisionTriggerResolvers;
  SupplementNotice?: SupplementNoticeResolvers<ContextType>;
  TimeLimit?: TimeLimitResolvers<ContextType>;
  TimeUnit?: TimeUnitResolvers;
  Visit?: VisitResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = ApprovalsContext> = ResolversObject<{
  composeDirective?: composeDirectiveDirectiveResolver<any, any, ContextType>;
  contact?: contactDirectiveResolver<any, any, ContextType>;
  inaccessible?: inaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: interfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: linkDirectiveResolver<any, any, ContextType>;
  override?: overrideDirectiveResolver<any, any, ContextType>;
  shareable?: shareableDirectiveResolver<any, any, ContextType>;
  tag?: tagDirectiveResolver<any, any, ContextType>;
}>;
