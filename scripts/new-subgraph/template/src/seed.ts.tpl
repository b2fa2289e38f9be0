import { demoEnterpriseId, demoId, DEMO_ROSTER, upsertDemoDocuments } from '@pecg/demo';
import { monthKey, type ActorStamp } from '@pecg/common';
import type { __Entity__Doc, __Name__Models } from './models';

const SEED_ACTOR: ActorStamp = { subject: 'demo-seed', role: 'ADMIN', name: '演示数据', at: new Date('2024-01-02T09:00:00+08:00') };

/** Demo data (deterministic ids: the same on every machine; a second run creates nothing). Replace with the department's own. */
export async function seedDemo(models: __Name__Models): Promise<{ created: number }> {
  const docs: __Entity__Doc[] = DEMO_ROSTER.slice(0, 12).map((enterprise, i) => {
    const at = new Date(SEED_ACTOR.at.getTime() + i * 7 * 86_400_000);
    const stamp = { ...SEED_ACTOR, at };
    return {
      _id: demoId('__name__-__entity__', i + 1),
      title: `${enterprise.name} __label__ ${i + 1}`,
      description: null,
      enterpriseId: i % 3 === 2 ? null : demoEnterpriseId(enterprise.n),
      status: i % 4 === 3 ? 'ARCHIVED' : 'ACTIVE',
      archiveReason: i % 4 === 3 ? '演示：已办结归档' : null,
      createdMonth: monthKey(at),
      created: stamp,
      updated: stamp,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
  });
  return { created: await upsertDemoDocuments(models.__Entity__, docs) };
}
