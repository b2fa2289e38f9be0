import { AsyncLocalStorage } from 'node:async_hooks';
import { Types, type Model, type PipelineStage, type Schema } from 'mongoose';
import { allOf } from './db/storage';
import type { Caller, Role } from './identity';

/**
 * The one read policy: who may see which enterprise-scoped record. Declared here as a table, applied
 * by the storage layer to every read a request makes — root fields, nested fields, `__resolveReference`,
 * DataLoader batches, counts, statistics and aggregations — so no subgraph re-implements it.
 *
 * The rule for records a caller may not see is **they do not exist**: lists and counts leave them
 * out, a nested list is shorter, a nested or referenced record is null, a lookup by id is NOT_FOUND
 * exactly as for an id that does not exist (no oracle).
 *
 * Subgraphs declare, per model, how a document is scoped (`scopedBy`): the Enterprise directory by
 * its `_id`, every other enterprise-scoped record by the field holding its enterprise id(s).
 */

/** What a role sees of the Enterprise directory, and of the records scoped to an enterprise. */
export interface RoleReadRule {
  /** Enterprise entities: every one, or only the caller's own (`enterpriseId` claim). */
  enterprises: 'ALL' | 'OWN_ENTERPRISE';
  /**
   * Enterprise-scoped records (applications, registrations, disputes, needs, alerts, assignments…):
   * every one; only the caller's enterprise's; only those in the subgraph its department owns
   * (`department` claim); none.
   */
  records: 'ALL' | 'OWN_ENTERPRISE' | 'OWN_DEPARTMENT' | 'NONE';
}

export const READ_POLICY: Readonly<Record<Role, RoleReadRule>> = {
  ADMIN: { enterprises: 'ALL', records: 'ALL' },
  POLICE: { enterprises: 'ALL', records: 'ALL' },
  MEDIATOR: { enterprises: 'ALL', records: 'ALL' },
  ANALYST: { enterprises: 'ALL', records: 'ALL' },
  ENTERPRISE: { enterprises: 'OWN_ENTERPRISE', records: 'OWN_ENTERPRISE' },
  DEPARTMENT: { enterprises: 'ALL', records: 'OWN_DEPARTMENT' },
};

/** How the documents of one model are scoped. */
export type ScopeDeclaration =
  /** The Enterprise directory: a document is the enterprise `_id`. */
  | { kind: 'enterprise' }
  /** A record of one enterprise (`field` holds its id) or of several (`field` is an array of ids). */
  | { kind: 'record'; field: string };

/** The caller a request runs for, and the subgraph serving it. */
export interface AccessScope {
  caller: Caller;
  /** Name of the subgraph serving the request (DEPARTMENT callers are scoped by it). */
  subgraph: string;
  /** Set inside `asSystem`: a domain step that must see across tenants (seats, waitlists, uniqueness). */
  system?: boolean;
}

const storage = new AsyncLocalStorage<AccessScope>();

/**
 * Runs a request's work for its caller: every read inside is scoped by READ_POLICY. A mongoose query
 * runs when it is awaited, so `fn`'s result is awaited inside the scope too.
 */
export function runWithAccessScope<T>(scope: AccessScope, fn: () => T | PromiseLike<T>): Promise<T> {
  return storage.run(scope, async () => await fn());
}

/** Synchronous form for callback-style code (an express `next`): everything `fn` starts runs in `scope`. */
export function enterAccessScope(scope: AccessScope, fn: () => void): void {
  storage.run(scope, fn);
}

/**
 * Runs a domain step that must see every tenant's records although a caller is acting — counting the
 * seats of an activity, promoting the next waitlisted registration, checking a uniqueness rule. What
 * it returns must not be handed to the caller unfiltered. Await the query inside `fn` (or return it).
 */
export function asSystem<T>(fn: () => T | PromiseLike<T>): Promise<T> {
  const current = storage.getStore();
  // awaited inside: a mongoose query only runs (and is scoped) when it is awaited
  return current ? storage.run({ ...current, system: true }, async () => await fn()) : Promise.resolve(fn());
}

/** The access scope of the running request (undefined outside a request: seeds, jobs, tools). */
export function currentAccessScope(): AccessScope | undefined {
  return storage.getStore();
}

/** Matches no document (the engine answers it from the `_id` index without reading anything). */
export const MATCH_NOTHING: Readonly<Record<string, unknown>> = Object.freeze({ _id: { $in: [] } });

function ownEnterpriseId(caller: Caller): Types.ObjectId | undefined {
  const id = caller.enterpriseId ?? '';
  return /^[0-9a-f]{24}$/i.test(id) ? new Types.ObjectId(id) : undefined;
}

/**
 * The filter READ_POLICY adds for `declaration` in `scope`: undefined when the caller sees every
 * document, MATCH_NOTHING when none.
 */
export function readScopeFilter(declaration: ScopeDeclaration, scope: AccessScope | undefined = currentAccessScope()): Record<string, unknown> | undefined {
  if (!scope || scope.system) return undefined;
  const rule = READ_POLICY[scope.caller.role];
  if (!rule) return MATCH_NOTHING;
  const access = declaration.kind === 'enterprise' ? rule.enterprises : rule.records;
  switch (access) {
    case 'ALL':
      return undefined;
    case 'OWN_ENTERPRISE': {
      const own = ownEnterpriseId(scope.caller);
      if (!own) return MATCH_NOTHING;
      return declaration.kind === 'enterprise' ? { _id: own } : { [declaration.field]: own };
    }
    case 'OWN_DEPARTMENT':
      return scope.caller.department === scope.subgraph ? undefined : MATCH_NOTHING;
    default:
      return MATCH_NOTHING;
  }
}

