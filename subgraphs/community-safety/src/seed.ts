import { demoEnterpriseId, demoId, upsertDemoDocuments } from '@pecg/demo';
import { config, monthKey } from '@pecg/common';
import type { Types } from 'mongoose';
import type { CommunitySafetyModels, IncidentDoc, SensingEventDoc } from './models';
import { demoDevices, SEED_ACTOR } from './demo/devices';
import { DEMO_EVENTS_PER_DAY, demoDays, demoEventsOfDay } from './demo/events';
import { demoLostPersonCases, demoOwner, demoRoutes, demoShifts, parkFindingEnterprise } from './demo/people';
import { EVENT_KIND_LABELS } from './labels';
import { handlingTimes } from './services/incidents';

/** Days of sensing events the demo holds (COMMUNITY_SAFETY_DEMO_EVENT_DAYS, default 30: ≈150 000 events; the jest setup uses 1). */
export function demoEventDays(): number {
  return config.integer('COMMUNITY_SAFETY_DEMO_EVENT_DAYS', 30, 1, 90);
}

function incidentOf(event: SensingEventDoc, device: { placeName: string; gridId?: Types.ObjectId | null } | undefined, n: number): IncidentDoc {
  const stamp = event.triaged ?? { ...SEED_ACTOR, at: event.occurredAt };
  const resolvedAt = new Date(event.occurredAt.getTime() + 90 * 60_000);
  const closedAt = new Date(resolvedAt.getTime() + 3600_000);
  const placeName = device?.placeName ?? event.deviceCode;
  return {
    _id: event.incidentId!,
    title: `${EVENT_KIND_LABELS[event.kind]}：${placeName}`,
    kind: event.kind,
    severity: event.kind === 'FIGHT' || event.kind === 'FIRE_SMOKE' ? 'HIGH' : 'MEDIUM',
    status: 'CLOSED',
    source: 'SENSING_EVENT',
    sourceEventId: event._id,
    sourceShiftId: null,
    deviceId: event.deviceId,
    placeName,
    gridId: device?.gridId ?? null,
    enterpriseId: null,
    ownerOfficerId: demoOwner(n),
    disputeId: null,
    riskAlertId: null,
    occurredAt: event.occurredAt,
    occurredMonth: event.occurredMonth,
    resolution: '到场处置完毕',
    ...handlingTimes(event, 'RESOLVED', resolvedAt),
    ...handlingTimes(event, 'CLOSED', closedAt),
    timeline: [
      { from: null, to: 'OPEN', reason: event.triageReason, actor: stamp, at: stamp.at },
      {
        from: 'OPEN',
        to: 'HANDLING',
        reason: null,
        actor: { ...stamp, at: new Date(stamp.at.getTime() + 5 * 60_000) },
        at: new Date(stamp.at.getTime() + 5 * 60_000),
      },
      { from: 'HANDLING', to: 'RESOLVED', reason: '到场处置完毕', actor: { ...stamp, at: resolvedAt }, at: resolvedAt },
      {
        from: 'RESOLVED',
        to: 'CLOSED',
        reason: '回访无异常',
        actor: { ...stamp, at: new Date(resolvedAt.getTime() + 3600_000) },
        at: new Date(resolvedAt.getTime() + 3600_000),
      },
    ],
    created: stamp,
    updated: { ...stamp, at: new Date(resolvedAt.getTime() + 3600_000) },
    version: 4,
  };
}

/**
 * Events (and the incidents escalated from them) stored before events carried their device's kind and
 * grid get them from their device: one indexed check when there is nothing to do.
 */
async function backfillDeviceFields(models: CommunitySafetyModels): Promise<void> {
  if (!(await models.SensingEvent.exists({ deviceKind: null }))) return;
  for (const device of await models.Device.find({}, { kind: 1, gridId: 1 }).lean()) {
    await models.SensingEvent.updateMany({ deviceId: device._id, deviceKind: null }, { $set: { deviceKind: device.kind, gridId: device.gridId ?? null } });
    if (device.gridId) await models.Incident.updateMany({ deviceId: device._id, gridId: null }, { $set: { gridId: device.gridId } });
  }
}

/**
 * Demo data of 白虎滩社区's platform (deterministic; a second run creates nothing): the 136 + 5 + 23
 * devices, the last `demoEventDays()` days of sensing events at the article's ≈5 000 a day (bulk
 * loaded a day at a time; a day already loaded is skipped), the incidents escalated from them, the
 * lost-person searches, and a month of patrols and inspections of the volunteer force.
 */
