import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { User } from '../identity/entities/user.entity';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditEvent } from './entities/audit-event.entity';

// App and AppMember are here for the AppRole guard, which reads them to authorise the audit route.
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent, User, App, AppMember])],
  controllers: [AuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
