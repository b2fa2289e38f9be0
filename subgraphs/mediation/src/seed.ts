import { upsertDemoDocuments } from '@pecg/demo';
import { demoConsultations } from './demo/consultations';
import { demoDisputes } from './demo/disputes';
import { demoDutyShifts, demoVolunteers } from './demo/people';
import { DEMO_COMMUNITIES, DEMO_GRIDS } from './demo/places';
import type { MediationModels } from './models';

export { DEMO_VOLUNTEER_COUNT, BAIHUTAN_FORCE_COUNT } from './demo/people';

/**
 * Demo data: 白虎滩社区 and the park with their grids; the park's force of 620 in the park and 白虎滩's own
 * 40 in 白虎滩; a year of disputes (December 2025 – November 2026) of every kind, source and state, each
 * built by walking the life cycle so that its dates agree; duty shifts; consultations, some followed by
 * a dispute.
 */
export async function seedDemo(models: MediationModels): Promise<{ created: number }> {
  const disputes = demoDisputes();
  const consultations = demoConsultations(
    (grid, at) =>
      disputes.filter((d) => d.gridId?.equals(DEMO_GRIDS[grid - 1]._id) && d.reportedAt > at).sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime())[0]
        ?._id ?? null,
  );
  const counts = await Promise.all([
    upsertDemoDocuments(models.Community, DEMO_COMMUNITIES),
    upsertDemoDocuments(models.Grid, DEMO_GRIDS),
    upsertDemoDocuments(models.Volunteer, demoVolunteers()),
    upsertDemoDocuments(models.DutyShift, demoDutyShifts()),
    // Demo disputes written by the first skeleton (no version / status) are brought up to date.
    upsertDemoDocuments(models.Dispute, disputes, { version: { $exists: false } }),
    upsertDemoDocuments(models.LegalConsultation, consultations),
  ]);
  return { created: counts.reduce((sum, n) => sum + n, 0) };
}
