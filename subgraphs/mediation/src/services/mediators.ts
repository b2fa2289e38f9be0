import { Types } from 'mongoose';
import { NotFoundError, StateConditionError } from '@pecg/common';
import type { MediationContext } from '../context';
import type { MediatorRef } from '../models';

/** Roles of the force that may mediate (a plain volunteer may, with the MEDIATION duty). */
const MEDIATING_ROLES = ['PEOPLES_MEDIATOR', 'LAWYER', 'GRID_WORKER'];

/**
 * Mediators as references, checked: a volunteer must exist, be active and mediate (a mediating role or
 * the MEDIATION duty). A police officer is the enterprises subgraph's PoliceOfficer, referenced by id
 * (this subgraph does not hold the officers: the gateway resolves the reference).
 */
export async function checkedMediators(
  ctx: MediationContext,
  list: Array<{ kind: 'VOLUNTEER' | 'POLICE_OFFICER'; id: string }>,
  field: string,
): Promise<MediatorRef[]> {
  const refs: MediatorRef[] = [];
  for (const [i, m] of list.entries()) {
    if (m.kind === 'VOLUNTEER') {
      const volunteer = await ctx.loaders.volunteerById.load(m.id.toLowerCase());
      if (!volunteer) throw new NotFoundError('Volunteer', m.id, `${field}.${i}.id`);
      if (!volunteer.active) throw new StateConditionError('Volunteer', m.id, 'inactive', 'a deactivated volunteer cannot mediate');
      const mediates = (volunteer.roles ?? []).some((r) => MEDIATING_ROLES.includes(r)) || volunteer.duties.includes('MEDIATION');
      if (!mediates)
        throw new StateConditionError(
          'Volunteer',
          m.id,
          'not a mediator',
          "only people's mediators, lawyers, grid workers or volunteers with the MEDIATION duty mediate",
        );
    }
    refs.push({ kind: m.kind, id: new Types.ObjectId(m.id) });
  }
  return refs;
}

export const sameMediator = (a: MediatorRef, b: MediatorRef) => a.kind === b.kind && a.id.equals(b.id);
