import { createHash } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { config } from './config';
import { isDuplicateKeyError } from './db/connection';
import type { Caller, Role } from './identity';
import { maskIdNumber, maskName, maskPhone } from './pii';
import { seesPiiInClear } from './read-policy';

/** Marks a stamp whose name already went through `PiiGate.revealStamp`. */
export const REVEALED_STAMP = Symbol('pecg.revealedStamp');

/** The fields of an ActorStamp the PII gate reads. */
export interface StampLike {
  name?: string | null;
  role?: string;
  enterpriseId?: string | null;
}

/** Kinds of personal information the graph holds. */
export type PiiKind = 'NAME' | 'PHONE' | 'ID_NUMBER';

/**
 * Roles that see personal information unmasked for a kind of record PII_POLICY (read-policy.ts) does
 * not list; the rule per kind of record, and an ENTERPRISE caller's own people, is PII_POLICY.
 */
export const PII_CLEAR_ROLES: Record<PiiKind, readonly Role[]> = {
  NAME: ['ADMIN', 'POLICE', 'MEDIATOR'],
  PHONE: ['ADMIN', 'POLICE', 'MEDIATOR'],
  ID_NUMBER: ['ADMIN', 'POLICE', 'MEDIATOR'],
};

const MASKERS: Record<PiiKind, (v: string | null | undefined) => string | null> = {
  NAME: maskName,
  PHONE: maskPhone,
  ID_NUMBER: maskIdNumber,
};

export interface PiiAuditRecord {
  subject: string;
  role: Role;
  /** The gateway's id of the request. */
  requestId: string;
  /** The id the client sent with it, if any. */
  clientRequestId?: string;
  entity: string;
  entityId: string;
  /** The enterprise the person belongs to, when there is one (an enterprise's contacts, applicants, registrants). */
  enterpriseId?: string;
  fields: string[];
  at: Date;
}

/** A record as stored: its place in the hash chain (seq, the previous record's hash, its own hash). */
export interface ChainedPiiAuditRecord extends PiiAuditRecord {
  seq: number;
  prevHash: string;
  hash: string;
}

/** The hash the first record of a chain links to. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

const auditSchema = new Schema<ChainedPiiAuditRecord>(
  {
    seq: { type: Number, required: true },
    prevHash: { type: String, required: true },
    hash: { type: String, required: true },
    subject: { type: String, required: true },
    role: { type: String, required: true },
    requestId: { type: String, required: true },
    clientRequestId: { type: String },
    entity: { type: String, required: true },
    entityId: { type: String, required: true },
    enterpriseId: { type: String },
    fields: { type: [String], required: true },
    at: { type: Date, required: true },
  },
  { collection: 'pii_audit', versionKey: false },
);
// one record per place in the chain: two writers that read the same head cannot both append
// (partial: records written before the chain existed have no seq and stay outside it)
auditSchema.index({ seq: 1 }, { unique: true, partialFilterExpression: { seq: { $exists: true } } });
auditSchema.index({ entity: 1, entityId: 1, at: -1 });
auditSchema.index({ subject: 1, at: -1 });
auditSchema.index({ enterpriseId: 1, at: -1 }, { partialFilterExpression: { enterpriseId: { $exists: true } } });
auditSchema.index({ role: 1, at: -1 });
auditSchema.index({ fields: 1, at: -1 });
// Retention (PII_AUDIT_RETENTION_DAYS, default 180): MongoDB removes older records itself; no code
// path updates or deletes audit records. (The embedded development engine keeps them.)
auditSchema.index({ at: 1 }, { expireAfterSeconds: config.piiAuditRetentionDays * 86_400 });

/** The append-only, hash-chained audit log of unmasked personal-information reads (no resolver writes or deletes it). */
export function piiAuditModel(connection: Connection): Model<ChainedPiiAuditRecord> {
  return (connection.models.PiiAudit as Model<ChainedPiiAuditRecord>) ?? connection.model<ChainedPiiAuditRecord>('PiiAudit', auditSchema);
}

/** A request refused by an authorization rule: who, what (the GraphQL path), why and when. */
export interface AccessDenial {
  subject: string;
  role: Role;
  enterpriseId?: string;
  requestId: string;
  path: string;
  reason: string;
  at: Date;
}

const denialSchema = new Schema<AccessDenial>(
  {
    subject: { type: String, required: true },
    role: { type: String, required: true },
    enterpriseId: { type: String },
    requestId: { type: String, required: true },
    path: { type: String, required: true },
    reason: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'access_denials', versionKey: false },
);
denialSchema.index({ subject: 1, at: -1 });
denialSchema.index({ at: 1 }, { expireAfterSeconds: config.piiAuditRetentionDays * 86_400 });

/** Denials of access (FORBIDDEN answers), kept like the PII audit log (append-only, same retention). */
export function accessDenialModel(connection: Connection): Model<AccessDenial> {
  return (connection.models.AccessDenial as Model<AccessDenial>) ?? connection.model<AccessDenial>('AccessDenial', denialSchema);
}

