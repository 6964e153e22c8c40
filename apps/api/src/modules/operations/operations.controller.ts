import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiForbiddenResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { UserPrincipal } from '../identity/principal';
import { RunOperationDto } from './dtos/operation.dto';
import { OperationRequest } from './operation-request';
import type { OperationCallResult } from './operations.service';

@ApiTags('operations')
@ApiBearerAuth()
@Controller('apps/:app/connections/:provider/operations')
export class OperationsController {
  constructor(private readonly request: OperationRequest) {}

  @Post(':operationId')
  // Viewers may run read-only operations (they see the connection's data, e.g. the dashboard panels); writes need an editor.
  @AppRole('viewer')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'provider' })
  @ApiParam({ name: 'operationId' })
  // The body is checked against RunOperationDto by the operations pipeline (one place for its rules, fast lane included).
  @ApiBody({ type: RunOperationDto })
  @ApiOkResponse({ description: "`{status, data}`: the provider's status and response body" })
  @ApiForbiddenResponse({ description: 'insufficient_scope with requiredScopes, missingScopes and authorizeUrl' })
  async run(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Param('provider') provider: string,
    @Param('operationId') operationId: string,
    @Body() body: unknown,
  ): Promise<OperationCallResult> {
    return this.request.runForController(caller, access, provider, operationId, body);
  }
}
