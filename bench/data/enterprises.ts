import { DEMO_PARK, demoId, demoOfficerId, insertInBatches, pick, randomInt, seededRandom } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import {
  demoEnterprise,
  oneOfficerSlot,
  personName,
  SEVERITY_RANK,
  SERVICE_NEED_CATEGORIES,
  RISK_ALERT_TYPES,
  RISK_SEVERITIES,
  type EnterpriseDoc,
  type EnterprisesModels,
  type OfficerAssignmentDoc,
  type PartyOrganizationDoc,
  type RiskAlertDoc,
  type ServiceNeedDoc,
} from '@pecg/enterprises';
// demoEnterprise is the demo park's enterprise generator: the bench continues its numbering (n > 122),
// so every required field the enterprises team adds to the model is filled the same way as in the seed.

export interface EnterpriseBenchOptions {
  /** Enterprises in total; the bench adds numbers DEMO_PARK.enterpriseCount+1 … enterprises. */
  enterprises: number;
  seed: number;
  /** Called after each chunk with the number of enterprises written so far. */
  onProgress?: (done: number) => void;
}

const BENCH_ACTOR: ActorStamp = { subject: 'bench', role: 'ADMIN', name: '基准数据', at: new Date('2024-01-01T00:00:00Z') };
const CHUNK = 1_000;
const NEED_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'DECLINED'] as const;
const ALERT_STATUSES = ['DETECTED', 'TRIAGED', 'NOTIFIED', 'CLOSED'] as const;

function benchEnterprise(n: number, random: () => number): EnterpriseDoc {
  const base = demoEnterprise(n);
  const category = n % 5 === 0 ? 'ABOVE_SCALE' : n % 10 === 1 ? 'OTHER' : 'SMALL_MICRO_TECH';
  const member = n % 3 === 0;
  // above-scale firms are outside the incubator (as in the roster); the others are incubator-style firms
  const inIncubator = category === 'SMALL_MICRO_TECH';
  return {
    ...base,
    category,
    inIncubator,
    park: inIncubator ? base.park : '眉山高新区(甘眉园区)',
    employeeCount: category === 'ABOVE_SCALE' ? randomInt(random, 120, 900) : randomInt(random, 3, 80),
    allianceMember: member,
    alliance: member
      ? {
          joinedOn: new Date(DEMO_PARK.allianceFoundedOn.getTime() + (n % 700) * 86_400_000),
          role: 'MEMBER',
          liaison: { name: personName(n + 3), phone: base.contacts[0]?.phone ?? '13900000000' },
          leftOn: null,
        }
      : null,
    created: BENCH_ACTOR,
    updated: BENCH_ACTOR,
  };
}

/**
 * Bulk-inserts deterministic bench data into the enterprises database: enterprises 123…N (the demo
 * park is 1…122), a party organisation for every alliance member, a 一企一警 assignment for every
 * above-scale enterprise (to the 12 demo officers), 0–3 service needs and 0–2 risk alerts each.
 * Ids are demoEnterpriseId(n) and demoId('bench-…', n); documents already present are skipped.
 */
