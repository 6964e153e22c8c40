import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditEvent } from '../audit/entities/audit-event.entity';
import { ConnectionsModule } from '../connections/connections.module';
import { ProvidersModule } from '../providers/providers.module';
import { OperationAuditBuffer } from './operation-audit.buffer';
import { OperationsController } from './operations.controller';
import { OperationsService } from './operations.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent, App, AppMember, AppApiKey]), ConnectionsModule, ProvidersModule],
  controllers: [OperationsController],
  providers: [OperationsService, OperationAuditBuffer],
  exports: [OperationsService, OperationAuditBuffer],
})
export class OperationsModule {}
