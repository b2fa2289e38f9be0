import { Types } from 'mongoose';
import {
  actorStamp,
  asSystem,
  ConflictError,
  isDuplicateKeyError,
  monthKey,
  parseId,
  parseInput,
  requireEnterpriseScope,
  requireRole,
  StateConditionError,
  updateVersioned,
  ValidationError,
} from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type { EnterpriseDoc, PartyOrganizationDoc } from '../models';
import {
  enterpriseStatus,
  INCUBATOR_PARK,
  joinAllianceInput,
  partyOrganizationInput,
  registerEnterpriseInput,
  updateEnterpriseInput,
  version,
} from '../validation';
import { endAllAssignments } from './assignments';
import { loadEnterprise } from './loading';
import { POLICY } from './policy';

function duplicateCreditCode(code: string): ConflictError {
  return new ConflictError(`An enterprise with creditCode "${code}" is already registered`, { field: 'input.creditCode', value: code });
}

export async function registerEnterprise(ctx: EnterprisesContext, input: unknown): Promise<EnterpriseDoc> {
  requireRole(ctx.caller, POLICY.registerEnterprise, 'register enterprises');
  const data = parseInput(registerEnterpriseInput, input);
  const stamp = actorStamp(ctx.caller);
  try {
    const doc = await ctx.models.Enterprise.create({
      ...data,
      inIncubator: data.inIncubator ?? data.park === INCUBATOR_PARK,
      status: 'ACTIVE',
      registeredAt: stamp.at,
      registeredMonth: monthKey(stamp.at),
      allianceMember: false,
      alliance: null,
      version: 1,
      created: stamp,
      updated: stamp,
    });
    return doc.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error)) throw duplicateCreditCode(data.creditCode);
    throw error;
  }
}

/**
 * An ENTERPRISE caller may change only its own enterprise: the Enterprise model is scoped by the read
 * policy, so the write misses any other enterprise and answers NOT_FOUND, as for an id that does not exist.
 */
export async function updateEnterprise(ctx: EnterprisesContext, id: string, expectedVersion: number, input: unknown): Promise<EnterpriseDoc> {
  requireRole(ctx.caller, POLICY.updateEnterprise, 'update enterprises');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(updateEnterpriseInput, input);
  if (ctx.caller.role === 'ENTERPRISE' && (data.category || data.creditCode || data.inIncubator != null)) {
    const field = data.category ? 'category' : data.creditCode ? 'creditCode' : 'inIncubator';
    throw new ValidationError('input: an ENTERPRISE user may not change its own category, creditCode or inIncubator', {
      field: `input.${field}`,
      value: data[field],
    });
  }
  const set = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== undefined));
  try {
    return await updateVersioned(ctx.models.Enterprise, 'Enterprise', objectId, expectedVersion, { $set: { ...set, updated: actorStamp(ctx.caller) } });
  } catch (error) {
    if (isDuplicateKeyError(error)) throw duplicateCreditCode(String(data.creditCode));
    throw error;
  }
}

export async function changeEnterpriseStatus(ctx: EnterprisesContext, id: string, expectedVersion: number, status: unknown): Promise<EnterpriseDoc> {
  requireRole(ctx.caller, POLICY.changeEnterpriseStatus, 'change the status of enterprises');
  const objectId = parseId(id);
  parseInput(version, expectedVersion, 'expectedVersion');
  const next = parseInput(enterpriseStatus, status, 'status');
  const updated = await updateVersioned(ctx.models.Enterprise, 'Enterprise', objectId, expectedVersion, {
    $set: { status: next, updated: actorStamp(ctx.caller) },
  });
  // An enterprise that left the park keeps its assignment history but no active officer (every one of
  // them, whatever the caller may read: a domain step across the read policy).
  if (next === 'EXITED') await asSystem(() => endAllAssignments(ctx, objectId));
  return updated;
}

