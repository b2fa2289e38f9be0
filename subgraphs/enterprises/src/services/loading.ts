import { NotFoundError, parseId } from '@pecg/common';
import type { EnterprisesContext } from '../context';
import type { EnterpriseDoc, PoliceOfficerDoc } from '../models';

/** Loads an enterprise by id through the request's loader; NOT_FOUND names the argument. */
export async function loadEnterprise(ctx: EnterprisesContext, id: string, argument = 'id'): Promise<EnterpriseDoc> {
  const enterprise = await ctx.loaders.enterpriseById.load(parseId(id, argument).toHexString());
  if (!enterprise) throw new NotFoundError('Enterprise', id, argument);
  return enterprise;
}

/** Loads an officer by id through the request's loader; NOT_FOUND names the argument. */
export async function loadOfficer(ctx: EnterprisesContext, id: string, argument = 'id'): Promise<PoliceOfficerDoc> {
  const officer = await ctx.loaders.officerById.load(parseId(id, argument).toHexString());
  if (!officer) throw new NotFoundError('PoliceOfficer', id, argument);
  return officer;
}
