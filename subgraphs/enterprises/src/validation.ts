import { mobilePhone, objectId, text, z } from '@pecg/common';
import { creditCodeProblem } from './domain/credit-code';
import {
  ADVANTAGE_RESOURCE_KINDS,
  ALLIANCE_ROLES,
  ASSIGNMENT_KINDS,
  ENTERPRISE_CATEGORIES,
  ENTERPRISE_STATUSES,
  PARTY_ORGANIZATION_TYPES,
  RISK_ALERT_TYPES,
  RISK_SEVERITIES,
  SERVICE_NEED_CATEGORIES,
} from './models';

/** Zod schemas of every mutation input (parsed with parseInput, which names the wrong field and value). */

export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((value, ctx) => {
    const problem = creditCodeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `unified social credit code "${value}" ${problem}` });
  });

const pastDate = z.date().refine((d) => d.getTime() <= Date.now() + 86_400_000, { message: 'must not be in the future' });

const contact = z.object({ name: text(50), role: text(50), phone: mobilePhone });

const enterpriseFields = {
  name: text(100),
  creditCode,
  category: z.enum(ENTERPRISE_CATEGORIES),
  industry: text(50),
  park: text(100),
  inIncubator: z.boolean(),
  address: text(200),
  legalRepresentative: text(50),
  contacts: z.array(contact).max(10, 'must have at most 10 contacts'),
  employeeCount: z.number().int().min(0, 'must be 0 or more').max(1_000_000),
  foundedOn: pastDate,
};

/** The national tech incubator (国家级科技企业孵化器): the default park. */
export const INCUBATOR_PARK = '万象创新科技产业园';

export const registerEnterpriseInput = z.object({
  ...enterpriseFields,
  park: enterpriseFields.park.nullish().transform((v) => v ?? INCUBATOR_PARK),
  inIncubator: z.boolean().nullish(),
  contacts: enterpriseFields.contacts.nullish().transform((v) => v ?? []),
});

/** Every field optional; null means "leave as it is". */
export const updateEnterpriseInput = z
  .object(
    Object.fromEntries(Object.entries(enterpriseFields).map(([k, s]) => [k, (s as z.ZodType).nullish()])) as {
      [K in keyof typeof enterpriseFields]: z.ZodOptional<z.ZodNullable<(typeof enterpriseFields)[K]>>;
    },
  )
  .refine((v) => Object.values(v).some((x) => x !== null && x !== undefined), { message: 'must change at least one field' });

export const enterpriseStatus = z.enum(ENTERPRISE_STATUSES);
export const version = z.number().int().min(1, 'must be a version read from the enterprise (1 or more)');

export const joinAllianceInput = z.object({
  joinedOn: pastDate.nullish(),
  role: z
    .enum(ALLIANCE_ROLES)
    .refine((v) => v !== 'LEAD_UNIT', { message: "LEAD_UNIT is deprecated: the alliance's lead unit is the sub-bureau, not an enterprise" })
    .nullish()
    .transform((v) => v ?? 'MEMBER'),
  liaisonName: text(50),
  liaisonPhone: mobilePhone,
});

export const partyOrganizationInput = z.object({
  name: text(100),
  type: z.enum(PARTY_ORGANIZATION_TYPES),
  memberCount: z.number().int().min(1, 'must be at least 1').max(10_000),
  secretary: text(50),
});

export const assignOfficerInput = z
  .object({
    enterpriseId: objectId,
    officerId: objectId,
    kind: z.enum(ASSIGNMENT_KINDS),
    projectName: text(100).nullish(),
    startedOn: pastDate.nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'PROJECT_OFFICER' && !v.projectName)
      ctx.addIssue({ code: 'custom', path: ['projectName'], message: 'is required for a PROJECT_OFFICER (项目警官) assignment' });
    if (v.kind === 'ONE_ENTERPRISE_ONE_OFFICER' && v.projectName)
      ctx.addIssue({ code: 'custom', path: ['projectName'], message: 'is only for PROJECT_OFFICER assignments' });
  });

/** A record of another subgraph (RecordSourceInput). */
export const recordSourceInput = z.object({
  subgraph: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,49}$/, 'must be a subgraph name, e.g. activities'),
  typename: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Za-z0-9]{0,49}$/, 'must be a GraphQL type name, e.g. Activity'),
  id: objectId,
});

/** A due date (the Date scalar gives UTC midnight of the calendar day); checked against today in services/due.ts. */
const dueOn = z.date();

export const raiseServiceNeedInput = z.object({
  enterpriseId: objectId,
  category: z.enum(SERVICE_NEED_CATEGORIES),
  description: text(1000),
  dueOn: dueOn.nullish(),
  source: recordSourceInput.nullish(),
});

export const assignServiceNeedInput = z
  .object({ officerId: objectId.nullish(), enterpriseId: objectId.nullish(), dueOn: dueOn.nullish() })
  .superRefine((v, ctx) => {
    if (!v.officerId === !v.enterpriseId)
      ctx.addIssue({ code: 'custom', path: [v.officerId ? 'enterpriseId' : 'officerId'], message: 'exactly one of officerId and enterpriseId must be given' });
  });

export const updateAdvantageResourceInput = z
  .object({ kind: z.enum(ADVANTAGE_RESOURCE_KINDS).nullish(), description: text(500).nullish(), available: z.boolean().nullish() })
  .refine((v) => Object.values(v).some((x) => x !== null && x !== undefined), { message: 'must change at least one field' });

export const withdrawalReason = text(500);
export const matchNote = text(500).nullish();

export const recordMatchOutcomeInput = z.object({
  outcome: z.enum(['ACCEPTED', 'DECLINED', 'COMPLETED'], { message: 'must be ACCEPTED, DECLINED or COMPLETED (PROPOSED is where a match starts)' }),
  note: text(500).nullish(),
});

export const advanceServiceNeedInput = z.object({ action: z.enum(['START', 'RESOLVE', 'DECLINE']), resolution: text(1000).nullish() }).superRefine((v, ctx) => {
  if (v.action !== 'START' && !v.resolution) ctx.addIssue({ code: 'custom', path: ['resolution'], message: `is required to ${v.action}` });
});

export const offerAdvantageResourceInput = z.object({
  enterpriseId: objectId,
  kind: z.enum(ADVANTAGE_RESOURCE_KINDS),
  description: text(500),
  available: z
    .boolean()
    .nullish()
    .transform((v) => v ?? true),
});

export const raiseRiskAlertInput = z.object({
  enterpriseId: objectId,
  type: z.enum(RISK_ALERT_TYPES),
  severity: z.enum(RISK_SEVERITIES),
  title: text(100).nullish(),
  description: text(2000),
  source: text(200),
  origin: recordSourceInput.nullish(),
  evidence: text(2000).nullish(),
  officerId: objectId.nullish(),
});

export const advanceRiskAlertInput = z
  .object({
    action: z.enum(['TRIAGE', 'NOTIFY', 'ACKNOWLEDGE', 'MITIGATE', 'DISMISS', 'CLOSE']),
    reason: text(1000).nullish(),
    mitigation: text(1000).nullish(),
    lossAvoidedYuan: z.number().min(0, 'must be 0 or more').max(1e12).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'DISMISS' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required to DISMISS an alert' });
    if (v.action !== 'MITIGATE' && v.lossAvoidedYuan != null)
      ctx.addIssue({ code: 'custom', path: ['lossAvoidedYuan'], message: 'is only recorded with MITIGATE' });
  });
