import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { ensureEmbeddedDatabaseInstalled, JAVA_DIR, startEmbeddedDatabase, type EmbeddedDatabase } from '../..';

/**
 * Runs stock mongo-java-server 1.47.0 with its H2 file backend, nothing of ours
 * (test-support/StockServer.java), on `file` while `fn` runs: the reference the extension is compared
 * with.
 */
const STOCK_SERVER = path.join(__dirname, '..', '..', 'test-support', 'StockServer.java');

export async function withStockServer(file: string, fn: (uri: string) => Promise<void>): Promise<void> {
  const child = spawn('java', ['-cp', path.join(JAVA_DIR, 'lib', '*'), STOCK_SERVER, file], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /LISTENING (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`stock server exited with ${code}: ${output.slice(-1500)}`)));
  });
  child.stdout.resume();
  child.stderr.resume();
  try {
    await fn(`mongodb://127.0.0.1:${port}/?directConnection=true`);
  } finally {
    child.stdin.end(); // the stock server shuts down and closes (commits) its store
    expect(await exited).toBe(0);
  }
}

/** Our engine and a stock server side by side (`oursAndStock`). */
export interface OursAndStock {
  uri: () => string;
  stockFile: () => string;
  /** Runs `fn` with a client of our engine and one of a stock server on the scratch file; both closed (and the stock server stopped) afterwards. */
  run: (fn: (ours: MongoClient, stock: MongoClient) => Promise<void>) => Promise<void>;
}

/**
 * For a describe block comparing the extension with stock: our engine (in memory, started before the
 * block's tests) and a scratch file for the stock server (`withStockServer(stockFile(), …)`), both
 * removed after the block.
 */
export function oursAndStock(prefix: string): OursAndStock {
  let dir: string | undefined;
  let engine: EmbeddedDatabase | undefined;
  beforeAll(async () => {
    ensureEmbeddedDatabaseInstalled();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `pecg-${prefix}-`));
    engine = await startEmbeddedDatabase({});
  }, 60_000);
  afterAll(async () => {
    await engine?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const uri = () => engine!.uri;
  const stockFile = () => path.join(dir!, 'stock.mv');
  const run = async (fn: (ours: MongoClient, stock: MongoClient) => Promise<void>) => {
    const ours = await MongoClient.connect(uri());
    try {
      await withStockServer(stockFile(), async (stockUri) => {
        const stock = await MongoClient.connect(stockUri);
        try {
          await fn(ours, stock);
        } finally {
          await stock.close();
        }
      });
    } finally {
      await ours.close();
    }
  };
  return { uri, stockFile, run };
}
