import { applicantsOf, demoId, seededRandom, upsertDemoDocuments } from '@pecg/demo';
import type { Types } from 'mongoose';
import { type ActorStamp } from '@pecg/common';
import type { ApprovalItemDoc, ApprovalsModels } from '../models';
import { catalogue, measures } from './catalogue';
import { ALL_OUTCOMES, historyRecord, supports, type Outcome } from './history';

export const DEMO_APPLICATION_COUNT = 160;
const FROM = Date.parse('2023-01-03T00:00:00+08:00');
const TO = Date.parse('2024-12-20T00:00:00+08:00');
const OFFICERS = 12;

/**
 * Application i's item and applicant: the items in turn, each applied for by the roster's enterprises
 * of that industry in turn (applicantsOf: a chemical company for 危化品 items, a hotel for 旅馆业, a
 * security company for 保安服务…), never a firm that would not need it.
 */
export function demoPairing(i: number): { item: number; enterprise: number } {
  const item = (i % 19) + 1;
  const applicants = applicantsOf(item);
  return { item, enterprise: applicants[Math.floor(i / 19) % applicants.length] };
}

/** The first application of a kind able to walk each path walks it, so every state is in the demo whatever the dice say. */
function forcedOutcomes(items: ApprovalItemDoc[]): Map<number, Outcome> {
  const forced = new Map<number, Outcome>();
  for (const outcome of ALL_OUTCOMES) {
    for (let i = 0; i < DEMO_APPLICATION_COUNT; i++) {
      if (!forced.has(i) && supports(items[demoPairing(i).item - 1], outcome)) {
        forced.set(i, outcome);
        break;
      }
    }
  }
  return forced;
}

/**
 * The demo data (idempotent: upserts by deterministic ids): the 19 items as the law has them, the 23
 * measures and a history of 160 applications over 2023–2024 from the roster's enterprises, each for an
 * item its industry needs, through every state of its kind — permits decided here (容缺 fulfilled and
 * lapsed with the enterprises' credit marks, supplements, extensions and special procedures), permits
 * forwarded and decided above, filings recorded on receipt — with visits, evaluations and supervision
 * cases, including second visits (最多跑一次) and enterprise reports. Demo documents of the older seed
 * (round-robin pairing, one 20-working-day limit for every item) are replaced.
 */
