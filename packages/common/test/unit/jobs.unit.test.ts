import { config } from '../../src/config';
import { ConflictError } from '../../src/errors';
import { failureReason } from '../../src/jobs';

describe('scheduled jobs without the database', () => {
  it('logs a domain error by its message, any other error only by class and code (no personal data)', () => {
    expect(failureReason(new ConflictError('application changed meanwhile'))).toBe('CONFLICT: application changed meanwhile');
    const driver = Object.assign(new Error('E11000 duplicate key: { phone: "13800001111" }'), { name: 'MongoServerError', code: 11000 });
    expect(failureReason(driver)).toBe('MongoServerError (11000)');
    expect(failureReason(new TypeError('cannot read 13800001111'))).toBe('TypeError');
    expect(failureReason('thrown string')).toBe('string');
  });

  describe('a job period from the environment', () => {
    const name = 'PECG_TEST_JOB_EVERY';
    afterEach(() => {
      delete process.env[name];
    });

    it('takes the default when unset, words or a cron expression when set', () => {
      expect(config.every(name, '1 minute')).toBe('1 minute');
      process.env[name] = '30 seconds';
      expect(config.every(name, '1 minute')).toBe('30 seconds');
      process.env[name] = '*/5 * * * *';
      expect(config.every(name, '1 minute')).toBe('*/5 * * * *');
    });

    it('refuses anything else, naming the variable', () => {
      process.env[name] = 'soon';
      expect(() => config.every(name, '1 minute')).toThrow(/PECG_TEST_JOB_EVERY must be like "1 minute"/);
      process.env[name] = '0 minutes';
      expect(() => config.every(name, '1 minute')).toThrow(/PECG_TEST_JOB_EVERY/);
    });

    it('JOBS_ENABLED is true unless "false", and refuses other values', () => {
      const saved = process.env.JOBS_ENABLED;
      try {
        delete process.env.JOBS_ENABLED;
        expect(config.jobsEnabled).toBe(true);
        process.env.JOBS_ENABLED = 'false';
        expect(config.jobsEnabled).toBe(false);
        process.env.JOBS_ENABLED = 'no';
        expect(() => config.jobsEnabled).toThrow(/JOBS_ENABLED/);
      } finally {
        if (saved === undefined) delete process.env.JOBS_ENABLED;
        else process.env.JOBS_ENABLED = saved;
      }
    });
  });
});
