import type { Connection } from '@pecg/common';
import type { OfficerAssignmentDoc, PoliceOfficerDoc } from '../../models';

export type PoliceOfficerMapper = PoliceOfficerDoc;
export type OfficerAssignmentMapper = OfficerAssignmentDoc;
export type PoliceOfficerConnectionMapper = Connection<PoliceOfficerDoc>;
