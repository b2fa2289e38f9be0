import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  formatError,
  IllegalTransitionError,
  NotFoundError,
  StateConditionError,
  UnauthenticatedError,
  ValidationError,
} from '../../src/errors';
import { logger } from '../../src/logger';

/** What Apollo Server hands to formatError for a thrown error (in development it adds a stack trace). */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  return { ...json, extensions: { ...json.extensions, stacktrace: ['Error: at resolver (/srv/app/src/x.ts:1:1)'] } };
}

describe('error codes', () => {
  it('is the fixed set every subgraph and the gateway return', () => {
    expect(Object.values(ErrorCode).sort()).toEqual([
      'BAD_USER_INPUT',
      'CONFLICT',
      'FORBIDDEN',
      'ILLEGAL_STATE_TRANSITION',
      'INTERNAL_SERVER_ERROR',
      'NOT_FOUND',
      'PRECONDITION_FAILED',
      'UNAUTHENTICATED',
    ]);
  });

  it.each([
    [new ValidationError('name: must not be empty', { field: 'input.name', value: '' }), 'BAD_USER_INPUT', { field: 'input.name', value: '' }],
    [new NotFoundError('Enterprise', 'e1'), 'NOT_FOUND', { entity: 'Enterprise', id: 'e1' }],
    [new NotFoundError('Enterprise', '9144', 'creditCode'), 'NOT_FOUND', { entity: 'Enterprise', creditCode: '9144' }],
    [new ConflictError('stale version', { expectedVersion: 3 }), 'CONFLICT', { expectedVersion: 3 }],
    [
      new IllegalTransitionError('Dispute', 'd1', 'CLOSED', 'MEDIATING', []),
      'ILLEGAL_STATE_TRANSITION',
      { entity: 'Dispute', id: 'd1', from: 'CLOSED', to: 'MEDIATING', allowed: [] },
    ],
    [new StateConditionError('Dispute', 'd1', 'CLOSED'), 'ILLEGAL_STATE_TRANSITION', { entity: 'Dispute', id: 'd1', from: 'CLOSED' }],
    [new StateConditionError('Dispute', 'd1'), 'ILLEGAL_STATE_TRANSITION', { entity: 'Dispute', id: 'd1' }],
    [new ForbiddenError('no'), 'FORBIDDEN', {}],
    [new UnauthenticatedError(), 'UNAUTHENTICATED', {}],
  ] as Array<[DomainError, string, Record<string, unknown>]>)('%s carries code %s and exactly its details', (error, code, details) => {
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(code);
    expect(error.extensions).toEqual({ code, ...details });
  });

  it('says what was not found and why a transition or a change is refused', () => {
    expect(new NotFoundError('Enterprise', 'e1').message).toBe('Enterprise with id "e1" was not found');
    expect(new NotFoundError('Enterprise', '9144', 'creditCode').message).toBe('Enterprise with creditCode "9144" was not found');
    expect(new IllegalTransitionError('Dispute', 'd1', 'ACCEPTED', 'CLOSED', ['MEDIATING']).message).toBe(
      'Dispute "d1" cannot go from ACCEPTED to CLOSED; allowed next states from ACCEPTED: MEDIATING',
    );
    expect(new IllegalTransitionError('Dispute', 'd1', 'CLOSED', 'MEDIATING', []).message).toMatch(/allowed next states from CLOSED: none \(final state\)$/);
    expect(new StateConditionError('Dispute', 'd1', 'CLOSED').message).toBe(
      'Dispute "d1" is no longer in a state this change applies to (it is CLOSED); reload and try again',
    );
    expect(new UnauthenticatedError().message).toBe('A valid bearer token is required');
  });

  it('copies the allowed states, so a later change of the table does not change the error', () => {
    const allowed = ['A'];
    const error = new IllegalTransitionError('X', 'x1', 'S', 'T', allowed);
    allowed.push('B');
    expect(error.extensions.allowed).toEqual(['A']);
  });
});

describe('formatError', () => {
  afterEach(() => jest.restoreAllMocks());

  it('keeps a business error as thrown, without its stack trace', () => {
    const error = new GraphQLError('wrapped', { originalError: new NotFoundError('Enterprise', 'e1'), path: ['enterprise'] });
    const input = formatted(new NotFoundError('Enterprise', 'e1'));
    const output = formatError(input, error);
    expect(output.message).toBe('Enterprise with id "e1" was not found');
    expect(output.extensions).toEqual({ code: 'NOT_FOUND', entity: 'Enterprise', id: 'e1' });
  });

  it('keeps an expected code from a plain GraphQLError and from GraphQL validation, without stack traces', () => {
    const forbidden = new GraphQLError('not yours', { extensions: { code: 'FORBIDDEN' } });
    expect(formatError(formatted(forbidden), forbidden)).toEqual({ message: 'not yours', extensions: { code: 'FORBIDDEN' } });
    const invalid = new GraphQLError('Cannot query field "nme" on type "Enterprise".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(formatError(formatted(invalid), invalid)).toEqual({
      message: 'Cannot query field "nme" on type "Enterprise".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('hides anything else behind INTERNAL_SERVER_ERROR: no database message, no stack trace; logs it on the server', () => {
    const logged = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const database = Object.assign(new Error('E11000 duplicate key error collection: pecg_enterprises.enterprises index: creditCode_1 dup key'), {
      name: 'MongoServerError',
      code: 11000,
    });
    const error = new GraphQLError(database.message, { originalError: database, path: ['createEnterprise'] });
    const input = {
      ...formatted(error),
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['MongoServerError: E11000 …'] },
    };
    const output = formatError(input, error);
    expect(output).toEqual({
      message: 'Internal server error',
      path: ['createEnterprise'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(output)).not.toMatch(/E11000|creditCode|MongoServerError|stacktrace/);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logged.mock.calls[0])).toContain('E11000');
  });

  it('does not trust an unknown code on a non-domain error', () => {
    jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const error = new GraphQLError('secret detail', { extensions: { code: 'SOMETHING_ELSE', detail: 'x' } });
    expect(formatError(formatted(error), error)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
