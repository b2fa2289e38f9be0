import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IIoK8sApiCoreV1EnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IIoK8sApiCoreV1Volume } from 'kubernetes-models/v1/Volume';
import type { IIoK8sApiCoreV1VolumeMount } from 'kubernetes-models/v1/VolumeMount';
import { SUBGRAPH_REGISTRY, portVariable, urlVariable, type SubgraphEntry } from '@pecg/registry';

/**
 * The Kubernetes manifests of the graph, built from the subgraph registry: the gateway and one
 * Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget per registered subgraph, plus the
 * shared configuration. `npm run deploy:generate` writes them to deploy/k8s; a new subgraph in
 * packages/registry gets its manifests from there without an edit here.
 *
 * Objects are built with the kubernetes-models classes, so the TypeScript compiler refuses a field the
 * Kubernetes API does not have, and deploy/src/validate.ts checks the written YAML against the API schemas.
 */

export const NAMESPACE = 'pecg';
/** Version of every image this repository builds (the root package version): a pinned tag, never `latest`. */
export const IMAGE_VERSION = '0.1.0';
export const GATEWAY_PORT = 4000;
/** How long a router waits for one subgraph call (our gateway: SUBGRAPH_TIMEOUT_MS, 8 s). */
export const SUBGRAPH_TIMEOUT = '8s';

/** Secrets the manifests reference and an operator creates (README, "Deployment: past one machine"); no value is in a manifest. */
export const SECRETS = {
  internalJwt: { name: 'pecg-internal-jwt', key: 'INTERNAL_JWT_SECRET' },
  jwtKeys: { name: 'pecg-jwt-keys', key: 'jwks.json' },
  mongodb: (subgraph: string) => ({ name: `pecg-${subgraph}-mongodb`, key: 'MONGODB_URI' }),
} as const;
/** The revoked token ids (a ConfigMap the operator creates and edits; the gateway reads it again when it changes). */
export const REVOKED_CONFIGMAP = { name: 'pecg-jwt-revoked', key: 'revoked.txt' } as const;

/** Probe paths every service serves on its public port without a token (README, "Operations"). */
export const PROBE_PATHS = { liveness: '/health', readiness: '/ready' } as const;

/** Seconds the kubelet gives a pod to stop: the preStop pause plus a drain budget above the longest operation budget (30 s). */
export const TERMINATION_GRACE_SECONDS = 45;
const PRE_STOP_SECONDS = 5;

export const imageOf = (service: string): string => `pecg/${service}:${IMAGE_VERSION}`;
export const serviceName = (service: string): string => `pecg-${service}`;

const labelsOf = (service: string, component: 'gateway' | 'subgraph') => ({
  'app.kubernetes.io/name': serviceName(service),
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': 'pecg',
});
const selectorOf = (service: string) => ({ 'app.kubernetes.io/name': serviceName(service) });

/** The in-cluster URL the gateway calls a subgraph at (`<NAME>_URL`). */
export const subgraphServiceUrl = (entry: SubgraphEntry): string => `http://${serviceName(entry.name)}:${entry.port}/graphql`;

/** Sizing of one service: requests for scheduling, limits that bound a runaway process, Node's heap below the memory limit. */
interface Sizing {
  cpuRequest: string;
  memoryRequest: string;
  cpuLimit: string;
  memoryLimitMi: number;
  minReplicas: number;
  maxReplicas: number;
}
const GATEWAY_SIZING: Sizing = { cpuRequest: '250m', memoryRequest: '256Mi', cpuLimit: '1', memoryLimitMi: 512, minReplicas: 2, maxReplicas: 10 };
const SUBGRAPH_SIZING: Sizing = { cpuRequest: '200m', memoryRequest: '256Mi', cpuLimit: '1', memoryLimitMi: 512, minReplicas: 2, maxReplicas: 6 };
/** Target average CPU use (of the request) for the autoscaler. */
export const HPA_CPU_UTILIZATION = 70;

interface ServiceSpec {
  service: string;
  component: 'gateway' | 'subgraph';
  port: number;
  sizing: Sizing;
  env: IIoK8sApiCoreV1EnvVar[];
  configMaps: string[];
  volumes: IIoK8sApiCoreV1Volume[];
  volumeMounts: IIoK8sApiCoreV1VolumeMount[];
}

/** A scratch /tmp (tsx keeps its transform cache there; the root filesystem is read-only). */
const TMP_VOLUME: IIoK8sApiCoreV1Volume = { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } };
const TMP_MOUNT: IIoK8sApiCoreV1VolumeMount = { name: 'tmp', mountPath: '/tmp' };

