const base = require('../jest.config.base');

module.exports = {
  ...base,
  displayName: require('./package.json').name,
  setupFilesAfterEnv: [...base.setupFilesAfterEnv, '<rootDir>/test/support/timeout.ts'],
};
