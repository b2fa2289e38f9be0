import { upsertDemoDocuments } from '@pecg/demo';
import { buildDemo } from './demo/build';
import type { ActivitiesModels } from './models';

/**
 * Demo data: the four rooms with their seats, equipment and hours; a year of activities of every kind
 * (the 2023-08-07 IP-protection training with 24 enterprise heads, the September 2022 集中学习 of the
 * investment-warning story whose closing report links the risk alert the enterprises seed creates),
 * their bookings, registrations of the roster's enterprises (alliance members most), waitlists with an
 * offer and a lapsed one, no-shows, closing reports and per-attendee feedback.
 */
export async function seedDemo(models: ActivitiesModels): Promise<{ created: number }> {
  const docs = buildDemo();
  // Demo documents written by earlier seeds (no version, no person identity, no organiser) are brought up to date.
  const counts = await Promise.all([
    upsertDemoDocuments(models.Venue, docs.venues, { $or: [{ seats: { $exists: false } }, { openingHours: { $exists: false } }] }),
    upsertDemoDocuments(models.Booking, docs.bookings),
    upsertDemoDocuments(models.BookingSlot, docs.slots),
    upsertDemoDocuments(models.Activity, docs.activities, { $or: [{ version: { $exists: false } }, { organiserKind: { $exists: false } }] }),
    upsertDemoDocuments(models.Registration, docs.registrations, { $or: [{ version: { $exists: false } }, { personKey: { $exists: false } }] }),
    upsertDemoDocuments(models.Feedback, docs.feedback),
  ]);
  return { created: counts.reduce((sum, n) => sum + n, 0) };
}
