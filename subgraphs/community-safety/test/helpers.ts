import type { TestCaller } from '@pecg/testing';

/** The cloud prevention platform's service identity: a DEPARTMENT token of community-safety. */
export const PLATFORM: TestCaller = { role: 'DEPARTMENT', department: 'community-safety', subject: 'platform:cloud-prevention' };

export const INGEST = `mutation ($events: [SensingEventInput!]!) { ingestSensingEvents(events: $events) { accepted duplicates rejected { index platformEventId field reason } } }`;

export const event = (id: string, overrides: Record<string, unknown> = {}) => ({
  platformEventId: id,
  deviceCode: 'BHT-AI-001',
  kind: 'CROWD_DENSITY',
  occurredAt: new Date(Date.now() - 60_000).toISOString(),
  value: 4.2,
  mediaRef: `vms://clip/${id}`,
  ...overrides,
});
