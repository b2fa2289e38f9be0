import pino from 'pino';
import { config } from './config';

/**
 * Structured JSON logs. Personal information never reaches a log line: the redact list covers every
 * field name that carries it, wherever it appears in a logged object.
 */
export const PII_LOG_PATHS = [
  'phone',
  '*.phone',
  'idNumber',
  '*.idNumber',
  'idCardNumber',
  '*.idCardNumber',
  'contacts',
  '*.contacts',
  'parties',
  '*.parties',
  'applicantContact',
  '*.applicantContact',
  'personName',
  '*.personName',
  'personPhone',
  '*.personPhone',
  'applicantName',
  '*.applicantName',
  'applicantPhone',
  '*.applicantPhone',
  'idCard',
  '*.idCard',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  // the gateway's internal assertion (a credential for 60 s)
  'req.headers["x-pecg-caller"]',
  '*["x-pecg-caller"]',
  'req.headers.cookie',
  'variables',
  '*.variables',
];

const LOGGER_OPTIONS: pino.LoggerOptions = {
  level: config.logLevel,
  base: { service: config.serviceName },
  redact: { paths: PII_LOG_PATHS, censor: '[redacted]' },
  timestamp: pino.stdTimeFunctions.isoTime,
};

export const logger = pino(LOGGER_OPTIONS);

/** A logger with the shared options (redaction included) writing to `destination` (tests capture lines with it). */
export function createLogger(destination: pino.DestinationStream, level = 'info'): pino.Logger {
  return pino({ ...LOGGER_OPTIONS, level }, destination);
}

export type Logger = pino.Logger;
