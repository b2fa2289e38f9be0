import { demoId, demoOfficerId } from '@pecg/demo';
import type { DisputeDoc, DisputeKind, IntakeChannel, MediatorRef, Urgency } from '../models';
import { BAIHUTAN_MEDIATORS, PARK_MEDIATORS } from './people';
import { PARK_GRIDS, RESIDENTIAL_GRIDS, SCENIC_GRID } from './places';
import { play, type Scenario } from './scenarios';
import { DemoTimeline, type DisputeSeed } from './timeline';

interface Group {
  kind: DisputeKind;
  titles: string[];
  count: number;
  grids: number[];
  channels: IntakeChannel[];
  /** Roster numbers of the enterprise party (cycled), if the group has one. */
  enterprises?: (i: number) => number | undefined;
}

/**
 * A year of disputes (December 2025 – November 2026) of every kind and source. The park's disputes are
 * in its grids with incubator firms (demoEnterpriseId(1…102)) as parties; 白虎滩's in its own grids,
 * tourist ones sometimes with the zone's tourism and hotel firms (roster 109, 111).
 */
const GROUPS: Group[] = [
  {
    kind: 'ENTERPRISE_RELATED',
    titles: ['货款结算纠纷', '厂房租赁纠纷', '邻厂噪声纠纷', '合同履行纠纷'],
    count: 56,
    grids: PARK_GRIDS,
    channels: ['GRID_PATROL', 'ENTERPRISE_REPORT', 'WALK_IN', 'POLICE_TRANSFER'],
    enterprises: (i) => (i % 102) + 1,
  },
  {
    kind: 'CONTRACT',
    titles: ['技术服务合同纠纷', '装修合同纠纷'],
    count: 8,
    grids: PARK_GRIDS,
    channels: ['ENTERPRISE_REPORT', 'COURT_REFERRAL', 'HOTLINE'],
    enterprises: (i) => ((i * 7) % 102) + 1,
  },
  {
    kind: 'LABOUR',
    titles: ['工资支付纠纷', '工伤待遇纠纷'],
    count: 8,
    grids: PARK_GRIDS,
    channels: ['ENTERPRISE_REPORT', 'GOVERNMENT_ASSIGNMENT', 'LEGAL_TOUCH_SCREEN'],
    enterprises: (i) => ((i * 13 + 43) % 102) + 1,
  },
  {
    kind: 'TOURIST',
    titles: ['游客停车纠纷', '景区商户消费纠纷', '游客人身损害纠纷'],
    count: 24,
    grids: [SCENIC_GRID],
    channels: ['WALK_IN', 'HOTLINE', 'REMOTE_VIDEO_PLATFORM', 'POLICE_TRANSFER'],
    enterprises: (i) => (i % 4 === 0 ? 109 : i % 4 === 2 ? 111 : undefined),
  },
  {
    kind: 'DEMOLITION_RESETTLEMENT',
    titles: ['征地补偿纠纷', '安置房分配纠纷'],
    count: 10,
    grids: RESIDENTIAL_GRIDS,
    channels: ['WALK_IN', 'REMOTE_VIDEO_PLATFORM', 'GOVERNMENT_ASSIGNMENT'],
  },
  {
    kind: 'NEIGHBOUR',
    titles: ['邻里漏水纠纷', '宅基地界址纠纷', '噪声扰民纠纷'],
    count: 12,
    grids: RESIDENTIAL_GRIDS,
    channels: ['GRID_PATROL', 'LEGAL_TOUCH_SCREEN', 'POLICE_TRANSFER'],
  },
  { kind: 'FAMILY', titles: ['赡养纠纷', '婚姻家庭纠纷', '继承纠纷'], count: 10, grids: RESIDENTIAL_GRIDS, channels: ['WALK_IN', 'COURT_REFERRAL', 'HOTLINE'] },
  { kind: 'OTHER', titles: ['物业服务纠纷'], count: 4, grids: RESIDENTIAL_GRIDS, channels: ['HOTLINE', 'GRID_PATROL'] },
];

