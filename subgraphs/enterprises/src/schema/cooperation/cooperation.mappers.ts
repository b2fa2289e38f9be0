import type { Connection } from '@pecg/common';
import type { AdvantageResourceDoc, RiskAlertDoc } from '../../models';

export type AdvantageResourceMapper = AdvantageResourceDoc;
export type RiskAlertMapper = RiskAlertDoc;
export type AdvantageResourceConnectionMapper = Connection<AdvantageResourceDoc>;
export type RiskAlertConnectionMapper = Connection<RiskAlertDoc>;
