import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import * as LABELS from '../../src/labels';

const SCHEMA = path.join(__dirname, '..', '..', 'src', 'schema');
const MAPS: Record<string, Record<string, string>> = {
  DisputeKind: LABELS.DISPUTE_KIND_LABELS,
  DisputeLevel: LABELS.DISPUTE_LEVEL_LABELS,
  DisputeStatus: LABELS.DISPUTE_STATUS_LABELS,
  IntakeChannel: LABELS.INTAKE_CHANNEL_LABELS,
  Urgency: LABELS.URGENCY_LABELS,
  PartyRole: LABELS.PARTY_ROLE_LABELS,
  SessionMode: LABELS.SESSION_MODE_LABELS,
  VolunteerDuty: LABELS.VOLUNTEER_DUTY_LABELS,
  VolunteerRole: LABELS.VOLUNTEER_ROLE_LABELS,
  ConsultationChannel: LABELS.CONSULTATION_CHANNEL_LABELS,
  ConsultationStatus: LABELS.CONSULTATION_STATUS_LABELS,
  DeclineGround: LABELS.DECLINE_GROUND_LABELS,
  OtherRoute: LABELS.OTHER_ROUTE_LABELS,
  AgreementForm: LABELS.AGREEMENT_FORM_LABELS,
  Signer: LABELS.SIGNER_LABELS,
  SigningMethod: LABELS.SIGNING_METHOD_LABELS,
  Performance: LABELS.PERFORMANCE_LABELS,
  ConfirmationOutcome: LABELS.CONFIRMATION_OUTCOME_LABELS,
  CourtAction: LABELS.COURT_ACTION_LABELS,
  MediatorKind: LABELS.MEDIATOR_KIND_LABELS,
  ShiftOutcome: LABELS.SHIFT_OUTCOME_LABELS,
};

describe('mediation labels', () => {
  it('every user-facing enum value in the SDL opens its description with the label the resolvers answer', () => {
    const enums = readdirSync(SCHEMA)
      .flatMap((module) => {
        const file = path.join(SCHEMA, module, `${module}.graphql`);
        try {
          return parse(readFileSync(file, 'utf8')).definitions;
        } catch {
          return [];
        }
      })
      .filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION);
    const checked = new Set<string>();
    for (const e of enums) {
      const labels = MAPS[e.name.value];
      if (!labels) continue;
      checked.add(e.name.value);
      expect(Object.keys(labels).sort()).toEqual(e.values!.map((v) => v.name.value).sort());
      for (const v of e.values!) expect(v.description?.value.startsWith(`${labels[v.name.value]} — `)).toBe(true);
    }
    expect([...checked].sort()).toEqual(Object.keys(MAPS).sort());
  });
});
