import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityMapper, ActivityConnectionMapper } from './activity/activity.mappers';
import type { ActivityGroupMapper, BookingGroupMapper, RegistrationGroupMapper } from './analytics/analytics.mappers';
import type { ActivityStatisticsMapper, EnterpriseParticipationMapper, EnterpriseRegistrationCountMapper } from './statistics/statistics.mappers';
import type { BookingMapper, BookingConnectionMapper } from './booking/booking.mappers';
import type { ClosingReportMapper, ReportOutcomeMapper } from './report/report.mappers';
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
  /** The outside address it takes place at (null in a functional room). */
  address?: Maybe<Scalars['String']['output']>;
  /** People who checked in. */
  attendedCount: Scalars['Int']['output'];
  /** Average feedback rating (1–5) over every attendee's feedback, null without feedback. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** The room booking it holds (null at an outside address). */
  booking?: Maybe<Booking>;
  /** Why it was cancelled, when it was. */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Seats available to registrants. */
  capacity: Scalars['Int']['output'];
  /** When check-in opens (a configured time before the start); it closes at the end. */
  checkInOpensAt: Scalars['DateTime']['output'];
  /** Co-organising enterprises, the first N (ENTERPRISE users: only their own). */
  coOrganisers: Array<Enterprise>;
  /** Who planned it and when. */
  created: ActorStamp;
  /** What it is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Feedback left after the activity, the latest N, newest first (ENTERPRISE users see only their own enterprise's). */
  feedback: Array<Feedback>;
  /** Number of feedback entries, from every attendee. */
  feedbackCount: Scalars['Int']['output'];
  /** Stable id of the activity. */
  id: Scalars['ID']['output'];
  /** Kind of activity. */
  kind: ActivityKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** Materials used. */
  materials: Array<ActivityMaterial>;
  /** People who held a seat and did not come (set when the activity closes). */
  noShowCount: Scalars['Int']['output'];
  /** The member enterprise whose party organisation organises it (organiserKind PARTY_ORGANISATION; ENTERPRISE users: only their own). */
  organiserEnterprise?: Maybe<Enterprise>;
  /** Who organises it. */
  organiserKind: OrganiserKind;
  /** Chinese label of the organiser kind. */
  organiserKindLabel: Scalars['String']['output'];
  /** The officer organising it. */
  organizer?: Maybe<PoliceOfficer>;
  /** Outcome summary, once closed. */
  outcome?: Maybe<ActivityOutcome>;
  /** When registration closes: the registration deadline, or the start. */
  registrationClosesAt: Scalars['DateTime']['output'];
  /** When registration opens (null: when it is opened). */
  registrationOpensAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registrations for this activity, a cursor page (ENTERPRISE users see only their own enterprise's); across activities: registrations(filter: { activityId }). */
  registrations: RegistrationConnection;
  /** The closing report, once closed. */
  report?: Maybe<ClosingReport>;
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
  /** The functional room it takes place in (null at an outside address). */
  venue?: Maybe<Venue>;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** People on the waitlist. */
  waitlistCount: Scalars['Int']['output'];
};


