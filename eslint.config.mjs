// ESLint flat config (`npm run lint`). The import-boundary rules are explained in docs/CONVENTIONS.md
// ("Lint and format"); the subgraph list comes from the registry, so a new subgraph needs no edit here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { require as tsRequire } from 'tsx/cjs/api';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every subgraph: the entries of SUBGRAPH_REGISTRY (packages/registry/src/index.ts, loaded through tsx so
 * the config reads the same list the code does), plus any folder under subgraphs/ not registered yet.
 */
function loadSubgraphs() {
  const { SUBGRAPH_REGISTRY } = tsRequire('./packages/registry/src/index.ts', import.meta.url);
  if (!Array.isArray(SUBGRAPH_REGISTRY) || SUBGRAPH_REGISTRY.length === 0) {
    throw new Error('eslint.config.mjs: SUBGRAPH_REGISTRY from packages/registry/src/index.ts is empty or missing');
  }
  const subgraphs = SUBGRAPH_REGISTRY.map(({ package: pkg, directory }) => {
    if (typeof pkg !== 'string' || typeof directory !== 'string') throw new Error('eslint.config.mjs: registry entry without package/directory');
    return { pkg, directory: directory.replace(/\/+$/, '') };
  });
  const subgraphsDir = path.join(ROOT, 'subgraphs');
  for (const dirent of fs.existsSync(subgraphsDir) ? fs.readdirSync(subgraphsDir, { withFileTypes: true }) : []) {
    const manifest = path.join(subgraphsDir, dirent.name, 'package.json');
    if (!dirent.isDirectory() || !fs.existsSync(manifest)) continue;
    const directory = `subgraphs/${dirent.name}`;
    if (subgraphs.some((s) => s.directory === directory)) continue;
    subgraphs.push({ pkg: JSON.parse(fs.readFileSync(manifest, 'utf8')).name, directory });
  }
  return subgraphs;
}

const SUBGRAPHS = loadSubgraphs();

const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for `@pecg/x` and any subpath of it. */
const packagePattern = (names, message) => ({ regex: `^(${names.map(escapeRegex).join('|')})(/|$)`, message });

// --- Import restrictions, as sets; a file gets the union of the sets that apply to it. -----------------

/** Everywhere: a package is used through its entry point, never through its src/ folder. */
const NO_INTERNALS = [
  {
    regex: '^@pecg/[^/]+/src(/|$)',
    message: "Import the package's entry point (@pecg/<pkg>), not its internals: export what you need from its src/index.ts.",
  },
];

/** Runtime code (what runs in production) never needs development tooling. */
const RUNTIME = {
  patterns: [
    packagePattern(
      ['@pecg/embedded-db', '@pecg/testing', '@pecg/graph-tools'],
      'Runtime code must not depend on development tooling (@pecg/embedded-db, @pecg/testing, @pecg/graph-tools).',
    ),
  ],
  paths: ['process', 'node:process'].map((name) => ({
    name,
    importNames: ['env'],
    message: 'Read environment variables through `config` in packages/common/src/config.ts.',
  })),
};

/** The gateway reads the composed supergraph and knows no subgraph, and ships without demo or test code. */
const GATEWAY = [
  packagePattern(
    SUBGRAPHS.map((s) => s.pkg),
    'The gateway imports no subgraph: it reads the composed supergraph.',
  ),
  packagePattern(['@pecg/registry'], 'The gateway knows no subgraph: routing comes from the supergraph, configuration from @pecg/common.'),
  packagePattern(['@pecg/demo'], 'The gateway ships without demo fixtures.'),
];

/** A subgraph is owned by one department and deployed alone: it imports no other subgraph. */
const otherSubgraphs = (self) => {
  const others = SUBGRAPHS.filter((s) => s !== self).map((s) => s.pkg);
  return others.length === 0
    ? []
    : [packagePattern(others, 'A subgraph never imports another subgraph: share code through packages/common, data through federation.')];
};

/** Resolvers stay thin: they call services, which own the models. */
const NO_MODELS = [
  {
    regex: '(^|/)models(/|$)',
    message: 'Resolvers never import models: go through a service (src/services) or a mapper.',
  },
];

const restrict = (files, { patterns = [], paths = [] }) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }] },
});

const RUNTIME_NOT_SUBGRAPH = ['packages/common/src/**', 'packages/registry/src/**'];
const PROCESS_ENV_RULE = {
  'no-restricted-properties': [
    'error',
    { object: 'process', property: 'env', message: 'Read environment variables through `config` in packages/common/src/config.ts.' },
  ],
};

const boundaryConfigs = [
  // General to specific: for one rule, the last matching config wins, so each set repeats the general ones.
  restrict(['**/*.{ts,mts,cts,js,mjs,cjs}'], { patterns: NO_INTERNALS }),
  restrict(RUNTIME_NOT_SUBGRAPH, { patterns: [...NO_INTERNALS, ...RUNTIME.patterns], paths: RUNTIME.paths }),
  restrict(['gateway/src/**'], { patterns: [...NO_INTERNALS, ...RUNTIME.patterns, ...GATEWAY], paths: RUNTIME.paths }),
  ...SUBGRAPHS.flatMap((s) => [
    restrict([`${s.directory}/**`], { patterns: [...NO_INTERNALS, ...otherSubgraphs(s)] }),
    restrict([`${s.directory}/src/**`], { patterns: [...NO_INTERNALS, ...otherSubgraphs(s), ...RUNTIME.patterns], paths: RUNTIME.paths }),
    // Both layouts: src/resolvers/** and src/schema/<module>/resolvers/**.
    restrict([`${s.directory}/src/**/resolvers/**`], {
      patterns: [...NO_INTERNALS, ...otherSubgraphs(s), ...RUNTIME.patterns, ...NO_MODELS],
      paths: RUNTIME.paths,
    }),
  ]),
  // Configuration is read in one place: packages/common/src/config.ts.
  {
    files: [...RUNTIME_NOT_SUBGRAPH, 'gateway/src/**', ...SUBGRAPHS.map((s) => `${s.directory}/src/**`)],
    ignores: ['packages/common/src/config.ts', '**/*.test.ts', '**/test/**'],
    rules: PROCESS_ENV_RULE,
  },
  // A relative import never leaves its workspace package (no `../../packages/common/src/...`, no
  // `../../../enterprises/src/...`): import the other package by name. Resolved on disk, so it sees the real target.
  {
    files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.d.ts'] })],
    },
    rules: { 'import-x/no-relative-packages': 'error' },
  },
  // Jest configs spread the shared root jest.config.base.js on purpose.
  { files: ['**/jest.config.js'], rules: { 'import-x/no-relative-packages': 'off' } },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.data/**',
      '.tools/**',
      '.turbo/**',
      'bench/results/**',
      '**/__generated__/**',
      '**/*.generated.ts',
      '**/*.d.ts',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  // CommonJS JavaScript: jest configs and small node scripts.
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The GraphiQL page script runs in the browser, with the libraries the page loads.
  {
    files: ['gateway/ide/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, React: 'readonly', ReactDOM: 'readonly', GraphiQL: 'readonly' } },
  },
  // Tests and development tooling (benchmark, scripts, tools) may be loose with types.
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/test-support/**/*.ts', 'packages/testing/**/*.ts', 'bench/**', 'scripts/**', 'tools/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...boundaryConfigs,
);
