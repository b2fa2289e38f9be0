import { labelOf, pageSize, referenceId, type FieldNeeds } from '@pecg/common';
import type { EnterpriseResolvers } from '../../types.generated';
import { ENTERPRISE_CATEGORY_LABELS, ENTERPRISE_STATUS_LABELS } from '../../../labels';

/**
 * Every field that fetches goes through a per-request DataLoader (one query per field per request). The
 * models are `scopedBy` the read policy: an enterprise the caller may not see resolves to null (also as
 * a reference), and its nested lists and counts hold only records the caller may see.
 */
export const Enterprise: EnterpriseResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.enterpriseById.load(referenceId(reference)),
  id: (e) => e._id.toHexString(),
  categoryLabel: (e) => labelOf(ENTERPRISE_CATEGORY_LABELS, e.category)!,
  statusLabel: (e) => labelOf(ENTERPRISE_STATUS_LABELS, e.status)!,
  contacts: (e) => (e.contacts ?? []).map((c, index) => ({ ...c, enterpriseId: e._id.toHexString(), index })),
  allianceMembership: (e) => (e.alliance ? { ...e.alliance, enterpriseId: e._id.toHexString() } : null),
  allianceMember: (e) => Boolean(e.allianceMember),
  inIncubator: (e) => Boolean(e.inIncubator),
  createdBy: (e, _args, { pii }) => pii.revealStamp(e.created, `Enterprise:${e._id.toHexString()}`, 'created')!,
  updatedBy: (e, _args, { pii }) => pii.revealStamp(e.updated, `Enterprise:${e._id.toHexString()}`, 'updated')!,
  partyOrganization: async (e, _args, { loaders }) => (await loaders.partyOrganizationByEnterprise.load(e._id.toHexString()))[0] ?? null,
  officer: async (e, _args, { loaders }) => {
    const [assignment] = await loaders.oneOfficerAssignmentByEnterprise.load(e._id.toHexString());
    return assignment ? loaders.officerById.load(assignment.officerId.toHexString()) : null;
  },
  assignments: (e, { activeOnly, first }, { loaders }) =>
    loaders.latestAssignmentsByEnterprise(Boolean(activeOnly)).load(e._id.toHexString(), pageSize(first, 100, 20)),
  serviceNeeds: (e, { status, first }, { loaders }) => loaders.needsByEnterprise(status ?? null).load(e._id.toHexString(), pageSize(first, 100, 20)),
  openNeedCount: (e, _args, { loaders }) => loaders.openNeedCountByEnterprise.load(e._id.toHexString()),
  advantageResources: (e, { first }, { loaders }) => loaders.resourcesByEnterprise.load(e._id.toHexString(), pageSize(first, 100, 20)),
  riskAlerts: (e, { status, first }, { loaders }) => loaders.alertsByEnterprise(status ?? null).load(e._id.toHexString(), pageSize(first, 100, 20)),
  openAlertCount: (e, _args, { loaders }) => loaders.openAlertCountByEnterprise.load(e._id.toHexString()),
};

/** The document fields each Enterprise field resolver reads (projections from the selection: `projectionOf`). */
export const ENTERPRISE_FIELDS: FieldNeeds = {
  resolvers: Enterprise,
  needs: {
    id: [],
    categoryLabel: ['category'],
    statusLabel: ['status'],
    contacts: ['contacts'],
    allianceMembership: ['alliance'],
    allianceMember: ['allianceMember'],
    inIncubator: ['inIncubator'],
    createdBy: ['created'],
    updatedBy: ['updated'],
    partyOrganization: [],
    officer: [],
    assignments: [],
    serviceNeeds: [],
    openNeedCount: [],
    advantageResources: [],
    riskAlerts: [],
    openAlertCount: [],
  },
};
