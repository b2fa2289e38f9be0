import type { EnterpriseContactResolvers } from '../../types.generated';

/** Objects stored inside or next to an enterprise; personal information goes through ctx.pii (the enterprise's own users see it in the clear). */
export const EnterpriseContact: EnterpriseContactResolvers = {
  name: (c, _args, { pii }) => pii.reveal('NAME', c.name, 'Enterprise', c.enterpriseId, `contacts.${c.index}.name`, c.enterpriseId),
  phone: (c, _args, { pii }) => pii.reveal('PHONE', c.phone, 'Enterprise', c.enterpriseId, `contacts.${c.index}.phone`, c.enterpriseId),
};
