import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Sensitive } from '../../../platform/logging/redaction';

/** C0 controls and DEL: a CR/LF in a credential would split the header it travels in; NUL truncates it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;
const noControlChars = (field: string) => ({ message: `${field} must not contain control characters (CR, LF, NUL, tab…)` });
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * The secret of a credential connector (the provider's `authKind` says which fields): `apiKey`, `token` (bearer) or
 * `username` + `password` (basic). Stored encrypted in the app's connection, never returned, redacted in logs.
 */
export class StoreCredentialDto {
  @ApiPropertyOptional({ description: 'authKind apiKey: the API key (stored encrypted, never returned)', format: 'password' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @Matches(NO_CONTROL_CHARS, noControlChars('apiKey'))
  @Sensitive()
  apiKey?: string;

  @ApiPropertyOptional({ description: 'authKind bearer: the token (stored encrypted, never returned)', format: 'password' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  @Matches(NO_CONTROL_CHARS, noControlChars('token'))
  @Sensitive()
  token?: string;

  @ApiPropertyOptional({ description: 'authKind basic: user name (stored encrypted with the password)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[^:]*$/, { message: 'username must not contain ":"' })
  @Matches(NO_CONTROL_CHARS, noControlChars('username'))
  @Sensitive()
  username?: string;

  @ApiPropertyOptional({ description: 'authKind basic: password (stored encrypted, never returned)', format: 'password' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  @Matches(NO_CONTROL_CHARS, noControlChars('password'))
  @Sensitive()
  password?: string;

  @ApiPropertyOptional({
    description: 'What the dashboard shows for this connection (e.g. the account or key name); never the secret',
    maxLength: 120,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @Matches(NO_CONTROL_CHARS, noControlChars('label'))
  label?: string;
}
