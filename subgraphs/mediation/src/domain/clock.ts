import { config } from '@pecg/common';

/**
 * The time-rule clock. Overdue lists and a dispute's time rules are read at the server's clock; a test
 * may read them at another moment (`asOf`) only when the process runs under test (NODE_ENV=test).
 */
export function testClockAllowed(): boolean {
  return config.isTest;
}
