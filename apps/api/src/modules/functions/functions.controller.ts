import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParamPipe } from '../../platform/http/uuid';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { AllowApiKey } from '../identity/decorators/allow-api-key.decorator';
import { CurrentPrincipal, CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { Principal, UserPrincipal } from '../identity/principal';
import {
  CreateFunctionDto,
  FunctionVersionView,
  FunctionView,
  InvokeFunctionDto,
  ListRunsQueryDto,
  RunStartedView,
  RunView,
  UpdateFunctionDto,
} from './dtos/function.dto';
import { FunctionsException } from './functions.exception';
import { FunctionsService } from './functions.service';

const functionId = new UuidParamPipe(() => FunctionsException.notFound());
const runId = new UuidParamPipe(() => FunctionsException.runNotFound());

@ApiTags('functions')
@ApiBearerAuth()
@Controller('apps/:app/functions')
export class FunctionsController {
  constructor(private readonly functions: FunctionsService) {}

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [FunctionView], description: 'Functions with their trigger and last run (without code)' })
  list(@CurrentApp() access: AppAccess): Promise<FunctionView[]> {
    return this.functions.list(access.app.id);
  }

  @Post()
  @AppRole('editor')
  @ApiCreatedResponse({ type: FunctionView })
  @ApiBadRequestResponse({ description: 'type_error {problems:[{line,column,message}]}, invalid_plan, validation_failed' })
  create(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Body() dto: CreateFunctionDto): Promise<FunctionView> {
    return this.functions.create(caller, access.app.id, dto);
  }

  @Get(':id')
  @AppRole('viewer')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FunctionView })
  get(@CurrentApp() access: AppAccess, @Param('id', functionId) id: string): Promise<FunctionView> {
    return this.functions.get(access.app.id, id);
  }

  @Put(':id')
  @AppRole('editor')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: FunctionView, description: 'A changed code is a new version; `enabled:false` pauses the function, `true` resumes it' })
  @ApiBadRequestResponse({ description: 'type_error {problems:[{line,column,message}]}, invalid_trigger (bad cron or time zone): nothing stored' })
  update(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('id', functionId) id: string,
    @Body() dto: UpdateFunctionDto,
  ): Promise<FunctionView> {
    return this.functions.update(caller, access.app.id, id, dto);
  }

  @Delete(':id')
  @AppRole('editor')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiNoContentResponse()
  async remove(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Param('id', functionId) id: string): Promise<void> {
    await this.functions.remove(caller, access.app.id, id);
  }

  @Get(':id/versions')
  @AppRole('viewer')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: [FunctionVersionView], description: 'Newest first, each with a unified diff against the one before' })
  versions(@CurrentApp() access: AppAccess, @Param('id', functionId) id: string): Promise<FunctionVersionView[]> {
    return this.functions.listVersions(access.app.id, id);
  }

  @Post(':id/versions/:n/restore')
  @AppRole('editor')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'n', type: Number })
  @ApiOkResponse({ type: FunctionView, description: "The version's code becomes a new version" })
  restore(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('id', functionId) id: string,
    @Param('n', new ParseIntPipe({ exceptionFactory: () => FunctionsException.versionNotFound(NaN) })) n: number,
  ): Promise<FunctionView> {
    return this.functions.restore(caller, access.app.id, id, n);
  }

  @Post(':id/invoke')
  @AllowApiKey()
  @AppRole('viewer')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({ name: 'wait', required: false, description: 'true (default): answer the finished run; false: 202 {runId} at once' })
  @ApiOkResponse({ type: RunView, description: 'The finished run (succeeded or failed: see status and error)' })
  @ApiAcceptedResponse({ type: RunStartedView, description: 'Not waited for (or still running past the wait bound)' })
  async invoke(
    @CurrentPrincipal() caller: Principal,
    @CurrentApp() access: AppAccess,
    @Param('id', functionId) id: string,
    @Body() dto: InvokeFunctionDto,
    @Query('wait') wait: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<RunView | RunStartedView> {
    // Editors (checked in the service) and the app's API key; viewers only read.
    const outcome = await this.functions.invoke(caller, access, id, dto.input ?? {}, wait !== 'false' && wait !== '0');
    if (outcome.done) {
      res.status(HttpStatus.OK);
      return outcome.run;
    }
    res.status(HttpStatus.ACCEPTED);
    return outcome.started;
  }

  @Get(':id/runs')
  @AppRole('viewer')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({ type: [RunView], description: 'The most recent runs (50 unless `limit`), newest first; filtered by status and trigger kind' })
  @ApiBadRequestResponse({ description: 'validation_failed: an unknown status or trigger, or a limit outside 1–200' })
  runs(@CurrentApp() access: AppAccess, @Param('id', functionId) id: string, @Query() query: ListRunsQueryDto): Promise<RunView[]> {
    return this.functions.listRuns(access.app.id, id, query);
  }

  @Get(':id/runs/:runId')
  @AppRole('viewer')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiParam({ name: 'runId', format: 'uuid' })
  @ApiOkResponse({ type: RunView })
  run(@CurrentApp() access: AppAccess, @Param('id', functionId) id: string, @Param('runId', runId) run: string): Promise<RunView> {
    return this.functions.getRun(access.app.id, id, run);
  }
}
