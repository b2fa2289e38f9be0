import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { config } from './config';
import type { BaseContext } from './context';
import { isDuplicateKeyError } from './db/connection';
import { ConflictError, DomainError, ErrorCode, ValidationError } from './errors';
import type { Logger } from './logger';

/**
 * Idempotent mutations — one convention for every subgraph, applied by the subgraph server (no
 * resolver writes a line for it):
 *
 * - A client sends `Idempotency-Key: <key>` with a mutation to the gateway; the gateway forwards it
 *   with the operation's mutation fetches only (entity fetches are queries) — see
 *   gateway/src/subgraph-source.ts.
 * - The first request with a key records {key, caller subject, subgraph, payload hash (operation
 *   text, operation name and variables), in-progress} in the subgraph's `idempotency_keys`
 *   collection (unique on key + subject), runs, and stores its response.
 * - The same key and payload again — concurrently or after a client timeout — gets the stored
 *   response (header `idempotent-replayed: true`) and causes no second effect; a duplicate that
 *   arrives while the first is still running waits for it (polling the record with backoff, at most
 *   `waitMs`, then CONFLICT).
 * - The same key with another payload is BAD_USER_INPUT naming `Idempotency-Key`.
 * - An error response is stored and replayed like any other, except a response whose only outcome
 *   is an INTERNAL_SERVER_ERROR (no mutation field returned data): that frees the key, so a retry runs
 *   again.
 * - Keys expire after IDEMPOTENCY_KEY_TTL_HOURS (24): an expired record counts as absent, and
 *   MongoDB's TTL index removes it (the embedded development engine does not; reuse overwrites it).
 * - Queries ignore the header.
 */

/** The header a client sends (HTTP header names are case-insensitive; Node and Apollo lower-case them). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Set on a subgraph response that is a replay of the stored one. */
export const IDEMPOTENCY_REPLAYED_HEADER = 'idempotent-replayed';
/**
 * Sent by the gateway with the 2nd, 3rd … mutation fetch of one operation to the same subgraph (a plan
 * `a(s1) b(s2) c(s1)` calls s1 twice): each fetch is its own idempotent unit (`<key>#<n>`).
 */
export const IDEMPOTENCY_FETCH_HEADER = 'x-pecg-idempotency-fetch';
/** Longest accepted key. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** The field name refusals carry (`extensions.field`). */
const FIELD = 'Idempotency-Key';

// eslint-disable-next-line no-control-regex -- the point: refuse C0 and C1 control characters
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Checks a client's key: 1–200 characters, no control characters; BAD_USER_INPUT naming `Idempotency-Key` otherwise. */
export function parseIdempotencyKey(raw: string): string {
  if (raw.length === 0) throw new ValidationError(`${FIELD} must not be empty`, { field: FIELD, value: raw });
  if (raw.length > IDEMPOTENCY_KEY_MAX_LENGTH)
    throw new ValidationError(`${FIELD} is ${raw.length} characters long; at most ${IDEMPOTENCY_KEY_MAX_LENGTH} are allowed`, {
      field: FIELD,
      value: `${raw.slice(0, 32)}…`,
    });
  if (CONTROL.test(raw)) throw new ValidationError(`${FIELD} must not contain control characters`, { field: FIELD, value: JSON.stringify(raw) });
  return raw;
}

/** A stored response: what the first request answered. */
interface StoredResponse {
  status?: number;
  body: FormattedExecutionResult;
}

export interface IdempotencyRecord {
  key: string;
  subject: string;
  subgraph: string;
  payloadHash: string;
  status: 'in-progress' | 'completed';
  /** Fencing token: raised by every takeover (expired record, expired lease), checked by every write. */
  attempt: number;
  /** Until when a running first request holds the key; after it a duplicate takes the key over. */
  leaseUntil: Date;
  /** JSON of the stored response (completed records). */
  response?: string;
  createdAt: Date;
  completedAt?: Date;
  /** When the key is forgotten (IDEMPOTENCY_KEY_TTL_HOURS after it was first used). */
  expiresAt: Date;
}

const recordSchema = new Schema<IdempotencyRecord>(
  {
    key: { type: String, required: true },
    subject: { type: String, required: true },
    subgraph: { type: String, required: true },
    payloadHash: { type: String, required: true },
    status: { type: String, required: true },
    attempt: { type: Number, required: true },
    leaseUntil: { type: Date, required: true },
    response: { type: String },
    createdAt: { type: Date, required: true },
    completedAt: { type: Date },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'idempotency_keys', versionKey: false },
);
// one record per key and caller: of two concurrent first requests, one inserts, the other waits
recordSchema.index({ key: 1, subject: 1 }, { unique: true });
// MongoDB removes a record once expiresAt has passed (the TTL is in the record, so changing
// IDEMPOTENCY_KEY_TTL_HOURS needs no index change); the embedded engine keeps it.
recordSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

