import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityMapper, ActivityConnectionMapper } from './activity/activity.mappers';
import type { ActivityStatisticsMapper, EnterpriseRegistrationCountMapper } from './statistics/statistics.mappers';
import type { EnterpriseMapper } from './enterprise/enterprise.mappers';
import type { FeedbackMapper, RegistrationMapper, RegistrationConnectionMapper } from './registration/registration.mappers';
import type { VenueMapper } from './venue/venue.mappers';
import type { ActivitiesContext } from '../context';
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
  /** People who checked in. */
  attendedCount: Scalars['Int']['output'];
  /** Average feedback rating (1–5) over every enterprise's feedback, null without feedback. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Why it was cancelled, when it was. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** Seats available to registrants. */
  capacity: Scalars['Int']['output'];
  /** Who planned it and when. */
  created: ActorStamp;
  /** What it is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Feedback left after the activity, newest first (ENTERPRISE users see only their own enterprise's). */
  feedback: Array<Feedback>;
  /** Number of feedback entries, from every enterprise. */
  feedbackCount: Scalars['Int']['output'];
  /** Stable id of the activity. */
  id: Scalars['ID']['output'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Materials used. */
  materials: Array<ActivityMaterial>;
  /** The officer organising it. */
  organizer?: Maybe<PoliceOfficer>;
  /** Outcome, once completed. */
  outcome?: Maybe<ActivityOutcome>;
  /** Registrations for this activity (ENTERPRISE users see only their own enterprise's). */
  registrations: RegistrationConnection;
  /** Seats still free. */
  seatsLeft: Scalars['Int']['output'];
  /** Seats held by confirmed registrations. */
  seatsTaken: Scalars['Int']['output'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is in its life. */
  status: ActivityStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Who changed it last and when. */
  updated: ActorStamp;
  /** Where it takes place. */
  venue?: Maybe<Venue>;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** People on the waitlist. */
  waitlistCount: Scalars['Int']['output'];
};


/** A party-building activity of the 警企党建红盟. 党建活动 */
export type ActivityfeedbackArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party-building activity of the 警企党建红盟. 党建活动 */
export type ActivityregistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RegistrationSort>;
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** Items on this page. */
  edges: Array<ActivityEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of activities matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One activity in a list page. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: Activity;
};

