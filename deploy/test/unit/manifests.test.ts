import { parseAllDocuments, stringify } from 'yaml';
import { SUBGRAPH_REGISTRY, urlVariable } from '@pecg/registry';
import { staleFiles } from '../../src/generated-files';
import { mongodbDocSection } from '../../src/mongodb-doc';
import { declaredCollections } from '../../src/mongodb-indexes';
import { isPinnedImage, readDeployFiles, schemaProblems, validateDeployFiles, type DeployFiles } from '../../src/validate';

/**
 * The deployment files (deploy/k8s, deploy/compose.yaml, deploy/MONGODB.md) are valid and generated from
 * the registry and the models; and the validator refuses broken ones — each case below breaks one rule
 * in a copy of the committed files and expects the problem named.
 */

type Obj = Record<string, any>;

const committed = readDeployFiles();
const lastSubgraph = SUBGRAPH_REGISTRY[SUBGRAPH_REGISTRY.length - 1]!;
const subgraphFile = `deploy/k8s/base/subgraph-${lastSubgraph.name}.yaml`;

/** A copy of the committed files with one file's YAML documents changed. */
function withChange(file: string, change: (docs: Obj[]) => Obj[] | void): DeployFiles {
  const files = new Map(committed);
  const docs = parseAllDocuments(files.get(file)!) as unknown as Array<{ toJS(): Obj }>;
  const objects = docs.map((d) => d.toJS());
  const changed = change(objects) ?? objects;
  files.set(file, changed.map((o) => stringify(o)).join('---\n'));
  return files;
}
const kind = (docs: Obj[], k: string): Obj => docs.find((d) => d.kind === k)!;
const container = (docs: Obj[]): Obj => kind(docs, 'Deployment').spec.template.spec.containers[0];
const composeService = (docs: Obj[], name: string): Obj => docs[0]!.services[name];

