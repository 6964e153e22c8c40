import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../identity/entities/user.entity';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditWriter } from './audit-writer';
import { AuditEvent } from './entities/audit-event.entity';

/** The audit trail: {@link AuditService} (one event, in the change's transaction; reading) and {@link AuditWriter} (calls, batched). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent, User])],
  controllers: [AuditController],
  providers: [AuditService, AuditWriter],
  exports: [AuditService, AuditWriter],
})
export class AuditModule {}
