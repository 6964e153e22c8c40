import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { ProviderModel } from '@patchbay/spec';
import { trim } from '../../../platform/http/dto-rules';

export class SetCredentialsDto {
  @ApiProperty({ description: 'OAuth client id registered at the provider' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  clientId!: string;

  @ApiProperty({ description: 'OAuth client secret; stored encrypted, never returned', format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  clientSecret!: string;
}

export class ScopeView {
  @ApiProperty() scope!: string;
  @ApiProperty({ description: 'What the permission allows, in plain words' }) description!: string;
}

export class OperationSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: ['get', 'post', 'put', 'patch', 'delete'] }) method!: string;
  @ApiProperty({ type: [String], description: 'Least-privilege scopes the operation needs' }) scopes!: string[];
  @ApiProperty() readOnly!: boolean;
}

export class ExamplePromptView {
  @ApiProperty() prompt!: string;
  @ApiProperty({ type: [String] }) operations!: string[];
  @ApiProperty({ type: [ScopeView], description: 'What connecting for this prompt asks for' }) permissions!: ScopeView[];
}

export class ProviderView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() category!: string;
  @ApiProperty() description!: string;
  @ApiPropertyOptional() icon?: string;
  @ApiProperty({
    enum: ['oauth2', 'credential'],
    description: 'oauth2: consent popup; credential: an editor stores a key/token/password (see authKind)',
  })
  authType!: 'oauth2' | 'credential';
  @ApiProperty({
    enum: ['oauth2', 'apiKey', 'bearer', 'basic'],
    description: 'What connecting asks for: an OAuth consent, an API key, a bearer token, or a user name and password',
  })
  authKind!: 'oauth2' | 'apiKey' | 'bearer' | 'basic';
  @ApiPropertyOptional({ enum: ['header', 'query'], description: 'authKind apiKey: where the key travels' })
  apiKeyIn?: 'header' | 'query';
  @ApiPropertyOptional({ description: 'authKind apiKey: the header or query parameter name (e.g. X-Api-Key)' })
  apiKeyName?: string;
  @ApiProperty({ description: 'Providers in one auth group share one OAuth client' }) authGroup!: string;
  @ApiProperty({ description: 'Whether an admin has set the OAuth client credentials (always true for a credential connector)' })
  configured!: boolean;
  @ApiProperty({ description: 'The exact redirect URI to register at the provider' }) redirectUri!: string;
  @ApiProperty({ type: [ScopeView] }) scopes!: ScopeView[];
  @ApiProperty({ type: [OperationSummaryView] }) operations!: OperationSummaryView[];
  @ApiProperty({ type: [ExamplePromptView] }) examplePrompts!: ExamplePromptView[];
  @ApiProperty({ type: [String] }) setupNotes!: string[];
  @ApiProperty({ enum: ['current', 'stale', 'missing'], description: "Whether this build's generated typed connector matches the spec" })
  typedConnector!: 'current' | 'stale' | 'missing';

  static of(p: ProviderModel, configured: boolean, redirectUri: string, typedConnector: 'current' | 'stale' | 'missing' = 'missing'): ProviderView {
    const text = new Map(p.scopes.map((s) => [s.scope, s.description]));
    const ops = new Map(p.operations.map((o) => [o.id, o]));
    return {
      id: p.id,
      name: p.name,
      category: p.category,
      description: p.description,
      ...(p.icon ? { icon: p.icon } : {}),
      authType: p.authType,
      authKind: p.credential?.kind ?? 'oauth2',
      ...(p.credential?.kind === 'apiKey' ? { apiKeyIn: p.credential.in, apiKeyName: p.credential.name } : {}),
      authGroup: p.oauth.group,
      // A credential connector needs no instance-wide OAuth client: it is ready as soon as an editor stores a key.
      configured: p.authType === 'credential' || configured,
      redirectUri,
      scopes: p.scopes.map((s) => ({ scope: s.scope, description: s.description })),
      operations: p.operations.map((o) => ({ id: o.id, summary: o.summary, method: o.method, scopes: o.requiredScopes, readOnly: o.readOnly })),
      examplePrompts: p.examplePrompts.map((e) => {
        const scopes = [...new Set(e.operations.flatMap((id) => ops.get(id)?.requiredScopes ?? []))];
        return { prompt: e.prompt, operations: e.operations, permissions: scopes.map((scope) => ({ scope, description: text.get(scope) ?? scope })) };
      }),
      setupNotes: p.setupNotes,
      typedConnector,
    };
  }
}

export class CredentialsSetView {
  @ApiProperty() provider!: string;
  @ApiProperty() authGroup!: string;
  @ApiProperty() configured!: boolean;
  @ApiProperty({ description: 'Register exactly this redirect URI at the provider' }) redirectUri!: string;
  @ApiProperty({ type: [String], description: 'Providers that share these credentials' }) sharedWith!: string[];
}