/** sha256 over the previous hash and the record's fields, in a fixed order. */
export function auditRecordHash(prevHash: string, record: PiiAuditRecord & { seq: number }): string {
  const canonical = JSON.stringify([
    record.seq,
    prevHash,
    record.subject,
    record.role,
    record.requestId,
    record.clientRequestId ?? null,
    record.entity,
    record.entityId,
    record.enterpriseId ?? null,
    record.fields,
    new Date(record.at).toISOString(),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends records to the chain: reads the head (the record with the highest seq) and inserts the
 * records after it, each linked to the one before. Another writer that appended first makes the
 * insert fail on the unique seq; then the head is read again (a few attempts).
 */
export async function appendPiiAudit(model: Model<ChainedPiiAuditRecord>, records: readonly PiiAuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  for (let attempt = 0; ; attempt++) {
    const head = await model
      .findOne({ seq: { $exists: true } }, { seq: 1, hash: 1 })
      .sort({ seq: -1 })
      .lean();
    let seq = head?.seq ?? 0;
    let prevHash = head?.hash ?? AUDIT_GENESIS_HASH;
    const chained = records.map((record) => {
      seq += 1;
      const hash = auditRecordHash(prevHash, { ...record, seq });
      const linked = { ...record, seq, prevHash, hash };
      prevHash = hash;
      return linked;
    });
    try {
      // ordered: a crash or a conflict leaves a valid prefix of the chain, never a hole
      await model.insertMany(chained, { ordered: true });
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error) || attempt >= 20) throw error;
    }
  }
}

export interface AuditChainReport {
  /** Records checked, oldest first (records removed by retention are before the first). */
  checked: number;
  /** The first record whose hash or link does not match (tampered with, or a record missing before it). */
  brokenAt?: { seq: number; reason: string };
}

/** Verifies the audit chain from its oldest remaining record (whose link is trusted) to its head. */
export async function verifyPiiAuditChain(model: Model<ChainedPiiAuditRecord>): Promise<AuditChainReport> {
  let checked = 0;
  let previous: { seq: number; hash: string } | undefined;
  for await (const record of model
    .find({ seq: { $exists: true } })
    .sort({ seq: 1 })
    .lean()
    .cursor()) {
    if (previous && record.seq !== previous.seq + 1) return { checked, brokenAt: { seq: record.seq, reason: `record ${previous.seq + 1} is missing` } };
    if (previous && record.prevHash !== previous.hash) return { checked, brokenAt: { seq: record.seq, reason: 'link to the previous record does not match' } };
    if (auditRecordHash(record.prevHash, record) !== record.hash) return { checked, brokenAt: { seq: record.seq, reason: 'contents do not match the hash' } };
    checked += 1;
    previous = record;
  }
  return { checked };
}

/**
 * Per-request PII gate: `reveal` returns the value in the clear for roles that need it (and records
 * the read), masked for everyone else. Records are written once, when the response is sent.
 */
export class PiiGate {
  private readonly pending = new Map<string, PiiAuditRecord>();
  constructor(
    private readonly caller: Caller,
    private readonly requestId: string,
    private readonly clientRequestId?: string,
  ) {}

  /** Whether this request's caller sees personal information of `entity` in the clear (PII_POLICY). */
  canSee(kind: PiiKind, entity: string, ownerEnterpriseId?: string | null): boolean {
    return seesPiiInClear(this.caller, entity, ownerEnterpriseId, PII_CLEAR_ROLES[kind]);
  }

  /**
   * The value in the clear for callers PII_POLICY allows (and the read is audited), masked for
   * everyone else. `entity` names the kind of record (a key of PII_POLICY), `ownerEnterpriseId` the
   * enterprise the person belongs to (an ENTERPRISE caller sees its own people in the clear).
   */
  reveal(kind: PiiKind, value: string | null | undefined, entity: string, entityId: string, field: string, ownerEnterpriseId?: string | null): string | null {
    if (value === null || value === undefined || value === '') return value ?? null;
    if (!this.canSee(kind, entity, ownerEnterpriseId)) return MASKERS[kind](value);
    const key = `${entity}:${entityId}`;
    const record = this.pending.get(key);
    if (record) {
      if (!record.fields.includes(field)) record.fields.push(field);
    } else {
      this.pending.set(key, {
        subject: this.caller.subject,
        role: this.caller.role,
        requestId: this.requestId,
        ...(this.clientRequestId ? { clientRequestId: this.clientRequestId } : {}),
        entity,
        entityId,
        ...(ownerEnterpriseId ? { enterpriseId: String(ownerEnterpriseId) } : entity === 'Enterprise' ? { enterpriseId: entityId } : {}),
        fields: [field],
        at: new Date(),
      });
    }
    return value;
  }

  /**
   * An ActorStamp (who did something) with its `name` through the gate as PII_POLICY's `Staff`,
   * audited against the record it stamps (`recordId`, field `<field>.name`, e.g. `history.3.changed.name`).
   * The shared ActorStamp resolver passes a stamp revealed here through unchanged (and reveals any
   * other stamp itself, audited by the actor's subject).
   */
  revealStamp<S extends StampLike>(stamp: S, recordId: string, field: string): S;
  revealStamp<S extends StampLike>(stamp: S | null | undefined, recordId: string, field: string): S | null;
  revealStamp<S extends StampLike>(stamp: S | null | undefined, recordId: string, field: string): S | null {
    if (!stamp) return null;
    const name = stamp.name ? (this.revealActorName(stamp, recordId, `${field}.name`) ?? undefined) : stamp.name;
    return Object.assign({ ...stamp, name }, { [REVEALED_STAMP]: true });
  }

  /**
   * The name of whoever acted: staff (PII_POLICY `Staff`), or a person of an enterprise when an
   * ENTERPRISE user acted (PII_POLICY `Enterprise`, so that enterprise sees its own people's names).
   */
  revealActorName(stamp: StampLike, recordId: string, field: string): string | null {
    if (stamp.role === 'ENTERPRISE' && stamp.enterpriseId) return this.reveal('NAME', stamp.name, 'Enterprise', recordId, field, stamp.enterpriseId);
    return this.reveal('NAME', stamp.name, 'Staff', recordId, field);
  }

  /** Writes the audit records of this request (called by the subgraph server before responding). */
  async flush(model: Model<ChainedPiiAuditRecord>): Promise<void> {
    if (this.pending.size === 0) return;
    const records = [...this.pending.values()];
    this.pending.clear();
    await appendPiiAudit(model, records);
  }
}
