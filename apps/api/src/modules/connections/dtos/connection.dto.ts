import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ScopeInfo } from '@patchbay/spec';
import { CONNECT_MODES, type ConnectMode } from '../entities/oauth-state.entity';
import type { Connection } from '../entities/connection.entity';

export class AuthorizeDto {
  @ApiPropertyOptional({ type: [String], description: 'Permissions to ask for (scope names of the provider)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  scopes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Operations the app will run; their least-privilege scopes are asked for' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  operations?: string[];

  @ApiPropertyOptional({ enum: CONNECT_MODES, default: 'connect' })
  @IsOptional()
  @IsIn(CONNECT_MODES)
  mode?: ConnectMode;

  @ApiPropertyOptional({
    default: false,
    description:
      'A consent link for someone else (a colleague who owns the account) to open in their browser: not bound to this browser, expires in 5 minutes, audited as connection.consent_link_shared. Without it the flow is bound to the calling browser by an HttpOnly cookie and the callback refuses it from any other browser (browser_mismatch).',
  })
  @IsOptional()
  @IsBoolean()
  shareable?: boolean;
}

export class PermissionView {
  @ApiProperty() scope!: string;
  @ApiProperty() description!: string;
}

export class AuthorizeView {
  @ApiProperty({ description: "The provider's consent URL; open it in a browser (popup)" }) authorizationUrl!: string;
  @ApiProperty({ description: 'Single-use, expires in 10 minutes (a shareable link: 5)' }) state!: string;
  @ApiProperty({ enum: CONNECT_MODES }) mode!: ConnectMode;
  @ApiProperty({ description: 'false: only the browser that called authorize (its cookie) can complete the consent' }) shareable!: boolean;
  @ApiProperty({ type: [PermissionView], description: 'What the consent asks for' }) requestedScopes!: PermissionView[];
  @ApiProperty() expiresAt!: string;
}

export class AccountView {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
}

export class OperationBriefView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: "The operation's summary from the spec" }) summary!: string;
}

export class ConnectionView {
  @ApiProperty() provider!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ enum: ['active', 'needs_reconnect'] }) status!: string;
  @ApiProperty({ type: AccountView }) account!: AccountView;
  @ApiProperty({ type: [PermissionView] }) grantedScopes!: PermissionView[];
  @ApiProperty({ nullable: true, type: String }) connectedBy!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) connectedByEmail?: string | null;
  @ApiProperty() connectedAt!: string;
  @ApiProperty({ nullable: true, type: String }) lastRefreshedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) expiresAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Why a reconnect is needed' }) lastError?: string | null;
  @ApiProperty({
    type: [PermissionView],
    description:
      'Permissions a consent asked for that the provider did not grant (providers with per-scope consent checkboxes); ask again for them with authorize mode add_scopes',
  })
  notGranted!: PermissionView[];
  @ApiProperty({ type: [OperationBriefView], description: 'Operations that will not run until the permissions in notGranted are granted' })
  unavailableOperations!: OperationBriefView[];

  static of(
    c: Connection,
    providerName: string,
    granted: ScopeInfo[],
    connectedByEmail?: string | null,
    gaps: { notGranted: ScopeInfo[]; unavailableOperations: OperationBriefView[] } = { notGranted: [], unavailableOperations: [] },
  ): ConnectionView {
    return {
      provider: c.provider,
      providerName,
      status: c.status,
      account: { id: c.accountId, label: c.accountLabel },
      grantedScopes: granted,
      connectedBy: c.connectedBy,
      connectedByEmail: connectedByEmail ?? null,
      connectedAt: c.connectedAt.toISOString(),
      lastRefreshedAt: c.lastRefreshedAt ? c.lastRefreshedAt.toISOString() : null,
      expiresAt: c.expiresAt ? c.expiresAt.toISOString() : null,
      lastError: c.lastError,
      notGranted: gaps.notGranted,
      unavailableOperations: gaps.unavailableOperations,
    };
  }
}
