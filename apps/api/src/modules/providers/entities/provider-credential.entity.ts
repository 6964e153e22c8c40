import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The OAuth client an admin registered at a provider. Keyed by auth group: providers that share one OAuth client
 * (a group declared once in specs/_auth/) share one row. The secret is stored encrypted (TokenCipher).
 */
@Entity({ name: 'provider_credentials' })
export class ProviderCredential {
  @PrimaryColumn({ name: 'auth_group', type: 'varchar', length: 100 })
  authGroup!: string;

  @Column({ name: 'client_id', type: 'varchar', length: 500 })
  clientId!: string;

  @Column({ name: 'client_secret_enc', type: 'text' })
  clientSecretEnc!: string;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy!: string | null;
}
