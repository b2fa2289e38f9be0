/**
 * Turn off every phone-home before @apollo/gateway or @apollo/server is constructed: without this the
 * gateway probes cloud metadata addresses and sends usage metrics to Apollo. Only an explicit
 * PECG_ALLOW_APOLLO_TELEMETRY=true leaves Apollo's own setting alone.
 */
import { config } from '@pecg/common';

// This file sets (and reads back) Apollo's own variable for Apollo's libraries; our settings are read in config.ts.
/* eslint-disable no-restricted-properties */
if (!config.allowApolloTelemetry) {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
export const APOLLO_TELEMETRY_DISABLED = process.env.APOLLO_TELEMETRY_DISABLED === 'true';
/* eslint-enable no-restricted-properties */
