import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CredentialField, NO_COLON, NO_CONTROL_CHARS, noControlChars, trim } from '../../../platform/http/dto-rules';

/**
 * The secret of a credential connector (the provider's `authKind` says which fields): `apiKey`, `token` (bearer) or
 * `username` + `password` (basic). Stored encrypted in the app's connection, never returned, redacted in logs.
 */
export class StoreCredentialDto {
  @CredentialField('apiKey', { description: 'authKind apiKey: the API key (stored encrypted, never returned)', maxLength: 4000 })
  apiKey?: string;

  @CredentialField('token', { description: 'authKind bearer: the token (stored encrypted, never returned)', maxLength: 8000 })
  token?: string;

  @CredentialField('username', {
    description: 'authKind basic: user name (stored encrypted with the password)',
    maxLength: 200,
    secret: false,
    rules: [NO_COLON],
  })
  username?: string;

  @CredentialField('password', { description: 'authKind basic: password (stored encrypted, never returned)', maxLength: 1000 })
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
