import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { User } from '../identity/entities/user.entity';
import { ApiKeysController } from './api-keys.controller';
import { ApiKeysService } from './api-keys.service';
import { AppsController } from './apps.controller';
import { AppsService } from './apps.service';
import { AppApiKey } from './entities/app-api-key.entity';
import { AppMember } from './entities/app-member.entity';
import { App } from './entities/app.entity';
import { MembersController } from './members.controller';
import { MembersService } from './members.service';

@Module({
  imports: [TypeOrmModule.forFeature([App, AppMember, AppApiKey, User]), AuditModule],
  controllers: [AppsController, MembersController, ApiKeysController],
  providers: [AppsService, MembersService, ApiKeysService],
})
export class AppsModule {}
