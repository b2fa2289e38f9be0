import type { MediationContext } from '../../context';
import type { MediatorRef, VolunteerDoc } from '../../models';

/** A police officer as a reference (resolved by the enterprises subgraph). */
export interface OfficerReference {
  __typename: 'PoliceOfficer';
  id: string;
}

/**
 * Mediator references as union members: a volunteer loaded here (left out when the caller may not see
 * them), a police officer as a reference for the enterprises subgraph.
 */
export type MediatorMember = (VolunteerDoc & { __typename: 'Volunteer' }) | OfficerReference;

export async function mediatorsOf(refs: readonly MediatorRef[] | null | undefined, ctx: MediationContext): Promise<MediatorMember[]> {
  const loaded = await Promise.all(
    (refs ?? []).map(async (m): Promise<MediatorMember | null> => {
      if (m.kind === 'POLICE_OFFICER') return { __typename: 'PoliceOfficer', id: m.id.toHexString() };
      const volunteer = await ctx.loaders.volunteerById.load(m.id.toHexString());
      return volunteer ? { ...volunteer, __typename: 'Volunteer' } : null;
    }),
  );
  return loaded.filter((m): m is MediatorMember => Boolean(m));
}
