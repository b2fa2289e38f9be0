/**
 * Root jest: runs every workspace package's suites as one multi-project run (`npm test`): the `unit`
 * project (database-free tests of every package, no global setup; `npm run test:unit`) and one
 * integration project per package (with the embedded database; `npm run test:integration`).
 * The tiers are described in jest.config.base.js.
 */
const { unit } = require('./jest.config.base');

module.exports = {
  projects: [
    unit,
    '<rootDir>/packages/*/jest.config.js',
    '<rootDir>/subgraphs/*/jest.config.js',
    '<rootDir>/gateway/jest.config.js',
    '<rootDir>/tools/*/jest.config.js',
    '<rootDir>/scripts/jest.config.js',
  ],
  maxWorkers: 2,
  // testTimeout is a global option: project configs cannot set it in a multi-project run.
  testTimeout: 60000,
};
