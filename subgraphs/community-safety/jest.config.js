const base = require('../../jest.config.base');

module.exports = { ...base, displayName: require('./package.json').name };