export async function seedDemo(models: CommunitySafetyModels, now = new Date()): Promise<{ created: number }> {
  const devices = demoDevices();
  let created = await upsertDemoDocuments(models.Device, devices);
  await backfillDeviceFields(models);
  const deviceOf = new Map(devices.map((d) => [d._id.toHexString(), d]));
  const days = demoDays(now, demoEventDays());
  for (const [i, day] of days.entries()) {
    const today = i === days.length - 1;
    const events = demoEventsOfDay(day, devices, DEMO_EVENTS_PER_DAY, today);
    if (await models.SensingEvent.exists({ platformEventId: events[events.length - 1].platformEventId })) continue;
    try {
      created += (await models.SensingEvent.insertMany(events, { ordered: false, lean: true })).length;
    } catch (error) {
      if ((error as { code?: number; writeErrors?: unknown[] }).writeErrors === undefined && (error as { code?: number }).code !== 11000) throw error;
    }
    const escalated = events.filter((e) => e.incidentId);
    created += await upsertDemoDocuments(
      models.Incident,
      escalated.map((e, k) => incidentOf(e, deviceOf.get(e.deviceId.toHexString()), i * 10 + k)),
    );
  }
  created += await upsertDemoDocuments(models.LostPersonCase, demoLostPersonCases(now));
  created += await upsertDemoDocuments(models.PatrolRoute, demoRoutes());
  const shifts = demoShifts(now, Math.min(30, Math.max(2, demoEventDays())));
  created += await upsertDemoDocuments(models.PatrolShift, shifts);
  const findings: IncidentDoc[] = shifts.flatMap((shift, k) =>
    shift.findings.map((f) => {
      const park = shift.kind === 'SAFETY_INSPECTION';
      const stamp = f.recorded;
      return {
        _id: f.incidentId!,
        title: `${park ? '安全隐患' : '矛盾纠纷'}：${f.description}`,
        kind: park ? 'PATROL_HAZARD' : 'PATROL_DISPUTE',
        severity: 'LOW',
        status: 'RESOLVED',
        source: 'PATROL_FINDING',
        sourceEventId: null,
        sourceShiftId: shift._id,
        deviceId: null,
        placeName: shift.visits[1]?.checkpoint ?? null,
        gridId: shift.gridId,
        enterpriseId: park ? parkFindingEnterprise(k) : null,
        ownerOfficerId: demoOwner(k),
        disputeId: null,
        riskAlertId: null,
        occurredAt: f.at,
        occurredMonth: monthKey(f.at),
        resolution: park ? '督促企业当场清理' : '网格员现场劝导化解',
        ...handlingTimes({ occurredAt: f.at }, 'RESOLVED', stamp.at),
        timeline: [
          { from: null, to: 'OPEN', reason: f.description, actor: stamp, at: stamp.at },
          { from: 'OPEN', to: 'HANDLING', reason: null, actor: stamp, at: stamp.at },
          { from: 'HANDLING', to: 'RESOLVED', reason: park ? '督促企业当场清理' : '网格员现场劝导化解', actor: stamp, at: stamp.at },
        ],
        created: stamp,
        updated: stamp,
        version: 3,
      } satisfies IncidentDoc;
    }),
  );
  created += await upsertDemoDocuments(models.Incident, findings);
  created += await upsertDemoDocuments(models.Incident, enterpriseIncidents(now));
  return { created };
}

/** Incidents recorded at park enterprises by the community police office (whatever the number of demo days). */
function enterpriseIncidents(now: Date): IncidentDoc[] {
  const cases: Array<[n: number, title: string, place: string, daysAgo: number]> = [
    [1, '企业门前车辆违停堵塞消防通道', '园区孵化楼东侧', 2],
    [2, '企业仓库夜间报警器误报', '园区孵化楼地下车库', 5],
    [103, '危险货物运输车辆未按规定路线驶入园区', '园区东门', 9],
  ];
  return cases.map(([n, title, place, daysAgo], i) => {
    const at = new Date(now.getTime() - daysAgo * 86_400_000);
    const stamp = { subject: 'demo-officer', role: 'POLICE' as const, name: '社区民警', at };
    return {
      _id: demoId('cs-enterprise-incident', i + 1),
      title,
      kind: 'OTHER',
      severity: n === 103 ? 'HIGH' : 'LOW',
      status: 'OPEN',
      source: 'MANUAL',
      sourceEventId: null,
      sourceShiftId: null,
      deviceId: null,
      placeName: place,
      enterpriseId: demoEnterpriseId(n),
      ownerOfficerId: demoOwner(i),
      disputeId: null,
      riskAlertId: null,
      occurredAt: at,
      occurredMonth: monthKey(at),
      resolution: null,
      timeline: [{ from: null, to: 'OPEN', reason: null, actor: stamp, at }],
      created: stamp,
      updated: stamp,
      version: 1,
    } satisfies IncidentDoc;
  });
}

/** Ids of the demo's fastest search (found in 30 minutes, article 2). */
export const FASTEST_SEARCH_ID = demoId('cs-lost-person-case', 1);