/** The idempotency keys of one subgraph (its own database). Not read-scoped: only this module reads it. */
export function idempotencyModel(connection: Connection): Model<IdempotencyRecord> {
  return (connection.models.IdempotencyKey as Model<IdempotencyRecord>) ?? connection.model<IdempotencyRecord>('IdempotencyKey', recordSchema);
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** sha256 over the operation text, the operation name and the variables (canonical JSON). */
export function payloadHash(query: string, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): string {
  return createHash('sha256')
    .update(canonical([query, operationName ?? null, variables ?? {}]))
    .digest('hex');
}

/**
 * What the idempotency layer did, for tests and operators: `claimed` (a first request runs),
 * `waiting` (a duplicate found the first still running and waits), `replayed`, `refused` (different
 * payload, bad key, or still running after the wait), `freed` (an internal error released the key),
 * `takeover` (an expired record or lease was taken over). Each event carries `{ subgraph, key }`.
 */
export const idempotencyEvents = new EventEmitter();
idempotencyEvents.setMaxListeners(100);

export interface IdempotencyOptions {
  /** How long a duplicate waits for the first request to finish (default 10 s), then CONFLICT. */
  waitMs?: number;
  /**
   * How long a first request holds its key (default 60 s — longer than the gateway's longest
   * operation budget, 30 s). A record still in progress after it (its process died) is taken over by
   * the next duplicate, which runs the mutation again.
   */
  leaseMs?: number;
  /** Key lifetime in hours (default IDEMPOTENCY_KEY_TTL_HOURS). */
  ttlHours?: number;
}

type Claim = { kind: 'claimed'; id: Types.ObjectId; attempt: number } | { kind: 'replay'; response: StoredResponse };

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Takes the key for this request or finds the response it must replay. Throws ValidationError (same
 * key, other payload) or ConflictError (the first request is still running after `waitMs`).
 */
async function claim(
  model: Model<IdempotencyRecord>,
  identity: { key: string; subject: string; subgraph: string; payloadHash: string },
  options: Required<IdempotencyOptions>,
): Promise<Claim> {
  const collection = model.collection;
  const fresh = () => {
    const now = Date.now();
    return {
      ...identity,
      status: 'in-progress' as const,
      leaseUntil: new Date(now + options.leaseMs),
      createdAt: new Date(now),
      expiresAt: new Date(now + options.ttlHours * 3_600_000),
    };
  };
  const deadline = Date.now() + options.waitMs;
  const event = { subgraph: identity.subgraph, key: identity.key };
  let delay = 10;
  let waiting = false;
  let insert = true;
  for (;;) {
    if (insert) {
      try {
        const record = { ...fresh(), attempt: 1 };
        const { insertedId } = await collection.insertOne(record);
        idempotencyEvents.emit('claimed', event);
        return { kind: 'claimed', id: insertedId as Types.ObjectId, attempt: 1 };
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
    }
    const existing = (await collection.findOne({ key: identity.key, subject: identity.subject })) as (IdempotencyRecord & { _id: Types.ObjectId }) | null;
    // freed (or removed by the TTL monitor) since: insert again
    insert = existing === null;
    if (!existing) continue;
    const now = Date.now();
    const expired = existing.expiresAt.getTime() <= now;
    if (!expired && existing.payloadHash !== identity.payloadHash) {
      idempotencyEvents.emit('refused', event);
      throw new ValidationError(
        `${FIELD} "${identity.key}" was already used with a different operation or different variables; use a new key for a new request`,
        { field: FIELD, value: identity.key },
      );
    }
    if (!expired && existing.status === 'completed' && existing.response !== undefined) {
      idempotencyEvents.emit('replayed', event);
      return { kind: 'replay', response: JSON.parse(existing.response) as StoredResponse };
    }
    if (expired || existing.leaseUntil.getTime() <= now) {
      // an expired key is absent; an expired lease means the first request's process is gone
      const taken = await collection.findOneAndUpdate(
        { _id: existing._id, attempt: existing.attempt },
        { $set: fresh(), $unset: { response: '', completedAt: '' }, $inc: { attempt: 1 } },
        { returnDocument: 'after' },
      );
      if (taken) {
        idempotencyEvents.emit('takeover', { ...event, expired });
        return { kind: 'claimed', id: existing._id, attempt: (taken as unknown as IdempotencyRecord).attempt };
      }
      continue;
    }
    if (Date.now() + delay > deadline) {
      idempotencyEvents.emit('refused', event);
      throw new ConflictError(`A request with ${FIELD} "${identity.key}" is still in progress; retry it later with the same key`, { field: FIELD });
    }
    if (!waiting) {
      waiting = true;
      idempotencyEvents.emit('waiting', event);
    }
    await wait(delay);
    delay = Math.min(delay * 2, 200);
  }
}

/** Whether a response frees its key: an INTERNAL_SERVER_ERROR and no mutation field with data. */
function freesKey(body: FormattedExecutionResult): boolean {
  const internal = (body.errors ?? []).some((e: GraphQLFormattedError) => e.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR);
  if (!internal) return false;
  return body.data == null || Object.values(body.data).every((value) => value === null);
}

function errorResponse(error: DomainError): GraphQLResponse {
  return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [error.toJSON()] } } };
}

