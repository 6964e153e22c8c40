import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConnectionsModule } from '../connections/connections.module';
import { IdentityModule } from '../identity/identity.module';
import { ProvidersModule } from '../providers/providers.module';
import { OutboundModule } from '../../platform/http/outbound/outbound-http';
import { OperationRequest } from './operation-request';
import { OperationsController } from './operations.controller';
import { OperationsFastLane } from './operations.fast-lane';
import { OperationsService } from './operations.service';

@Module({
  imports: [AuditModule, ConnectionsModule, ProvidersModule, IdentityModule, OutboundModule],
  controllers: [OperationsController],
  providers: [OperationsService, OperationRequest, OperationsFastLane],
  // OperationRequest is the way in for other callers (function runtime, schedulers): callInProcess.
  exports: [OperationsService, OperationRequest],
})
export class OperationsModule {}
