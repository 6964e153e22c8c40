import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditModule } from '../audit/audit.module';
import { OperationsModule } from '../operations/operations.module';
import { CustomIntegration } from './entities/custom-integration.entity';
import { IntegrationsController } from './integrations.controller';
import { IntegrationsService } from './integrations.service';

@Module({
  imports: [TypeOrmModule.forFeature([CustomIntegration, App, AppMember, AppApiKey]), AuditModule, OperationsModule],
  controllers: [IntegrationsController],
  providers: [IntegrationsService],
  exports: [IntegrationsService],
})
export class IntegrationsModule {}
