import { Controller, Get, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppMember } from '../src/modules/apps/entities/app-member.entity';
import { App } from '../src/modules/apps/entities/app.entity';
import type { AppAccess } from '../src/modules/apps/guards/app-access';
import { AppRole, CurrentApp } from '../src/modules/apps/guards/app-role.guard';
import { AllowApiKey } from '../src/modules/identity/decorators/allow-api-key.decorator';
import { CurrentPrincipal } from '../src/modules/identity/decorators/current-principal.decorator';
import type { Principal } from '../src/modules/identity/principal';
import { ApiClient, auth } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Later issues let app API keys invoke functions and post events through `@AllowApiKey()`. This probe route checks
 * the mechanism now: keys pass only where it is present, and only into their own app.
 */
@Controller('probe/:app')
class ProbeController {
  @Get('open')
  @AllowApiKey()
  @AppRole('viewer')
  open(@CurrentPrincipal() principal: Principal, @CurrentApp() access: AppAccess): object {
    return { kind: principal.kind, appId: access.app.id };
  }

  @Get('closed')
  @AppRole('viewer')
  closed(): object {
    return { ok: true };
  }
}

@Module({ imports: [TypeOrmModule.forFeature([App, AppMember])], controllers: [ProbeController] })
class ProbeModule {}

describe('@AllowApiKey()', () => {
  let t: TestApp;
  let api: ApiClient;
  let owner: string;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [ProbeModule] });
    api = new ApiClient(t);
    owner = await api.adminToken();
  });
  afterAll(() => t.close());

  it('admits an API key on marked routes of its own app only', async () => {
    const appId = await api.createApp(owner);
    const other = await api.createApp(owner);
    const key = await api.createApiKey(owner, appId);

    const ok = await t
      .http()
      .get(`/api/probe/${appId}/open`)
      .set(...auth(key.key))
      .expect(200);
    expect(ok.body).toEqual({ kind: 'api_key', appId });
    const foreign = await t
      .http()
      .get(`/api/probe/${other}/open`)
      .set(...auth(key.key))
      .expect(404);
    expect(foreign.body.error.code).toBe('app_not_found');
    const closed = await t
      .http()
      .get(`/api/probe/${appId}/closed`)
      .set(...auth(key.key))
      .expect(403);
    expect(closed.body.error.code).toBe('forbidden');

    // Users are unaffected by the decorator.
    expect(
      (
        await t
          .http()
          .get(`/api/probe/${appId}/open`)
          .set(...auth(owner))
          .expect(200)
      ).body.kind,
    ).toBe('user');
    await t.http().get(`/api/probe/${appId}/open`).expect(401);
  });
});
