import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../identity/decorators/current-principal.decorator';
import { SignedIn } from '../identity/decorators/signed-in.decorator';
import type { UserPrincipal } from '../identity/principal';
import { AppsService } from './apps.service';
import { AppView, CreateAppDto, UpdateAppDto } from './dtos/app.dto';
import type { AppAccess } from './guards/app-access';
import { AppRole, CurrentApp } from './guards/app-role.guard';

@ApiTags('apps')
@ApiBearerAuth()
@Controller('apps')
export class AppsController {
  constructor(private readonly apps: AppsService) {}

  @Post()
  @SignedIn()
  @ApiCreatedResponse({ type: AppView, description: 'The creator becomes the owner' })
  create(@CurrentUser() caller: UserPrincipal, @Body() dto: CreateAppDto): Promise<AppView> {
    return this.apps.create(caller, dto);
  }

  @Get()
  @SignedIn()
  @ApiOkResponse({ type: [AppView] })
  list(@CurrentUser() caller: UserPrincipal): Promise<AppView[]> {
    return this.apps.list(caller);
  }

  @Get(':app')
  @AppRole('viewer')
  @ApiOkResponse({ type: AppView })
  get(@CurrentApp() access: AppAccess): AppView {
    return AppView.of(access.app, access.role);
  }

  @Patch(':app')
  @AppRole('owner')
  @ApiOkResponse({ type: AppView })
  update(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess, @Body() dto: UpdateAppDto): Promise<AppView> {
    return this.apps.update(caller, access, dto);
  }

  @Delete(':app')
  @AppRole('owner')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async remove(@CurrentUser() caller: UserPrincipal, @CurrentApp() access: AppAccess): Promise<void> {
    await this.apps.remove(caller, access);
  }
}
