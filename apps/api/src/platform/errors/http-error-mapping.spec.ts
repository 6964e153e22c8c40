import { HttpStatus, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { CommonException } from './common.exception';
import { mapError } from './http-error-mapping';

describe('mapError', () => {
  it('keeps domain codes and details', () => {
    const m = mapError(CommonException.validationFailed([{ field: 'name', errors: ['name must be a string'] }]));
    expect(m.status).toBe(400);
    expect(m.body).toEqual({
      error: { code: 'validation_failed', message: 'The request is invalid: name', details: [{ field: 'name', errors: ['name must be a string'] }] },
    });
  });

  it('maps Nest http exceptions to snake_case codes', () => {
    expect(mapError(new NotFoundException('Cannot GET /api/x')).body.error.code).toBe('not_found');
    expect(mapError(new PayloadTooLargeException()).status).toBe(HttpStatus.PAYLOAD_TOO_LARGE);
  });

  it('maps body-parser errors', () => {
    const parse = Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed', expose: true });
    expect(mapError(parse)).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
    const big = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', expose: true });
    expect(mapError(big)).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('maps unique-constraint violations to 409 conflict on both engines', () => {
    for (const code of ['23505', 'SQLITE_CONSTRAINT_UNIQUE']) {
      const err = new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate'), { code }));
      expect(mapError(err)).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    }
    const other = new QueryFailedError('SELECT …', [], Object.assign(new Error('syntax'), { code: '42601' }));
    expect(mapError(other).status).toBe(500);
  });

  it('hides unexpected errors behind a bare 500', () => {
    const m = mapError(new Error('SQLITE_ERROR: no such table users at /secret/path'));
    expect(m).toEqual({ status: 500, unexpected: true, body: { error: { code: 'internal_error', message: 'Internal server error' } } });
  });
});
