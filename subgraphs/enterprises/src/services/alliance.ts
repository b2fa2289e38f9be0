import type { EnterprisesContext } from '../context';
import { ALLIANCE } from '../domain/alliance';

/** The alliance, with its current member count counted in the database (of the enterprises the caller may see). */
export async function alliance(ctx: EnterprisesContext) {
  const memberCount = await ctx.models.Enterprise.countDocuments({ allianceMember: true }).exec();
  return {
    name: ALLIANCE.name,
    foundedOn: ALLIANCE.foundedDay,
    foundedMonth: ALLIANCE.foundedDay.toISOString().slice(0, 7),
    leadUnit: ALLIANCE.leadUnit,
    base: ALLIANCE.base,
    memberCount,
  };
}
