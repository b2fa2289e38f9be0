import { ACTIVITY_KIND_LABELS, ACTIVITY_STATUS_LABELS, ORGANISER_KIND_LABELS } from '../../../labels';
import type { ActivityStatisticsResolvers } from '../../types.generated';

/** Count rows are `{ key, label, count }`; the old field names (kind/kindLabel, status/statusLabel, organiserKind/organiserKindLabel) stay as deprecated aliases. */
export const ActivityStatistics: ActivityStatisticsResolvers = {
  total: (s) => s.total(),
  byKind: async (s) =>
    (await s.byKind()).map(({ key, count }) => ({ key, label: ACTIVITY_KIND_LABELS[key], kind: key, kindLabel: ACTIVITY_KIND_LABELS[key], count })),
  byStatus: async (s) =>
    (await s.byStatus()).map(({ key, count }) => ({
      key,
      label: ACTIVITY_STATUS_LABELS[key],
      status: key,
      statusLabel: ACTIVITY_STATUS_LABELS[key],
      count,
    })),
  byOrganiser: async (s) =>
    (await s.byOrganiser()).map(({ key, count }) => ({
      key,
      label: ORGANISER_KIND_LABELS[key],
      organiserKind: key,
      organiserKindLabel: ORGANISER_KIND_LABELS[key],
      count,
    })),
  byMonth: (s) => s.byMonth(),
  completedSeats: async (s) => (await s.attendance()).seats,
  attended: async (s) => (await s.attendance()).attended,
  noShows: async (s) => (await s.attendance()).noShows,
  attendanceRate: (s) => s.attendanceRate(),
  noShowRate: (s) => s.noShowRate(),
  feedback: (s) => s.feedback(),
  feedbackByKind: async (s) =>
    (await s.feedbackByKind()).map((r) => ({ ...r, key: r.kind, label: ACTIVITY_KIND_LABELS[r.kind], kindLabel: ACTIVITY_KIND_LABELS[r.kind] })),
  feedbackByOrganiser: async (s) =>
    (await s.feedbackByOrganiser()).map((r) => ({
      ...r,
      key: r.organiserKind,
      label: ORGANISER_KIND_LABELS[r.organiserKind],
      organiserKindLabel: ORGANISER_KIND_LABELS[r.organiserKind],
    })),
  topEnterprises: (s, { first }) => s.topEnterprises(first),
  participation: (s, { first }) => s.participation(first),
  venueUtilisation: (s, { from, before }) => s.venueUtilisation(from, before),
};
