import type { Connection, Model } from 'mongoose';
import cliProgress from 'cli-progress';
import { config, connectDatabase, ensureIndexes, piiAuditModel, SUBGRAPH_NAMES, type SubgraphName } from '@pecg/common';
import * as activities from '@pecg/activities';
import * as approvals from '@pecg/approvals';
import type * as enterprises from '@pecg/enterprises';
import * as mediation from '@pecg/mediation';
import { subgraphDefinition } from '@pecg/graph-tools';
import { DEMO_PARK } from '@pecg/demo';
import { BENCH_SEED, type Scale } from '../scales';
import { cloneDemoDocuments } from './clone';
import { generateEnterprisesBenchData } from './enterprises';

/** A subgraph package's own bench generator, when it exports one: generateBenchData(models, options). */
type PackageGenerator = (
  models: unknown,
  options: { enterprises: number; count: number; seed: number; onProgress?: (done: number) => void },
) => Promise<Record<string, number>>;

function packageGenerator(pkg: object): PackageGenerator | undefined {
  const candidate = (pkg as { generateBenchData?: unknown }).generateBenchData;
  return typeof candidate === 'function' ? (candidate as PackageGenerator) : undefined;
}

/** The model to clone when a package has no generator of its own: the first that exists. */
function firstModel(models: Record<string, unknown>, names: string[]): Model<any> | undefined {
  for (const name of names) if (models[name]) return models[name] as Model<any>;
  return undefined;
}

interface Step {
  subgraph: SubgraphName;
  what: string;
  total: number;
  run(models: Record<string, unknown>, onProgress: (done: number) => void): Promise<Record<string, number>>;
}

function steps(scale: Scale): Step[] {
  const seed = BENCH_SEED;
  const own = {
    activities: packageGenerator(activities),
    approvals: packageGenerator(approvals),
    mediation: packageGenerator(mediation),
  };
  const generic = (subgraph: SubgraphName, what: string, count: number, candidates: string[]): Step => ({
    subgraph,
    what: own[subgraph as keyof typeof own] ? `${what} (${subgraph} generateBenchData)` : `${what} (cloned demo records)`,
    total: count,
    async run(models, onProgress) {
      const generator = own[subgraph as keyof typeof own];
      if (generator) {
        const result = await generator(models, { enterprises: scale.enterprises, count, seed, onProgress });
        onProgress(count);
        return result;
      }
      const model = firstModel(models, candidates);
      if (!model) return {};
      return {
        [model.modelName]: await cloneDemoDocuments(model, { count, enterprises: scale.enterprises, seed, kind: `${subgraph}-${model.modelName}`, onProgress }),
      };
    },
  });
  return [
    {
      subgraph: 'enterprises',
      what: 'enterprises, party organisations, assignments, needs, alerts',
      total: Math.max(0, scale.enterprises - DEMO_PARK.enterpriseCount),
      run: (models, onProgress) =>
        generateEnterprisesBenchData(models as enterprises.EnterprisesModels, {
          enterprises: scale.enterprises,
          seed,
          onProgress: (n) => onProgress(n - DEMO_PARK.enterpriseCount),
        }),
    },
    generic('approvals', 'approval applications', scale.applications, ['ApprovalApplication', 'Application']),
    generic('mediation', 'disputes', scale.disputes, ['Dispute']),
    generic('activities', 'activities with ~10 registrations each', scale.activities, ['Activity']),
  ];
}

export interface LoadReport {
  scale: string;
  seconds: number;
  inserted: Record<string, Record<string, number>>;
  /** Documents per collection after loading. */
  collections: Record<string, number>;
}

async function countCollections(connection: Connection, name: SubgraphName, into: Record<string, number>): Promise<void> {
  for (const model of Object.values(connection.models)) into[`${name}.${model.collection.collectionName}`] = await model.estimatedDocumentCount();
}

/**
 * Loads a scale into each subgraph's own database (config.databaseName, so DB_PREFIX applies):
 * creates indexes, runs each subgraph's idempotent demo seed, then bulk-inserts the bench data with
 * a progress bar. Deterministic: the same scale gives the same documents and ids.
 */
export async function loadScale(uri: string, scale: Scale, options: { progress?: boolean } = {}): Promise<LoadReport> {
  const started = Date.now();
  const handles = await Promise.all(SUBGRAPH_NAMES.map((name) => connectDatabase(uri, config.databaseName(name))));
  const modelsBySubgraph = {} as Record<SubgraphName, Record<string, unknown>>;
  try {
    for (const [i, name] of SUBGRAPH_NAMES.entries()) {
      const definition = subgraphDefinition(name);
      const models = definition.createModels(handles[i].connection) as Record<string, unknown>;
      piiAuditModel(handles[i].connection);
      await ensureIndexes(handles[i].connection);
      await definition.seedDemo?.(models as never);
      modelsBySubgraph[name] = models;
    }
    const inserted: LoadReport['inserted'] = {};
    const plan = scale.name === 'demo' ? [] : steps(scale);
    const bars = options.progress
      ? new cliProgress.MultiBar(
          {
            format: ' {what} |{bar}| {value}/{total} {duration}s',
            hideCursor: true,
            clearOnComplete: false,
            stopOnComplete: true,
            noTTYOutput: true,
            notTTYSchedule: 5_000,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
    await Promise.all(
      plan.map(async (step) => {
        const bar = bars?.create(step.total, 0, { what: `${step.subgraph}: ${step.what}`.padEnd(78) });
        const result = await step.run(modelsBySubgraph[step.subgraph], (done) => bar?.update(done));
        bar?.update(step.total);
        inserted[step.subgraph] = { ...(inserted[step.subgraph] ?? {}), ...result };
      }),
    );
    bars?.stop();
    const collections: Record<string, number> = {};
    for (const [i, name] of SUBGRAPH_NAMES.entries()) await countCollections(handles[i].connection, name, collections);
    return { scale: scale.name, seconds: (Date.now() - started) / 1000, inserted, collections };
  } finally {
    await Promise.all(handles.map((h) => h.close()));
  }
}
