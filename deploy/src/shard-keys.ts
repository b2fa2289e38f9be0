import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_REGISTRY } from '@pecg/registry';
import { REPO_ROOT } from './paths';
/**
 * The proposed shard key of every collection of every subgraph, with its reason. deploy/MONGODB.md is
 * generated from this list and from the indexes the mongoose models declare (deploy/src/mongodb-indexes.ts);
 * a collection a model adds without an entry here fails `npm run deploy:check` and the deploy test, so whoever
 * adds a collection decides whether and how it is sharded.
 *
 * Rules applied (explained in MONGODB.md): MongoDB enforces a unique index on a sharded collection only
 * when the shard key is its prefix; a shard key cannot be an array field; the key should route the
 * collection's hot reads to one shard and spread inserts. `null` = stays unsharded (on the database's
 * primary shard).
 */
export interface ShardKeyProposal {
  key: Record<string, 1 | 'hashed'> | null;
  reason: string;
}

export const SHARD_KEYS: Record<string, Record<string, ShardKeyProposal>> = {
  enterprises: {
    resource_matches: {
      key: null,
      reason: 'A match records one offer of an advantage resource to one need: a few per need, small; read by need and by resource.',
    },
    enterprises: {
      key: null,
      reason:
        'Reference data (one document per enterprise: 102 in the park, at most tens of thousands city-wide) read by `_id` in DataLoader batches; the unique `creditCode` index could only be kept with `creditCode` as the shard key, which no query routes by.',
    },
    police_officers: {
      key: null,
      reason: 'Small reference data (the officers of the station); the unique `badgeNumber` index would have to lead the shard key.',
    },
    party_organizations: { key: null, reason: 'At most one per enterprise (unique `enterpriseId`): as small as `enterprises`.' },
    officer_assignments: {
      key: null,
      reason:
        'A few per enterprise; the unique `slot` index (one active 一企一警 officer per enterprise) must stay enforced globally, which needs `slot` as the shard key — no read routes by it.',
    },
    service_needs: {
      key: { enterpriseId: 1, _id: 1 },
      reason:
        "Grows with every need raised. The read policy narrows every ENTERPRISE caller's read by `enterpriseId`, and the per-enterprise lists (`enterpriseId, status`) lead with it, so they target one shard; `_id` after it keeps chunks splittable for a large enterprise. No unique index besides `_id`.",
    },
    advantage_resources: { key: null, reason: 'A few offers per enterprise; small.' },
    risk_alerts: {
      key: { enterpriseId: 1, _id: 1 },
      reason:
        "Grows with every alert. Same routing as `service_needs`: an enterprise's alerts (`enterpriseId, status`) on one shard; `_id` for cardinality. No unique index besides `_id`.",
    },
  },
  activities: {
    bookings: { key: null, reason: 'Bookings of the four functional rooms: a few a day; small.' },
    booking_slots: {
      key: null,
      reason:
        'One document per booked room slot; the unique `{ venueId, slot }` index (two bookings of one slot: one wins) must stay enforced, which needs it as the shard key, and no read routes by it — small anyway.',
    },
    venues: { key: null, reason: 'The four functional rooms (unique `name`).' },
    activities: {
      key: null,
      reason:
        'Hundreds a year; the guarded seat counter (`seatsLeft` + `$inc`) is one conditional update on one document, which stays a single-shard write on an unsharded collection.',
    },
    registrations: {
      key: { activityId: 1, enterpriseId: 1 },
      reason:
        "The largest collection of the subgraph. The unique index (`activityId, enterpriseId, personName, cancelledKey`: one active registration per person) stays enforced only with a prefix of it as the shard key; an activity's roster and attendance reads (`activityId, …`) then target one shard. A hashed key is not possible with that unique index.",
    },
    feedback: {
      key: { activityId: 1, enterpriseId: 1 },
      reason: 'One per enterprise and activity (unique `activityId, enterpriseId`): the shard key is that unique index; reads by activity target one shard.',
    },
  },
  approvals: {
    approval_items: { key: null, reason: 'The catalogue (19 items, unique `code`).' },
    service_measures: { key: null, reason: 'The catalogue of measures (unique `number`).' },
    applications: {
      key: { enterpriseId: 1, _id: 1 },
      reason:
        "The subgraph's largest collection; no unique index besides `_id`. An enterprise's applications (`enterpriseId, createdAt`, the read policy for ENTERPRISE callers, latest N per enterprise) target one shard; the deadline job's scans (`status, …DueDate`) run on every shard in parallel, which suits a job.",
    },
    supervision_cases: {
      key: null,
      reason:
        'The unique `triggerKey` index (at most one open case per application and trigger) must stay globally enforced, and the case is opened by an upsert on it; few documents (exceptions only).',
    },
    evaluations: {
      key: null,
      reason: 'One per application (unique `applicationId`); if it ever needs sharding the only key that keeps the unique index is `{ applicationId: 1 }`.',
    },
    enterprise_credit_marks: { key: null, reason: 'One per enterprise (unique `enterpriseId`), written by an upsert.' },
  },
  mediation: {
    duty_shifts: { key: null, reason: 'Mediation duty shifts of the volunteers: a few a day per grid; small.' },
    communities: { key: null, reason: 'Reference data (unique `name`).' },
    grids: { key: null, reason: 'Reference data (the grid cells of each community).' },
    volunteers: { key: null, reason: 'The grid volunteers: thousands at most.' },
    disputes: {
      key: { _id: 'hashed' },
      reason:
        'Grows with every dispute; no unique index besides `_id`. No attribute routes the reads well: `enterpriseIds` is an array (cannot be a shard key), `gridId` and `communityId` are often null (one jumbo chunk). A hashed `_id` spreads inserts evenly and keeps every write by `_id` on one shard; lists run on every shard through the same indexes.',
    },
    legal_consultations: {
      key: null,
      reason: 'Modest volume (one per consultation, mostly answered on the spot); `{ _id: "hashed" }` like `disputes` if it grows.',
    },
  },
  /** Collections @pecg/common adds to every subgraph's database (same proposal in each). */
  '*': {
    pii_audit: {
      key: null,
      reason:
        'Append-only and hash-chained: the unique `seq` index orders the chain, so appends are serial by design and a shard key other than `seq` would lose the uniqueness that protects it; the TTL index (`PII_AUDIT_RETENTION_DAYS`) bounds its size.',
    },
    access_denials: { key: null, reason: 'Append-only, bounded by the same TTL; `{ _id: "hashed" }` if it ever grows past one shard.' },
    idempotency_keys: {
      key: null,
      reason:
        'Bounded by its TTL (a key is forgotten `IDEMPOTENCY_KEY_TTL_HOURS` after first use). If it must be sharded, `{ key: 1, subject: 1 }` — the unique index, so one effect per key and caller stays enforced, and every lookup carries both; client keys are random, so inserts spread.',
    },
  },
};

