import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Sensitive } from '../../../platform/logging/redaction';
import { NO_CONTROL_CHARS, noControlChars, trim } from '../../../platform/http/dto-rules';

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
