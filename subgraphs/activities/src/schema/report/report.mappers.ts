export type { ClosingReportView as ClosingReportMapper, ReportOutcomeDoc as ReportOutcomeMapper } from '../../models';