/** A party-building activity of the 警企党建红盟. 党建活动 */
export type ActivitycoOrganisersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Activities matching a filter, grouped: the groups and their totals. */
export type ActivityAggregate = {
  __typename?: 'ActivityAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<ActivityGroup>;
  /** All matched activities: counts and sums equal the sums over the groups; rates and averages are over all matched activities. */
  totals: ActivityGroup;
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

/** One group of activities in activityAggregate: its keys, count and measures. */
export type ActivityGroup = {
  __typename?: 'ActivityGroup';
  /** Hours of the activities not cancelled (end − start), e.g. the room use of a VENUE group. */
  activityHours: Scalars['Float']['output'];
  /** attended ÷ seats held at closed activities, in [0, 1]; null without a closed activity with registrations. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** People who checked in. */
  attendedCount: Scalars['Int']['output'];
  /** Average feedback rating 1–5 over every feedback entry of the group; null without feedback. */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Activities cancelled. */
  cancelledCount: Scalars['Int']['output'];
  /** Capacity use: seats held ÷ seats offered over activities not cancelled, in [0, 1]; null without seats offered. */
  capacityUseRate?: Maybe<Scalars['Float']['output']>;
  /** Activities closed with their report (COMPLETED). */
  completedCount: Scalars['Int']['output'];
  /** Activities in the group. */
  count: Scalars['Int']['output'];
  /** Feedback entries left by attendees. */
  feedbackCount: Scalars['Int']['output'];
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
  /** People who held a seat at a closed activity and did not come. */
  noShowCount: Scalars['Int']['output'];
  /** no-shows ÷ seats held at closed activities, in [0, 1]; null without a closed activity with registrations. */
  noShowRate?: Maybe<Scalars['Float']['output']>;
  /** Seats held by registrations (confirmed, offered, attended, no-show; cancelled activities: their attendees). */
  registeredCount: Scalars['Int']['output'];
  /** Seats offered: the sum of the activities' capacity (cancelled ones excluded). */
  seatCount: Scalars['Int']['output'];
  /** The room of the group (grouped by VENUE; null otherwise and for outside addresses). */
  venue?: Maybe<Venue>;
  /** People on the waitlists now. */
  waitlistCount: Scalars['Int']['output'];
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
  /** The kind (the row's key). */
  key: ActivityKind;
  /**
   * The kind.
   * @deprecated Use key.
   */
  kind: ActivityKind;
  /**
   * Chinese label of the kind.
   * @deprecated Use label.
   */
  kindLabel: Scalars['String']['output'];
  /** Chinese label of the kind, e.g. 培训. */
  label: Scalars['String']['output'];
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

/** Metadata of a photo taken at an activity (no image data). 活动照片 */
export type ActivityPhoto = {
  __typename?: 'ActivityPhoto';
  /** Where it is kept, e.g. an archive number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** When it was taken. */
  takenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Caption. */
  title: Scalars['String']['output'];
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

/** Statistics of party-building activities matching the filter (computed in the database). Activities are not tenant records: every caller who may list them counts the same activities (and their public seat, attendance and feedback counters); the per-enterprise rows (topEnterprises, participation) count only the registrations the caller may see (ENTERPRISE: its own enterprise's). */
export type ActivityStatistics = {
  __typename?: 'ActivityStatistics';
  /** attended ÷ completedSeats, i.e. attended ÷ registered, in [0, 1] (0 when there are none). */
  attendanceRate: Scalars['Float']['output'];
  /** People who checked in at closed activities matching the filter. */
  attended: Scalars['Int']['output'];
  /** Activities by kind (every kind, zero included). */
  byKind: Array<ActivityKindCount>;
  /** Activities by month of their start (China Standard Time). */
  byMonth: Array<MonthCount>;
  /** Activities by organiser kind (every kind, zero included). */
  byOrganiser: Array<OrganiserKindCount>;
  /** Activities by status (every status, zero included). */
  byStatus: Array<ActivityStatusCount>;
  /** Seats held at closed activities matching the filter (registered: attended + no-shows). */
  completedSeats: Scalars['Int']['output'];
  /** Feedback on activities matching the filter. */
  feedback: FeedbackFigures;
  /** Feedback by activity kind (every kind, zero included), over activities matching the filter. */
  feedbackByKind: Array<KindFeedback>;
  /** Feedback by organiser kind (every kind, zero included), over activities matching the filter. */
  feedbackByOrganiser: Array<OrganiserFeedback>;
  /** noShows ÷ completedSeats, in [0, 1] (0 when there are none). */
  noShowRate: Scalars['Float']['output'];
  /** People who held a seat at closed activities matching the filter and did not come. */
  noShows: Scalars['Int']['output'];
  /** Participation per enterprise at closed activities matching the filter, most attended first (ENTERPRISE users: only their own). */
  participation: Array<EnterpriseParticipation>;
  /** Enterprises with the most registrations holding a seat for activities matching the filter, most first (ENTERPRISE users: only their own); the full breakdown: registrationAggregate(groupBy: [ENTERPRISE]). */
  topEnterprises: Array<EnterpriseRegistrationCount>;
  /** Activities matching the filter: activities(filter).totalCount. */
  total: Scalars['Int']['output'];
  /** Room bookings per room and ISO week for bookings starting in [from, before) (at most 366 days; default the 12 weeks before now). */
  venueUtilisation: Array<VenueWeekUtilisation>;
};


/** Statistics of party-building activities matching the filter (computed in the database). Activities are not tenant records: every caller who may list them counts the same activities (and their public seat, attendance and feedback counters); the per-enterprise rows (topEnterprises, participation) count only the registrations the caller may see (ENTERPRISE: its own enterprise's). */
export type ActivityStatisticsparticipationArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Statistics of party-building activities matching the filter (computed in the database). Activities are not tenant records: every caller who may list them counts the same activities (and their public seat, attendance and feedback counters); the per-enterprise rows (topEnterprises, participation) count only the registrations the caller may see (ENTERPRISE: its own enterprise's). */
export type ActivityStatisticstopEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Statistics of party-building activities matching the filter (computed in the database). Activities are not tenant records: every caller who may list them counts the same activities (and their public seat, attendance and feedback counters); the per-enterprise rows (topEnterprises, participation) count only the registrations the caller may see (ENTERPRISE: its own enterprise's). */
export type ActivityStatisticsvenueUtilisationArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

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

/** Number of activities in one status. */
export type ActivityStatusCount = {
  __typename?: 'ActivityStatusCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The status (the row's key). */
  key: ActivityStatus;
  /** Chinese label of the status, e.g. 已结束. */
  label: Scalars['String']['output'];
  /**
   * The status.
   * @deprecated Use key.
   */
  status: ActivityStatus;
  /**
   * Chinese label of the status.
   * @deprecated Use label.
   */
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

/** A booking of a functional room; bookings of one room never overlap (held in 15-minute slots). 场地预约 */
export type Booking = {
  __typename?: 'Booking';
  /** The activity it is for, if any. */
  activity?: Maybe<Activity>;
  /** Who booked it and when. */
  booked: ActorStamp;
  /** When someone checked into the room. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** Stable id of the booking. */
  id: Scalars['ID']['output'];
  /** What it is for. */
  purpose: Scalars['String']['output'];
  /** Why it stopped holding the room: NO_CHECK_IN, CANCELLED, ACTIVITY_CANCELLED. */
  releaseReason?: Maybe<Scalars['String']['output']>;
  /** When it stopped holding the room. */
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is in its life. */
  status: BookingStatus;
  /** Chinese label of the status. */
  statusLabel: Scalars['String']['output'];
  /** The room. */
  venue: Venue;
  /** Version for optimistic concurrency: send it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** Room bookings matching a filter, grouped: the groups and their totals. */
export type BookingAggregate = {
  __typename?: 'BookingAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<BookingGroup>;
  /** All matched bookings: counts and sums equal the sums over the groups; the rate is over all matched bookings. */
  totals: BookingGroup;
};

/** A page of room bookings. */
export type BookingConnection = {
  __typename?: 'BookingConnection';
  /** Items on this page. */
  edges: Array<BookingEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Number of bookings matching the filter. */
  totalCount: Scalars['Int']['output'];
};

/** A dimension room bookings can be grouped by in bookingAggregate. 场地预约统计维度 */
export type BookingDimension =
  /** 预约状态 — the booking's status */
  | 'STATUS'
  /** 时间 — startsAt (the booking's start), bucketed by timeBucket in China Standard Time */
  | 'TIME'
  /** 活动阵地 — the functional room (label: its name) */
  | 'VENUE';

/** One booking in a list page. */
export type BookingEdge = {
  __typename?: 'BookingEdge';
  /** Cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The booking. */
  node: Booking;
};

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

/** One group of room bookings in bookingAggregate: its keys, count and measures (room use). */
export type BookingGroup = {
  __typename?: 'BookingGroup';
  /** Bookings for an activity. */
  activityCount: Scalars['Int']['output'];
  /** Hours the room is held by them (booked or in use; released and cancelled ones freed it). */
  bookedHours: Scalars['Float']['output'];
  /** Bookings cancelled (or whose activity was). */
  cancelledCount: Scalars['Int']['output'];
  /** Bookings someone checked into. */
  checkedInCount: Scalars['Int']['output'];
  /** Bookings in the group. */
  count: Scalars['Int']['output'];
  /** Bookings holding the room (booked or in use). */
  heldCount: Scalars['Int']['output'];
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
  /** released ÷ (released + checked in): the share of decided bookings left unused, in [0, 1]; null when none is decided. */
  releaseRate?: Maybe<Scalars['Float']['output']>;
  /** Bookings released because nobody checked in. */
  releasedCount: Scalars['Int']['output'];
  /** The room of the group (grouped by VENUE; null otherwise). */
  venue?: Maybe<Venue>;
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

/** The closing report of an activity (after Decidim's meeting close). 活动总结 */
export type ClosingReport = {
  __typename?: 'ClosingReport';
  /** People who attended (checked in). */
  attendeeCount: Scalars['Int']['output'];
  /** Enterprises whose people attended (ENTERPRISE users: only their own). */
  attendingEnterprises: Array<Enterprise>;
  /** Who closed it. */
  closed: ActorStamp;
  /** When it was closed (the server's clock). */
  closedAt: Scalars['DateTime']['output'];
  /** Further attending organisations named by the organiser. */
  otherOrganisations: Array<Scalars['String']['output']>;
  /** Outcomes, each with the record it created in the enterprises subgraph (an outcome is a record of the enterprise it concerns: ENTERPRISE users see only their own enterprise's). */
  outcomes: Array<ReportOutcome>;
  /** Photos. */
  photos: Array<ActivityPhoto>;
  /** Summary. */
  summary: Scalars['String']['output'];
};


/** The closing report of an activity (after Decidim's meeting close). 活动总结 */
export type ClosingReportattendingEnterprisesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The closing report of an activity (after Decidim's meeting close). 活动总结 */
export type ClosingReportoutcomesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An enterprise in the industrial park. 企业 */
export type Enterprise = {
  __typename?: 'Enterprise';
  /** Party-building activities people of this enterprise attended (checked in), newest first; registrations alone, no-shows and cancelled activities do not count. */
  activitiesAttended: Array<Activity>;
  /** Activities matching the filter (kinds, statuses, start range, months…) that people of this enterprise attended (checked in; cancelled activities do not count). Alliance members with 0 in a period are idle members: enterprises(filter: { allianceMember: true }) { activitiesAttendedCount(filter: { months: ["2026-11"] }) }. */
  activitiesAttendedCount: Scalars['Int']['output'];
  /**
   * Activities people of this enterprise attended in the last `months` months up to now (the server's clock); alliance members with 0 are idle: ask enterprises(filter: { allianceMember: true }) for it.
   * @deprecated Use activitiesAttendedCount(filter: { startsFrom, startsBefore }) or (filter: { months }): the same time range as every other filter.
   */
  activitiesAttendedInLastMonths: Scalars['Int']['output'];
  /** The latest N registrations of this enterprise's people, newest first; the full, filterable list is registrations(filter: { enterpriseId }). */
  activityRegistrations: Array<Registration>;
  /** Stable id of the enterprise. */
  id: Scalars['ID']['output'];
  /** Start of the latest activity people of this enterprise attended; null if none. */
  lastActivityAttendedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivitiesAttendedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivitiesAttendedCountArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivitiesAttendedInLastMonthsArgs = {
  months?: InputMaybe<Scalars['Int']['input']>;
};


/** An enterprise in the industrial park. 企业 */
export type EnterpriseactivityRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Participation of one enterprise's people in the activities matching the filter. */
export type EnterpriseParticipation = {
  __typename?: 'EnterpriseParticipation';
  /** attended ÷ registered, in [0, 1] (0 when none). */
  attendanceRate: Scalars['Float']['output'];
  /** People who attended. */
  attended: Scalars['Int']['output'];
  /** The enterprise. */
  enterprise: Enterprise;
  /** Id of the enterprise (the row's key). */
  key: Scalars['ID']['output'];
  /** Start of the latest activity its people attended. */
  lastAttendedAt?: Maybe<Scalars['DateTime']['output']>;
  /** noShows ÷ registered, in [0, 1] (0 when none). */
  noShowRate: Scalars['Float']['output'];
  /** People who did not come. */
  noShows: Scalars['Int']['output'];
  /** Registrations that held a seat at a closed activity (attended + no-shows). */
  registered: Scalars['Int']['output'];
};

/** Registrations of one enterprise's people. */
export type EnterpriseRegistrationCount = {
  __typename?: 'EnterpriseRegistrationCount';
  /** Confirmed registrations. */
  count: Scalars['Int']['output'];
  /** The enterprise. */
  enterprise: Enterprise;
  /** Id of the enterprise (the row's key). */
  key: Scalars['ID']['output'];
  /** The enterprise's id (this subgraph does not hold names: ask enterprise { name }). */
  label: Scalars['String']['output'];
};

/** One attendee's feedback on a closed activity. 活动反馈 */
export type Feedback = {
  __typename?: 'Feedback';
  /** The activity. */
  activity?: Maybe<Activity>;
  /** Free-text comment. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Who left it and when. */
  created: ActorStamp;
  /** The enterprise of the attendee. */
  enterprise: Enterprise;
  /** Stable id of the feedback. */
  id: Scalars['ID']['output'];
  /** Rating from 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
  /** The attendee's registration. */
  registration?: Maybe<Registration>;
};

/** Feedback figures of one group of activities. */
export type FeedbackFigures = {
  __typename?: 'FeedbackFigures';
  /** Average rating 1–5 (null without feedback). */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Feedback entries. */
  count: Scalars['Int']['output'];
};

/** Feedback on activities of one kind. */
export type KindFeedback = {
  __typename?: 'KindFeedback';
  /** Average rating 1–5 (null without feedback). */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Feedback entries. */
  count: Scalars['Int']['output'];
  /** The kind (the row's key). */
  key: ActivityKind;
  /**
   * The kind.
   * @deprecated Use key.
   */
  kind: ActivityKind;
  /**
   * Chinese label of the kind.
   * @deprecated Use label.
   */
  kindLabel: Scalars['String']['output'];
  /** Chinese label of the kind. */
  label: Scalars['String']['output'];
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
  /** Accepts an offered seat before the offer expires (OFFERED → CONFIRMED). ADMIN, POLICE or ENTERPRISE (own). */
  acceptOffer: Registration;
  /** Books a room; CONFLICT when any part of the time is taken. ADMIN or POLICE. */
  bookVenue: Booking;
  /** Cancels the activity with its reason (from any state before it closes): its registrations are cancelled and its room booking released. ADMIN or POLICE. */
  cancelActivity: Activity;
  /** Cancels a booking that is not an activity's. ADMIN or POLICE. */
  cancelBooking: Booking;
  /** Cancels a registration or declines an offered seat; a freed seat is offered to the first waitlisted person. ADMIN, POLICE or ENTERPRISE (own). */
  cancelRegistration: Registration;
  /** Checks a confirmed person in (CONFIRMED → ATTENDED), only from the check-in opening before the start until the end. ADMIN or POLICE. */
  checkIn: Registration;
  /** Checks into a booked room (from the check-in opening before its start until its end); an unused booking is released. ADMIN or POLICE. */
  checkInBooking: Booking;
  /** Checks a person in with their one-time code (the QR they show): the code of a confirmed registration of this activity, once, inside the check-in window. ADMIN, POLICE or ENTERPRISE (own people). */
  checkInWithCode: Registration;
  /** Closes an ongoing activity with its closing report (ONGOING → COMPLETED): no-shows are marked, and each need or risk becomes a service need or risk alert in the enterprises subgraph through the gateway. ADMIN or POLICE. */
  closeActivity: Activity;
  /** Closes registration before the start (OPEN_FOR_REGISTRATION → REGISTRATION_CLOSED). ADMIN or POLICE. */
  closeRegistration: Activity;
  /**
   * Closes the activity with a summary only (ONGOING → COMPLETED); closeActivity takes the whole closing report. ADMIN or POLICE.
   * @deprecated Use closeActivity, which takes the closing report.
   */
  completeActivity: Activity;
  /** Leaves one attendee's feedback (1–5 and a comment) on a closed activity, once per attendee. ADMIN, POLICE or ENTERPRISE (own people). */
  leaveFeedback: Feedback;
  /** Opens registration (PUBLISHED or REGISTRATION_CLOSED → OPEN_FOR_REGISTRATION; from PLANNED it publishes in the same step). ADMIN or POLICE. */
  openRegistration: Activity;
  /** Plans a new activity (PLANNED: the draft), booking its room for its time (CONFLICT when taken). ADMIN or POLICE. */
  planActivity: Activity;
  /** Publishes a draft (PLANNED → PUBLISHED). ADMIN or POLICE. */
  publishActivity: Activity;
  /** Registers a person inside the registration window: CONFIRMED while seats are left and nobody waits, otherwise WAITLISTED (seats that come free while people wait are offered to them first, first registered first); the same person twice is CONFLICT. ADMIN, POLICE or ENTERPRISE (own people). */
  register: Registration;
  /** Tries again now to create the pending outcomes of an activity (the scheduled job does it every minute). ADMIN. */
  retryActivityOutcomes: Activity;
  /** Starts the activity (OPEN_FOR_REGISTRATION or REGISTRATION_CLOSED → ONGOING); its room is in use. ADMIN or POLICE. */
  startActivity: Activity;
  /** Changes title, description, materials or capacity before the start. ADMIN or POLICE. */
  updateActivity: Activity;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationacceptOfferArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationbookVenueArgs = {
  input: BookVenueInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcancelBookingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
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
export type MutationcheckInBookingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcheckInWithCodeArgs = {
  activityId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcloseActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: CloseActivityInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationcloseRegistrationArgs = {
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
export type MutationpublishActivityArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationregisterArgs = {
  input: RegisterInput;
};


/** Entry points for changing the police–enterprise co-governance graph. */
export type MutationretryActivityOutcomesArgs = {
  id: Scalars['ID']['input'];
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

/** When a room is open (China Standard Time). 开放时间 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time, HH:MM. */
  closes: Scalars['String']['output'];
  /** Opening time, HH:MM. */
  opens: Scalars['String']['output'];
  /** Days it is open: 1 (Monday) … 7 (Sunday). */
  weekdays: Array<Scalars['Int']['output']>;
};

/** Feedback on activities of one organiser kind. */
export type OrganiserFeedback = {
  __typename?: 'OrganiserFeedback';
  /** Average rating 1–5 (null without feedback). */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** Feedback entries. */
  count: Scalars['Int']['output'];
  /** The organiser kind (the row's key). */
  key: OrganiserKind;
  /** Chinese label of the organiser kind. */
  label: Scalars['String']['output'];
  /**
   * The organiser kind.
   * @deprecated Use key.
   */
  organiserKind: OrganiserKind;
  /**
   * Chinese label of the organiser kind.
   * @deprecated Use label.
   */
  organiserKindLabel: Scalars['String']['output'];
};

/** Who organises an activity. 主办方 */
export type OrganiserKind =
  /** 警企党建红盟 — the police–enterprise party-building alliance */
  | 'ALLIANCE'
  /** 成员单位党组织 — a member enterprise's party organisation */
  | 'PARTY_ORGANISATION'
  /** 万象警务工作站 — the Wanxiang police workstation */
  | 'WORKSTATION';

/** Number of activities of one organiser kind. */
export type OrganiserKindCount = {
  __typename?: 'OrganiserKindCount';
  /** Number of activities. */
  count: Scalars['Int']['output'];
  /** The organiser kind (the row's key). */
  key: OrganiserKind;
  /** Chinese label of the organiser kind, e.g. 警企党建红盟. */
  label: Scalars['String']['output'];
  /**
   * The organiser kind.
   * @deprecated Use key.
   */
  organiserKind: OrganiserKind;
  /**
   * Chinese label of the organiser kind.
   * @deprecated Use label.
   */
  organiserKindLabel: Scalars['String']['output'];
};

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
  /** Activities matching the filter (as activities(filter)) grouped by up to 3 dimensions, with counts, attendance, capacity use and feedback, computed in the database. Activities are not tenant records: every caller who may list them gets the same figures (e.g. attendance rate by kind: groupBy [KIND]). */
  activityAggregate: ActivityAggregate;
  /** Statistics of the activities matching the filter (the same filter as activities(filter)); every role that may list activities may read them. */
  activityStatistics: ActivityStatistics;
  /** Room bookings matching the filter (as bookings(filter)) grouped by up to 3 dimensions: room use (e.g. booked hours by room and month: groupBy [VENUE, TIME]). */
  bookingAggregate: BookingAggregate;
  /** Room bookings of every room, filtered and sorted (default: by start, earliest first); one room's bookings in a period: Venue.bookings. */
  bookings: BookingConnection;
  /** One registration by id; null when unknown, or for ENTERPRISE users when it belongs to another enterprise. */
  registration?: Maybe<Registration>;
  /** Registrations matching the filter (as registrations(filter)) grouped by up to 3 dimensions, with attendance and no-shows, computed in the database; ENTERPRISE callers count their own enterprise's registrations only (e.g. no-shows by enterprise: groupBy [ENTERPRISE]). */
  registrationAggregate: RegistrationAggregate;
  /** Registrations, filtered (ENTERPRISE users see only their own enterprise's). */
  registrations: RegistrationConnection;
  /** One venue by id. */
  venue?: Maybe<Venue>;
  /** The functional rooms, ordered by name: a small fixed list (the party-building home's handful of rooms, at most 100), so a plain list rather than a filtered, paged connection. */
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
export type QueryactivityAggregateArgs = {
  filter?: InputMaybe<ActivityFilter>;
  groupBy?: Array<ActivityDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryactivityStatisticsArgs = {
  filter?: InputMaybe<ActivityFilter>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerybookingAggregateArgs = {
  filter?: InputMaybe<BookingFilter>;
  groupBy?: Array<BookingDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QuerybookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<BookingSort>;
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryregistrationArgs = {
  id: Scalars['ID']['input'];
};


/** Entry points for reading the police–enterprise co-governance graph. */
export type QueryregistrationAggregateArgs = {
  filter?: InputMaybe<RegistrationFilter>;
  groupBy?: Array<RegistrationDimension>;
  timeBucket?: InputMaybe<TimeBucket>;
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
  /** The one-time self check-in code (the QR payload): only officers and the person's own enterprise see it; null otherwise. */
  checkInCode?: Maybe<Scalars['String']['output']>;
  /** Whether the check-in code was used. */
  checkInCodeUsed: Scalars['Boolean']['output'];
  /** When the person checked in at the activity, if they did (the server's clock). */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The enterprise the person comes from. */
  enterprise: Enterprise;
  /** Stable id of the registration. */
  id: Scalars['ID']['output'];
  /** When an offer lapsed unanswered. */
  offerExpiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** OFFERED: until when the seat is held for the person. */
  offerExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** OFFERED: when the seat was offered. */
  offeredAt?: Maybe<Scalars['DateTime']['output']>;
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

/** Registrations matching a filter, grouped: the groups and their totals. */
export type RegistrationAggregate = {
  __typename?: 'RegistrationAggregate';
  /** The groups, ordered by their keys (time ascending, enum values in declaration order, ids ascending). */
  groups: Array<RegistrationGroup>;
  /** All matched registrations: counts equal the sums over the groups; rates are over all matched registrations. */
  totals: RegistrationGroup;
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

/** One group of registrations in registrationAggregate: its keys, count and measures. */
export type RegistrationGroup = {
  __typename?: 'RegistrationGroup';
  /** The activity of the group (grouped by ACTIVITY; null otherwise). */
  activity?: Maybe<Activity>;
  /** attended ÷ (attended + no-shows), in [0, 1]; null when none of the group's activities closed with seats held. */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  /** People who checked in (ATTENDED). */
  attendedCount: Scalars['Int']['output'];
  /** Cancelled (by the person, a lapsed offer, or the activity's cancellation). */
  cancelledCount: Scalars['Int']['output'];
  /** Registrations in the group. */
  count: Scalars['Int']['output'];
  /** The enterprise of the group (grouped by ENTERPRISE; null otherwise). */
  enterprise?: Maybe<Enterprise>;
  /** One key per groupBy dimension, in groupBy order (none in totals). */
  keys: Array<AggregateKey>;
  /** People who held a seat at a closed activity and did not come (NO_SHOW). */
  noShowCount: Scalars['Int']['output'];
  /** no-shows ÷ (attended + no-shows), in [0, 1]; null when none of the group's activities closed with seats held. */
  noShowRate?: Maybe<Scalars['Float']['output']>;
  /** Registrations holding a seat or having held one (confirmed, offered, attended, no-show). */
  seatCount: Scalars['Int']['output'];
  /** On the waitlist now. */
  waitlistedCount: Scalars['Int']['output'];
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

/** One outcome of an activity, and the record it created in the enterprises subgraph. 活动成效 */
export type ReportOutcome = {
  __typename?: 'ReportOutcome';
  /** Attempts to create it so far. */
  attempts: Scalars['Int']['output'];
  /** Whether its record in the enterprises subgraph exists yet. */
  deliveryState: OutcomeDeliveryState;
  /** What was raised or found. */
  description: Scalars['String']['output'];
  /** A need's due date, YYYY-MM-DD. */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** The enterprise concerned. */
  enterprise?: Maybe<Enterprise>;
  /** Stable id of the outcome. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: OutcomeKind;
  /** Chinese label of the kind. */
  kindLabel: Scalars['String']['output'];
  /** The last failure's code (e.g. UNAVAILABLE, HTTP:503, GRAPHQL:FORBIDDEN), null after success. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** A need's category (enterprises' ServiceNeedCategory). */
  needCategory?: Maybe<Scalars['String']['output']>;
  /** Id of the created service need or risk alert. */
  recordId?: Maybe<Scalars['ID']['output']>;
  /** The risk alert it created (RISK_FOUND, once created), resolved by the enterprises subgraph. */
  riskAlert?: Maybe<RiskAlert>;
  /** A risk's type (enterprises' RiskAlertType). */
  riskType?: Maybe<Scalars['String']['output']>;
  /** The service need it created (NEED_RAISED, once created), resolved by the enterprises subgraph. */
  serviceNeed?: Maybe<ServiceNeed>;
  /** A risk's severity (enterprises' RiskSeverity). */
  severity?: Maybe<Scalars['String']['output']>;
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

/**
 * A risk alert from operating-environment monitoring 企业运营环境监测, or one another department's record
 * raised (e.g. a warning given during an activity). An entity: other subgraphs refer to it by id.
 */
export type RiskAlert = {
  __typename?: 'RiskAlert';
  /** Stable id of the alert. */
  id: Scalars['ID']['output'];
};

/**
 * A service need 服务需求 an enterprise told the police about, or one another department's record raised
 * (an activity's outcome). An entity: other subgraphs refer to it by id.
 */
export type ServiceNeed = {
  __typename?: 'ServiceNeed';
  /** Stable id of the need. */
  id: Scalars['ID']['output'];
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

/** A functional room of the party-building home at the 万象警务工作站. 活动阵地 */
export type Venue = {
  __typename?: 'Venue';
  /** Bookings of the room starting in [from, before), by start (released and cancelled ones included). */
  bookings: Array<Booking>;
  /** Equipment in the room. */
  equipment: Array<Scalars['String']['output']>;
  /** Stable id of the venue. */
  id: Scalars['ID']['output'];
  /** Where the room is. */
  location?: Maybe<Scalars['String']['output']>;
  /** Name, e.g. 警企议事室. */
  name: Scalars['String']['output'];
  /** Opening hours; bookings must lie inside them. */
  openingHours: OpeningHours;
  /** What the room is for. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** Seats in the room: an activity held there has at most this capacity. */
  seats: Scalars['Int']['output'];
};


/** A functional room of the party-building home at the 万象警务工作站. 活动阵地 */
export type VenuebookingsArgs = {
  before?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How much one room was booked in one ISO week (China Standard Time). */
export type VenueWeekUtilisation = {
  __typename?: 'VenueWeekUtilisation';
  /** Minutes booked. */
  bookedMinutes: Scalars['Int']['output'];
  /** Bookings that held the room (booked, in use; released and cancelled ones not). */
  bookings: Scalars['Int']['output'];
  /** Minutes the room is open in a week. */
  openMinutes: Scalars['Int']['output'];
  /**
   * bookedMinutes / openMinutes.
   * @deprecated Use utilisationRate (the same value): ratios end in Rate.
   */
  rate: Scalars['Float']['output'];
  /** bookedMinutes ÷ openMinutes, in [0, 1] (bookings lie inside the opening hours and never overlap). */
  utilisationRate: Scalars['Float']['output'];
  /** The room. */
  venue: Venue;
  /** ISO week, e.g. 2023-W32. */
  week: Scalars['String']['output'];
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
  ActivityAggregate: ResolverTypeWrapper<Omit<ActivityAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['ActivityGroup']>, totals: ResolversTypes['ActivityGroup'] }>;
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionMapper>;
  ActivityDimension: ResolverTypeWrapper<'KIND' | 'STATUS' | 'ORGANISER_KIND' | 'VENUE' | 'TIME'>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityGroup: ResolverTypeWrapper<ActivityGroupMapper>;
  ActivityKind: ResolverTypeWrapper<'TRAINING' | 'SYMPOSIUM' | 'THEMATIC_STUDY' | 'UNIFIED_ACTIVITY_DAY' | 'THEMED_PARTY_DAY' | 'ONE_TO_ONE_CONSULTATION'>;
  ActivityKindCount: ResolverTypeWrapper<Omit<ActivityKindCount, 'key' | 'kind'> & { key: ResolversTypes['ActivityKind'], kind: ResolversTypes['ActivityKind'] }>;
  ActivityMaterial: ResolverTypeWrapper<ActivityMaterial>;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityOutcome: ResolverTypeWrapper<ActivityOutcome>;
  ActivityPhoto: ResolverTypeWrapper<ActivityPhoto>;
  ActivityPhotoInput: ActivityPhotoInput;
  ActivitySort: ActivitySort;
  ActivitySortField: ResolverTypeWrapper<'STARTS_AT' | 'TITLE' | 'CAPACITY'>;
  ActivityStatistics: ResolverTypeWrapper<ActivityStatisticsMapper>;
  ActivityStatus: ResolverTypeWrapper<'PLANNED' | 'PUBLISHED' | 'OPEN_FOR_REGISTRATION' | 'REGISTRATION_CLOSED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED'>;
  ActivityStatusCount: ResolverTypeWrapper<Omit<ActivityStatusCount, 'key' | 'status'> & { key: ResolversTypes['ActivityStatus'], status: ResolversTypes['ActivityStatus'] }>;
  ActorStamp: ResolverTypeWrapper<ActorStamp>;
  AggregateKey: ResolverTypeWrapper<AggregateKey>;
  BookVenueInput: BookVenueInput;
  Booking: ResolverTypeWrapper<BookingMapper>;
  BookingAggregate: ResolverTypeWrapper<Omit<BookingAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['BookingGroup']>, totals: ResolversTypes['BookingGroup'] }>;
  BookingConnection: ResolverTypeWrapper<BookingConnectionMapper>;
  BookingDimension: ResolverTypeWrapper<'VENUE' | 'STATUS' | 'TIME'>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingFilter: BookingFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BookingGroup: ResolverTypeWrapper<BookingGroupMapper>;
  BookingSort: BookingSort;
  BookingSortField: ResolverTypeWrapper<'STARTS_AT'>;
  BookingStatus: ResolverTypeWrapper<'BOOKED' | 'IN_USE' | 'RELEASED' | 'CANCELLED'>;
  CloseActivityInput: CloseActivityInput;
  ClosingReport: ResolverTypeWrapper<ClosingReportMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Enterprise: ResolverTypeWrapper<EnterpriseMapper>;
  EnterpriseParticipation: ResolverTypeWrapper<EnterpriseParticipationMapper>;
  EnterpriseRegistrationCount: ResolverTypeWrapper<EnterpriseRegistrationCountMapper>;
  Feedback: ResolverTypeWrapper<FeedbackMapper>;
  FeedbackFigures: ResolverTypeWrapper<FeedbackFigures>;
  KindFeedback: ResolverTypeWrapper<Omit<KindFeedback, 'key' | 'kind'> & { key: ResolversTypes['ActivityKind'], kind: ResolversTypes['ActivityKind'] }>;
  LeaveFeedbackInput: LeaveFeedbackInput;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpeningHours: ResolverTypeWrapper<OpeningHours>;
  OrganiserFeedback: ResolverTypeWrapper<Omit<OrganiserFeedback, 'key' | 'organiserKind'> & { key: ResolversTypes['OrganiserKind'], organiserKind: ResolversTypes['OrganiserKind'] }>;
  OrganiserKind: ResolverTypeWrapper<'ALLIANCE' | 'WORKSTATION' | 'PARTY_ORGANISATION'>;
  OrganiserKindCount: ResolverTypeWrapper<Omit<OrganiserKindCount, 'key' | 'organiserKind'> & { key: ResolversTypes['OrganiserKind'], organiserKind: ResolversTypes['OrganiserKind'] }>;
  OutcomeDeliveryState: ResolverTypeWrapper<'PENDING' | 'CREATED' | 'NOT_APPLICABLE'>;
  OutcomeKind: ResolverTypeWrapper<'NEED_RAISED' | 'RISK_FOUND' | 'NOTE'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: ResolverTypeWrapper<PiiAuditRecord>;
  PiiAuditRecordConnection: ResolverTypeWrapper<PiiAuditRecordConnection>;
  PiiAuditRecordEdge: ResolverTypeWrapper<PiiAuditRecordEdge>;
  PiiAuditSort: PiiAuditSort;
  PiiAuditSortField: PiiAuditSortField;
  PlanActivityInput: PlanActivityInput;
  PoliceOfficer: ResolverTypeWrapper<PoliceOfficer>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  Registration: ResolverTypeWrapper<RegistrationMapper>;
  RegistrationAggregate: ResolverTypeWrapper<Omit<RegistrationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversTypes['RegistrationGroup']>, totals: ResolversTypes['RegistrationGroup'] }>;
  RegistrationConnection: ResolverTypeWrapper<RegistrationConnectionMapper>;
  RegistrationDimension: ResolverTypeWrapper<'ENTERPRISE' | 'ACTIVITY' | 'ACTIVITY_KIND' | 'STATUS' | 'ATTENDED' | 'TIME' | 'ACTIVITY_TIME'>;
  RegistrationEdge: ResolverTypeWrapper<Omit<RegistrationEdge, 'node'> & { node: ResolversTypes['Registration'] }>;
  RegistrationFilter: RegistrationFilter;
  RegistrationGroup: ResolverTypeWrapper<RegistrationGroupMapper>;
  RegistrationSort: RegistrationSort;
  RegistrationSortField: ResolverTypeWrapper<'REGISTERED_AT'>;
  RegistrationStatus: ResolverTypeWrapper<'CONFIRMED' | 'WAITLISTED' | 'OFFERED' | 'CANCELLED' | 'ATTENDED' | 'NO_SHOW'>;
  ReportOutcome: ResolverTypeWrapper<ReportOutcomeMapper>;
  ReportOutcomeInput: ReportOutcomeInput;
  RiskAlert: ResolverTypeWrapper<RiskAlert>;
  ServiceNeed: ResolverTypeWrapper<ServiceNeed>;
  SortDirection: SortDirection;
  TimeBucket: TimeBucket;
  UpdateActivityInput: UpdateActivityInput;
  Venue: ResolverTypeWrapper<VenueMapper>;
  VenueWeekUtilisation: ResolverTypeWrapper<Omit<VenueWeekUtilisation, 'venue'> & { venue: ResolversTypes['Venue'] }>;
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
  ActivityAggregate: Omit<ActivityAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['ActivityGroup']>, totals: ResolversParentTypes['ActivityGroup'] };
  ActivityConnection: ActivityConnectionMapper;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityGroup: ActivityGroupMapper;
  ActivityKindCount: ActivityKindCount;
  ActivityMaterial: ActivityMaterial;
  ActivityMaterialInput: ActivityMaterialInput;
  ActivityOutcome: ActivityOutcome;
  ActivityPhoto: ActivityPhoto;
  ActivityPhotoInput: ActivityPhotoInput;
  ActivitySort: ActivitySort;
  ActivityStatistics: ActivityStatisticsMapper;
  ActivityStatusCount: ActivityStatusCount;
  ActorStamp: ActorStamp;
  AggregateKey: AggregateKey;
  BookVenueInput: BookVenueInput;
  Booking: BookingMapper;
  BookingAggregate: Omit<BookingAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['BookingGroup']>, totals: ResolversParentTypes['BookingGroup'] };
  BookingConnection: BookingConnectionMapper;
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingFilter: BookingFilter;
  Boolean: Scalars['Boolean']['output'];
  BookingGroup: BookingGroupMapper;
  BookingSort: BookingSort;
  CloseActivityInput: CloseActivityInput;
  ClosingReport: ClosingReportMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Enterprise: EnterpriseMapper;
  EnterpriseParticipation: EnterpriseParticipationMapper;
  EnterpriseRegistrationCount: EnterpriseRegistrationCountMapper;
  Feedback: FeedbackMapper;
  FeedbackFigures: FeedbackFigures;
  KindFeedback: KindFeedback;
  LeaveFeedbackInput: LeaveFeedbackInput;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  OpeningHours: OpeningHours;
  OrganiserFeedback: OrganiserFeedback;
  OrganiserKindCount: OrganiserKindCount;
  PageInfo: PageInfo;
  PiiAuditFilter: PiiAuditFilter;
  PiiAuditRecord: PiiAuditRecord;
  PiiAuditRecordConnection: PiiAuditRecordConnection;
  PiiAuditRecordEdge: PiiAuditRecordEdge;
  PiiAuditSort: PiiAuditSort;
  PlanActivityInput: PlanActivityInput;
  PoliceOfficer: PoliceOfficer;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  Registration: RegistrationMapper;
  RegistrationAggregate: Omit<RegistrationAggregate, 'groups' | 'totals'> & { groups: Array<ResolversParentTypes['RegistrationGroup']>, totals: ResolversParentTypes['RegistrationGroup'] };
  RegistrationConnection: RegistrationConnectionMapper;
  RegistrationEdge: Omit<RegistrationEdge, 'node'> & { node: ResolversParentTypes['Registration'] };
  RegistrationFilter: RegistrationFilter;
  RegistrationGroup: RegistrationGroupMapper;
  RegistrationSort: RegistrationSort;
  ReportOutcome: ReportOutcomeMapper;
  ReportOutcomeInput: ReportOutcomeInput;
  RiskAlert: RiskAlert;
  ServiceNeed: ServiceNeed;
  UpdateActivityInput: UpdateActivityInput;
  Venue: VenueMapper;
  VenueWeekUtilisation: Omit<VenueWeekUtilisation, 'venue'> & { venue: ResolversParentTypes['Venue'] };
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
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkInOpensAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  coOrganisers?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<ActivitycoOrganisersArgs, 'first'>>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  feedback?: Resolver<Array<ResolversTypes['Feedback']>, ParentType, ContextType, RequireFields<ActivityfeedbackArgs, 'first'>>;
  feedbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ActivityMaterial']>, ParentType, ContextType>;
  noShowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organiserEnterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  organiserKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['PoliceOfficer']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ActivityOutcome']>, ParentType, ContextType>;
  registrationClosesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registrationOpensAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, RequireFields<ActivityregistrationsArgs, 'first'>>;
  report?: Resolver<Maybe<ResolversTypes['ClosingReport']>, ParentType, ContextType>;
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

export type ActivityAggregateResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityAggregate'] = ResolversParentTypes['ActivityAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['ActivityGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ActivityGroup'], ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityDimensionResolvers = EnumResolverSignature<{ KIND?: any, ORGANISER_KIND?: any, STATUS?: any, TIME?: any, VENUE?: any }, ResolversTypes['ActivityDimension']>;

export type ActivityEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityGroupResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityGroup'] = ResolversParentTypes['ActivityGroup']> = ResolversObject<{
  activityHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capacityUseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedbackCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  noShowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noShowRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  registeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityKindResolvers = EnumResolverSignature<{ ONE_TO_ONE_CONSULTATION?: any, SYMPOSIUM?: any, THEMATIC_STUDY?: any, THEMED_PARTY_DAY?: any, TRAINING?: any, UNIFIED_ACTIVITY_DAY?: any }, ResolversTypes['ActivityKind']>;

export type ActivityKindCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityKindCount'] = ResolversParentTypes['ActivityKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityMaterialResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityMaterial'] = ResolversParentTypes['ActivityMaterial']> = ResolversObject<{
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityOutcomeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityOutcome'] = ResolversParentTypes['ActivityOutcome']> = ResolversObject<{
  recorded?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityPhotoResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityPhoto'] = ResolversParentTypes['ActivityPhoto']> = ResolversObject<{
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  takenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivitySortFieldResolvers = EnumResolverSignature<{ CAPACITY?: any, STARTS_AT?: any, TITLE?: any }, ResolversTypes['ActivitySortField']>;

export type ActivityStatisticsResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityStatistics'] = ResolversParentTypes['ActivityStatistics']> = ResolversObject<{
  attendanceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['ActivityKindCount']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  byOrganiser?: Resolver<Array<ResolversTypes['OrganiserKindCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['ActivityStatusCount']>, ParentType, ContextType>;
  completedSeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  feedback?: Resolver<ResolversTypes['FeedbackFigures'], ParentType, ContextType>;
  feedbackByKind?: Resolver<Array<ResolversTypes['KindFeedback']>, ParentType, ContextType>;
  feedbackByOrganiser?: Resolver<Array<ResolversTypes['OrganiserFeedback']>, ParentType, ContextType>;
  noShowRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participation?: Resolver<Array<ResolversTypes['EnterpriseParticipation']>, ParentType, ContextType, RequireFields<ActivityStatisticsparticipationArgs, 'first'>>;
  topEnterprises?: Resolver<Array<ResolversTypes['EnterpriseRegistrationCount']>, ParentType, ContextType, RequireFields<ActivityStatisticstopEnterprisesArgs, 'first'>>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venueUtilisation?: Resolver<Array<ResolversTypes['VenueWeekUtilisation']>, ParentType, ContextType, Partial<ActivityStatisticsvenueUtilisationArgs>>;
}>;

export type ActivityStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, COMPLETED?: any, ONGOING?: any, OPEN_FOR_REGISTRATION?: any, PLANNED?: any, PUBLISHED?: any, REGISTRATION_CLOSED?: any }, ResolversTypes['ActivityStatus']>;

export type ActivityStatusCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActivityStatusCount'] = ResolversParentTypes['ActivityStatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActorStampResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ActorStamp'] = ResolversParentTypes['ActorStamp']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AggregateKeyResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['AggregateKey'] = ResolversParentTypes['AggregateKey']> = ResolversObject<{
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BookingResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  booked?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BookingAggregateResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['BookingAggregate'] = ResolversParentTypes['BookingAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['BookingGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['BookingGroup'], ParentType, ContextType>;
}>;

export type BookingConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BookingDimensionResolvers = EnumResolverSignature<{ STATUS?: any, TIME?: any, VENUE?: any }, ResolversTypes['BookingDimension']>;

export type BookingEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
}>;

export type BookingGroupResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['BookingGroup'] = ResolversParentTypes['BookingGroup']> = ResolversObject<{
  activityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedInCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  heldCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  releaseRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  releasedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type BookingSortFieldResolvers = EnumResolverSignature<{ STARTS_AT?: any }, ResolversTypes['BookingSortField']>;

export type BookingStatusResolvers = EnumResolverSignature<{ BOOKED?: any, CANCELLED?: any, IN_USE?: any, RELEASED?: any }, ResolversTypes['BookingStatus']>;

export type ClosingReportResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ClosingReport'] = ResolversParentTypes['ClosingReport']> = ResolversObject<{
  attendeeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attendingEnterprises?: Resolver<Array<ResolversTypes['Enterprise']>, ParentType, ContextType, RequireFields<ClosingReportattendingEnterprisesArgs, 'first'>>;
  closed?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  otherOrganisations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['ReportOutcome']>, ParentType, ContextType, RequireFields<ClosingReportoutcomesArgs, 'first'>>;
  photos?: Resolver<Array<ResolversTypes['ActivityPhoto']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EnterpriseResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Enterprise'] = ResolversParentTypes['Enterprise'], FederationReferenceType extends FederationReferenceTypes['Enterprise'] = FederationReferenceTypes['Enterprise']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enterprise']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activitiesAttended?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<EnterpriseactivitiesAttendedArgs, 'first'>>;
  activitiesAttendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<EnterpriseactivitiesAttendedCountArgs>>;
  activitiesAttendedInLastMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<EnterpriseactivitiesAttendedInLastMonthsArgs, 'months'>>;
  activityRegistrations?: Resolver<Array<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<EnterpriseactivityRegistrationsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastActivityAttendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type EnterpriseParticipationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['EnterpriseParticipation'] = ResolversParentTypes['EnterpriseParticipation']> = ResolversObject<{
  attendanceRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttendedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  noShowRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  noShows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnterpriseRegistrationCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['EnterpriseRegistrationCount'] = ResolversParentTypes['EnterpriseRegistrationCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Feedback'] = ResolversParentTypes['Feedback']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType>;
}>;

export type FeedbackFiguresResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['FeedbackFigures'] = ResolversParentTypes['FeedbackFigures']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KindFeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['KindFeedback'] = ResolversParentTypes['KindFeedback']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MonthCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptOffer?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationacceptOfferArgs, 'expectedVersion' | 'id'>>;
  bookVenue?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationbookVenueArgs, 'input'>>;
  cancelActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcancelActivityArgs, 'expectedVersion' | 'id' | 'reason'>>;
  cancelBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationcancelBookingArgs, 'expectedVersion' | 'id'>>;
  cancelRegistration?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcancelRegistrationArgs, 'expectedVersion' | 'id'>>;
  checkIn?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcheckInArgs, 'expectedVersion' | 'id'>>;
  checkInBooking?: Resolver<ResolversTypes['Booking'], ParentType, ContextType, RequireFields<MutationcheckInBookingArgs, 'expectedVersion' | 'id'>>;
  checkInWithCode?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationcheckInWithCodeArgs, 'activityId' | 'code'>>;
  closeActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcloseActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
  closeRegistration?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcloseRegistrationArgs, 'expectedVersion' | 'id'>>;
  completeActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationcompleteActivityArgs, 'expectedVersion' | 'id' | 'outcome'>>;
  leaveFeedback?: Resolver<ResolversTypes['Feedback'], ParentType, ContextType, RequireFields<MutationleaveFeedbackArgs, 'input'>>;
  openRegistration?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationopenRegistrationArgs, 'expectedVersion' | 'id'>>;
  planActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationplanActivityArgs, 'input'>>;
  publishActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationpublishActivityArgs, 'expectedVersion' | 'id'>>;
  register?: Resolver<ResolversTypes['Registration'], ParentType, ContextType, RequireFields<MutationregisterArgs, 'input'>>;
  retryActivityOutcomes?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationretryActivityOutcomesArgs, 'id'>>;
  startActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationstartActivityArgs, 'expectedVersion' | 'id'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationupdateActivityArgs, 'expectedVersion' | 'id' | 'input'>>;
}>;

export type OpeningHoursResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type OrganiserFeedbackResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['OrganiserFeedback'] = ResolversParentTypes['OrganiserFeedback']> = ResolversObject<{
  averageRating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  organiserKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrganiserKindResolvers = EnumResolverSignature<{ ALLIANCE?: any, PARTY_ORGANISATION?: any, WORKSTATION?: any }, ResolversTypes['OrganiserKind']>;

export type OrganiserKindCountResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['OrganiserKindCount'] = ResolversParentTypes['OrganiserKindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organiserKind?: Resolver<ResolversTypes['OrganiserKind'], ParentType, ContextType>;
  organiserKindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OutcomeDeliveryStateResolvers = EnumResolverSignature<{ CREATED?: any, NOT_APPLICABLE?: any, PENDING?: any }, ResolversTypes['OutcomeDeliveryState']>;

export type OutcomeKindResolvers = EnumResolverSignature<{ NEED_RAISED?: any, NOTE?: any, RISK_FOUND?: any }, ResolversTypes['OutcomeKind']>;

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
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryactivitiesArgs, 'first'>>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType, RequireFields<QueryactivityArgs, 'id'>>;
  activityAggregate?: Resolver<ResolversTypes['ActivityAggregate'], ParentType, ContextType, RequireFields<QueryactivityAggregateArgs, 'groupBy' | 'timeBucket'>>;
  activityStatistics?: Resolver<ResolversTypes['ActivityStatistics'], ParentType, ContextType, Partial<QueryactivityStatisticsArgs>>;
  bookingAggregate?: Resolver<ResolversTypes['BookingAggregate'], ParentType, ContextType, RequireFields<QuerybookingAggregateArgs, 'groupBy' | 'timeBucket'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QuerybookingsArgs, 'first'>>;
  registration?: Resolver<Maybe<ResolversTypes['Registration']>, ParentType, ContextType, RequireFields<QueryregistrationArgs, 'id'>>;
  registrationAggregate?: Resolver<ResolversTypes['RegistrationAggregate'], ParentType, ContextType, RequireFields<QueryregistrationAggregateArgs, 'groupBy' | 'timeBucket'>>;
  registrations?: Resolver<ResolversTypes['RegistrationConnection'], ParentType, ContextType, RequireFields<QueryregistrationsArgs, 'first'>>;
  venue?: Resolver<Maybe<ResolversTypes['Venue']>, ParentType, ContextType, RequireFields<QueryvenueArgs, 'id'>>;
  venues?: Resolver<Array<ResolversTypes['Venue']>, ParentType, ContextType>;
}>;

export type RegistrationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Registration'] = ResolversParentTypes['Registration'], FederationReferenceType extends FederationReferenceTypes['Registration'] = FederationReferenceTypes['Registration']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Registration']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkInCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  checkInCodeUsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  checkedInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enterprise?: Resolver<ResolversTypes['Enterprise'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerExpiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  offerExpiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  offeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RegistrationStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['ActorStamp'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationAggregateResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationAggregate'] = ResolversParentTypes['RegistrationAggregate']> = ResolversObject<{
  groups?: Resolver<Array<ResolversTypes['RegistrationGroup']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['RegistrationGroup'], ParentType, ContextType>;
}>;

export type RegistrationConnectionResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationConnection'] = ResolversParentTypes['RegistrationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RegistrationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationDimensionResolvers = EnumResolverSignature<{ ACTIVITY?: any, ACTIVITY_KIND?: any, ACTIVITY_TIME?: any, ATTENDED?: any, ENTERPRISE?: any, STATUS?: any, TIME?: any }, ResolversTypes['RegistrationDimension']>;

export type RegistrationEdgeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationEdge'] = ResolversParentTypes['RegistrationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Registration'], ParentType, ContextType>;
}>;

export type RegistrationGroupResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RegistrationGroup'] = ResolversParentTypes['RegistrationGroup']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  attendanceRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancelledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['AggregateKey']>, ParentType, ContextType>;
  noShowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noShowRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  seatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  waitlistedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RegistrationSortFieldResolvers = EnumResolverSignature<{ REGISTERED_AT?: any }, ResolversTypes['RegistrationSortField']>;

export type RegistrationStatusResolvers = EnumResolverSignature<{ ATTENDED?: any, CANCELLED?: any, CONFIRMED?: any, NO_SHOW?: any, OFFERED?: any, WAITLISTED?: any }, ResolversTypes['RegistrationStatus']>;

export type ReportOutcomeResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ReportOutcome'] = ResolversParentTypes['ReportOutcome']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryState?: Resolver<ResolversTypes['OutcomeDeliveryState'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enterprise?: Resolver<Maybe<ResolversTypes['Enterprise']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  kindLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  needCategory?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  riskAlert?: Resolver<Maybe<ResolversTypes['RiskAlert']>, ParentType, ContextType>;
  riskType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceNeed?: Resolver<Maybe<ResolversTypes['ServiceNeed']>, ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RiskAlertResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['RiskAlert'] = ResolversParentTypes['RiskAlert']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ServiceNeedResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['ServiceNeed'] = ResolversParentTypes['ServiceNeed']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type VenueResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['Venue'] = ResolversParentTypes['Venue'], FederationReferenceType extends FederationReferenceTypes['Venue'] = FederationReferenceTypes['Venue']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Venue']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<Array<ResolversTypes['Booking']>, ParentType, ContextType, RequireFields<VenuebookingsArgs, 'first'>>;
  equipment?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['OpeningHours'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VenueWeekUtilisationResolvers<ContextType = ActivitiesContext, ParentType extends ResolversParentTypes['VenueWeekUtilisation'] = ResolversParentTypes['VenueWeekUtilisation']> = ResolversObject<{
  bookedMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  utilisationRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['Venue'], ParentType, ContextType>;
  week?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = ActivitiesContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityAggregate?: ActivityAggregateResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityDimension?: ActivityDimensionResolvers;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityGroup?: ActivityGroupResolvers<ContextType>;
  ActivityKind?: ActivityKindResolvers;
  ActivityKindCount?: ActivityKindCountResolvers<ContextType>;
  ActivityMaterial?: ActivityMaterialResolvers<ContextType>;
  ActivityOutcome?: ActivityOutcomeResolvers<ContextType>;
  ActivityPhoto?: ActivityPhotoResolvers<ContextType>;
  ActivitySortField?: ActivitySortFieldResolvers;
  ActivityStatistics?: ActivityStatisticsResolvers<ContextType>;
  ActivityStatus?: ActivityStatusResolvers;
  ActivityStatusCount?: ActivityStatusCountResolvers<ContextType>;
  ActorStamp?: ActorStampResolvers<ContextType>;
  AggregateKey?: AggregateKeyResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingAggregate?: BookingAggregateResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingDimension?: BookingDimensionResolvers;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingGroup?: BookingGroupResolvers<ContextType>;
  BookingSortField?: BookingSortFieldResolvers;
  BookingStatus?: BookingStatusResolvers;
  ClosingReport?: ClosingReportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Enterprise?: EnterpriseResolvers<ContextType>;
  EnterpriseParticipation?: EnterpriseParticipationResolvers<ContextType>;
  EnterpriseRegistrationCount?: EnterpriseRegistrationCountResolvers<ContextType>;
  Feedback?: FeedbackResolvers<ContextType>;
  FeedbackFigures?: FeedbackFiguresResolvers<ContextType>;
  KindFeedback?: KindFeedbackResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  OrganiserFeedback?: OrganiserFeedbackResolvers<ContextType>;
  OrganiserKind?: OrganiserKindResolvers;
  OrganiserKindCount?: OrganiserKindCountResolvers<ContextType>;
  OutcomeDeliveryState?: OutcomeDeliveryStateResolvers;
  OutcomeKind?: OutcomeKindResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  PiiAuditRecord?: PiiAuditRecordResolvers<ContextType>;
  PiiAuditRecordConnection?: PiiAuditRecordConnectionResolvers<ContextType>;
  PiiAuditRecordEdge?: PiiAuditRecordEdgeResolvers<ContextType>;
  PoliceOfficer?: PoliceOfficerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Registration?: RegistrationResolvers<ContextType>;
  RegistrationAggregate?: RegistrationAggregateResolvers<ContextType>;
  RegistrationConnection?: RegistrationConnectionResolvers<ContextType>;
  RegistrationDimension?: RegistrationDimensionResolvers;
  RegistrationEdge?: RegistrationEdgeResolvers<ContextType>;
  RegistrationGroup?: RegistrationGroupResolvers<ContextType>;
  RegistrationSortField?: RegistrationSortFieldResolvers;
  RegistrationStatus?: RegistrationStatusResolvers;
  ReportOutcome?: ReportOutcomeResolvers<ContextType>;
  RiskAlert?: RiskAlertResolvers<ContextType>;
  ServiceNeed?: ServiceNeedResolvers<ContextType>;
  Venue?: VenueResolvers<ContextType>;
  VenueWeekUtilisation?: VenueWeekUtilisationResolvers<ContextType>;
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
