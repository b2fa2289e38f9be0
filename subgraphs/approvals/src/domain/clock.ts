import { config } from '@pecg/common';

/**
 * The deadline clock. Deadlines (deemed acceptance, lapsed 容缺 commitments, overdue decisions) are
 * applied at the server's clock; a test may move that clock (`processDeadlines(asOf:)`) only when the
 * process runs under test (NODE_ENV=test), never in development or production.
 */
export function testClockAllowed(): boolean {
  return config.isTest;
}