/** Whether the running request's caller may see a document scoped to `enterpriseIds` (for values that did not come from a scoped read). */
export function maySeeEnterprise(
  enterpriseIds: ReadonlyArray<string | Types.ObjectId> | string | Types.ObjectId,
  kind: ScopeDeclaration['kind'] = 'record',
): boolean {
  const scope = currentAccessScope();
  const filter = readScopeFilter(kind === 'enterprise' ? { kind } : { kind, field: 'enterpriseId' }, scope);
  if (!filter) return true;
  if (filter === MATCH_NOTHING) return false;
  const own = scope!.caller.enterpriseId!.toLowerCase();
  const ids = Array.isArray(enterpriseIds) ? enterpriseIds : [enterpriseIds];
  return ids.some((id) => String(id).toLowerCase() === own);
}

const QUERY_OPERATIONS = [
  'find',
  'findOne',
  'countDocuments',
  'distinct',
  'findOneAndUpdate',
  'findOneAndDelete',
  'findOneAndReplace',
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
] as const;

const DECLARATION = Symbol.for('pecg.scope');

/** The scope a model was declared with (undefined: not enterprise-scoped, e.g. venues, the approval catalogue). */
export function scopeOf<T>(model: Model<T>): ScopeDeclaration | undefined {
  return (model.schema as unknown as Record<symbol, ScopeDeclaration | undefined>)[DECLARATION];
}

/** Whether reads of `model` are narrowed for the running request (so `estimatedDocumentCount` would count too much). */
export function isScopedRead<T>(model: Model<T>): boolean {
  const declaration = scopeOf(model);
  return declaration !== undefined && readScopeFilter(declaration) !== undefined;
}

/**
 * Declares how a schema's documents are scoped and enforces READ_POLICY on every query and
 * aggregation of its model: the scope is merged into the filter (flat, so an index still serves it),
 * or prepended to the pipeline as (part of) its leading `$match`.
 */
export function scopedBy(schema: Schema, declaration: ScopeDeclaration): void {
  (schema as unknown as Record<symbol, ScopeDeclaration>)[DECLARATION] = declaration;
  for (const operation of QUERY_OPERATIONS) {
    schema.pre(operation, function scopeQuery() {
      const filter = readScopeFilter(declaration);
      if (filter) this.setQuery(allOf(this.getFilter(), filter));
    });
  }
  schema.pre('aggregate', function scopeAggregate(this: { pipeline(): PipelineStage[] }) {
    const filter = readScopeFilter(declaration);
    if (!filter) return;
    const pipeline = this.pipeline();
    const first = pipeline[0] as { $match?: Record<string, unknown> } | undefined;
    if (first?.$match) first.$match = allOf(first.$match, filter) as Record<string, unknown>;
    else pipeline.unshift({ $match: filter } as PipelineStage);
  });
  schema.pre('estimatedDocumentCount', function refuseUnscopedCount() {
    if (readScopeFilter(declaration)) throw new Error('estimatedDocumentCount cannot be scoped: count with countDocuments for a scoped caller');
  });
}

/**
 * Who sees personal information in the clear, per kind of record that holds it. Everyone else gets
 * it masked; every clear read is audited (PiiGate). `ownEnterprise`: an ENTERPRISE caller also sees
 * in the clear the people of its own enterprise (its contacts, applicants, registrants).
 */
export interface PiiRule {
  clear: readonly Role[];
  ownEnterprise: boolean;
}

export const PII_POLICY: Readonly<Record<string, PiiRule>> = {
  /** Enterprise contacts, the alliance liaison and the party organisation's secretary. */
  Enterprise: { clear: ['ADMIN', 'POLICE'], ownEnterprise: true },
  /** A police officer's work phone. */
  PoliceOfficer: { clear: ['ADMIN', 'POLICE', 'MEDIATOR'], ownEnterprise: false },
  /** The applicant's contact person on an approval application. */
  Application: { clear: ['ADMIN', 'POLICE'], ownEnterprise: true },
  /** The person registered for a party-building activity. */
  Registration: { clear: ['ADMIN', 'POLICE'], ownEnterprise: true },
  /** Parties to a dispute (names, phones, ID numbers). */
  Dispute: { clear: ['ADMIN', 'POLICE', 'MEDIATOR'], ownEnterprise: false },
  /** Grid workers of the community grids. */
  Grid: { clear: ['ADMIN', 'POLICE', 'MEDIATOR'], ownEnterprise: false },
  /** Volunteers of the mass prevention force. */
  Volunteer: { clear: ['ADMIN', 'POLICE', 'MEDIATOR'], ownEnterprise: false },
  /** Names of staff acting on a record: who recorded a change (ActorStamp.name), a session's mediator, who answered a consultation. */
  Staff: { clear: ['ADMIN', 'POLICE', 'MEDIATOR'], ownEnterprise: false },
  /** A lost person and whoever reported the search (community safety): the officers running searches. */
  LostPersonCase: { clear: ['ADMIN', 'POLICE'], ownEnterprise: false },
};

/**
 * Whether `caller` sees personal information of `entity` in the clear (`ownerEnterpriseId`: the
 * enterprise the person belongs to, if any). A kind of record not in PII_POLICY follows `fallback`.
 */
export function seesPiiInClear(caller: Caller, entity: string, ownerEnterpriseId?: string | Types.ObjectId | null, fallback: readonly Role[] = []): boolean {
  const rule = PII_POLICY[entity] ?? { clear: fallback, ownEnterprise: false };
  if (rule.clear.includes(caller.role)) return true;
  return (
    rule.ownEnterprise &&
    caller.role === 'ENTERPRISE' &&
    !!ownerEnterpriseId &&
    !!caller.enterpriseId &&
    String(ownerEnterpriseId).toLowerCase() === caller.enterpriseId.toLowerCase()
  );
}
