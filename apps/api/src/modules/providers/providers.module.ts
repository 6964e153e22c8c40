import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CatalogService } from './catalog.service';
import { ProviderCredential } from './entities/provider-credential.entity';
import { ProviderCredentialsService } from './provider-credentials.service';
import { ProvidersController } from './providers.controller';

@Module({
  imports: [TypeOrmModule.forFeature([ProviderCredential]), AuditModule],
  controllers: [ProvidersController],
  providers: [CatalogService, ProviderCredentialsService],
  exports: [CatalogService, ProviderCredentialsService],
})
export class ProvidersModule {}
