import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from './decorators/current-principal.decorator';
import { CreateUserDto } from './dtos/create-user.dto';
import { UserView } from './dtos/user.view';
import { InstanceAdmin } from './guards/instance-admin.guard';
import type { UserPrincipal } from './principal';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Instance admins only' })
@InstanceAdmin()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ type: UserView })
  @ApiConflictResponse({ description: 'email_taken' })
  create(@CurrentUser() caller: UserPrincipal, @Body() dto: CreateUserDto): Promise<UserView> {
    return this.users.create(caller, { email: dto.email, name: dto.name, password: dto.password, role: dto.role ?? 'user' });
  }

  @Get()
  @ApiOkResponse({ type: [UserView] })
  list(): Promise<UserView[]> {
    return this.users.list();
  }
}
