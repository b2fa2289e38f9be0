/**
 * Shared jest configuration: every package's jest.config.js spreads this.
 * Tests run TypeScript through SWC, start the embedded database once (globalSetup)
 * and fail when they write to the console.
 */
const path = require('path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: path.join(__dirname, 'packages/testing/src/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'packages/testing/src/global-teardown.ts'),
  setupFilesAfterEnv: [path.join(__dirname, 'packages/testing/src/fail-on-console.ts')],
  testTimeout: 60000,
};
