import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { App } from '../../apps/entities/app.entity';

export const INTEGRATION_AUTH_TYPES = ['api_key', 'bearer', 'basic'] as const;
export type IntegrationAuthType = (typeof INTEGRATION_AUTH_TYPES)[number];

/** Where an API key travels, and under which name (`X-Api-Key` header, `api_key` query parameter…). */
export interface IntegrationAuthSettings {
  in?: 'header' | 'query';
  name?: string;
  username?: string;
}

/**
 * A credential for an API without a managed connector, bound to one base URL. The secret (key, token or
 * password) is encrypted; requests can only go to `baseUrl`.
 */
@Entity({ name: 'custom_integrations' })
export class CustomIntegration {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => App, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id' })
  app?: App;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'base_url', type: 'varchar', length: 2000 })
  baseUrl!: string;

  @Column({ name: 'auth_type', type: 'varchar', length: 16 })
  authType!: IntegrationAuthType;

  @Column({ name: 'auth_settings', type: 'simple-json' })
  authSettings!: IntegrationAuthSettings;

  @Column({ name: 'secret_enc', type: 'text' })
  secretEnc!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