export async function seedDemo(models: ApprovalsModels): Promise<{ created: number }> {
  const items = catalogue();
  const random = seededRandom(20240301);
  const forced = forcedOutcomes(items);
  const records = Array.from({ length: DEMO_APPLICATION_COUNT }, (_, i) =>
    historyRecord({
      id: demoId('application', i + 1),
      n: i + 1,
      item: items[demoPairing(i).item - 1],
      enterprise: demoPairing(i).enterprise,
      officer: (i % OFFICERS) + 1,
      outcome: forced.get(i),
      from: FROM,
      to: TO,
      random,
    }),
  );
  await replaceOlderDemo(
    models,
    records.map((r) => r.application._id),
  );
  const applications = records.map((r) => r.application);
  const evaluations = records.flatMap((r, i) => (r.evaluation ? [{ _id: demoId('evaluation', i + 1), ...r.evaluation }] : []));
  const cases = records.flatMap((r, i) => [
    ...(r.supervision ? [{ _id: demoId('supervision-case', i + 1), ...r.supervision }] : []),
    ...(r.visitCase ? [{ _id: demoId('visit-case', i + 1), ...r.visitCase }] : []),
  ]);
  const reporter = (n: number): ActorStamp => ({ subject: `enterprise-user-${n}`, role: 'ENTERPRISE', at: new Date(FROM + n * 9 * 86_400_000) });
  const reports = [3, 17, 42, 66, 90].map((n, i) => ({
    _id: demoId('supervision-report', i + 1),
    triggerKey: `report:${demoId('supervision-report', i + 1).toHexString()}`,
    trigger: 'ENTERPRISE_REPORT' as const,
    enterpriseId: applications[n].enterpriseId,
    applicationId: null,
    description: ['消防验收与特种行业许可衔接不畅', '材料清单与窗口要求不一致', '网上申报系统无法上传附件', '跨部门证明难以开具', '办理进度查询不到'][i],
    classification: (['SIMPLE', 'COMPLEX', 'SPECIAL', 'HARD', null] as const)[i],
    status: (['ARCHIVED', 'RECTIFIED', 'INVESTIGATING', 'INVESTIGATING', 'OPEN'] as const)[i],
    dueDate: new Date(reporter(n).at.getTime() + 14 * 86_400_000),
    escalated: i === 3,
    finding: i < 2 ? '工作站与消防部门信息未共享' : null,
    responsibleParty: i < 2 ? '万象警务工作站' : null,
    rectification: i < 2 ? '建立联审联办机制' : null,
    feedback: i < 2 ? '已向企业书面反馈' : null,
    opened: reporter(n),
    openedAt: reporter(n).at,
    openedMonth: `${new Date(reporter(n).at.getTime() + 8 * 3600_000).toISOString().slice(0, 7)}`,
    closed: i < 2 ? { ...reporter(n), subject: 'officer-1', role: 'POLICE' as const } : null,
    // the first officer action (measure #23): within 24 hours but for the third report; the open one has none
    firstResponse:
      i < 4 ? { subject: 'officer-1', role: 'POLICE' as const, name: '民警1', at: new Date(reporter(n).at.getTime() + [3, 5, 30, 20][i] * 3600_000) } : null,
    firstResponseAt: i < 4 ? new Date(reporter(n).at.getTime() + [3, 5, 30, 20][i] * 3600_000) : null,
    version: 2,
  }));
  const lapsed = applications.filter((a) => a.commitment?.status === 'LAPSED');
  const marks = lapsed.map((a, i) => ({
    _id: demoId('credit-mark', i + 1),
    enterpriseId: a.enterpriseId,
    active: i !== 0,
    lastBrokenApplicationId: a._id,
    brokenApplicationIds: [a._id],
    brokenCommitmentCount: 1,
    markedAt: a.timeline.at(-1)!.at,
    cleared: i === 0 ? { subject: 'officer-3', role: 'POLICE' as const, name: '民警3', at: new Date(a.timeline.at(-1)!.at.getTime() + 30 * 86_400_000) } : null,
    clearReason: i === 0 ? '企业已补齐材料并作出书面说明' : null,
    version: 2,
  }));
  // a credit mark is per enterprise: keep the first lapse of each
  const uniqueMarks = marks.filter((m, i) => marks.findIndex((x) => x.enterpriseId.equals(m.enterpriseId)) === i);
  const counts = await Promise.all([
    upsertDemoDocuments(models.ApprovalItem, items, { procedureKind: { $exists: false } }),
    upsertDemoDocuments(models.ServiceMeasure, measures(), { description: { $in: ['民用爆炸物品购买、运输许可压缩至5个工作日内。'] } }),
    // demo records written before the stored keys of the aggregates (procedure kind, the evaluation's item) are rewritten
    upsertDemoDocuments(models.Application, applications, { $or: [{ timeline: { $exists: false } }, { procedureKind: { $exists: false } }] }),
    upsertDemoDocuments(models.Evaluation, evaluations, { itemId: { $exists: false } }),
    upsertDemoDocuments(models.SupervisionCase, [...cases, ...reports], { firstResponseAt: { $exists: false } }),
    upsertDemoDocuments(models.EnterpriseCreditMark, uniqueMarks),
  ]);
  return { created: counts.reduce((a, b) => a + b, 0) };
}

/**
 * Demo applications written by the older seed (no promised limit stored) are removed with their
 * evaluations, cases and credit marks, so the new history replaces them whole; a second run finds none.
 */
async function replaceOlderDemo(models: ApprovalsModels, ids: Types.ObjectId[]): Promise<void> {
  const stale = await models.Application.find({ _id: { $in: ids }, promisedDueDate: { $exists: false } }, { _id: 1, enterpriseId: 1 }).lean();
  if (!stale.length) return;
  const staleIds = stale.map((a) => a._id);
  await Promise.all([
    models.Application.deleteMany({ _id: { $in: ids } }),
    models.Evaluation.deleteMany({ applicationId: { $in: ids } }),
    models.SupervisionCase.deleteMany({ applicationId: { $in: ids } }),
    models.EnterpriseCreditMark.deleteMany({ lastBrokenApplicationId: { $in: staleIds } }),
  ]);
}
