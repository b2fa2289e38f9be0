/** Root jest: runs every workspace package's suites as one multi-project run (`npm test`). */
module.exports = {
  projects: ['<rootDir>/packages/*', '<rootDir>/subgraphs/*', '<rootDir>/gateway', '<rootDir>/scripts'],
  maxWorkers: 2,
  // testTimeout is a global option: project configs cannot set it in a multi-project run.
  testTimeout: 60000,
};
