import { config, ROLES } from '@pecg/common';
import { QUERY_BUDGETS } from '../../src/limits-config';

describe('the drain budget', () => {
  it('is by default longer than the longest operation budget, so a stop never cuts an operation that would finish', () => {
    const previous = process.env.DRAIN_TIMEOUT_MS;
    delete process.env.DRAIN_TIMEOUT_MS;
    try {
      const longest = Math.max(...ROLES.map((role) => QUERY_BUDGETS[role].timeoutMs));
      expect(longest).toBe(30_000);
      expect(config.drainTimeoutMs).toBeGreaterThan(longest);
    } finally {
      if (previous !== undefined) process.env.DRAIN_TIMEOUT_MS = previous;
    }
  });

  it('is read from DRAIN_TIMEOUT_MS and refused when it is not an integer', () => {
    const previous = process.env.DRAIN_TIMEOUT_MS;
    try {
      process.env.DRAIN_TIMEOUT_MS = '60000';
      expect(config.drainTimeoutMs).toBe(60_000);
      process.env.DRAIN_TIMEOUT_MS = 'soon';
      expect(() => config.drainTimeoutMs).toThrow('Environment variable DRAIN_TIMEOUT_MS must be an integer from 0 to 3600000, got "soon"');
    } finally {
      if (previous === undefined) delete process.env.DRAIN_TIMEOUT_MS;
      else process.env.DRAIN_TIMEOUT_MS = previous;
    }
  });
});
