import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import type { AppAccess } from '../apps/guards/app-access';
import { AuditService, EXPORT_LIMIT } from './audit.service';
import { AuditEventView } from './dtos/audit-event.view';
import { AuditQueryDto } from './dtos/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('apps/:app/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [AuditEventView], description: 'newest first; the next page: `before` = the last id of this one' })
  list(@CurrentApp() access: AppAccess, @Query() query: AuditQueryDto): Promise<AuditEventView[]> {
    return this.audit.listForApp(access.app.id, query);
  }

  @Get('export')
  @AppRole('viewer')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: `the filtered trail as CSV, newest first, at most ${EXPORT_LIMIT} rows`, schema: { type: 'string' } })
  async export(@CurrentApp() access: AppAccess, @Query() query: AuditQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const csv = await this.audit.exportCsv(access.app.id, query);
    // Set only on success: an error answer stays JSON ({error:{code,message}}) like every other.
    res.set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit.csv"' });
    return csv;
  }
}