export async function generateEnterprisesBenchData(models: EnterprisesModels, options: EnterpriseBenchOptions): Promise<Record<string, number>> {
  const random = seededRandom(options.seed);
  const counts = { enterprises: 0, partyOrganizations: 0, assignments: 0, serviceNeeds: 0, riskAlerts: 0 };
  let needNo = 0;
  let alertNo = 0;
  for (let from = DEMO_PARK.enterpriseCount + 1; from <= options.enterprises; from += CHUNK) {
    const to = Math.min(options.enterprises, from + CHUNK - 1);
    const enterprises: EnterpriseDoc[] = [];
    const parties: PartyOrganizationDoc[] = [];
    const assignments: OfficerAssignmentDoc[] = [];
    const needs: ServiceNeedDoc[] = [];
    const alerts: RiskAlertDoc[] = [];
    for (let n = from; n <= to; n += 1) {
      const enterprise = benchEnterprise(n, random);
      enterprises.push(enterprise);
      const officerId = demoOfficerId(((n - 1) % DEMO_PARK.officerCount) + 1);
      if (enterprise.allianceMember) {
        parties.push({
          _id: demoId('bench-party-organization', n),
          enterpriseId: enterprise._id,
          name: `中共${enterprise.name}支部委员会`,
          type: 'BRANCH',
          memberCount: randomInt(random, 3, 40),
          secretary: personName(n + 7),
          version: 1,
          updated: BENCH_ACTOR,
        });
      }
      if (enterprise.category === 'ABOVE_SCALE') {
        assignments.push({
          _id: demoId('bench-assignment', n),
          enterpriseId: enterprise._id,
          officerId,
          kind: 'ONE_ENTERPRISE_ONE_OFFICER',
          projectName: null,
          startedOn: DEMO_PARK.allianceFoundedOn,
          endedOn: null,
          slot: oneOfficerSlot(enterprise._id),
          assigned: BENCH_ACTOR,
          ended: null,
          version: 1,
        });
      }
      for (let k = randomInt(random, 0, 3); k > 0; k -= 1) {
        needNo += 1;
        const raisedAt = new Date(Date.UTC(2023, 0, 1) + randomInt(random, 0, 700) * 86_400_000);
        const status = pick(random, NEED_STATUSES);
        const stamp = { ...BENCH_ACTOR, at: raisedAt };
        needs.push({
          _id: demoId('bench-service-need', needNo),
          enterpriseId: enterprise._id,
          category: pick(random, SERVICE_NEED_CATEGORIES),
          description: '基准数据：企业服务需求',
          status,
          resolution: status === 'RESOLVED' || status === 'DECLINED' ? '基准数据：已处理' : null,
          raised: stamp,
          started: status === 'OPEN' ? null : stamp,
          resolved: status === 'RESOLVED' || status === 'DECLINED' ? stamp : null,
          raisedAt,
          raisedMonth: monthKey(raisedAt),
          version: 1,
        });
      }
      if (random() < 0.3) {
        for (let k = randomInt(random, 1, 2); k > 0; k -= 1) {
          alertNo += 1;
          const raisedAt = new Date(Date.UTC(2023, 0, 1) + randomInt(random, 0, 700) * 86_400_000);
          const severity = pick(random, RISK_SEVERITIES);
          alerts.push({
            _id: demoId('bench-risk-alert', alertNo),
            enterpriseId: enterprise._id,
            type: pick(random, RISK_ALERT_TYPES),
            severity,
            severityRank: SEVERITY_RANK[severity],
            description: '基准数据：风险预警',
            source: '企业运营环境监测',
            evidence: null,
            raisedByOfficerId: officerId,
            status: pick(random, ALERT_STATUSES),
            acknowledgedAt: null,
            dismissalReason: null,
            mitigation: null,
            lossAvoidedYuan: null,
            raised: { ...BENCH_ACTOR, at: raisedAt },
            updated: { ...BENCH_ACTOR, at: raisedAt },
            raisedAt,
            raisedMonth: monthKey(raisedAt),
            version: 1,
          });
        }
      }
    }
    const rows = (docs: object[]) => docs as unknown as Record<string, unknown>[];
    const [e, p, a, s, r] = await Promise.all([
      insertInBatches(models.Enterprise, rows(enterprises)),
      insertInBatches(models.PartyOrganization, rows(parties)),
      insertInBatches(models.OfficerAssignment, rows(assignments)),
      insertInBatches(models.ServiceNeed, rows(needs)),
      insertInBatches(models.RiskAlert, rows(alerts)),
    ]);
    counts.enterprises += e;
    counts.partyOrganizations += p;
    counts.assignments += a;
    counts.serviceNeeds += s;
    counts.riskAlerts += r;
    options.onProgress?.(to);
  }
  return counts;
}
