import { dayKey, ForbiddenError, monthKey, requireRole, ValidationError } from '@pecg/common';
import type { CommunitySafetyContext } from '../context';
import type { CommunitySafetyModels, SensingEventDoc } from '../models';
import { MAX_BATCH, sensingEventInput } from '../validation';
import { isPlatform, POLICY } from './policy';

/** How far ahead of the server clock a device's clock may run (drift), in milliseconds. */
export const CLOCK_DRIFT_MS = 5 * 60_000;

export interface RejectedEvent {
  index: number;
  platformEventId: string | null;
  field: string;
  reason: string;
}
export interface IngestionReport {
  accepted: number;
  duplicates: number;
  rejected: RejectedEvent[];
}

/**
 * Stores a batch pushed by the platform (the mutation and POST /platform/sensing-events share this).
 * Each event is checked on its own — unknown device, time in the future, unknown kind, bad fields —
 * and refused with its reason; the rest of the batch is stored in one unordered bulk insert. The
 * platform's event id is unique: a repeated push (a retry) is counted as a duplicate and changes
 * nothing. Two round trips per batch: the devices by code, then the insert.
 */
export async function ingestSensingEvents(ctx: CommunitySafetyContext, events: unknown): Promise<IngestionReport> {
  requireRole(ctx.caller, POLICY.ingest, 'push sensing events');
  if (!isPlatform(ctx.caller))
    throw new ForbiddenError(`Only the cloud prevention platform's service identity pushes sensing events (department ${ctx.caller.department})`);
  return ingestBatch(ctx.models, events, new Date());
}

export async function ingestBatch(models: CommunitySafetyModels, events: unknown, now: Date): Promise<IngestionReport> {
  if (!Array.isArray(events)) throw new ValidationError('events: must be a list of sensing events', { field: 'events', value: typeof events });
  if (events.length === 0 || events.length > MAX_BATCH)
    throw new ValidationError(`events: a batch holds 1 to ${MAX_BATCH} events (got ${events.length})`, { field: 'events', value: events.length });
  const rejected: RejectedEvent[] = [];
  const parsed: Array<{ index: number; data: ReturnType<typeof sensingEventInput.parse> }> = [];
  events.forEach((raw, index) => {
    const result = sensingEventInput.safeParse(raw);
    const platformEventId =
      typeof (raw as { platformEventId?: unknown })?.platformEventId === 'string' ? (raw as { platformEventId: string }).platformEventId : null;
    if (!result.success) {
      const issue = result.error.issues[0];
      rejected.push({ index, platformEventId, field: `events[${index}].${issue.path.join('.') || 'event'}`, reason: issue.message });
    } else if (result.data.occurredAt.getTime() > now.getTime() + CLOCK_DRIFT_MS) {
      rejected.push({
        index,
        platformEventId,
        field: `events[${index}].occurredAt`,
        reason: `is in the future (${result.data.occurredAt.toISOString()}; server time ${now.toISOString()})`,
      });
    } else parsed.push({ index, data: result.data });
  });
  const codes = [...new Set(parsed.map((p) => p.data.deviceCode))];
  const devices = codes.length ? await models.Device.find({ code: { $in: codes } }, { code: 1, kind: 1, gridId: 1 }).lean() : [];
  const deviceByCode = new Map(devices.map((d) => [d.code, d]));
  const docs: Array<Omit<SensingEventDoc, '_id'>> = [];
  const seen = new Set<string>();
  let duplicates = 0;
  for (const { index, data } of parsed) {
    const device = deviceByCode.get(data.deviceCode);
    if (!device) {
      rejected.push({ index, platformEventId: data.platformEventId, field: `events[${index}].deviceCode`, reason: `no device with code "${data.deviceCode}"` });
      continue;
    }
    if (seen.has(data.platformEventId)) {
      duplicates += 1; // the same id twice in one batch
      continue;
    }
    seen.add(data.platformEventId);
    docs.push({
      platformEventId: data.platformEventId,
      deviceId: device._id,
      deviceCode: data.deviceCode,
      deviceKind: device.kind,
      gridId: device.gridId ?? null,
      kind: data.kind,
      occurredAt: data.occurredAt,
      receivedAt: now,
      occurredDay: dayKey(data.occurredAt),
      occurredMonth: monthKey(data.occurredAt),
      value: data.value ?? null,
      mediaRef: data.mediaRef ?? null,
      triage: 'NEW',
      triageReason: null,
      triaged: null,
      incidentId: null,
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  if (!docs.length) return { accepted: 0, duplicates, rejected };
  try {
    const inserted = await models.SensingEvent.insertMany(docs, { ordered: false, lean: true });
    return { accepted: inserted.length, duplicates, rejected };
  } catch (error) {
    const bulk = error as {
      code?: number;
      insertedDocs?: unknown[];
      writeErrors?: Array<{ code?: number; err?: { code?: number } }>;
      result?: { insertedCount?: number };
    };
    const writeErrors = bulk.writeErrors ?? (bulk.code === 11000 ? [{ code: 11000 }] : null);
    if (!writeErrors || writeErrors.some((e) => (e.code ?? e.err?.code) !== 11000)) throw error;
    const accepted = bulk.insertedDocs?.length ?? bulk.result?.insertedCount ?? docs.length - writeErrors.length;
    return { accepted, duplicates: duplicates + writeErrors.length, rejected };
  }
}