/**
 * The Apollo plugin every subgraph server installs (`startSubgraph`): applies the `Idempotency-Key`
 * convention to mutations. Without the header, or for a query, it does nothing (no database call).
 */
export function idempotencyPlugin(
  connection: Connection,
  subgraph: string,
  options: IdempotencyOptions & { logger?: Logger } = {},
): ApolloServerPlugin<BaseContext> {
  const model = idempotencyModel(connection);
  const settings: Required<IdempotencyOptions> = {
    waitMs: options.waitMs ?? 10_000,
    leaseMs: options.leaseMs ?? 60_000,
    ttlHours: options.ttlHours ?? config.idempotencyKeyTtlHours,
  };
  return {
    async requestDidStart({ request }): Promise<GraphQLRequestListener<BaseContext> | void> {
      const raw = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (raw === undefined) return;
      let claimed: { id: Types.ObjectId; attempt: number; key: string } | undefined;
      return {
        async responseForOperation(rc) {
          if (rc.operation?.operation !== 'mutation') return null;
          try {
            const fetch = Number(rc.request.http?.headers.get(IDEMPOTENCY_FETCH_HEADER) ?? '1');
            const key = parseIdempotencyKey(raw) + (Number.isInteger(fetch) && fetch > 1 && fetch < 1000 ? `#${fetch}` : '');
            const identity = {
              key,
              subject: rc.contextValue.caller.subject,
              subgraph,
              payloadHash: payloadHash(rc.source, rc.operationName, rc.request.variables),
            };
            const result = await claim(model, identity, settings);
            if (result.kind === 'claimed') {
              claimed = { id: result.id, attempt: result.attempt, key };
              return null;
            }
            const headers = new HeaderMap([[IDEMPOTENCY_REPLAYED_HEADER, 'true']]);
            return { http: { status: result.response.status, headers }, body: { kind: 'single', singleResult: result.response.body } };
          } catch (error) {
            if (error instanceof DomainError) return errorResponse(error);
            rc.contextValue.logger.error({ err: { message: (error as Error).message } }, 'idempotency key could not be claimed');
            return errorResponse(new InternalIdempotencyError());
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (!claimed) return;
          const { id, attempt, key } = claimed;
          claimed = undefined;
          try {
            // an incremental (@defer) answer is not stored: the key is freed
            if (response.body.kind !== 'single' || freesKey(response.body.singleResult)) {
              await model.collection.deleteOne({ _id: id, attempt });
              idempotencyEvents.emit('freed', { subgraph, key });
              return;
            }
            const stored: StoredResponse = { ...(response.http.status ? { status: response.http.status } : {}), body: response.body.singleResult };
            await model.collection.updateOne(
              { _id: id, attempt },
              { $set: { status: 'completed', response: JSON.stringify(stored), completedAt: new Date() } },
            );
          } catch (error) {
            // the response still goes out; the key stays in progress until its lease ends
            contextValue.logger.error({ err: { message: (error as Error).message } }, 'idempotent response could not be stored');
          }
        },
      };
    },
  };
}

/** The key store failed before the mutation ran: nothing happened, the client may retry. */
class InternalIdempotencyError extends DomainError {
  readonly code = ErrorCode.INTERNAL_SERVER_ERROR;
  constructor() {
    super('Internal server error', {}, ErrorCode.INTERNAL_SERVER_ERROR);
  }
}
