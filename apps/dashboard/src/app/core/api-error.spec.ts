import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorCode, describeApiError } from './api-error';

function apiError(status: number, code: string, message: string): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { error: { code, message } } });
}

describe('describeApiError', () => {
  it('explains known codes in plain words', () => {
    expect(describeApiError(apiError(409, 'member_exists', 'Already a member'))).toContain('already a member of this app');
    expect(describeApiError(apiError(409, 'last_owner', 'Cannot demote last owner'))).toContain('at least one owner');
  });

  it("falls back to the API's own message for codes it does not know", () => {
    expect(describeApiError(apiError(409, 'already_member', 'This user is already a member'))).toBe('This user is already a member');
  });

  it('lists the field problems of a validation failure', () => {
    const err = new HttpErrorResponse({
      status: 400,
      error: {
        error: {
          code: 'validation_failed',
          message: 'The request is invalid: password',
          details: [{ field: 'password', errors: ['password must be longer than or equal to 8 characters'] }],
        },
      },
    });
    expect(describeApiError(err)).toBe('Please check the form: password must be longer than or equal to 8 characters.');
  });

  it('says the server cannot be reached on a network failure', () => {
    expect(describeApiError(new HttpErrorResponse({ status: 0 }))).toContain('cannot be reached');
  });

  it('handles errors without the API body', () => {
    expect(describeApiError(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }))).toContain('server had a problem');
    expect(describeApiError(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });

  it('exposes the code for callers that branch on it', () => {
    expect(apiErrorCode(apiError(401, 'invalid_credentials', 'x'))).toBe('invalid_credentials');
    expect(apiErrorCode(new HttpErrorResponse({ status: 500 }))).toBeNull();
  });
});
