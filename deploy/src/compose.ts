import { SUBGRAPH_REGISTRY, portVariable, urlVariable } from '@pecg/registry';
import { GATEWAY_PORT, IMAGE_VERSION, services } from './manifests';

/**
 * deploy/compose.yaml, built from the subgraph registry: the whole graph on a laptop, on a three-member
 * MongoDB replica set (writes acknowledged by a majority, as in production), two replicas of every
 * subgraph (compose's DNS spreads the gateway's calls over them) and one gateway published on loopback. Development mode (NODE_ENV unset): the development keys, demo
 * data, introspection on — tokens from `npm run token` work against http://127.0.0.1:4000/graphql.
 */

/** The MongoDB image of the laptop replica set (a pinned release of the 7.0 series). */
export const MONGO_IMAGE = 'mongo:7.0.14';
export const REPLICA_SET = 'rs0';
const MONGO_MEMBERS = ['mongo1', 'mongo2', 'mongo3'];
export const COMPOSE_MONGODB_URI = `mongodb://${MONGO_MEMBERS.map((m) => `${m}:27017`).join(',')}/?replicaSet=${REPLICA_SET}`;

/** A health check with what the node image has (no curl): fetch the service's public /ready. */
const readyCheck = (port: number) => ({
  test: ['CMD', 'node', '-e', `fetch('http://127.0.0.1:${port}/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`],
  interval: '5s',
  timeout: '3s',
  retries: 30,
});

/** rs.initiate once (a second run finds the set initiated), then wait until a primary is elected. */
const INIT_SCRIPT = [
  `try { rs.status(); } catch (e) { rs.initiate({ _id: '${REPLICA_SET}', members: [${MONGO_MEMBERS.map((m, i) => `{ _id: ${i}, host: '${m}:27017' }`).join(', ')}] }); }`,
  `while (!rs.status().members.some((m) => m.stateStr === 'PRIMARY')) { sleep(500); }`,
  `print('replica set ${REPLICA_SET} has a primary');`,
].join(' ');

export function composeFile(): Record<string, unknown> {
  const svc: Record<string, unknown> = {};
  for (const member of MONGO_MEMBERS) {
    svc[member] = {
      image: MONGO_IMAGE,
      command: ['mongod', '--replSet', REPLICA_SET, '--bind_ip_all', '--port', '27017'],
      volumes: [`${member}-data:/data/db`],
      healthcheck: { test: ['CMD', 'mongosh', '--quiet', '--eval', "db.adminCommand('ping').ok"], interval: '5s', timeout: '5s', retries: 30 },
      restart: 'unless-stopped',
    };
  }
  svc['mongo-init'] = {
    image: MONGO_IMAGE,
    depends_on: Object.fromEntries(MONGO_MEMBERS.map((m) => [m, { condition: 'service_healthy' }])),
    command: ['mongosh', '--host', `${MONGO_MEMBERS[0]}:27017`, '--quiet', '--eval', INIT_SCRIPT],
    restart: 'on-failure',
  };

  const common = {
    HOST: '0.0.0.0',
    MONGODB_WRITE_CONCERN: 'majority',
    MONGODB_WRITE_JOURNAL: 'true',
    LOG_LEVEL: 'info',
  };
  for (const { service, package: pkg, directory, port } of services()) {
    const isGateway = service === 'gateway';
    const environment: Record<string, string> = isGateway
      ? {
          ...common,
          PECG_SERVICE: 'gateway',
          GATEWAY_PORT: String(GATEWAY_PORT),
          ...Object.fromEntries(SUBGRAPH_REGISTRY.map((e) => [urlVariable(e.name), `http://${e.name}:${e.port}/graphql`])),
        }
      : { ...common, PECG_SERVICE: service, [portVariable(service)]: String(port), MONGODB_URI: COMPOSE_MONGODB_URI, SEED_DEMO: 'true' };
    svc[service] = {
      image: `pecg/${service}:${IMAGE_VERSION}`,
      build: { context: '..', dockerfile: 'deploy/Dockerfile', args: { PACKAGE: pkg, DIRECTORY: directory } },
      environment,
      depends_on: isGateway
        ? Object.fromEntries(SUBGRAPH_REGISTRY.map((e) => [e.name, { condition: 'service_healthy' }]))
        : { 'mongo-init': { condition: 'service_completed_successfully' } },
      healthcheck: readyCheck(port),
      read_only: true,
      tmpfs: ['/tmp'],
      user: '1000:1000',
      stop_grace_period: '45s',
      deploy: { replicas: isGateway ? 1 : 2 },
      ...(isGateway ? { ports: [`127.0.0.1:${GATEWAY_PORT}:${GATEWAY_PORT}`] } : {}),
      restart: 'unless-stopped',
    };
  }
  // No top-level `name`: the published Compose schema the validator uses predates it; run with `-p pecg`.
  return {
    services: svc,
    volumes: Object.fromEntries(MONGO_MEMBERS.map((m) => [`${m}-data`, {}])),
  };
}