/** Which activities to list or count. */
export type ActivityFilter = {
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ActivityKind>>;
  /** Only organised by this officer. */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities starting before this instant. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only activities starting at or after this instant. */
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

/** Number of activities of one kind. */
export type ActivityKindCount = {
  __typename?: 'ActivityKindCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: ActivityKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
};

/** A document or item used in an activity (a reference such as an archive number, no URL). 活动资料 */
export type ActivityMaterial = {
  __typename?: 'ActivityMaterial';
  /** Where to find it, e.g. 党建书屋 shelf or archive number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Title of the material. */
  title: Scalars['String']['output'];
};

/** A material to attach to an activity. */
export type ActivityMaterialInput = {
  /** Where to find it, up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** What an activity achieved, recorded when it completes. 活动成效 */
export type ActivityOutcome = {
  __typename?: 'ActivityOutcome';
  /** Who recorded it and when. */
  recorded: ActorStamp;
  /** Summary of the outcome. */
  summary: Scalars['String']['output'];
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

/** Statistics of party-building activities (computed in the database). */
export type ActivityStatistics = {
  __typename?: 'ActivityStatistics';
  /** attended / completedSeats (0 when there are none). */
  attendanceRate: Scalars['Float']['output'];
  /** People who checked in at completed activities matching the filter. */
  attended: Scalars['Int']['output'];
  /** Activities by kind (every kind, zero included). */
  byKind: Array<ActivityKindCount>;
  /** Activities by month of their start (China Standard Time). */
  byMonth: Array<MonthCount>;
  /** Activities by status (every status, zero included). */
  byStatus: Array<ActivityStatusCount>;
  /** Confirmed seats in completed activities matching the filter. */
  completedSeats: Scalars['Int']['output'];
  /** Enterprises with the most confirmed registrations for activities matching kinds and dates of the filter (ENTERPRISE users: only their own). */
  topEnterprises: Array<EnterpriseRegistrationCount>;
  /** Activities matching the filter. */
  total: Scalars['Int']['output'];
};


/** Statistics of party-building activities (computed in the database). */
export type ActivityStatisticstopEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where an activity is in its life. 活动状态 */
export type ActivityStatus =
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已结束 — completed, outcome recorded */
  | 'COMPLETED'
  /** 进行中 — taking place */
  | 'ONGOING'
  /** 报名中 — open for registration */
  | 'OPEN_FOR_REGISTRATION'
  /** 筹备中 — planned, registration not yet open */
  | 'PLANNED';

/** Number of activities in one status. */
export type ActivityStatusCount = {
  __typename?: 'ActivityStatusCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: ActivityStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
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

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Party-building activities people of this enterprise hold a confirmed registration for, newest first. */
  activitiesAttended: Array<Activity>;
  /** The most recent registrations of this enterprise's people, newest first. */
  activityRegistrations: Array<Registration>;
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivityRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Registrations of one enterprise's people. */
export type EnterpriseRegistrationCount = {
  __typename?: 'EnterpriseRegistrationCount';
  /** Confirmed registrations. */
  count: Scalars['Int']['output'];
  /** The enterprise. */
  enterprise: Enterprise;
};

/** Feedback on a completed activity. 活动反馈 */
export type Feedback = {
  __typename?: 'Feedback';
  /** The activity. */
  activity?: Maybe<Activity>;
  /** Free-text comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Who left it and when. */
  created: ActorStamp;
  /** The enterprise that left it. */
  enterprise: Enterprise;
  /** Stable id of the feedback. */
  id: Scalars['ID']['output'];
  /** Rating from 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
};

/** Feedback on a completed activity. */
export type LeaveFeedbackInput = {
  /** The activity, which must be completed. */
  activityId: Scalars['ID']['input'];
  /** Comment, up to 1000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The enterprise leaving it, one of whose people checked in (ENTERPRISE users: their own). */
  enterpriseId: Scalars['ID']['input'];
  /** Rating 1–5. */
  rating: Scalars['Int']['input'];
};

/** A count of items in one calendar month (China Standard Time). */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** Number of items in that month. */
  count: Scalars['Int']['output'];
  /** Month as YYYY-MM, e.g. 2024-03. */
  month: Scalars['String']['output'];
};

/** Entry points for changing the police–enterprise co-governance graph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels the activity (from PLANNED, OPEN_FOR_REGISTRATION or ONGOING). ADMIN or POLICE. */
  cancelActivity: Activity;
  /** Cancels a registration; a freed seat goes to the first waitlisted person. ADMIN, POLICE or ENTERPRISE (own). */
  cancelRegistration: Registration;
  /** Checks a confirmed person in at an open or ongoing activity. ADMIN or POLICE. */
  checkIn: Registration;
  /** Completes the activity with its outcome (ONGOING → COMPLETED). ADMIN or POLICE. */
  completeActivity: Activity;
  /** Leaves feedback on a completed activity for an enterprise whose people attended it (checked in). ADMIN, POLICE or ENTERPRISE (own). */
  leaveFeedback: Feedback;
  /** Opens registration (PLANNED → OPEN_FOR_REGISTRATION). ADMIN or POLICE. */
  openRegistration: Activity;
  /** Plans a new activity (PLANNED). ADMIN or POLICE. */
  planActivity: Activity;
  /** Registers a person: CONFIRMED while seats are left, WAITLISTED when full. ADMIN, POLICE or ENTERPRISE (own people). */
  register: Registration;
  /** Starts the activity (OPEN_FOR_REGISTRATION → ONGOING). ADMIN or POLICE. */
  startActivity: Activity;
  /** Changes title, description, materials or capacity while PLANNED or OPEN_FOR_REGISTRATION. ADMIN or POLICE. */
  updateActivity: Activity;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcheckInArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcompleteActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationleaveFeedbackArgs = {
  input: LeaveFeedbackInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationopenRegistrationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationplanActivityArgs = {
  input: PlanActivityInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterArgs = {
  input: RegisterInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationstartActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationupdateActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateActivityInput;
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
  /** Only reads before this time. */
  before?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reads of this enterprise's people. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reads of this kind of record. */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Only reads of this field (e.g. contacts.0.phone). */
  field?: InputMaybe<Scalars['String']['input']>;
  /** Only reads at or after this time. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
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

/** A new activity. */
export type PlanActivityInput = {
  /** Seats, 1–500. */
  capacity: Scalars['Int']['input'];
  /** What it is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** End, after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** Materials. */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** Organising officer id (defaults to the caller's officerId). */
  organizerId?: InputMaybe<Scalars['ID']['input']>;
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1–200 characters. */
  title: Scalars['String']['input'];
  /** Venue id. */
  venueId: Scalars['ID']['input'];
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
  /** Activities, filtered and sorted (default: newest start first). */
  activities: ActivityConnection;
  /** One activity by id. */
  activity?: Maybe<Activity>;
  /** Statistics of the activities matching the filter. */
  activityStatistics: ActivityStatistics;
  /** One registration by id; null when unknown, or for ENTERPRISE users when it belongs to another enterprise. */
  registration?: Maybe<Registration>;
  /** Registrations, filtered (ENTERPRISE users see only their own enterprise's). */
  registrations: RegistrationConnection;
  /** One venue by id. */
  venue?: Maybe<Venue>;
  /** The functional rooms, ordered by name. */
  venues: Array<Venue>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ActivitySort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivityArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivityStatisticsArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryregistrationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryregistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<RegistrationSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryvenueArgs = {
  id: Scalars['ID']['input'];
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

/** One person of an enterprise registered for an activity. 活动报名 */
export type Registration = {
  __typename?: 'Registration';
  /** The activity. */
  activity?: Maybe<Activity>;
  /** Whether the person attended (checked in). */
  attended: Scalars['Boolean']['output'];
  /** When the person checked in at the activity, if they did (the server's clock). */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The enterprise the person comes from. */
  enterprise: Enterprise;
  /** Stable id of the registration. */
  id: Scalars['ID']['output'];
  /** Name of the person (personal information: masked unless the caller's role needs it). */
  personName: Scalars['String']['output'];
  /** Mobile phone of the person (personal information: masked unless the caller's role needs it). */
  personPhone?: Maybe<Scalars['String']['output']>;
  /** Who registered the person. */
  registered: ActorStamp;
  /** When the person registered (the server's clock). */
  registeredAt: Scalars['DateTime']['output'];
  /** State of the registration. */
  status: RegistrationStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** Who changed it last and when. */
  updated: ActorStamp;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** A page of registrations. */
export type RegistrationConnection = {
  __typename?: 'RegistrationConnection';
  /** Items on this page. */
  edges: Array<RegistrationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of registrations matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One registration in a list page. */
export type RegistrationEdge = {
  __typename?: 'RegistrationEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The registration. */
  node: Registration;
};

/** Which registrations to list. */
export type RegistrationFilter = {
  /** Only for this activity. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only people who attended (true) or did not (false). */
  attended?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only from this enterprise. */
  enterpriseId?: InputMaybe<Scalars['ID']['input']>;
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
  /** 已取消 — cancelled */
  | 'CANCELLED'
  /** 已确认 — holds a seat */
  | 'CONFIRMED'
  /** 候补 — on the waitlist, promoted in order when a seat frees up */
  | 'WAITLISTED';

/** Sort direction of a list. 排序方向 */
export type SortDirection =
  /** 升序 — ascending */
  | 'ASC'
  /** 降序 — descending */
  | 'DESC';

/** Changes to an activity that has not started; omitted fields stay as they are. */
export type UpdateActivityInput = {
  /** Seats, 1–500 and not below the seats already taken; more seats go to the waitlist first. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** What it is about, up to 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Materials (replace the current list). */
  materials?: InputMaybe<Array<ActivityMaterialInput>>;
  /** Title, 1–200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A functional room of the party-building home at the 万象警务工作站. 活动阵地 */
export type Venue = {
  __typename?: 'Venue';
  /** Stable id of the venue. */
  id: Scalars['ID']['output'];
  /** Name, e.g. 警企议事室. */
  name: Scalars['String']['output'];
  /** What the room is for. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Seats in the room (the default capacity of activities held there). */
  seats: Scalars['Int']['output'];
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
  Activity: Activity;
  Enterprise: Enterprise;
  Registration: Registration;
  Venue: Venue;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Activity:
    ( { __typename: 'Activity' }
    & GraphQLRecursivePick<FederationTypes['Activity'], {"id":true}> );
  Enterprise:
    ( { __typename: 'Enterprise' }
    & GraphQLRecursivePick<FederationTypes['Enterprise'], {"id":true}> );
  Registration:
    ( { __typename: 'Registration' }
    & GraphQLRecursivePick<FederationTypes['Registration'], {"id":true}> );
  Venue:
    ( { __typename: 'Venue' }
    & GraphQLRecursivePick<FederationTypes['Venue'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionMapper>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityKind: ResolverTypeWrapper<'TRAINING' | 'SYMPOSIUM' | 'THEMATIC_STUDY' | 'UNIFIED_ACTIVITY_DAY' | 'THEMED_PARTY_DAY' | 'ONE_TO_ONE_CONSULTATION'>;
  ActivityKindCount: ResolverTypeWrapper<Omit<ActivityKindCount, 'kind'> & { kind: ResolversTypes['ActivityKind'] }>;
  ActivityMaterial: ResolverTypeWrapper<ActivityMaterial>;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityOutcome: ResolverTypeWrapper<ActivityOutcome>;
  ActivitySort: ActivitySort;
  ActivitySortField: ResolverTypeWrapper<'STARTS_AT' | 'TITLE' | 'CAPACITY'>;
  ActivityStatistics: ResolverTypeWrapper<ActivityStatisticsMapper>;
  ActivityStatus: ResolverTypeWrapper<'PLANNED' | 'OPEN_FOR_REGISTRATION' | 'ONGOING' | 'COMPLETED' | 'CANCELLED'>;
  ActivityStatusCount: ResolverTypeWrapper<Omit<ActivityStatusCount, 'status'> & { status: ResolversTypes['ActivityStatus'] }>;
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  EnterpriseRegistrationCount: ResolverTypeWrapper<EnterpriseRegistrationCountMapper>;
  Feedback: ResolverTypeWrapper<FeedbackMapper>;
  LeaveFeedbackInput: LeaveFeedbackInput;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PlanActivityInput: PlanActivityInput;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  Registration: ResolverTypeWrapper<RegistrationMapper>;
  RegistrationConnection: ResolverTypeWrapper<RegistrationConnectionMapper>;
  RegistrationEdge: ResolverTypeWrapper<Omit<RegistrationEdge, 'node'> & { node: ResolversTypes['Registration'] }>;
  RegistrationFilter: RegistrationFilter;
  RegistrationSort: RegistrationSort;
  RegistrationSortField: ResolverTypeWrapper<'REGISTERED_AT'>;
  RegistrationStatus: ResolverTypeWrapper<'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'>;
  SortDirection: SortDirection;
  UpdateActivityInput: UpdateActivityInput;
  Venue: ResolverTypeWrapper<VenueMapper>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityMapper;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ActivityConnection: ActivityConnectionMapper;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityKindCount: ActivityKindCount;
  ActivityMaterial: ActivityMaterial;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityOutcome: ActivityOutcome;
  ActivitySort: ActivitySort;
  ActivityStatistics: ActivityStatisticsMapper;
  ActivityStatusCount: ActivityStatusCount;
  ActorStamp: ActorStamp;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Enterprise: EnterpriseMapper;
  EnterpriseRegistrationCount: EnterpriseRegistrationCountMapper;
  Feedback: FeedbackMapper;
  LeaveFeedbackInput: LeaveFeedbackInput;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PlanActivityInput: PlanActivityInput;
  PoliceOfficer: PoliceOfficer;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  Registration: RegistrationMapper;
  RegistrationConnection: RegistrationConnectionMapper;
  RegistrationEdge: Omit<RegistrationEdge, 'node'> & { node: ResolversParentTypes['Registration'] };
  RegistrationFilter: RegistrationFilter;
  RegistrationSort: RegistrationSort;
  UpdateActivityInput: UpdateActivityInput;
  Venue: VenueMapper;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
}>;

export type composeDirectiveDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type composeDirectiveDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = composeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type contactDirectiveArgs = {
  description?: Maybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  url?: Maybe<Scalars['String']['input']>;
};

export type contactDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = contactDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type inaccessibleDirectiveArgs = { };

export type inaccessibleDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = inaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type interfaceObjectDirectiveArgs = { };

export type interfaceObjectDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = interfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type linkDirectiveArgs = {
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url: Scalars['String']['input'];
};

export type linkDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = linkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type overrideDirectiveArgs = {
  from: Scalars['String']['input'];
};

export type overrideDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = overrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type shareableDirectiveArgs = { };

export type shareableDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = shareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type tagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type tagDirectiveResolver<Result, Parent, ContextType = ActivitiesContext, Args = tagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActivityResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity'], FederationReferenceType extends FederationReferenceTypes['Activity'] = FederationReferenceTypes['Activity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Activity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType, RequireFields<ActivityfeedbackArgs, 'first'>>;
  feedbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ActivityMaterial']>, ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ActivityOutcome']>, ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, Partial<ActivityregistrationsArgs>>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityKindResolvers = EnumResolverSignature<{ ONE_TO_ONE_CONSULTATION?: any, SYMPOSIUM?: any, THEMATIC_STUDY?: any, THEMED_PARTY_DAY?: any, TRAINING?: any, UNIFIED_ACTIVITY_DAY?: any }, ResolversTypes['ActivityKind']>;

export type ActivityKindCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityKindCount'] = ResolversParentTypes['ActivityKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityMaterialResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityMaterial'] = ResolversParentTypes['ActivityMaterial']> = ResolversObject<{
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityOutcomeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityOutcome'] = ResolversParentTypes['ActivityOutcome']> = ResolversObject<{
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivitySortFieldResolvers = EnumResolverSignature<{ CAPACITY?: any, STARTS_AT?: any, TITLE?: any }, ResolversTypes['ActivitySortField']>;

export type ActivityStatisticsResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityStatistics'] = ResolversParentTypes['ActivityStatistics']> = ResolversObject<{
  attendanceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['ActivityKindCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ActivityStatusCount']>, ParentType, ContextType>;
  completedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topEnterprises?: Resolver<Array<ResolversTypes['EnterpriseRegistrationCount']>, ParentType, ContextType, RequireFields<ActivityStatisticstopEnterprisesArgs, 'first'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, COMPLETED?: any, ONGOING?: any, OPEN_FOR_REGISTRATION?: any, PLANNED?: any }, ResolversTypes['ActivityStatus']>;

export type ActivityStatusCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityStatusCount'] = ResolversParentTypes['ActivityStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActorStampResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnterpriseResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activitiesAttended?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  activityRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<EnterpriseactivityRegistrationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type EnterpriseRegistrationCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['EnterpriseRegistrationCount'] = ResolversParentTypes['EnterpriseRegistrationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
}>;

export type FeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MonthCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcancelActivityArgs, 'expectedVersion' | 'id' | 'reason'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcancelRegistrationArgs, 'expectedVersion' | 'id'>>;
  checkIn?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcheckInArgs, 'expectedVersion' | 'id'>>;
  completeActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcompleteActivityArgs, 'expectedVersion' | 'id' | 'outcome'>>;
  leaveFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationleaveFeedbackArgs, 'input'>>;
  openRegistration?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationopenRegistrationArgs, 'expectedVersion' | 'id'>>;
  planActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationplanActivityArgs, 'input'>>;
  register?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationregisterArgs, 'input'>>;
  startActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationstartActivityArgs, 'expectedVersion' | 'id'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationupdateActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PiiAuditRecordResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PiiAuditRecord'] = ResolversParentTypes['PiiAuditRecord']> = ResolversObject<{
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

export type PiiAuditRecordConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PiiAuditRecordConnection'] = ResolversParentTypes['PiiAuditRecordConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PiiAuditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PiiAuditRecordEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PiiAuditRecordEdge'] = ResolversParentTypes['PiiAuditRecordEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PiiAuditRecord'], ParentType, ContextType>;
}>;

export type PoliceOfficerResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['PoliceOfficer'] = ResolversParentTypes['PoliceOfficer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<QueryactivitiesArgs>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryactivityArgs, 'id'>>;
  activityStatistics?: Resolver<ResolversTypes['ActivityStatistics'], ParentType, ContextType, Partial<QueryactivityStatisticsArgs>>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryregistrationArgs, 'id'>>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, Partial<QueryregistrationsArgs>>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryvenueArgs, 'id'>>;
  venues?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type RegistrationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration'], FederationReferenceType extends FederationReferenceTypes['Registration'] = FederationReferenceTypes['Registration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Registration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationConnection'] = ResolversParentTypes['RegistrationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationEdge'] = ResolversParentTypes['RegistrationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
}>;

export type RegistrationSortFieldResolvers = EnumResolverSignature<{ REGISTERED_AT?: any }, ResolversTypes['RegistrationSortField']>;

export type RegistrationStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, CONFIRMED?: any, WAITLISTED?: any }, ResolversTypes['RegistrationStatus']>;

export type VenueResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ActivitiesContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityKind?: ActivityKindResolvers;
  ActivityKindCount?: ActivityKindCountResolvers<ContextType>;
  ActivityMaterial?: ActivityMaterialResolvers<ContextType>;
  ActivityOutcome?: ActivityOutcomeResolvers<ContextType>;
  ActivitySortField?: ActivitySortFieldResolvers;
  ActivityStatistics?: ActivityStatisticsResolvers<ContextType>;
  ActivityStatus?: ActivityStatusResolvers;
  ActivityStatusCount?: ActivityStatusCountResolvers<ContextType>;
  ActorStamp?: ActorStampResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseRegistrationCount?: EnterpriseRegistrationCountResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationConnection?: RegistrationConnectionResolvers<ContextType>;
  RegistrationEdge?: RegistrationEdgeResolvers<ContextType>;
  RegistrationSortField?: RegistrationSortFieldResolvers;
  RegistrationStatus?: RegistrationStatusResolvers;
  Venue?: VenueResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
}>;

export type DirectiveResolvers<ContextType = ActivitiesContext> = ResolversObject<{
  composeDirective?: composeDirectiveDirectiveResolver<any, any, ContextType>;
  contact?: contactDirectiveResolver<any, any, ContextType>;
  inaccessible?: inaccessibleDirectiveResolver<any, any, ContextType>;
  interfaceObject?: interfaceObjectDirectiveResolver<any, any, ContextType>;
  link?: linkDirectiveResolver<any, any, ContextType>;
  override?: overrideDirectiveResolver<any, any, ContextType>;
  shareable?: shareableDirectiveResolver<any, any, ContextType>;
  tag?: tagDirectiveResolver<any, any, ContextType>;
}>;