function deployment(spec: ServiceSpec): Deployment {
  const { service, component, port, sizing } = spec;
  return new Deployment({
    metadata: { name: serviceName(service), labels: labelsOf(service, component) },
    spec: {
      replicas: sizing.minReplicas,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selectorOf(service) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: { labels: labelsOf(service, component) },
        spec: {
          serviceAccountName: 'pecg',
          automountServiceAccountToken: false,
          terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          // Replicas spread over nodes and zones: losing one machine never takes a service down.
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: selectorOf(service) } },
            {
              maxSkew: 1,
              topologyKey: 'topology.kubernetes.io/zone',
              whenUnsatisfiable: 'ScheduleAnyway',
              labelSelector: { matchLabels: selectorOf(service) },
            },
          ],
          containers: [
            {
              name: service,
              image: imageOf(service),
              imagePullPolicy: 'IfNotPresent',
              ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
              envFrom: spec.configMaps.map((name) => ({ configMapRef: { name } })),
              env: [
                ...spec.env,
                { name: 'PECG_SERVICE', value: service },
                { name: 'NODE_OPTIONS', value: `--max-old-space-size=${Math.floor(sizing.memoryLimitMi * 0.75)}` },
                { name: SECRETS.internalJwt.key, valueFrom: { secretKeyRef: { name: SECRETS.internalJwt.name, key: SECRETS.internalJwt.key } } },
              ],
              resources: {
                requests: { cpu: sizing.cpuRequest, memory: sizing.memoryRequest },
                limits: { cpu: sizing.cpuLimit, memory: `${sizing.memoryLimitMi}Mi` },
              },
              // The kubelet calls from outside the pod's loopback, so the probes use the public port: /health
              // (the process answers) and the cheap /ready (gateway: supergraph loaded, no subgraph called;
              // subgraph: its database answers a ping). The operations port (/metrics, full /ready) is bound
              // to 127.0.0.1 and is not reachable from the kubelet.
              startupProbe: { httpGet: { path: PROBE_PATHS.liveness, port: 'http' }, periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60 },
              livenessProbe: { httpGet: { path: PROBE_PATHS.liveness, port: 'http' }, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
              readinessProbe: { httpGet: { path: PROBE_PATHS.readiness, port: 'http' }, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 2 },
              // Endpoints are removed asynchronously: keep serving a few seconds after SIGTERM is scheduled.
              lifecycle: { preStop: { exec: { command: ['sleep', String(PRE_STOP_SECONDS)] } } },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                capabilities: { drop: ['ALL'] },
              },
              volumeMounts: [TMP_MOUNT, ...spec.volumeMounts],
            },
          ],
          volumes: [TMP_VOLUME, ...spec.volumes],
        },
      },
    },
  });
}

function service(spec: ServiceSpec): Service {
  return new Service({
    metadata: { name: serviceName(spec.service), labels: labelsOf(spec.service, spec.component) },
    spec: { type: 'ClusterIP', selector: selectorOf(spec.service), ports: [{ name: 'http', port: spec.port, targetPort: 'http', protocol: 'TCP' }] },
  });
}

function autoscaler(spec: ServiceSpec): HorizontalPodAutoscaler {
  return new HorizontalPodAutoscaler({
    metadata: { name: serviceName(spec.service), labels: labelsOf(spec.service, spec.component) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: serviceName(spec.service) },
      minReplicas: spec.sizing.minReplicas,
      maxReplicas: spec.sizing.maxReplicas,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: HPA_CPU_UTILIZATION } } }],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
    },
  });
}

function disruptionBudget(spec: ServiceSpec): PodDisruptionBudget {
  return new PodDisruptionBudget({
    metadata: { name: serviceName(spec.service), labels: labelsOf(spec.service, spec.component) },
    spec: { maxUnavailable: 1, selector: { matchLabels: selectorOf(spec.service) } },
  });
}

/** The four objects of one service, in apply order. */
function serviceObjects(spec: ServiceSpec): Array<Deployment | Service | HorizontalPodAutoscaler | PodDisruptionBudget> {
  return [deployment(spec), service(spec), autoscaler(spec), disruptionBudget(spec)];
}

/** Settings every service shares (no secret among them). */
export function commonConfig(): ConfigMap {
  return new ConfigMap({
    metadata: { name: 'pecg-common', labels: { 'app.kubernetes.io/part-of': 'pecg' } },
    data: {
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      MONGODB_WRITE_CONCERN: 'majority',
      MONGODB_WRITE_JOURNAL: 'true',
      SEED_DEMO: 'false',
      PECG_ALLOW_APOLLO_TELEMETRY: 'false',
    },
  });
}

const JWT_KEYS_DIR = '/etc/pecg/jwt';
const REVOKED_DIR = '/etc/pecg/revoked';

