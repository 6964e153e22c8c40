import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppApiKey } from '../apps/entities/app-api-key.entity';
import { AppMember } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditModule } from '../audit/audit.module';
import { IntegrationsModule } from '../integrations/integrations.module';
import { OperationsModule } from '../operations/operations.module';
import { FunctionRun } from './entities/function-run.entity';
import { FunctionVersion } from './entities/function-version.entity';
import { FunctionEntity } from './entities/function.entity';
import { FunctionOperations } from './function-operations';
import { FunctionToolchain } from './function-toolchain';
import { FunctionsController } from './functions.controller';
import { FunctionsService } from './functions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([FunctionEntity, FunctionVersion, FunctionRun, App, AppMember, AppApiKey]),
    AuditModule,
    OperationsModule,
    IntegrationsModule,
  ],
  controllers: [FunctionsController],
  providers: [FunctionsService, FunctionToolchain, FunctionOperations],
  exports: [FunctionsService],
})
export class FunctionsModule {}
