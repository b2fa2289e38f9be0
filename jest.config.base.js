/**
 * Shared jest configuration: every package's jest.config.js spreads this (the integration tier), and
 * the root jest.config.js builds the `unit` project from the same pieces.
 *
 * Two tiers:
 * - unit: database-free tests, files named `*.unit.test.ts` or placed under `test/unit/` in any
 *   package. One root project named `unit` runs them all (`npm run test:unit`, i.e.
 *   `jest --selectProjects unit`): no global setup, so no embedded database is started.
 * - integration: every other `*.test.ts`, one project per package; the global setup starts the
 *   embedded database once per run. These projects ignore the unit tests.
 * Both tiers run TypeScript through SWC and fail when a test writes to the console.
 * `--selectProjects` takes several values: put a file filter after another option or `--`
 * (`npm run test:unit -- path`, `npx jest --selectProjects unit -- path`).
 */
const path = require('path');

/** Unit tests, relative to a package (`<rootDir>/` prefixed by each tier). */
const UNIT_TEST_GLOBS = ['**/*.unit.test.ts', '**/test/unit/**/*.test.ts'];
/** The same files as path patterns (testPathIgnorePatterns of the integration projects). */
const UNIT_TEST_PATTERNS = ['\\.unit\\.test\\.ts$', '/test/unit/'];

/** Packages published only as ES modules (Node runs them through require(esm); jest needs them compiled). */
const ESM_ONLY = '(agenda|@agendajs/mongo-backend)';

/** What both tiers share. */
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
    // ESM-only dependencies (the job scheduler): compiled to CommonJS for jest's module loader.
    [`/node_modules/${ESM_ONLY}/.+\\.js$`]: ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: [path.join(__dirname, 'packages/testing/src/fail-on-console.ts')],
  testTimeout: 60000,
};

/** The integration tier of one package (spread by its jest.config.js). */
const integration = {
  ...shared,
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...UNIT_TEST_PATTERNS],
  globalSetup: path.join(__dirname, 'packages/testing/src/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'packages/testing/src/global-teardown.ts'),
};

/** The packages whose tests the unit tier collects (the workspaces, the scripts and the deployment checks). */
const WORKSPACE_DIRS = ['packages', 'subgraphs', 'gateway', 'tools', 'scripts', 'deploy'];

/** The `unit` project: every package's unit tests, without the database (no globalSetup). */
const unit = {
  ...shared,
  displayName: 'unit',
  rootDir: __dirname,
  roots: WORKSPACE_DIRS.map((dir) => `<rootDir>/${dir}`),
  testMatch: UNIT_TEST_GLOBS.map((glob) => `<rootDir>/${glob}`),
  testPathIgnorePatterns: ['/node_modules/'],
};

module.exports = integration;
// Not enumerable, so `{ ...base }` in a package config copies only jest options.
Object.defineProperty(module.exports, 'unit', { value: unit, enumerable: false });
