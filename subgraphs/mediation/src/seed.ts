import { demoEnterpriseId, demoId, demoPersonName, demoPhone, upsertDemoDocuments } from '@pecg/demo';
import { type ActorStamp } from '@pecg/common';
import { demoDispute, demoDisputePlans, SEED_ACTOR } from './demo/disputes';
import { DEMO_COMMUNITIES, DEMO_GRIDS, PARK_GRIDS, RESIDENTIAL_GRIDS, SCENIC_GRID } from './demo/places';
import type { ConsultationChannel, LegalConsultationDoc, MediationModels, VolunteerDoc, VolunteerDuty } from './models';

export const DEMO_VOLUNTEER_COUNT = 620;
const DUTY_SETS: VolunteerDuty[][] = [['PATROL'], ['SAFETY_INSPECTION'], ['MEDIATION'], ['PATROL', 'SAFETY_INSPECTION'], ['PATROL', 'MEDIATION']];

function volunteers(): VolunteerDoc[] {
  return Array.from({ length: DEMO_VOLUNTEER_COUNT }, (_, i) => {
    const inPark = i % 10 !== 0;
    return {
      _id: demoId('volunteer', i + 1),
      name: demoPersonName(5000 + i),
      phone: demoPhone(5000 + i),
      duties: DUTY_SETS[i % DUTY_SETS.length],
      gridId: demoId('grid', inPark ? PARK_GRIDS[i % 3] : [...RESIDENTIAL_GRIDS, SCENIC_GRID][i % 4]),
      enterpriseId: inPark ? demoEnterpriseId((i % 102) + 1) : null,
      active: i % 25 !== 24,
      joinedOn: new Date(Date.UTC(2022, 1 + (i % 22), 1 + (i % 28))),
      version: 1,
      created: SEED_ACTOR as ActorStamp,
    };
  });
}

const CONSULTATION_TOPICS = ['劳动合同', '知识产权', '租赁合同', '征地补偿', '婚姻家庭', '消费维权'];
const CONSULTATION_CHANNELS: ConsultationChannel[] = ['REMOTE_VIDEO_PLATFORM', 'LEGAL_TOUCH_SCREEN', 'WALK_IN', 'HOTLINE'];

function consultations(): LegalConsultationDoc[] {
  return Array.from({ length: 30 }, (_, i) => ({
    _id: demoId('legal-consultation', i + 1),
    topic: CONSULTATION_TOPICS[i % CONSULTATION_TOPICS.length],
    channel: CONSULTATION_CHANNELS[i % CONSULTATION_CHANNELS.length],
    answeredBy: i % 2 ? '驻站律师' : '东坡区人民法院法官',
    answerSummary: '已解答并告知维权途径',
    askedAt: new Date(Date.UTC(2023, i % 12, 3 + (i % 20), 3)),
    gridId: demoId('grid', 1 + (i % 7)),
    enterpriseId: i % 3 === 0 ? demoEnterpriseId((i % 42) + 1) : null,
    recorded: SEED_ACTOR,
  }));
}

/** Demo data: 白虎滩社区 and the park with their grids, 620 volunteers, the year's disputes and consultations. */
export async function seedDemo(models: MediationModels): Promise<{ created: number }> {
  const disputes = demoDisputePlans().map((plan, i) => demoDispute(i + 1, plan));
  const counts = await Promise.all([
    upsertDemoDocuments(models.Community, DEMO_COMMUNITIES),
    upsertDemoDocuments(models.Grid, DEMO_GRIDS),
    upsertDemoDocuments(models.Volunteer, volunteers()),
    // Demo disputes written by the first skeleton (no version / status) are brought up to date.
    upsertDemoDocuments(models.Dispute, disputes, { version: { $exists: false } }),
    upsertDemoDocuments(models.LegalConsultation, consultations()),
  ]);
  return { created: counts.reduce((sum, n) => sum + n, 0) };
}
