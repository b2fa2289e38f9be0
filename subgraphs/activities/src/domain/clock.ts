import { config, ValidationError } from '@pecg/common';

/**
 * The activities clock. Registration and check-in windows, booking releases and offer expiries are
 * decided at the server's clock; a test may move that clock (`setTestClock`) only when the process runs
 * under test (NODE_ENV=test), never in development or production.
 */
let testNow: Date | null = null;

export function now(): Date {
  return config.isTest && testNow ? new Date(testNow.getTime()) : new Date();
}

/** Sets (or, with null, clears) the test clock; refused outside NODE_ENV=test. */
export function setTestClock(at: Date | null): void {
  if (!config.isTest) throw new ValidationError('the activities test clock can be set only under NODE_ENV=test', { field: 'clock' });
  testNow = at;
}

/** The subgraph's time rules (ACTIVITIES_* settings, read through config). */
export const settings = {
  /** Minutes before the start from which people may check in (ACTIVITIES_CHECK_IN_OPENS_MINUTES, default 60). */
  get checkInOpensMinutes(): number {
    return config.integer('ACTIVITIES_CHECK_IN_OPENS_MINUTES', 60, 0, 24 * 60);
  },
  /** A booking nobody checked into this many minutes after its start is released (ACTIVITIES_BOOKING_RELEASE_MINUTES, default 30). */
  get bookingReleaseMinutes(): number {
    return config.integer('ACTIVITIES_BOOKING_RELEASE_MINUTES', 30, 1, 24 * 60);
  },
  /** Hours a waitlisted person has to accept an offered seat (ACTIVITIES_OFFER_HOURS, default 24). */
  get offerHours(): number {
    return config.integer('ACTIVITIES_OFFER_HOURS', 24, 1, 24 * 14);
  },
};
