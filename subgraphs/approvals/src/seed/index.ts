import { demoId, seededRandom, upsertDemoDocuments } from '@pecg/demo';
import { type ActorStamp } from '@pecg/common';
import type { ApprovalsModels } from '../models';
import { catalogue, measures } from './catalogue';
import { historyRecord, OUTCOMES, type Outcome } from './history';

export const DEMO_APPLICATION_COUNT = 160;
const FROM = Date.parse('2023-01-03T00:00:00+08:00');
const TO = Date.parse('2024-12-20T00:00:00+08:00');
const OFFICERS = 12;

/**
 * The demo data (idempotent: upserts by deterministic ids): the 19 items, the 23 measures and a history
 * of 160 applications over 2023–2024 from demoEnterpriseId(1..102) through every state — 容缺 fulfilled
 * and lapsed (with the enterprises' credit marks), supplements, extensions and special procedures,
 * visits, evaluations and supervision cases, including enterprise reports.
 */
export async function seedDemo(models: ApprovalsModels): Promise<{ created: number }> {
  const items = catalogue();
  const random = seededRandom(20240301);
  const every = Object.keys(OUTCOMES) as Outcome[];
  const records = Array.from({ length: DEMO_APPLICATION_COUNT }, (_, i) =>
    historyRecord({
      id: demoId('application', i + 1),
      n: i + 1,
      item: items[i % items.length],
      enterprise: (i % 102) + 1,
      officer: (i % OFFICERS) + 1,
      // the first applications walk every path once, so each state is in the demo whatever the dice say
      outcome: i < every.length ? every[i] : undefined,
      from: FROM,
      to: TO,
      random,
    }),
  );
  const applications = records.map((r) => r.application);
  const evaluations = records.flatMap((r, i) => (r.evaluation ? [{ _id: demoId('evaluation', i + 1), ...r.evaluation }] : []));
  const cases = records.flatMap((r, i) => (r.supervision ? [{ _id: demoId('supervision-case', i + 1), ...r.supervision }] : []));
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
    upsertDemoDocuments(models.ApprovalItem, items, { legalBasis: { $exists: false } }),
    upsertDemoDocuments(models.ServiceMeasure, measures()),
    upsertDemoDocuments(models.Application, applications, { timeline: { $exists: false } }),
    upsertDemoDocuments(models.Evaluation, evaluations),
    upsertDemoDocuments(models.SupervisionCase, [...cases, ...reports]),
    upsertDemoDocuments(models.EnterpriseCreditMark, uniqueMarks),
  ]);
  return { created: counts.reduce((a, b) => a + b, 0) };
}
