import fs from 'node:fs';
import path from 'node:path';

/**
 * The new-subgraph scaffold: renders `template/` (files ending in `.tpl`, tokens `__name__` & co. in
 * paths and text) into subgraphs/<name>/ and adds the subgraph to the one registry
 * (packages/registry/src/index.ts). Everything else that lists subgraphs reads the registry.
 */
export const TEMPLATE_DIR = path.join(__dirname, 'template');

export interface ScaffoldOptions {
  /** Subgraph name: lower-case letters, digits and dashes, e.g. `harbour-watch`. */
  name: string;
  /** Owning department, e.g. `白虎滩社区综治中心 — the community's comprehensive governance centre`. */
  owner: string;
  /** What the department owns (the @contact description). */
  ownerDescription?: string;
  /** The first entity type, PascalCase (default: `<Name>Record`). */
  entity?: string;
  /** Its plural in camelCase (default: English rules on the entity name). */
  plural?: string;
  /** Its Chinese label, e.g. 设备. */
  label?: string;
  port?: number;
  database?: string;
}

export interface ResolvedOptions extends Required<ScaffoldOptions> {
  tokens: Record<string, string>;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
const camel = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const snake = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const kebab = (text: string) => snake(text).replace(/_/g, '-');

/** English plural of a PascalCase word's last part (Device → Devices, Patrol → Patrols, Inquiry → Inquiries). */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export interface RegistryEntryLike {
  name: string;
  port: number;
  database: string;
}

/** Checks the options against the registry and fills in the defaults; throws naming the option and value. */
export function resolveOptions(options: ScaffoldOptions, registered: readonly RegistryEntryLike[]): ResolvedOptions {
  const { name } = options;
  if (!NAME.test(name)) throw new Error(`name: "${name}" must be lower-case letters, digits and dashes, starting with a letter (e.g. harbour-watch)`);
  if (registered.some((e) => e.name === name)) throw new Error(`name: "${name}" is already a registered subgraph`);
  const owner = options.owner?.trim();
  if (!owner) throw new Error('--owner: the owning department is required (it is named in the schema with @contact)');
  if (/["\\\n]/.test(owner)) throw new Error(`--owner: "${owner}" must not contain quotes, backslashes or line breaks`);
  const Name = pascal(name);
  const entity = options.entity ?? `${Name}Record`;
  if (!PASCAL.test(entity)) throw new Error(`--entity: "${entity}" must be a PascalCase GraphQL type name (e.g. Device)`);
  if (['Enterprise', 'PoliceOfficer', 'Query', 'Mutation'].includes(entity)) throw new Error(`--entity: "${entity}" is a shared type of the graph`);
  const plural = options.plural ?? camel(pluralOf(entity));
  if (!/^[a-z][A-Za-z0-9]*$/.test(plural) || plural === camel(entity)) throw new Error(`--plural: "${plural}" must be camelCase and differ from the entity`);
  const port = options.port ?? Math.max(4000, ...registered.map((e) => e.port)) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`--port: ${port} must be a port from 1024 to 65535`);
  const taken = registered.find((e) => e.port === port);
  if (taken) throw new Error(`--port: ${port} is taken by ${taken.name}`);
  const database = options.database ?? `pecg_${name.replace(/-/g, '_')}`;
  if (!/^[a-z][a-z0-9_]*$/.test(database)) throw new Error(`--database: "${database}" must be lower-case letters, digits and underscores`);
  if (registered.some((e) => e.database === database)) throw new Error(`--database: "${database}" is used by another subgraph`);
  const label = options.label?.trim() || entity;
  const ownerDescription = options.ownerDescription?.trim() || `Owns the ${plural} of the ${name} subgraph.`;
  const tokens: Record<string, string> = {
    __NAME_ENV__: name.toUpperCase().replace(/-/g, '_'),
    __nameCamel__: camel(Name),
    __name__: name,
    __Name__: Name,
    __ENTITY__: snake(entity).toUpperCase(),
    __Entities__: plural.charAt(0).toUpperCase() + plural.slice(1),
    __entities__: plural,
    __Entity__: entity,
    __entity__: camel(entity),
    __module__: kebab(entity),
    __collection__: snake(plural),
    __label__: label,
    __ownerDescription__: ownerDescription,
    __owner__: owner,
    __port__: String(port),
    __database__: database,
  };
  return { name, owner, ownerDescription, entity, plural, label, port, database, tokens };
}

/** Replaces every token (longest first, so `__ENTITY__` never eats `__ENTITY___STATUSES`' suffix). */
export function render(text: string, tokens: Record<string, string>): string {
  let out = text;
  for (const token of Object.keys(tokens).sort((a, b) => b.length - a.length)) out = out.split(token).join(tokens[token]);
  return out;
}

/** Every template file, as [relative output path, rendered content]. */
export function renderedFiles(resolved: ResolvedOptions, extra: Record<string, string> = {}): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const dirent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = path.join(dir, dirent.name);
      if (dirent.isDirectory()) walk(absolute);
      else if (dirent.name.endsWith('.tpl')) {
        const relative = path.relative(TEMPLATE_DIR, absolute).slice(0, -'.tpl'.length);
        const tokens = { ...resolved.tokens, ...extra };
        files.push([render(relative, tokens), render(fs.readFileSync(absolute, 'utf8'), tokens)]);
      }
    }
  };
  walk(TEMPLATE_DIR);
  return files;
}

/** The registry source with the new entry appended (composition order: last). */
export function withRegistryEntry(source: string, resolved: ResolvedOptions): string {
  const end = source.indexOf('] as const satisfies readonly SubgraphEntry[]');
  if (end < 0)
    throw new Error('packages/registry/src/index.ts: the SUBGRAPH_REGISTRY list end (`] as const satisfies readonly SubgraphEntry[]`) was not found');
  const entry = [
    '  {',
    `    name: '${resolved.name}',`,
    `    package: '@pecg/${resolved.name}',`,
    `    directory: 'subgraphs/${resolved.name}',`,
    `    owner: ${JSON.stringify(resolved.owner)},`,
    `    port: ${resolved.port},`,
    `    database: '${resolved.database}',`,
    '  },',
    '',
  ].join('\n');
  return source.slice(0, end) + entry + source.slice(end);
}
