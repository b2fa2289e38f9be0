import { Schema, type Connection, type Model } from 'mongoose';
import type { Caller, Role } from './identity';
import { maskIdNumber, maskName, maskPhone } from './pii';
import { seesPiiInClear } from './read-policy';

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
  requestId: string;
  entity: string;
  entityId: string;
  fields: string[];
  at: Date;
}

const auditSchema = new Schema<PiiAuditRecord>(
  {
    subject: { type: String, required: true },
    role: { type: String, required: true },
    requestId: { type: String, required: true },
    entity: { type: String, required: true },
    entityId: { type: String, required: true },
    fields: { type: [String], required: true },
    at: { type: Date, required: true },
  },
  { collection: 'pii_audit', versionKey: false },
);
auditSchema.index({ entity: 1, entityId: 1, at: -1 });
auditSchema.index({ subject: 1, at: -1 });

/** The append-only audit log of unmasked personal-information reads (no resolver writes or deletes it). */
export function piiAuditModel(connection: Connection): Model<PiiAuditRecord> {
  return (connection.models.PiiAudit as Model<PiiAuditRecord>) ?? connection.model<PiiAuditRecord>('PiiAudit', auditSchema);
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
        entity,
        entityId,
        fields: [field],
        at: new Date(),
      });
    }
    return value;
  }

  /** Writes the audit records of this request (called by the subgraph server before responding). */
  async flush(model: Model<PiiAuditRecord>): Promise<void> {
    if (this.pending.size === 0) return;
    const records = [...this.pending.values()];
    this.pending.clear();
    await model.insertMany(records, { ordered: false });
  }
}
