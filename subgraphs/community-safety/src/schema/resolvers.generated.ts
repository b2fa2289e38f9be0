/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { device as Query_device } from './device/resolvers/Query/device';
import    { deviceAggregate as Query_deviceAggregate } from './analytics/resolvers/Query/deviceAggregate';
import    { deviceStatistics as Query_deviceStatistics } from './statistics/resolvers/Query/deviceStatistics';
import    { devices as Query_devices } from './device/resolvers/Query/devices';
import    { incident as Query_incident } from './incident/resolvers/Query/incident';
import    { incidentAggregate as Query_incidentAggregate } from './analytics/resolvers/Query/incidentAggregate';
import    { incidentStatistics as Query_incidentStatistics } from './statistics/resolvers/Query/incidentStatistics';
import    { incidents as Query_incidents } from './incident/resolvers/Query/incidents';
import    { lostPersonCase as Query_lostPersonCase } from './search/resolvers/Query/lostPersonCase';
import    { lostPersonCaseAggregate as Query_lostPersonCaseAggregate } from './analytics/resolvers/Query/lostPersonCaseAggregate';
import    { lostPersonCases as Query_lostPersonCases } from './search/resolvers/Query/lostPersonCases';
import    { lostPersonSearchStatistics as Query_lostPersonSearchStatistics } from './statistics/resolvers/Query/lostPersonSearchStatistics';
import    { patrolRoutes as Query_patrolRoutes } from './patrol/resolvers/Query/patrolRoutes';
import    { patrolShift as Query_patrolShift } from './patrol/resolvers/Query/patrolShift';
import    { patrolShiftAggregate as Query_patrolShiftAggregate } from './analytics/resolvers/Query/patrolShiftAggregate';
import    { patrolShifts as Query_patrolShifts } from './patrol/resolvers/Query/patrolShifts';
import    { patrolStatistics as Query_patrolStatistics } from './statistics/resolvers/Query/patrolStatistics';
import    { sensingEvent as Query_sensingEvent } from './event/resolvers/Query/sensingEvent';
import    { sensingEventAggregate as Query_sensingEventAggregate } from './analytics/resolvers/Query/sensingEventAggregate';
import    { sensingEventStatistics as Query_sensingEventStatistics } from './statistics/resolvers/Query/sensingEventStatistics';
import    { sensingEvents as Query_sensingEvents } from './event/resolvers/Query/sensingEvents';
import    { advanceIncident as Mutation_advanceIncident } from './incident/resolvers/Mutation/advanceIncident';
import    { advancePatrolShift as Mutation_advancePatrolShift } from './patrol/resolvers/Mutation/advancePatrolShift';
import    { cancelLostPersonCase as Mutation_cancelLostPersonCase } from './search/resolvers/Mutation/cancelLostPersonCase';
import    { changeDeviceStatus as Mutation_changeDeviceStatus } from './device/resolvers/Mutation/changeDeviceStatus';
import    { closeLostPersonCase as Mutation_closeLostPersonCase } from './search/resolvers/Mutation/closeLostPersonCase';
import    { handOverLostPerson as Mutation_handOverLostPerson } from './search/resolvers/Mutation/handOverLostPerson';
import    { ingestSensingEvents as Mutation_ingestSensingEvents } from './event/resolvers/Mutation/ingestSensingEvents';
import    { markLostPersonFound as Mutation_markLostPersonFound } from './search/resolvers/Mutation/markLostPersonFound';
import    { openDisputeFromIncident as Mutation_openDisputeFromIncident } from './incident/resolvers/Mutation/openDisputeFromIncident';
import    { planPatrolShift as Mutation_planPatrolShift } from './patrol/resolvers/Mutation/planPatrolShift';
import    { raiseRiskAlertFromIncident as Mutation_raiseRiskAlertFromIncident } from './incident/resolvers/Mutation/raiseRiskAlertFromIncident';
import    { recordCheckpointVisit as Mutation_recordCheckpointVisit } from './patrol/resolvers/Mutation/recordCheckpointVisit';
import    { recordIncident as Mutation_recordIncident } from './incident/resolvers/Mutation/recordIncident';
import    { recordPatrolFinding as Mutation_recordPatrolFinding } from './patrol/resolvers/Mutation/recordPatrolFinding';
import    { recordSighting as Mutation_recordSighting } from './search/resolvers/Mutation/recordSighting';
import    { registerDevice as Mutation_registerDevice } from './device/resolvers/Mutation/registerDevice';
import    { reportLostPerson as Mutation_reportLostPerson } from './search/resolvers/Mutation/reportLostPerson';
import    { startLostPersonSearch as Mutation_startLostPersonSearch } from './search/resolvers/Mutation/startLostPersonSearch';
import    { triageSensingEvent as Mutation_triageSensingEvent } from './event/resolvers/Mutation/triageSensingEvent';
import    { Device } from './device/resolvers/Device';
import    { DeviceAggregate } from './analytics/resolvers/DeviceAggregate';
import    { DeviceConnection } from './device/resolvers/DeviceConnection';
import    { DeviceGroup } from './analytics/resolvers/DeviceGroup';
import    { DeviceStatistics } from './statistics/resolvers/DeviceStatistics';
import    { DeviceStatusChange } from './device/resolvers/DeviceStatusChange';
import    { Dispute } from './mediation/resolvers/Dispute';
import    { Enterprise } from './enterprise/resolvers/Enterprise';
import    { GridPatrolCount } from './statistics/resolvers/GridPatrolCount';
import    { Incident } from './incident/resolvers/Incident';
import    { IncidentAggregate } from './analytics/resolvers/IncidentAggregate';
import    { IncidentConnection } from './incident/resolvers/IncidentConnection';
import    { IncidentGroup } from './analytics/resolvers/IncidentGroup';
import    { IncidentStatistics } from './statistics/resolvers/IncidentStatistics';
import    { IncidentStatusChange } from './incident/resolvers/IncidentStatusChange';
import    { LostPersonCase } from './search/resolvers/LostPersonCase';
import    { LostPersonCaseAggregate } from './analytics/resolvers/LostPersonCaseAggregate';
import    { LostPersonCaseConnection } from './search/resolvers/LostPersonCaseConnection';
import    { LostPersonSearchStatistics } from './statistics/resolvers/LostPersonSearchStatistics';
import    { LostPersonSearchStatusChange } from './search/resolvers/LostPersonSearchStatusChange';
import    { PatrolFinding } from './patrol/resolvers/PatrolFinding';
import    { PatrolRoute } from './patrol/resolvers/PatrolRoute';
import    { PatrolShift } from './patrol/resolvers/PatrolShift';
import    { PatrolShiftAggregate } from './analytics/resolvers/PatrolShiftAggregate';
import    { PatrolShiftConnection } from './patrol/resolvers/PatrolShiftConnection';
import    { PatrolShiftGroup } from './analytics/resolvers/PatrolShiftGroup';
import    { PatrolStatistics } from './statistics/resolvers/PatrolStatistics';
import    { RiskAlert } from './mediation/resolvers/RiskAlert';
import    { SensingEvent } from './event/resolvers/SensingEvent';
import    { SensingEventAggregate } from './analytics/resolvers/SensingEventAggregate';
import    { SensingEventConnection } from './event/resolvers/SensingEventConnection';
import    { SensingEventGroup } from './analytics/resolvers/SensingEventGroup';
import    { SensingEventStatistics } from './statistics/resolvers/SensingEventStatistics';
import    { Sighting } from './search/resolvers/Sighting';
import    { TriageResult } from './event/resolvers/TriageResult';
import    { Volunteer } from './mediation/resolvers/Volunteer';
    export const resolvers: Resolvers = {
      Query: { device: Query_device,deviceAggregate: Query_deviceAggregate,deviceStatistics: Query_deviceStatistics,devices: Query_devices,incident: Query_incident,incidentAggregate: Query_incidentAggregate,incidentStatistics: Query_incidentStatistics,incidents: Query_incidents,lostPersonCase: Query_lostPersonCase,lostPersonCaseAggregate: Query_lostPersonCaseAggregate,lostPersonCases: Query_lostPersonCases,lostPersonSearchStatistics: Query_lostPersonSearchStatistics,patrolRoutes: Query_patrolRoutes,patrolShift: Query_patrolShift,patrolShiftAggregate: Query_patrolShiftAggregate,patrolShifts: Query_patrolShifts,patrolStatistics: Query_patrolStatistics,sensingEvent: Query_sensingEvent,sensingEventAggregate: Query_sensingEventAggregate,sensingEventStatistics: Query_sensingEventStatistics,sensingEvents: Query_sensingEvents },
      Mutation: { advanceIncident: Mutation_advanceIncident,advancePatrolShift: Mutation_advancePatrolShift,cancelLostPersonCase: Mutation_cancelLostPersonCase,changeDeviceStatus: Mutation_changeDeviceStatus,closeLostPersonCase: Mutation_closeLostPersonCase,handOverLostPerson: Mutation_handOverLostPerson,ingestSensingEvents: Mutation_ingestSensingEvents,markLostPersonFound: Mutation_markLostPersonFound,openDisputeFromIncident: Mutation_openDisputeFromIncident,planPatrolShift: Mutation_planPatrolShift,raiseRiskAlertFromIncident: Mutation_raiseRiskAlertFromIncident,recordCheckpointVisit: Mutation_recordCheckpointVisit,recordIncident: Mutation_recordIncident,recordPatrolFinding: Mutation_recordPatrolFinding,recordSighting: Mutation_recordSighting,registerDevice: Mutation_registerDevice,reportLostPerson: Mutation_reportLostPerson,startLostPersonSearch: Mutation_startLostPersonSearch,triageSensingEvent: Mutation_triageSensingEvent },
      
      Device: Device,
DeviceAggregate: DeviceAggregate,
DeviceConnection: DeviceConnection,
DeviceGroup: DeviceGroup,
DeviceStatistics: DeviceStatistics,
DeviceStatusChange: DeviceStatusChange,
Dispute: Dispute,
Enterprise: Enterprise,
GridPatrolCount: GridPatrolCount,
Incident: Incident,
IncidentAggregate: IncidentAggregate,
IncidentConnection: IncidentConnection,
IncidentGroup: IncidentGroup,
IncidentStatistics: IncidentStatistics,
IncidentStatusChange: IncidentStatusChange,
LostPersonCase: LostPersonCase,
LostPersonCaseAggregate: LostPersonCaseAggregate,
LostPersonCaseConnection: LostPersonCaseConnection,
LostPersonSearchStatistics: LostPersonSearchStatistics,
LostPersonSearchStatusChange: LostPersonSearchStatusChange,
PatrolFinding: PatrolFinding,
PatrolRoute: PatrolRoute,
PatrolShift: PatrolShift,
PatrolShiftAggregate: PatrolShiftAggregate,
PatrolShiftConnection: PatrolShiftConnection,
PatrolShiftGroup: PatrolShiftGroup,
PatrolStatistics: PatrolStatistics,
RiskAlert: RiskAlert,
SensingEvent: SensingEvent,
SensingEventAggregate: SensingEventAggregate,
SensingEventConnection: SensingEventConnection,
SensingEventGroup: SensingEventGroup,
SensingEventStatistics: SensingEventStatistics,
Sighting: Sighting,
TriageResult: TriageResult,
Volunteer: Volunteer
    }