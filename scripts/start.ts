import path from 'node:path';
import { config, describeDrain, logger, mintToken, ROLES, SUBGRAPH_NAMES, startSubgraph, type RunningSubgraph } from '@pecg/common';
import { demoEnterpriseId, demoOfficerId } from '@pecg/demo';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@pecg/embedded-db';
import { subgraphDefinition } from '@pecg/graph-tools';
import { loadSupergraph, startGateway, type RunningGateway } from '@pecg/gateway';
import { setup } from './setup';

/**
 * `npm start`: the whole graph on this machine — embedded database (unless MONGODB_URI), demo data
 * (idempotent), every registered subgraph and the gateway — and a clean stop on Ctrl-C.
 */
const started = Date.now();
if (!process.env.LOG_LEVEL) logger.level = 'warn';
const step = (text: string) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${text}\n`);

const EXAMPLE_QUERY = `query EnterpriseAcrossTheGraph($id: ID!) {
  enterprise(id: $id) {
    name
    creditCode
    categoryLabel
    applications { statusLabel item { name } }
    activitiesAttended { title kindLabel startsAt }
    disputes { title kindLabel resolved }
  }
}`;

async function main() {
  let database: EmbeddedDatabase | undefined;
  const subgraphs: RunningSubgraph<unknown>[] = [];
  let gateway: RunningGateway | undefined;
  let stopping = false;
  /**
   * Drain (drain.ts): every service's /ready turns false at once; the gateway finishes its operations
   * first (the subgraphs still serve them), then each subgraph drains; exit 1 if a budget cut requests.
   */
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    step('draining…');
    for (const subgraph of subgraphs) subgraph.markNotReady();
    let cut = false;
    if (gateway) {
      const result = await gateway.drain();
      cut ||= !result.completed;
      step(`gateway ${describeDrain(result)}`);
      await gateway.stop().catch(() => undefined);
    }
    await Promise.all(
      subgraphs.map(async (subgraph) => {
        const result = await subgraph.drain();
        cut ||= !result.completed;
        if (!result.completed) step(`${subgraph.name} ${describeDrain(result)}`);
        await subgraph.stop().catch(() => undefined);
      }),
    );
    await database?.stop().catch(() => undefined);
    step('stopped; data kept in ' + path.join(config.dataDir, 'db'));
    process.exit(cut ? 1 : code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    step('checking the embedded database engine');
    setup(step);
    let uri = config.mongodbUri;
    if (!uri) {
      database = await startEmbeddedDatabase({ dataDir: path.join(config.dataDir, 'db'), port: config.embeddedDbPort });
      uri = database.uri;
      step(`embedded database (mongo-java-server) on 127.0.0.1:${database.port}, data in ${path.join(config.dataDir, 'db')}`);
    } else {
      step('using MONGODB_URI');
    }
    for (const name of SUBGRAPH_NAMES) {
      const subgraph = await startSubgraph(subgraphDefinition(name) as never, { mongodbUri: uri, seed: true });
      subgraphs.push(subgraph);
      step(
        `${name} subgraph at ${subgraph.url} (${subgraph.seeded?.created ? `demo data: ${subgraph.seeded.created} records created` : 'demo data already present'})`,
      );
    }
    gateway = await startGateway({ supergraphSdl: await loadSupergraph(), subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])) });
    const admin = await mintToken({ role: 'ADMIN', subject: 'local-admin', name: '本地管理员' });
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: EXAMPLE_QUERY, variables: { id: demoEnterpriseId(1).toHexString() } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    if (body.errors) throw new Error(`the first query through the gateway failed: ${JSON.stringify(body.errors)}`);
    step(`gateway at ${gateway.url} — first query answered ${((Date.now() - started) / 1000).toFixed(1)} s after start`);
    step(
      `dashboard at ${new URL('/dashboard', gateway.url).href}${config.isProduction ? ' (sign in with a role token)' : ' (development: pick a role to sign in)'}`,
    );

    process.stdout.write('\nTokens for each role (send as "Authorization: Bearer <token>"; valid 8 h):\n');
    for (const role of ROLES) {
      const token = await mintToken({
        role,
        subject: `local-${role.toLowerCase()}`,
        ...(role === 'ENTERPRISE' ? { enterpriseId: demoEnterpriseId(1).toHexString() } : {}),
        ...(role === 'POLICE' ? { officerId: demoOfficerId(1).toHexString() } : {}),
        ...(role === 'DEPARTMENT' ? { department: SUBGRAPH_NAMES[0] } : {}),
      });
      process.stdout.write(`  ${role.padEnd(10)} ${token}\n`);
    }
    process.stdout.write(`\nExample query (variables: {"id": "${demoEnterpriseId(1).toHexString()}"}):\n${EXAMPLE_QUERY}\n\n`);
    process.stdout.write(
      `curl -s ${gateway.url} -H 'content-type: application/json' -H "authorization: Bearer ${admin}" \\\n  -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' '), variables: { id: demoEnterpriseId(1).toHexString() } })}'\n\n`,
    );
    process.stdout.write('Press Ctrl-C to stop.\n');
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    process.stderr.write(`start-up failed: ${(error as Error).message}\n`);
    await stop(1);
  }
}

void main();
