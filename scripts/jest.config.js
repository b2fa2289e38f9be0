const base = require('../jest.config.base');

module.exports = { ...base, displayName: 'scripts', rootDir: __dirname };
