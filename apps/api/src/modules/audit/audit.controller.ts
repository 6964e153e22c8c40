import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import type { AppAccess } from '../apps/guards/app-access';
import { AuditService } from './audit.service';
import { AuditEventView } from './dtos/audit-event.view';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('apps/:app/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [AuditEventView] })
  list(@CurrentApp() access: AppAccess): Promise<AuditEventView[]> {
    return this.audit.listForApp(access.app.id);
  }
}
