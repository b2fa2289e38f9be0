/**
 * Turn off every phone-home before @apollo/gateway or @apollo/server is constructed: without this the
 * gateway probes cloud metadata addresses and sends usage metrics to Apollo. Only an explicit
 * PECG_ALLOW_APOLLO_TELEMETRY=true leaves Apollo's own setting alone.
 */
import { config } from '@pecg/common';

if (!config.allowApolloTelemetry) {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}
export const APOLLO_TELEMETRY_DISABLED = process.env.APOLLO_TELEMETRY_DISABLED === 'true';
