import { demoEnterpriseId, demoId, demoOfficerId } from '@pecg/demo';
import type { GraphQLResponse, TestSubgraph } from '@pecg/testing';

export const E = (n: number) => demoEnterpriseId(n).toHexString();
export const O = (n: number) => demoOfficerId(n).toHexString();
/** Demo item n (1..19); item 1 = 危险化学品道路运输通行证核发 (M01–M05 essential, M06–M07 non-essential). */
export const ITEM = (n: number) => demoId('approval-item', n).toHexString();
export const ESSENTIAL = ['M01', 'M02', 'M03', 'M04', 'M05'];
export const OPTIONAL = ['M06', 'M07'];

export function errorOf(response: GraphQLResponse): { code: string; message: string; extensions: Record<string, any> } {
  const error = response.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
  return { code: error.extensions?.code as string, message: error.message, extensions: (error.extensions ?? {}) as Record<string, any> };
}

export function dataOf<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

export const APP_FIELDS = `id status statusLabel version missingMaterialCodes deemedAccepted acceptedAt decisionDueDate dueDate certificateNumber inPersonVisitCount multipleVisits
  commitment { status missingMaterialCodes outstandingMaterialCodes deadline fulfilledAt }
  supplementNotice { missingMaterialCodes }
  timeline { from to actor { role } reason }`;

type Sg = TestSubgraph<unknown>;

/** Creates and submits an application for item 1 with the given materials; returns it submitted. */
export async function submitted(sg: Sg, materials: string[], enterprise = 5): Promise<any> {
  const created = dataOf(
    await sg.query(`mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { id version status } }`, {
      input: {
        itemId: ITEM(1),
        enterpriseId: E(enterprise),
        applicantContact: { name: '张伟', phone: '13800001111' },
        handlingOfficerId: O(2),
        materials: materials.map((code) => ({ code, channel: 'ONLINE' })),
      },
    }),
  ).createApplication;
  return dataOf(
    await sg.query(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { ${APP_FIELDS} } }`, {
      id: created.id,
      v: created.version,
    }),
  ).submitApplication;
}

/** Runs a mutation taking (id, expectedVersion[, input]) and returns the raw response. */
export function act(sg: Sg, mutation: string, app: { id: string; version: number }, input?: unknown, caller: Parameters<Sg['query']>[2] = 'POLICE') {
  const decl = input === undefined ? '' : `, $input: ${inputType(mutation)}`;
  const arg = input === undefined ? '' : ', input: $input';
  return sg.query(
    `mutation ($id: ID!, $v: Int!${decl}) { ${mutation}(id: $id, expectedVersion: $v${arg}) { ${APP_FIELDS} } }`,
    { id: app.id, v: app.version, input },
    caller,
  );
}

function inputType(mutation: string): string {
  return (
    {
      refuseApplication: 'ReasonInput!',
      withdrawApplication: 'ReasonInput!',
      requestSupplement: 'RequestSupplementInput',
      acceptWithDeficiency: 'AcceptWithDeficiencyInput!',
      denyApplication: 'DenyApplicationInput!',
      submitMaterials: 'SubmitMaterialsInput!',
      recordVisit: 'RecordVisitInput!',
      extendDecisionDeadline: 'ExtendDecisionDeadlineInput!',
      startSpecialProcedure: 'StartSpecialProcedureInput!',
    } as Record<string, string>
  )[mutation];
}

/** The application after the mutation (fails the test on errors). */
export async function step(
  sg: Sg,
  mutation: string,
  app: { id: string; version: number },
  input?: unknown,
  caller: Parameters<Sg['query']>[2] = 'POLICE',
): Promise<any> {
  return dataOf(await act(sg, mutation, app, input, caller))[mutation];
}
