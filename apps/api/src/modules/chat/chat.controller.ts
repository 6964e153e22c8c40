import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AppAccess } from '../apps/guards/app-access';
import { AppRole, CurrentApp } from '../apps/guards/app-role.guard';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import type { UserPrincipal } from '../identity/principal';
import { ChatService } from './chat.service';
import { ChatAnswerView, ChatMessageView, ChatRequestDto } from './dtos/chat.dto';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('apps/:app/chat')
export class ChatController {
  constructor(private readonly chat: ChatService) {}

  @Post()
  @AppRole('viewer')
  @HttpCode(HttpStatus.OK)
  @ApiHeader({ name: 'X-Timezone', required: false, description: 'IANA zone for schedules when the message names none (default UTC)' })
  @ApiOkResponse({
    type: ChatAnswerView,
    description: 'The plan, the action required and (editors) consent URLs; viewers get no consent URLs and no function',
  })
  @ApiBadRequestResponse({ description: 'invalid_message (empty, too long, binary), validation_failed' })
  ask(
    @CurrentUser() caller: UserPrincipal,
    @CurrentApp() access: AppAccess,
    @Body() dto: ChatRequestDto,
    @Headers('x-timezone') timezone?: string,
  ): Promise<ChatAnswerView> {
    return this.chat.ask(access, caller, dto, typeof timezone === 'string' ? timezone.slice(0, 64) : undefined);
  }

  @Get()
  @AppRole('viewer')
  @ApiOkResponse({ type: [ChatMessageView], description: "The app's conversation, oldest first (the latest 200 messages)" })
  thread(@CurrentApp() access: AppAccess): Promise<ChatMessageView[]> {
    return this.chat.thread(access.app.id);
  }
}
