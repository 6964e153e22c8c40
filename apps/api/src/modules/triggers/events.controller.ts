import { Body, Controller, Headers, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { CommonException } from '../../platform/errors/common.exception';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { AllowApiKey } from '../identity/decorators/allow-api-key.decorator';
import { CurrentPrincipal } from '../identity/decorators/current-principal.decorator';
import type { Principal } from '../identity/principal';
import { EventAcceptedView, MAX_IDEMPOTENCY_KEY_LENGTH, PostEventDto } from './dtos/event.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('apps/:app/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @AllowApiKey()
  @AppRole('viewer')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: `≤ ${MAX_IDEMPOTENCY_KEY_LENGTH} characters: a post repeated with the same key within 24 hours starts nothing and answers the same run ids`,
  })
  @ApiAcceptedResponse({ type: EventAcceptedView, description: 'The runs are queued (one per enabled function triggered by the event)' })
  @ApiBadRequestResponse({ description: 'validation_failed (type, data or Idempotency-Key)' })
  @ApiForbiddenResponse({ description: 'Users need the editor role; the app API key may post' })
  async post(
    @CurrentPrincipal() caller: Principal,
    @CurrentApp() access: AppAccess,
    @Body() dto: PostEventDto,
    @Headers('idempotency-key') key: string | undefined,
  ): Promise<EventAcceptedView> {
    // Editors (checked in the functions service) and the app's API key; viewers only read.
    if (key !== undefined && (key.trim() === '' || key.length > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw CommonException.validationFailed([{ field: 'Idempotency-Key', errors: [`must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`] }]);
    }
    return { runs: await this.events.post(caller, access, dto.type, dto.data ?? {}, key) };
  }
}
