import type { TestSubgraph } from '@pecg/testing';
import type { ActivitiesModels } from '../src';

export const ACTIVITY_FIELDS =
  'id title kind kindLabel status statusLabel capacity seatsTaken seatsLeft waitlistCount attendedCount version startsAt endsAt venue { name } organizer { id } materials { title reference } outcome { summary recorded { subject role } } cancellationReason created { subject role at } updated { subject }';

export async function planOpenActivity(graph: TestSubgraph<ActivitiesModels>, capacity: number, venueId: string): Promise<{ id: string; version: number }> {
  const planned = await graph.query(
    `mutation ($input: PlanActivityInput!) { planActivity(input: $input) { id version status } }`,
    { input: { title: '测试活动', kind: 'SYMPOSIUM', venueId, startsAt: '2030-05-01T09:00:00+08:00', endsAt: '2030-05-01T11:00:00+08:00', capacity } },
    'POLICE',
  );
  if (planned.errors) throw new Error(JSON.stringify(planned.errors));
  const { id, version } = planned.data!.planActivity;
  const opened = await graph.query(
    `mutation ($id: ID!, $v: Int!) { openRegistration(id: $id, expectedVersion: $v) { id version status } }`,
    { id, v: version },
    'POLICE',
  );
  if (opened.errors) throw new Error(JSON.stringify(opened.errors));
  return { id, version: opened.data!.openRegistration.version };
}

export const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { id status statusLabel version personName personPhone enterprise { id } activity { id } } }`;
