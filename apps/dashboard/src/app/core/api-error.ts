import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from './api.models';

/**
 * Plain-words explanations for the error codes a person can run into in the dashboard. The API's own
 * message is used for anything not listed, so a new server-side code still shows something useful.
 */
const FRIENDLY_MESSAGES: Readonly<Record<string, string>> = {
  invalid_credentials: 'That email and password do not match. Check them and try again.',
  too_many_requests: 'Too many attempts. Wait a moment, then try again.',
  last_owner: 'An app needs at least one owner. Make another member an owner before changing or removing this one.',
  email_taken: 'A user with that email already exists.',
  member_exists: 'That person is already a member of this app. Change their role in the list below instead.',
  app_not_found: 'This app does not exist, or you are not a member of it.',
  member_not_found: 'That person is no longer a member of this app.',
  forbidden: 'You do not have permission to do that.',
  not_found: 'That item no longer exists. It may have been deleted by someone else.',
};

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * `validation_failed` lists the fields at fault (`details: [{field, errors: [...]}]`); the field rules read
 * well enough ("password must be longer than or equal to 8 characters") to show as they are.
 */
function describeValidation(details: unknown): string | null {
  if (!Array.isArray(details)) return null;
  const problems = details.flatMap((d: unknown) =>
    typeof d === 'object' && d !== null && Array.isArray((d as { errors?: unknown }).errors)
      ? (d as { errors: unknown[] }).errors.filter((e): e is string => typeof e === 'string')
      : [],
  );
  return problems.length ? `Please check the form: ${problems.join('; ')}.` : null;
}

/** The `code` of an API error, or null when the failure did not come with the API's error body. */
export function apiErrorCode(err: unknown): string | null {
  return err instanceof HttpErrorResponse && isApiErrorBody(err.error) ? err.error.error.code : null;
}

/** Turns any failed request into one sentence a person can act on. */
export function describeApiError(err: unknown): string {
  if (!(err instanceof HttpErrorResponse)) {
    return 'Something went wrong. Please try again.';
  }
  if (err.status === 0) {
    return 'The Patchbay server cannot be reached. Check your connection and try again.';
  }
  if (isApiErrorBody(err.error)) {
    const { code, message } = err.error.error;
    if (code === 'validation_failed') return describeValidation(err.error.error.details) ?? message;
    return FRIENDLY_MESSAGES[code] ?? message;
  }
  if (err.status === 403) return FRIENDLY_MESSAGES['forbidden'];
  if (err.status === 404) return FRIENDLY_MESSAGES['not_found'];
  if (err.status >= 500) return 'The server had a problem handling that request. Please try again in a moment.';
  return `The request failed (HTTP ${err.status}). Please try again.`;
}