export async function joinAlliance(ctx: EnterprisesContext, enterpriseId: string, expectedVersion: number, input: unknown): Promise<EnterpriseDoc> {
  requireRole(ctx.caller, POLICY.alliance, 'admit enterprises to the alliance');
  const enterprise = await loadEnterprise(ctx, enterpriseId, 'enterpriseId');
  parseInput(version, expectedVersion, 'expectedVersion');
  const data = parseInput(joinAllianceInput, input);
  if (enterprise.allianceMember) throw alreadyMember(enterpriseId, enterprise);
  const stamp = actorStamp(ctx.caller);
  const alliance = { joinedOn: data.joinedOn ?? stamp.at, role: data.role, liaison: { name: data.liaisonName, phone: data.liaisonPhone }, leftOn: null };
  return updateVersioned(
    ctx.models.Enterprise,
    'Enterprise',
    enterprise._id,
    expectedVersion,
    { $set: { allianceMember: true, alliance, updated: stamp } },
    { allianceMember: false },
    {
      notApplicable: (current) => {
        throw alreadyMember(enterpriseId, current);
      },
    },
  );
}

/** Joining twice: the enterprise is not in a state that allows it (ILLEGAL_STATE_TRANSITION, not CONFLICT). */
function alreadyMember(enterpriseId: string, enterprise: Pick<EnterpriseDoc, 'alliance'>): StateConditionError {
  return new StateConditionError(
    'Enterprise',
    enterpriseId,
    `already a member of the alliance, joined ${enterprise.alliance?.joinedOn.toISOString().slice(0, 10)}`,
  );
}

export async function leaveAlliance(
  ctx: EnterprisesContext,
  enterpriseId: string,
  expectedVersion: number,
  leftOn: Date | string | null | undefined,
): Promise<EnterpriseDoc> {
  requireRole(ctx.caller, POLICY.alliance, 'remove enterprises from the alliance');
  const enterprise = await loadEnterprise(ctx, enterpriseId, 'enterpriseId');
  parseInput(version, expectedVersion, 'expectedVersion');
  if (!enterprise.allianceMember || !enterprise.alliance) throw new StateConditionError('Enterprise', enterpriseId, 'not a member of the alliance');
  const stamp = actorStamp(ctx.caller);
  const left = leftOn ? new Date(leftOn) : stamp.at;
  if (left < enterprise.alliance.joinedOn)
    throw new ValidationError(
      `leftOn: must not be before the joining date ${enterprise.alliance.joinedOn.toISOString().slice(0, 10)} (got ${left.toISOString().slice(0, 10)})`,
      { field: 'leftOn', value: leftOn },
    );
  return updateVersioned(
    ctx.models.Enterprise,
    'Enterprise',
    enterprise._id,
    expectedVersion,
    { $set: { allianceMember: false, 'alliance.leftOn': left, updated: stamp } },
    { allianceMember: true },
  );
}

/** Creates the organisation (first time) or replaces it, conditional on the version read. */
export async function setPartyOrganization(
  ctx: EnterprisesContext,
  enterpriseId: string,
  expectedVersion: number | null | undefined,
  input: unknown,
): Promise<PartyOrganizationDoc> {
  requireRole(ctx.caller, POLICY.setPartyOrganization, 'set party organisations');
  const enterprise = await loadEnterprise(ctx, enterpriseId, 'enterpriseId');
  requireEnterpriseScope(ctx.caller, enterprise._id.toHexString(), 'set the party organisation');
  const data = parseInput(partyOrganizationInput, input);
  const stamp = actorStamp(ctx.caller);
  const [existing] = await ctx.loaders.partyOrganizationByEnterprise.load(enterprise._id.toHexString());
  if (existing) {
    if (expectedVersion == null)
      throw new ValidationError(
        `expectedVersion: required because enterprise "${enterpriseId}" already has a party organisation (version ${existing.version})`,
        { field: 'expectedVersion', value: expectedVersion },
      );
    return updateVersioned(ctx.models.PartyOrganization, 'PartyOrganization', existing._id, expectedVersion, { $set: { ...data, updated: stamp } });
  }
  try {
    const doc = await ctx.models.PartyOrganization.create({ _id: new Types.ObjectId(), enterpriseId: enterprise._id, ...data, version: 1, updated: stamp });
    return doc.toObject();
  } catch (error) {
    if (isDuplicateKeyError(error))
      throw new ConflictError(`Enterprise "${enterpriseId}" got a party organisation from someone else meanwhile; reload and try again`, { enterpriseId });
    throw error;
  }
}
