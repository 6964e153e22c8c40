import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from './decorators/current-principal.decorator';
import { SignedIn } from './decorators/signed-in.decorator';
import { UserView } from './dtos/user.view';
import type { UserPrincipal } from './principal';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() caller: UserPrincipal): UserView {
    return UserView.of(caller.user);
  }
}
