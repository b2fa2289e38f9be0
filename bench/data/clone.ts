import type { Model } from 'mongoose';
import { demoEnterpriseId, demoId, insertInBatches, randomInt, seededRandom } from '@pecg/demo';

export interface CloneOptions {
  /** How many documents to add. */
  count: number;
  /** Enterprises to spread them over: demoEnterpriseId(1…enterprises). */
  enterprises: number;
  seed: number;
  /** Id namespace: documents get demoId(`bench-${kind}`, i). */
  kind: string;
  onProgress?: (done: number) => void;
}

const BATCH = 2_000;

/**
 * A model-agnostic bench generator for subgraphs that do not (yet) export their own
 * `generateBenchData`: it clones the documents the subgraph's own demo seed wrote (so every
 * required field is filled the way that subgraph fills it), gives each copy a deterministic id,
 * spreads them over the bench enterprises (`enterpriseId` or `enterpriseIds`), and suffixes
 * string fields under a unique index so the copies do not collide.
 */
export async function cloneDemoDocuments(model: Model<any>, options: CloneOptions): Promise<number> {
  const templates = (await model.find().sort({ _id: 1 }).lean()) as Record<string, unknown>[];
  if (!templates.length || options.count <= 0) return 0;
  const uniqueStringPaths = model.schema
    .indexes()
    .filter(([, opts]) => opts?.unique)
    .flatMap(([fields]) => Object.keys(fields))
    .filter((p) => p !== '_id' && model.schema.path(p)?.instance === 'String');
  const random = seededRandom(options.seed);
  let inserted = 0;
  for (let from = 1; from <= options.count; from += BATCH) {
    const to = Math.min(options.count, from + BATCH - 1);
    const docs: Record<string, unknown>[] = [];
    for (let i = from; i <= to; i += 1) {
      const doc: Record<string, unknown> = { ...templates[i % templates.length], _id: demoId(`bench-${options.kind}`, i) };
      const enterpriseId = demoEnterpriseId(randomInt(random, 1, options.enterprises));
      if ('enterpriseId' in doc) doc.enterpriseId = enterpriseId;
      if (Array.isArray(doc.enterpriseIds)) doc.enterpriseIds = [enterpriseId];
      for (const p of uniqueStringPaths) if (typeof doc[p] === 'string') doc[p] = `${doc[p]}-B${i}`;
      docs.push(doc);
    }
    inserted += await insertInBatches(model, docs, BATCH);
    options.onProgress?.(to);
  }
  return inserted;
}
