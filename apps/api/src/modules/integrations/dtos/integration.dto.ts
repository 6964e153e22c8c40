import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { INTEGRATION_AUTH_TYPES, type CustomIntegration, type IntegrationAuthType } from '../entities/custom-integration.entity';
import { CredentialField, NO_COLON, trim } from '../../../platform/http/dto-rules';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const;

function parsedUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL as the WHATWG parser (the one requests are sent with) reads it. */
function IsHttpUrl(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value) => {
          const u = parsedUrl(value);
          return !!u && (u.protocol === 'http:' || u.protocol === 'https:') && !!u.hostname;
        },
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an absolute http or https URL`,
      },
    },
    options,
  );
}

/** `http://user:pass@host`: a credential in the URL would travel outside the encrypted secret and show in every view. */
function HasNoUserInfo(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasNoUserInfo',
      validator: {
        validate: (value) => {
          const u = parsedUrl(value);
          return !u || (!u.username && !u.password);
        },
        defaultMessage: (args) => `${args?.property ?? 'value'} must not contain user-info (user:password@); put the credential in auth`,
      },
    },
    options,
  );
}

export class IntegrationAuthDto {
  @ApiProperty({ enum: INTEGRATION_AUTH_TYPES })
  @IsIn(INTEGRATION_AUTH_TYPES)
  type!: IntegrationAuthType;

  @ApiPropertyOptional({ enum: ['header', 'query'], description: 'api_key: where the key travels (default header)' })
  @IsOptional()
  @IsIn(['header', 'query'])
  in?: 'header' | 'query';

  @ApiPropertyOptional({ description: 'api_key: header or query parameter name (default X-Api-Key)', example: 'X-Api-Key' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{1,100}$/, { message: 'name must be a header or parameter name (letters, digits, _ . -)' })
  name?: string;

  @CredentialField('value', { description: 'api_key: the key (stored encrypted, never returned)', maxLength: 4000 })
  value?: string;

  @CredentialField('token', { description: 'bearer: the token (stored encrypted, never returned)', maxLength: 8000 })
  token?: string;

  @CredentialField('username', { description: 'basic: user name', maxLength: 200, secret: false, rules: [NO_COLON] })
  username?: string;

  @CredentialField('password', { description: 'basic: password (stored encrypted, never returned)', maxLength: 1000 })
  password?: string;
}

export class CreateIntegrationDto {
  @ApiProperty({ example: 'Billing API', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiProperty({
    example: 'https://billing.example.com/v2',
    description:
      'Every request stays under this URL. Internal addresses (loopback, private, link-local, metadata…) are refused unless PATCHBAY_OUTBOUND_ALLOW names them',
  })
  @IsString()
  @IsHttpUrl()
  @HasNoUserInfo()
  @MaxLength(2000)
  baseUrl!: string;

  @ApiProperty({ type: IntegrationAuthDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => IntegrationAuthDto)
  auth!: IntegrationAuthDto;
}

export class UpdateIntegrationDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsHttpUrl()
  @HasNoUserInfo()
  @MaxLength(2000)
  baseUrl?: string;

  @ApiPropertyOptional({ type: IntegrationAuthDto, description: 'Replaces the credential' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IntegrationAuthDto)
  auth?: IntegrationAuthDto;
}

export class IntegrationRequestDto {
  @ApiProperty({ enum: HTTP_METHODS })
  @IsIn(HTTP_METHODS)
  method!: (typeof HTTP_METHODS)[number];

  @ApiProperty({ example: '/invoices', description: 'Relative to the base URL; cannot leave it' })
  @IsString()
  @MaxLength(4000)
  @Matches(/^\//, { message: 'path must start with /' })
  path!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  query?: Record<string, unknown>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional()
  @IsObject()
  headers?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'JSON value, or a string sent as is' })
  @IsOptional()
  body?: unknown;
}

export class IntegrationAuthView {
  @ApiProperty({ enum: INTEGRATION_AUTH_TYPES }) type!: IntegrationAuthType;
  @ApiPropertyOptional({ enum: ['header', 'query'] }) in?: 'header' | 'query';
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() username?: string;
  @ApiProperty({ description: 'A secret is stored (it is never returned)' }) secretSet!: boolean;
}

export class IntegrationView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() baseUrl!: string;
  @ApiProperty({ type: IntegrationAuthView }) auth!: IntegrationAuthView;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(i: CustomIntegration): IntegrationView {
    const s = i.authSettings;
    return {
      id: i.id,
      name: i.name,
      baseUrl: i.baseUrl,
      auth: {
        type: i.authType,
        ...(i.authType === 'api_key' ? { in: s.in ?? 'header', name: s.name } : {}),
        ...(i.authType === 'basic' ? { username: s.username } : {}),
        secretSet: true,
      },
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
    };
  }
}

export class IntegrationResponseView {
  @ApiProperty({ description: "The API's HTTP status" }) status!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) headers!: Record<string, string>;
  @ApiProperty({ description: 'Parsed JSON, or text' }) data!: unknown;
}
