import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Repository } from 'typeorm';
import { AccessCache } from '../../../platform/cache/session-membership-cache';
import { ApiException } from '../../../platform/errors/api-exception';
import type { User } from '../../identity/entities/user.entity';
import type { Principal } from '../../identity/principal';
import { AppMember, AppRoleName } from '../entities/app-member.entity';
import { App } from '../entities/app.entity';
import { AppAccessResolver, type AppAccess } from './app-access';
import { AppRoleGuard } from './app-role.guard';

const APP_ID = '0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01';
const app = Object.assign(new App(), { id: APP_ID, name: 'A', description: '', createdAt: new Date(0), createdBy: null });

function user(id: string, role: 'admin' | 'user' = 'user'): Principal {
  return { kind: 'user', sessionId: 's', user: { id, role } as User };
}

/** A guard over in-memory "tables" and a request for `:app`, requiring `required`. */
function setup(members: Record<string, AppRoleName>, required: AppRoleName) {
  const apps = { findOne: jest.fn(async () => app) } as unknown as Repository<App>;
  const memberRepo = {
    findOne: jest.fn(async ({ where }: { where: { userId: string } }) =>
      members[where.userId] ? Object.assign(new AppMember(), { appId: APP_ID, userId: where.userId, role: members[where.userId] }) : null,
    ),
  } as unknown as Repository<AppMember>;
  const reflector = { getAllAndOverride: jest.fn(() => required) } as unknown as Reflector;
  const guard = new AppRoleGuard(reflector, new AppAccessResolver(apps, memberRepo, new AccessCache()));
  const run = async (principal: Principal, appParam = APP_ID): Promise<AppAccess | string> => {
    const req: { user: Principal; params: Record<string, string>; appAccess?: AppAccess } = { user: principal, params: { app: appParam } };
    const ctx = {
      switchToHttp: () => ({ getRequest: () => req }),
      getHandler: () => undefined,
      getClass: () => undefined,
    } as unknown as ExecutionContext;
    try {
      await guard.canActivate(ctx);
      return req.appAccess as AppAccess;
    } catch (err) {
      if (err instanceof ApiException) return err.code;
      throw err;
    }
  };
  return { run };
}

describe('AppRoleGuard', () => {
  it('admits members with at least the required role and exposes their role', async () => {
    const { run } = setup({ o: 'owner', e: 'editor', v: 'viewer' }, 'editor');
    expect(await run(user('o'))).toEqual({ app, role: 'owner' });
    expect(await run(user('e'))).toEqual({ app, role: 'editor' });
    expect(await run(user('v'))).toBe('forbidden');
  });

  it('hides the app from non-members and for malformed ids', async () => {
    const { run } = setup({ o: 'owner' }, 'viewer');
    expect(await run(user('stranger'))).toBe('app_not_found');
    expect(await run(user('o'), 'not-a-uuid')).toBe('app_not_found');
  });

  it('lets instance admins act as owners everywhere', async () => {
    const { run } = setup({ v: 'viewer' }, 'owner');
    expect(await run(user('root', 'admin'))).toEqual({ app, role: 'owner' });
  });

  it('binds API keys to their own app', async () => {
    const { run } = setup({}, 'viewer');
    expect(await run({ kind: 'api_key', apiKeyId: 'k', appId: APP_ID })).toEqual({ app, role: 'viewer' });
    expect(await run({ kind: 'api_key', apiKeyId: 'k', appId: '11111111-2222-4333-8444-555555555555' })).toBe('app_not_found');
  });
});
