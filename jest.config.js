/** Root jest: runs every workspace package's suites as one multi-project run (`npm test`). */
module.exports = {
  projects: ['<rootDir>/packages/*/jest.config.js', '<rootDir>/subgraphs/*/jest.config.js', '<rootDir>/gateway/jest.config.js', '<rootDir>/tools/*/jest.config.js', '<rootDir>/scripts/jest.config.js'],
  maxWorkers: 2,
  // testTimeout is a global option: project configs cannot set it in a multi-project run.
  testTimeout: 60000,
};
