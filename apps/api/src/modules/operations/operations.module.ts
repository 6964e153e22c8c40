import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditEvent } from '../audit/entities/audit-event.entity';
import { ConnectionsModule } from '../connections/connections.module';
import { IdentityModule } from '../identity/identity.module';
import { ProvidersModule } from '../providers/providers.module';
import { OperationAuditBuffer } from './operation-audit.buffer';
import { OperationsController } from './operations.controller';
import { OperationsFastLane } from './operations.fast-lane';
import { OperationsService } from './operations.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent, App, AppMember, AppApiKey]), ConnectionsModule, ProvidersModule, IdentityModule],
  controllers: [OperationsController],
  providers: [OperationsService, OperationAuditBuffer, OperationsFastLane],
  exports: [OperationsService, OperationAuditBuffer],
})
export class OperationsModule {}
