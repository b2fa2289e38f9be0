import mongoose, { type Connection } from 'mongoose';
import type { CommandStartedEvent } from 'mongodb';
import { config } from '../config';
import { latestStrategyOf } from './storage';

mongoose.set('strictQuery', true);
// mongoose keeps the stack of every query's first execution (`new Error().stack`, source-mapped under tsx) only to
// word a "Query was already executed" error: a stack trace per query on the hot path.
mongoose.set('skipOriginalStackTraces', true);

/** Counts MongoDB commands sent over a connection (database round-trips), from driver command monitoring. */
export class RoundTripCounter {
  total = 0;
  readonly byCommand = new Map<string, number>();
  record(event: CommandStartedEvent): void {
    if (event.commandName === 'hello' || event.commandName === 'isMaster' || event.commandName === 'ping') return;
    this.total += 1;
    this.byCommand.set(event.commandName, (this.byCommand.get(event.commandName) ?? 0) + 1);
  }
  reset(): void {
    this.total = 0;
    this.byCommand.clear();
  }
}

export interface DatabaseHandle {
  connection: Connection;
  roundTrips: RoundTripCounter;
  close(): Promise<void>;
}

/**
 * Opens a connection to one subgraph's own database. Every subgraph has its own database on the
 * server (config.databaseName); none reads another's. Writes use `config.writeConcern` (majority,
 * journaled, by default). Detects once what the server's aggregation supports (see
 * `latestStrategyOf`) before counting round trips.
 */
export async function connectDatabase(uri: string, dbName: string): Promise<DatabaseHandle> {
  const { w, journal } = config.writeConcern;
  const connection = mongoose.createConnection(uri, {
    w,
    journal,
    dbName,
    monitorCommands: true,
    maxPoolSize: config.mongodbPoolSize,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: false,
    autoCreate: false,
  });
  await connection.asPromise();
  await latestStrategyOf(connection);
  const roundTrips = new RoundTripCounter();
  connection.getClient().on('commandStarted', (event) => roundTrips.record(event));
  return {
    connection,
    roundTrips,
    async close() {
      await connection.close();
    },
  };
}

/**
 * Creates every index declared in the connection's mongoose schemas. Run at start-up, before the
 * first write (`startSubgraph` does; so do tests through `startTestSubgraph`).
 */
export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    // createIndexes also creates the collection when it does not exist yet.
    await model.createIndexes();
  }
}

/** Whether an error is a MongoDB duplicate-key error (unique index violated). */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}
