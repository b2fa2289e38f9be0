import { demoEnterpriseId, demoId, demoPersonName, demoPhone } from '@pecg/demo';
import { monthKey } from '@pecg/common';
import type { ConsultationChannel, ConsultationStatus, LegalConsultationDoc } from '../models';
import { BAIHUTAN_LAWYERS, PARK_LAWYERS, seedStamp } from './people';

const TOPICS = ['劳动合同', '知识产权', '租赁合同', '征地补偿', '婚姻家庭', '消费维权'];
const CHANNELS: ConsultationChannel[] = ['REMOTE_VIDEO_PLATFORM', 'LEGAL_TOUCH_SCREEN', 'WALK_IN', 'HOTLINE'];
const LAWYER_NAMES = (n: number) => demoPersonName(n <= 620 ? 5000 + n - 1 : 6000 + n - 621);

/**
 * 36 consultations of the year: answered by the sites' lawyers (the park's for the park's grids,
 * 白虎滩's for its own), 6 followed by a dispute of the same grid, the last 6 still in the queue.
 */
/** `disputeAfter(grid, at)`: a dispute of the grid reported after `at` (the one the consultation led to). */
export function demoConsultations(disputeAfter: (grid: number, at: Date) => LegalConsultationDoc['disputeId']): LegalConsultationDoc[] {
  return Array.from({ length: 36 }, (_, i) => {
    const grid = 1 + (i % 7);
    const park = grid >= 5;
    const queued = i >= 30;
    const askedAt = queued ? new Date(Date.UTC(2026, 10, 20 + (i - 30), 2)) : new Date(Date.UTC(2025, 11, 3, 2) + i * 8 * 86_400_000);
    const lawyer = park ? PARK_LAWYERS[i % PARK_LAWYERS.length] : BAIHUTAN_LAWYERS[i % BAIHUTAN_LAWYERS.length];
    const followed = !queued && i % 5 === 4 ? disputeAfter(grid, askedAt) : null;
    const status: ConsultationStatus = queued ? 'REQUESTED' : followed ? 'FOLLOWED_BY_DISPUTE' : 'ANSWERED';
    const answeredAt = queued ? null : new Date(askedAt.getTime() + 2 * 3600_000);
    return {
      _id: demoId('legal-consultation', i + 1),
      status,
      topic: TOPICS[i % TOPICS.length],
      question: `关于${TOPICS[i % TOPICS.length]}的法律问题`,
      channel: CHANNELS[i % CHANNELS.length],
      requester: { name: demoPersonName(7000 + i), phone: demoPhone(7000 + i) },
      lawyerId: queued ? null : demoId('volunteer', lawyer),
      answeredBy: queued ? null : LAWYER_NAMES(lawyer),
      answerSummary: queued ? null : '已解答并告知维权途径',
      outcome: queued ? null : followed ? '建议申请人民调解' : '已解答',
      askedAt,
      askedMonth: monthKey(askedAt),
      answeredAt,
      disputeId: followed ?? null,
      gridId: demoId('grid', grid),
      // the park's consultations of incubator firms 1–3 (an enterprise asking), the others by residents or staff
      enterpriseId: park && i % 2 === 0 ? demoEnterpriseId((i % 7) - 3) : null,
      version: queued ? 1 : followed ? 3 : 2,
      recorded: seedStamp(askedAt),
    };
  });
}
