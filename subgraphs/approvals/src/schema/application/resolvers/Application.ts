import { labelOf, referenceId, type FieldNeeds } from '@pecg/common';
import type { ApplicationResolvers } from '../../types.generated';
import { APPLICATION_STATUS_LABELS } from '../../../labels';
import { staffName } from '../../handling/people';

/** READ_POLICY scopes the loaders: another enterprise's application resolves to null for an ENTERPRISE caller, like a missing one. */
export const Application: ApplicationResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.applicationById.load(referenceId(reference)),
  id: (app) => app._id.toHexString(),
  item: async (app, _args, { loaders }) => (await loaders.itemById.load(app.itemId.toHexString()))!,
  enterprise: (app) => ({ id: app.enterpriseId.toHexString() }),
  // the applicant's contact is one of the enterprise's people: its own enterprise sees it in the clear
  applicantContact: (app, _args, { pii }) => {
    const id = app._id.toHexString();
    const owner = app.enterpriseId.toHexString();
    return {
      name: pii.reveal('NAME', app.applicantContact?.name, 'Application', id, 'applicantContact.name', owner),
      phone: pii.reveal('PHONE', app.applicantContact?.phone, 'Application', id, 'applicantContact.phone', owner),
    };
  },
  handlingOfficer: (app) => (app.handlingOfficerId ? { id: app.handlingOfficerId.toHexString() } : null),
  statusLabel: (app) => labelOf(APPLICATION_STATUS_LABELS, app.status)!,
  submittedMaterials: (app) => app.materials.map((m) => ({ ...m, itemId: app.itemId.toHexString() })),
  missingMaterialCodes: async (app, _args, { loaders }) => {
    const item = await loaders.itemById.load(app.itemId.toHexString());
    const present = new Set(app.materials.map((m) => m.code));
    return (item?.requiredMaterials ?? []).filter((m) => !present.has(m.code)).map((m) => m.code);
  },
  deemedAccepted: (app) => Boolean(app.deemedAccepted),
  multipleVisits: (app) => Boolean(app.multipleVisits),
  dueDate: (app) => {
    if (app.status === 'SUBMITTED') return app.acceptanceDueDate ?? null;
    // this office's decision, its forwarding step, or (forwarded) the higher authority's decision
    if (['ACCEPTED', 'ACCEPTED_WITH_DEFICIENCY', 'UNDER_REVIEW', 'FORWARDED'].includes(app.status)) return app.decisionDueDate ?? null;
    if (app.status === 'APPROVED') return app.certificateDueDate ?? null;
    return null;
  },
  commitment: (app) => (app.commitment ? { ...app.commitment, application: app } : null),
  specialProcedures: (app) => app.specialProcedures ?? [],
  // a person's name kept as text (ActorStamp names go through the shared ActorStamp resolver of @pecg/common)
  extension: (app, _args, { pii }) =>
    app.extension
      ? { ...app.extension, approvedBy: staffName(pii, app.extension.approvedBy, 'Application', app._id.toHexString(), 'extension.approvedBy') ?? '' }
      : null,
  higherAuthorityDecision: (app) => app.higherDecision ?? null,
  evaluation: async (app, _args, { loaders }) => (await loaders.evaluationByApplication.load(app._id.toHexString()))[0] ?? null,
};

/**
 * The document fields each Application field resolver reads (projections from the selection:
 * `projectionOf`); `commitment` hands the whole application on, so selecting it fetches whole documents.
 */
export const APPLICATION_FIELDS: FieldNeeds = {
  resolvers: Application,
  needs: {
    id: [],
    item: ['itemId'],
    enterprise: ['enterpriseId'],
    applicantContact: ['applicantContact', 'enterpriseId'],
    handlingOfficer: ['handlingOfficerId'],
    statusLabel: ['status'],
    submittedMaterials: ['materials', 'itemId'],
    missingMaterialCodes: ['materials', 'itemId'],
    deemedAccepted: ['deemedAccepted'],
    multipleVisits: ['multipleVisits'],
    dueDate: ['status', 'acceptanceDueDate', 'decisionDueDate', 'certificateDueDate'],
    specialProcedures: ['specialProcedures'],
    extension: ['extension'],
    higherAuthorityDecision: ['higherDecision'],
    evaluation: [],
  },
};