describe('deployment files', () => {
  it('are valid: Kubernetes schemas (strict), project rules and the compose file', () => {
    expect(validateDeployFiles(committed)).toEqual([]);
  });

  it('are what `npm run deploy:generate` writes from the registry and the models', async () => {
    // A model, an index or the registry changed without `npm run deploy:generate`: run it and commit the result.
    expect((await staleFiles()).map((file) => `${file} is stale: run npm run deploy:generate`)).toEqual([]);
  });

  it('give every service of the registry a Deployment, Service, HorizontalPodAutoscaler and PodDisruptionBudget', () => {
    const objects = [...committed.entries()]
      .filter(([file]) => file.startsWith('deploy/k8s/base/'))
      .flatMap(([, content]) => (parseAllDocuments(content) as unknown as Array<{ toJS(): Obj }>).map((d) => d.toJS()));
    for (const name of ['gateway', ...SUBGRAPH_REGISTRY.map((e) => e.name)])
      for (const k of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'])
        expect(objects.some((o) => o.kind === k && o.metadata.name === `pecg-${name}`) ? `${k} pecg-${name}` : `missing ${k} pecg-${name}`).toBe(
          `${k} pecg-${name}`,
        );
  });
});

describe('the validator refuses a broken manifest', () => {
  const cases: Array<[string, DeployFiles, RegExp]> = [
    [
      'a misspelt field (strict schema)',
      withChange(subgraphFile, (docs) => {
        const get = container(docs).readinessProbe.httpGet;
        get.paht = get.path;
        delete get.path;
      }),
      /unknown field spec\.template\.spec\.containers\[0\]\.readinessProbe\.httpGet\.paht/,
    ],
    [
      'a value of the wrong type',
      withChange(subgraphFile, (docs) => {
        kind(docs, 'Deployment').spec.replicas = 'two';
      }),
      /schema: .*replicas must be integer/,
    ],
    [
      'a resource quantity that is not one',
      withChange(subgraphFile, (docs) => {
        container(docs).resources.limits.memory = 'lots';
      }),
      /schema: .*resources\/limits\/memory/,
    ],
    [
      'a readiness probe on a path the service does not serve',
      withChange(subgraphFile, (docs) => {
        container(docs).readinessProbe.httpGet.path = '/readyz';
      }),
      /readinessProbe on \/readyz, the service serves \/ready/,
    ],
    [
      'a liveness probe on the loopback-only operations port',
      withChange(subgraphFile, (docs) => {
        container(docs).livenessProbe.httpGet.port = lastSubgraph.port + 1000;
      }),
      /livenessProbe on port \d+, not the public port/,
    ],
    [
      'a subgraph without its PodDisruptionBudget',
      withChange(subgraphFile, (docs) => docs.filter((d) => d.kind !== 'PodDisruptionBudget')),
      new RegExp(`${lastSubgraph.name}: no PodDisruptionBudget pecg-${lastSubgraph.name}`),
    ],
    [
      'one replica',
      withChange(subgraphFile, (docs) => {
        kind(docs, 'Deployment').spec.replicas = 1;
      }),
      /fewer than 2 replicas/,
    ],
    [
      'an autoscaler that scales another Deployment',
      withChange(subgraphFile, (docs) => {
        kind(docs, 'HorizontalPodAutoscaler').spec.scaleTargetRef.name = 'pecg-gateway';
      }),
      /HorizontalPodAutoscaler pecg-\S+: does not scale/,
    ],
    [
      'a secret written into an env value',
      withChange(subgraphFile, (docs) => {
        const env = container(docs).env.find((e: Obj) => e.name === 'INTERNAL_JWT_SECRET');
        delete env.valueFrom;
        env.value = 'not-so-secret';
      }),
      /INTERNAL_JWT_SECRET has a value in the manifest/,
    ],
    [
      'a connection string with a password in a ConfigMap',
      withChange('deploy/k8s/base/config.yaml', (docs) => {
        kind(docs, 'ConfigMap').data.MONGODB_URI = 'mongodb://pecg:hunter2@db:27017/?replicaSet=rs0';
      }),
      /ConfigMap pecg-common: MONGODB_URI (has a value|holds what looks like a credential)/,
    ],
    [
      'a committed Secret',
      withChange('deploy/k8s/base/config.yaml', (docs) => [
        ...docs,
        { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'pecg-internal-jwt' }, stringData: { INTERNAL_JWT_SECRET: 'x' } },
      ]),
      /a Secret object is committed/,
    ],
    [
      'an image tagged latest',
      withChange(subgraphFile, (docs) => {
        container(docs).image = `pecg/${lastSubgraph.name}:latest`;
      }),
      /is not pinned/,
    ],
    [
      'two subgraphs on one database Secret',
      withChange(subgraphFile, (docs) => {
        container(docs).env.find((e: Obj) => e.name === 'MONGODB_URI').valueFrom.secretKeyRef.name = `pecg-${SUBGRAPH_REGISTRY[0]!.name}-mongodb`;
      }),
      /is shared with another subgraph/,
    ],
    [
      'a gateway that calls a subgraph at the wrong port',
      withChange('deploy/k8s/base/config.yaml', (docs) => {
        docs.find((d) => d.metadata.name === 'pecg-gateway')!.data[urlVariable(lastSubgraph.name)] = `http://pecg-${lastSubgraph.name}:9/graphql`;
      }),
      /_URL is http:\/\/pecg-\S+:9\/graphql, not the Service/,
    ],
    [
      'a kustomization that lists a missing file',
      withChange('deploy/k8s/base/kustomization.yaml', (docs) => {
        docs[0]!.resources.push('subgraph-nowhere.yaml');
      }),
      /resource subgraph-nowhere\.yaml does not exist/,
    ],
    [
      'an Apollo Router config that routes a subgraph elsewhere',
      new Map([
        ...committed,
        [
          'deploy/router/router.yaml',
          committed.get('deploy/router/router.yaml')!.replace(`pecg-${lastSubgraph.name}:${lastSubgraph.port}`, `127.0.0.1:${lastSubgraph.port}`),
        ],
      ]),
      new RegExp(`override_subgraph_url\\.${lastSubgraph.name} does not point at the Service`),
    ],
    ['invalid YAML', new Map([...committed, [subgraphFile, 'apiVersion: apps/v1\nkind: [Deployment\n']]), /YAML:/],
    [
      'a compose service with a field Compose does not know',
      withChange('deploy/compose.yaml', (docs) => {
        composeService(docs, 'gateway').restartt = 'always';
      }),
      /compose\.yaml: schema: \/services\/gateway must NOT have additional properties \(restartt\)/,
    ],
    [
      'a compose replica set of two members',
      withChange('deploy/compose.yaml', (docs) => {
        delete docs[0]!.services.mongo3;
      }),
      /not a three-member MongoDB replica set/,
    ],
    [
      'a compose subgraph writing with w: 1',
      withChange('deploy/compose.yaml', (docs) => {
        composeService(docs, lastSubgraph.name).environment.MONGODB_WRITE_CONCERN = '1';
      }),
      /MONGODB_WRITE_CONCERN is not majority/,
    ],
  ];
  it.each(cases)('%s', (_label, files, expected) => {
    const problems = validateDeployFiles(files);
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('strict Kubernetes schema check', () => {
  const deployment = (): Obj => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'x', labels: { a: 'b' } },
    spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'i:1' }] } } },
  });
  it('accepts free-form maps (labels) and refuses unknown fields at any depth', () => {
    expect(schemaProblems(deployment())).toEqual([]);
    const typo = deployment();
    typo.spec.template.spec.containers[0].imagePullPolcy = 'Always';
    expect(schemaProblems(typo)).toEqual(['unknown field spec.template.spec.containers[0].imagePullPolcy']);
  });
  it('refuses kinds it has no schema for, and a missing required field', () => {
    expect(schemaProblems({ apiVersion: 'v1', kind: 'Pod' })).toEqual(['no schema for v1/Pod: not a kind these manifests use']);
    const noContainers = deployment();
    delete noContainers.spec.template.spec.containers;
    expect(schemaProblems(noContainers).join()).toMatch(/must have required property containers/);
  });
  it('knows a pinned image', () => {
    expect(isPinnedImage('mongo:7.0.14')).toBe(true);
    expect(isPinnedImage(`registry.example:5000/pecg/gateway@sha256:${'a'.repeat(64)}`)).toBe(true);
    expect(isPinnedImage('mongo')).toBe(false);
    expect(isPinnedImage('mongo:latest')).toBe(false);
    expect(isPinnedImage('registry.example:5000/pecg/gateway')).toBe(false);
  });
});

describe('MONGODB.md', () => {
  it('has a shard key proposal for every collection the models declare, and refuses a collection without one', () => {
    const collections = declaredCollections();
    expect(collections.length).toBeGreaterThan(SUBGRAPH_REGISTRY.length);
    expect(() => mongodbDocSection(collections)).not.toThrow();
    const added = [...collections, { ...collections[0]!, collection: 'surprise', model: 'Surprise', platform: false }];
    expect(() => mongodbDocSection(added)).toThrow(/no shard key proposal .* for: enterprises\.surprise/);
  });
});