/** The gateway's own settings: where each subgraph is (`<NAME>_URL`, from the registry), the supergraph and the key files. */
export function gatewayConfig(): ConfigMap {
  const urls = Object.fromEntries(SUBGRAPH_REGISTRY.map((entry) => [urlVariable(entry.name), subgraphServiceUrl(entry)]));
  return new ConfigMap({
    metadata: { name: 'pecg-gateway', labels: labelsOf('gateway', 'gateway') },
    data: {
      GATEWAY_PORT: String(GATEWAY_PORT),
      // The supergraph committed with the code, inside the image (schema/supergraph.graphql).
      SUPERGRAPH: '/app/schema/supergraph.graphql',
      JWT_JWKS_FILE: `${JWT_KEYS_DIR}/${SECRETS.jwtKeys.key}`,
      JWT_REVOKED_FILE: `${REVOKED_DIR}/${REVOKED_CONFIGMAP.key}`,
      ...urls,
    },
  });
}

export function gatewayObjects() {
  return serviceObjects({
    service: 'gateway',
    component: 'gateway',
    port: GATEWAY_PORT,
    sizing: GATEWAY_SIZING,
    configMaps: ['pecg-common', 'pecg-gateway'],
    env: [],
    // Mounted as directories (never subPath): the kubelet swaps the files atomically and the gateway reads them again.
    volumes: [
      { name: 'jwt-keys', secret: { secretName: SECRETS.jwtKeys.name, items: [{ key: SECRETS.jwtKeys.key, path: SECRETS.jwtKeys.key }] } },
      { name: 'jwt-revoked', configMap: { name: REVOKED_CONFIGMAP.name, items: [{ key: REVOKED_CONFIGMAP.key, path: REVOKED_CONFIGMAP.key }] } },
    ],
    volumeMounts: [
      { name: 'jwt-keys', mountPath: JWT_KEYS_DIR, readOnly: true },
      { name: 'jwt-revoked', mountPath: REVOKED_DIR, readOnly: true },
    ],
  });
}

export function subgraphObjects(entry: SubgraphEntry) {
  const mongodb = SECRETS.mongodb(entry.name);
  return serviceObjects({
    service: entry.name,
    component: 'subgraph',
    port: entry.port,
    sizing: SUBGRAPH_SIZING,
    configMaps: ['pecg-common'],
    env: [
      { name: portVariable(entry.name), value: String(entry.port) },
      // Its own connection string: a MongoDB user whose roles cover this subgraph's database only.
      { name: 'MONGODB_URI', valueFrom: { secretKeyRef: { name: mongodb.name, key: mongodb.key } } },
    ],
    volumes: [],
    volumeMounts: [],
  });
}

/** Subgraphs take traffic from the gateway only (the internal assertion is the check; this is the second wall). */
export function subgraphNetworkPolicy(): NetworkPolicy {
  return new NetworkPolicy({
    metadata: { name: 'pecg-subgraphs-from-gateway', labels: { 'app.kubernetes.io/part-of': 'pecg' } },
    spec: {
      podSelector: { matchLabels: { 'app.kubernetes.io/component': 'subgraph' } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/component': 'gateway' } } }],
          ports: SUBGRAPH_REGISTRY.map((entry) => ({ protocol: 'TCP', port: entry.port })),
        },
      ],
    },
  });
}

export function baseObjects() {
  return {
    namespace: new Namespace({ metadata: { name: NAMESPACE, labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } }),
    serviceAccount: new ServiceAccount({ metadata: { name: 'pecg', labels: { 'app.kubernetes.io/part-of': 'pecg' } }, automountServiceAccountToken: false }),
  };
}

/** File name (under deploy/k8s/base) → the objects it holds, in apply order. */
export function k8sBaseFiles(): Array<{ file: string; objects: Array<{ toJSON(): unknown }> }> {
  const { namespace, serviceAccount } = baseObjects();
  return [
    { file: 'namespace.yaml', objects: [namespace, serviceAccount] },
    { file: 'config.yaml', objects: [commonConfig(), gatewayConfig()] },
    { file: 'network-policy.yaml', objects: [subgraphNetworkPolicy()] },
    { file: 'gateway.yaml', objects: gatewayObjects() },
    ...SUBGRAPH_REGISTRY.map((entry) => ({ file: `subgraph-${entry.name}.yaml`, objects: subgraphObjects(entry) })),
  ];
}

/** Every service this repository builds an image for: the gateway, then the subgraphs in registry order. */
export function services(): Array<{ service: string; package: string; directory: string; port: number }> {
  return [
    { service: 'gateway', package: '@pecg/gateway', directory: 'gateway', port: GATEWAY_PORT },
    ...SUBGRAPH_REGISTRY.map((entry) => ({ service: entry.name, package: entry.package, directory: entry.directory, port: entry.port })),
  ];
}
