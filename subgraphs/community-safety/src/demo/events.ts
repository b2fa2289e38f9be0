import { demoId, pick, randomInt, seededRandom } from '@pecg/demo';
import { dayKey, monthKey } from '@pecg/common';
import type { DeviceDoc, EventKind, SensingEventDoc } from '../models';
import { SEED_ACTOR } from './devices';

/** Article 2: "about 5 000 sensing records a day". */
export const DEMO_EVENTS_PER_DAY = 5000;

/** What the platform reports, weighted: crowding and closed-lane vehicles on the water street dominate. */
const KINDS: Array<[EventKind, number]> = [
  ['CROWD_DENSITY', 38],
  ['VEHICLE_IN_CLOSED_LANE', 20],
  ['ABNORMAL_GATHERING', 10],
  ['INTRUSION', 9],
  ['DEVICE_FAULT', 10],
  ['FALL', 6],
  ['FIRE_SMOKE', 4],
  ['FIGHT', 3],
];
const WEIGHTS = KINDS.reduce((sum, [, w]) => sum + w, 0);

function kindOf(random: () => number): EventKind {
  let at = random() * WEIGHTS;
  for (const [kind, weight] of KINDS) if ((at -= weight) < 0) return kind;
  return 'CROWD_DENSITY';
}

/** Every 600th event of a past day became an incident (the seed writes those incidents too). */
export const ESCALATE_EVERY = 600;

/**
 * One day of sensing events (deterministic for a day key): mostly from the AI cameras and eagle-eyes,
 * at tourist hours (09:00–22:00 CST) more than at night. Past days are triaged (dismissed after a
 * check, every ESCALATE_EVERY-th escalated); `today` stays untriaged.
 */
export function demoEventsOfDay(day: string, devices: DeviceDoc[], count: number, today: boolean): SensingEventDoc[] {
  const random = seededRandom(Number(day.replace(/-/g, '')));
  const smart = devices.filter((d) => d.kind !== 'HD_CAMERA');
  const start = new Date(`${day}T00:00:00+08:00`).getTime();
  const events: SensingEventDoc[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = kindOf(random);
    const device = kind === 'DEVICE_FAULT' ? pick(random, devices) : pick(random, smart);
    const hour = random() < 0.8 ? randomInt(random, 9, 21) : randomInt(random, 0, 23);
    const occurredAt = new Date(start + hour * 3600_000 + randomInt(random, 0, 3599) * 1000);
    const escalated = !today && i % ESCALATE_EVERY === 17;
    const platformEventId = `YF-${day.replace(/-/g, '')}-${String(i + 1).padStart(5, '0')}`;
    events.push({
      _id: demoId(`cs-event-${day}`, i + 1),
      platformEventId,
      deviceId: device._id,
      deviceCode: device.code,
      deviceKind: device.kind,
      gridId: device.gridId ?? null,
      kind,
      occurredAt,
      receivedAt: new Date(occurredAt.getTime() + randomInt(random, 1, 20) * 1000),
      occurredDay: day,
      occurredMonth: monthKey(occurredAt),
      value: kind === 'CROWD_DENSITY' ? Math.round((2 + random() * 4) * 10) / 10 : null,
      mediaRef: `vms://baihutan/${device.code.toLowerCase()}/clip/${platformEventId.toLowerCase()}`,
      triage: today ? 'NEW' : escalated ? 'ESCALATED' : 'DISMISSED',
      triageReason: today ? null : escalated ? '现场核实属实，转事件处置' : '视频复核无异常',
      triaged: today ? null : { ...SEED_ACTOR, at: new Date(occurredAt.getTime() + 10 * 60_000) },
      incidentId: escalated ? demoId(`cs-incident-${day}`, i + 1) : null,
    });
  }
  return events;
}

/** The CST days of the demo month: the `days` days ending today (today last). */
export function demoDays(now: Date, days: number): string[] {
  const today = new Date(`${dayKey(now)}T00:00:00+08:00`).getTime();
  return Array.from({ length: days }, (_, i) => dayKey(new Date(today - (days - 1 - i) * 86_400_000)));
}