/** The states the demo must show (each at least once), by position in the caseload; the rest are closed. */
const SPECIAL: Record<number, Scenario> = {
  3: 'confirmed_closed',
  5: 'escalated_closed',
  7: 'oral_closed',
  9: 'failed_closed',
  11: 'slow_closed',
  13: 'litigation',
  17: 'confirmed_closed',
  19: 'performing',
  23: 'escalated_closed',
  27: 'enforcement',
  29: 'urged',
  31: 'confirmed',
  37: 'oral_closed',
  41: 'followed_up',
  43: 'confirmed_closed',
  47: 'failed',
  53: 'applied',
  55: 'agreed',
  57: 'declined',
  59: 'mediating',
  61: 'escalated_mediating',
  63: 'replaced_mediating',
  65: 'failed_closed',
  67: 'accepted',
  69: 'reported',
  71: 'assigned',
  73: 'oral_closed',
  75: 'slow_closed',
  79: 'followed_up',
  81: 'declined',
  83: 'agreed',
  85: 'mediating',
  87: 'escalated_closed',
  89: 'failed',
  91: 'oral_closed',
  93: 'confirmed_closed',
  95: 'performing',
  97: 'declined',
  99: 'reported',
  101: 'escalated_closed',
  103: 'failed_closed',
  105: 'accepted',
  107: 'followed_up',
  109: 'oral_closed',
  111: 'mediating',
  113: 'assigned',
  115: 'slow_closed',
  117: 'escalated_closed',
  119: 'failed_closed',
  121: 'agreed',
  123: 'reported',
  125: 'oral_closed',
  127: 'declined',
  129: 'escalated_closed',
  131: 'mediating',
};
/** Scenarios still open today (reported in the last weeks, so no limit has passed unnoticed). */
const RECENT: Partial<Record<Scenario, number>> = {
  reported: 2,
  accepted: 6,
  assigned: 8,
  mediating: 12,
  replaced_mediating: 14,
  escalated_mediating: 16,
  agreed: 18,
  applied: 24,
  declined: 20,
  failed: 26,
};

const LAST_DAY = Date.UTC(2026, 10, 30, 1); // 2026-11-30 09:00 CST

function seedOf(n: number, group: Group, i: number, scenario: Scenario): DisputeSeed {
  const grid = group.grids[i % group.grids.length];
  const channel = group.channels[i % group.channels.length];
  const recent = RECENT[scenario];
  // closed and long-running ones spread over the year; open ones reported the given days before 30 November
  const reportedAt = new Date(
    recent !== undefined ? LAST_DAY - recent * 86_400_000 + (n % 5) * 3600_000 : Date.UTC(2025, 11, 1, 1) + ((n * 2.5) % 325) * 86_400_000,
  );
  const police = channel === 'POLICE_TRANSFER';
  const site = grid <= 4 ? BAIHUTAN_MEDIATORS : PARK_MEDIATORS;
  const mediators: MediatorRef[] = police
    ? [{ kind: 'POLICE_OFFICER', id: demoOfficerId((n % 8) + 1) }]
    : [
        { kind: 'VOLUNTEER', id: demoId('volunteer', site[n % site.length]) },
        ...(n % 3 === 0 ? [{ kind: 'VOLUNTEER' as const, id: demoId('volunteer', site[(n + 1) % site.length]) }] : []),
      ];
  const urgency: Urgency = n % 11 === 0 ? 'CRITICAL' : n % 4 === 0 ? 'URGENT' : 'NORMAL';
  return {
    n,
    kind: group.kind,
    title: group.titles[i % group.titles.length],
    grid,
    channel,
    urgency,
    reportedAt,
    enterprise: group.enterprises?.(i),
    mediators,
    securityMediation: police,
  };
}

/** The demo caseload (132 disputes), each built by walking the life cycle. */
export function demoDisputes(): DisputeDoc[] {
  const docs: DisputeDoc[] = [];
  let n = 0;
  for (const group of GROUPS) {
    for (let i = 0; i < group.count; i++) {
      n += 1;
      const scenario = SPECIAL[n] ?? 'closed';
      docs.push(play(new DemoTimeline(seedOf(n, group, i, scenario)), scenario));
    }
  }
  return docs;
}
