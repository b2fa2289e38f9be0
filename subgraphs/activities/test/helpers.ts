import type { TestSubgraph } from '@pecg/testing';
import { setTestClock, type ActivitiesModels } from '../src';

export const ACTIVITY_FIELDS =
  'id title kind kindLabel status statusLabel capacity seatsTaken seatsLeft waitlistCount attendedCount version startsAt endsAt venue { name } organizer { id } materials { title reference } outcome { summary recorded { subject role } } cancellationReason created { subject role at } updated { subject }';

const HOUR = 3_600_000;
let day = 0;

/** A fresh two-hour time at 09:00 China time on its own day (2030-05-01 onward), so activities of one test file never share a room's time. */
export function nextSlot(hours = 2): { startsAt: string; endsAt: string } {
  const start = new Date(Date.UTC(2030, 4, 1, 1) + day++ * 86_400_000);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * HOUR).toISOString() };
}

/** Runs `fn` with the activities test clock at `at` (NODE_ENV=test), then the real clock again. */
export async function atTime<T>(at: Date | string, fn: () => Promise<T>): Promise<T> {
  setTestClock(new Date(at));
  try {
    return await fn();
  } finally {
    setTestClock(null);
  }
}

export const minutes = (iso: string, n: number) => new Date(new Date(iso).getTime() + n * 60_000);

export interface PlannedActivity {
  id: string;
  version: number;
  startsAt: string;
  endsAt: string;
}

export async function planActivity(graph: TestSubgraph<ActivitiesModels>, input: Record<string, unknown>): Promise<PlannedActivity> {
  const slot = nextSlot();
  const planned = await graph.query(
    `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id version status startsAt endsAt } }`,
    { input: { title: '测试活动', kind: 'SYMPOSIUM', ...slot, ...input } },
    'POLICE',
  );
  if (planned.errors) throw new Error(JSON.stringify(planned.errors));
  return planned.data!.planActivity;
}

export async function planOpenActivity(
  graph: TestSubgraph<ActivitiesModels>,
  capacity: number,
  venueId: string,
  input: Record<string, unknown> = {},
): Promise<PlannedActivity> {
  const planned = await planActivity(graph, { venueId, capacity, ...input });
  const opened = await graph.query(
    `mutation ($id: ID!, $v: Int!) { openRegistration(id: $id, expectedVersion: $v) { id version status } }`,
    { id: planned.id, v: planned.version },
    'POLICE',
  );
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  return { ...planned, version: opened.data!.openRegistration.version };
}

export const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id status statusLabel version personName personPhone checkInCode enterprise { id } activity { id } } }`;
export const CHECK_IN = `mutation ($id: ID!, $v: Int!) { checkIn(id: $id, expectedVersion: $v) { status attended checkedInAt version activity { attendedCount } } }`;
export const START = `mutation ($id: ID!, $v: Int!) { startActivity(id: $id, expectedVersion: $v) { status version } }`;
export const CLOSE = `mutation ($id: ID!, $v: Int!, $input: CloseActivityInput!) { closeActivity(id: $id, expectedVersion: $v, input: $input) { status version noShowCount attendedCount seatsTaken waitlistCount report { summary attendeeCount attendingEnterprises { id } otherOrganisations closedAt outcomes { id kind kindLabel deliveryState recordId attempts lastError enterprise { id } } photos { title } } } }`;
