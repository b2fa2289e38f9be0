import { ForbiddenError, referenceId } from '@pecg/common';
import { PERSON_CATEGORY_LABELS, SEARCH_STATUS_LABELS } from '../../../labels';
import { POLICY } from '../../../services/policy';
import { findCase } from '../../../services/searches';
import type { LostPersonCaseResolvers } from '../../types.generated';

/** Personal data of a search: in the clear for ADMIN and POLICE (PII_POLICY LostPersonCase), audited; masked for others. */

export const LostPersonCase: LostPersonCaseResolvers = {
  __resolveReference: (reference, ctx) => findCase(ctx, referenceId(reference)),
  id: (c) => c._id.toHexString(),
  categoryLabel: (c) => PERSON_CATEGORY_LABELS[c.category],
  statusLabel: (c) => SEARCH_STATUS_LABELS[c.status],
  personName: (c, _a, { pii }) => pii.reveal('NAME', c.personName, 'LostPersonCase', c._id.toHexString(), 'personName'),
  description: (c, _a, { pii }) =>
    c.description == null
      ? null
      : pii.canSee('NAME', 'LostPersonCase')
        ? pii.reveal('NAME', c.description, 'LostPersonCase', c._id.toHexString(), 'description')
        : '（已遮蔽）',
  reporterName: (c, _a, { pii }) => pii.reveal('NAME', c.reporterName, 'LostPersonCase', c._id.toHexString(), 'reporterName'),
  reporterPhone: (c, _a, { pii }) => pii.reveal('PHONE', c.reporterPhone, 'LostPersonCase', c._id.toHexString(), 'reporterPhone'),
  handedOverTo: (c, _a, { pii }) => pii.reveal('NAME', c.handedOverTo, 'LostPersonCase', c._id.toHexString(), 'handedOverTo'),
  /** Where a person was seen is tracking: only ADMIN and POLICE, inside the case, and every read is audited (Sighting.placeName). */
  sightings: (c, _a, { caller }) => {
    if (!(POLICY.readSightings as readonly string[]).includes(caller.role))
      throw new ForbiddenError(`Role ${caller.role} may not read the sightings of a lost-person search`);
    return c.sightings.map((s) => ({ ...s, caseId: c._id.toHexString() }));
  },
  timeline: (c) => c.timeline ?? [],
};
