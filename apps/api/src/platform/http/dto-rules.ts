/** Small validation pieces the request DTOs of several modules share. */
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Sensitive } from '../logging/redaction';

/** class-transformer `@Transform`: trims a string, leaves anything else for the validators to refuse. */
export const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** C0 controls and DEL: a CR/LF in a credential would split the header it travels in; NUL truncates it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;

/** The `@Matches(NO_CONTROL_CHARS, …)` message for `field`. */
export const noControlChars = (field: string) => ({ message: `${field} must not contain control characters (CR, LF, NUL, tab…)` });

/**
 * An optional credential field of a request body (an API key, a token, a basic-auth user name or password): a
 * non-empty string of at most `maxLength` characters without control characters, redacted from logs. A `secret` one
 * (the default) is a password field in the API document; `rules` are added validators.
 */
export function CredentialField(
  field: string,
  options: { description: string; maxLength: number; secret?: boolean; rules?: PropertyDecorator[] },
): PropertyDecorator {
  const stacked = [
    ApiPropertyOptional({ description: options.description, ...(options.secret === false ? {} : { format: 'password' }) }),
    IsOptional(),
    IsString(),
    IsNotEmpty(),
    MaxLength(options.maxLength),
    ...(options.rules ?? []),
    Matches(NO_CONTROL_CHARS, noControlChars(field)),
    Sensitive(),
  ];
  // Applied bottom-up, as the same decorators written above a property are (so problems are listed in that order).
  return applyDecorators(...stacked.reverse());
}

/** A basic-auth user name travels as `user:password`: a colon in it would move the boundary. */
export const NO_COLON = Matches(/^[^:]*$/, { message: 'username must not contain ":"' });