/** The proposal for one collection of one subgraph (the `*` entries hold for the platform collections). */
export function shardKeyOf(subgraph: string, collection: string, platform: boolean): ShardKeyProposal | undefined {
  if (platform) return SHARD_KEYS['*']?.[collection];
  return SHARD_KEYS[subgraph]?.[collection] ?? ownProposals(subgraph)[collection];
}

/**
 * A department may keep its subgraph's proposals beside its code, in `<directory>/shard-keys.json`
 * (`{ "<collection>": { "key": {…} | null, "reason": "…" } }`) — what `npm run new-subgraph` writes —
 * instead of in this file. A collection listed in both is an error.
 */
function ownProposals(subgraph: string): Record<string, ShardKeyProposal> {
  const entry = SUBGRAPH_REGISTRY.find((e) => e.name === subgraph);
  const file = entry && path.join(REPO_ROOT, entry.directory, 'shard-keys.json');
  if (!file || !fs.existsSync(file)) return {};
  const own = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ShardKeyProposal>;
  const twice = Object.keys(own).filter((c) => SHARD_KEYS[subgraph]?.[c]);
  if (twice.length) throw new Error(`${file}: ${twice.join(', ')} also proposed in deploy/src/shard-keys.ts; keep one`);
  for (const [collection, proposal] of Object.entries(own))
    if (!proposal || typeof proposal.reason !== 'string' || !('key' in proposal))
      throw new Error(`${file}: ${collection} needs "key" (object or null) and "reason"`);
  return own;
}
