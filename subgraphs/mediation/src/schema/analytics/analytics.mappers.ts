export type {
  DisputeGroupRow as DisputeGroupMapper,
  ConsultationGroupRow as LegalConsultationGroupMapper,
  DutyShiftGroupRow as DutyShiftGroupMapper,
  VolunteerGroupRow as VolunteerGroupMapper,
} from '../../services/aggregates';
