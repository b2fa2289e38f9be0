import type { EnterpriseGroupResolvers } from '../../types.generated';

/** A group of enterprises: keys and measures as computed; the 一企一警 officer of an OFFICER group through the request's loader. */
export const EnterpriseGroup: EnterpriseGroupResolvers = {
  officer: (g, _args, { loaders }) => (g.recordIds.OFFICER ? loaders.officerById.load(g.recordIds.OFFICER) : null),
};
