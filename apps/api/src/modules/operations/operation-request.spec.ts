import type { ProviderModel } from '@patchbay/spec';
import type { Repository } from 'typeorm';
import { AccessCache } from '../../platform/cache/session-membership-cache';
import { ApiException } from '../../platform/errors/api-exception';
import { createValidationPipe } from '../../platform/errors/validation-pipe';
import { AppMember, type AppRoleName } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AppAccessResolver } from '../apps/guards/app-access';
import type { User } from '../identity/entities/user.entity';
import type { Principal } from '../identity/principal';
import type { SessionsService } from '../identity/sessions.service';
import type { CatalogService } from '../providers/catalog.service';
import { ProvidersException } from '../providers/providers.exception';
import { RunOperationDto } from './dtos/operation.dto';
import { envelope, isPlainRunOperation, OperationRequest } from './operation-request';
import type { OperationCallOutcome, OperationsService } from './operations.service';

const APP_ID = '0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01';
const app = Object.assign(new App(), { id: APP_ID, name: 'A', description: '', createdAt: new Date(0), createdBy: null });
const user = (id: string, role: 'admin' | 'user' = 'user'): Principal => ({ kind: 'user', sessionId: `s-${id}`, user: { id, role } as User });

/**
 * The pipeline over in-memory sessions and memberships (the real AppAccessResolver and ValidationPipe), a catalog of
 * one provider and a recording OperationsService.
 */
function setup(
  members: Record<string, AppRoleName>,
  outcome: () => Promise<OperationCallOutcome> = async () => ({ status: 200, data: { ok: true } }),
) {
  const steps: string[] = [];
  const sessions = {
    authenticate: jest.fn(async (token: string) => {
      steps.push('authenticate');
      return token.startsWith('pbs_') ? user(token.slice(4)) : null;
    }),
  } as unknown as SessionsService;
  const apps = { findOne: jest.fn(async () => app) } as unknown as Repository<App>;
  const memberRepo = {
    findOne: jest.fn(async ({ where }: { where: { userId: string } }) => {
      steps.push('access');
      const role = members[where.userId];
      return role ? Object.assign(new AppMember(), { appId: APP_ID, userId: where.userId, role }) : null;
    }),
  } as unknown as Repository<AppMember>;
  const provider = { id: 'acme' } as ProviderModel;
  const catalog = {
    get: jest.fn((id: string) => {
      steps.push('catalog');
      if (id !== 'acme') throw ProvidersException.providerNotFound(id);
      return provider;
    }),
  } as unknown as CatalogService;
  const run = jest.fn(async (...args: unknown[]) => {
    void args;
    steps.push('run');
    return outcome();
  });
  const operations = { run } as unknown as OperationsService;
  const pipeline = new OperationRequest(sessions, new AppAccessResolver(apps, memberRepo, new AccessCache()), catalog, operations);
  return { pipeline, run, steps, provider };
}

const http = (over: Partial<{ token: string; appId: string; provider: string; operationId: string; body: unknown; bodyError: unknown }> = {}) => ({
  appId: over.appId ?? APP_ID,
  provider: over.provider ?? 'acme',
  operationId: over.operationId ?? 'things.list',
  token: over.token ?? 'pbs_ed',
  readBody: async () => {
    if (over.bodyError) throw over.bodyError;
    return 'body' in over ? over.body : { input: { q: 1 } };
  },
});

const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'resolved',
    (err: unknown) => (err instanceof ApiException ? err.code : `not an ApiException: ${String(err)}`),
  );

describe('OperationRequest.serveHttp (the fast lane)', () => {
  it('authenticates, resolves access, accepts the body, runs and replies with the envelope, in that order', async () => {
    const { pipeline, run, steps, provider } = setup({ ed: 'editor' });
    const reply = await pipeline.serveHttp(http());
    expect(reply).toEqual({ status: 200, payload: Buffer.from('{"status":200,"data":{"ok":true}}'), body: { input: { q: 1 } } });
    expect(steps).toEqual(['authenticate', 'access', 'catalog', 'run']);
    expect(run).toHaveBeenCalledWith(user('ed'), APP_ID, provider, 'things.list', { q: 1 }, undefined, 'editor', undefined);
  });

  it("passes the provider's JSON bytes on unparsed", async () => {
    const { pipeline } = setup({ ed: 'editor' }, async () => ({ status: 201, data: { a: 'é' }, raw: Buffer.from('{ "a" : "é" }') }));
    expect((await pipeline.serveHttp(http())).payload.toString('utf8')).toBe('{"status":201,"data":{ "a" : "é" }}');
  });

  it('answers a body that cannot be read before looking at the caller, with the body error mapped', async () => {
    const { pipeline, steps } = setup({ ed: 'editor' });
    const parseError = Object.assign(new SyntaxError('Unexpected end'), { status: 400, statusCode: 400, expose: true, type: 'entity.parse.failed' });
    const reply = await pipeline.serveHttp(http({ token: 'nope', bodyError: parseError }));
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.payload.toString()).error.code).toBe('invalid_json');
    expect(reply.body).toBeUndefined();
    expect(steps).toEqual([]);
  });

  it('refuses an unknown session (401), a non-member and a malformed app id (404), a bad body (400) — each as an error envelope', async () => {
    const { pipeline, run } = setup({ ed: 'editor' });
    const error = async (over: Parameters<typeof http>[0]) => {
      const r = await pipeline.serveHttp(http(over));
      return [r.status, JSON.parse(r.payload.toString()).error.code];
    };
    expect(await error({ token: 'pbk_key' })).toEqual([401, 'unauthorized']);
    expect(await error({ token: 'pbs_stranger' })).toEqual([404, 'app_not_found']);
    expect(await error({ appId: 'not-a-uuid' })).toEqual([404, 'app_not_found']);
    expect(await error({ body: { input: 'x' } })).toEqual([400, 'validation_failed']);
    expect(await error({ body: { input: {}, extra: true } })).toEqual([400, 'validation_failed']);
    expect(await error({ provider: 'nobody' })).toEqual([404, 'provider_not_found']);
    expect(run).not.toHaveBeenCalled();
  });

  it('turns an unexpected failure into a 500 envelope and hands the error back for the log', async () => {
    const boom = new Error('database went away');
    const { pipeline } = setup({ ed: 'editor' }, async () => {
      throw boom;
    });
    const reply = await pipeline.serveHttp(http());
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.payload.toString()).error.code).toBe('internal_error');
    expect(reply.failure).toBe(boom);
  });
});

describe('OperationRequest.runForController (the Nest route)', () => {
  it('takes the access its guard resolved and applies the same body rules', async () => {
    const { pipeline, run, provider } = setup({});
    expect(await pipeline.runForController(user('v'), { app, role: 'viewer' }, 'acme', 'things.list', { nextPageUrl: '/next' })).toEqual({
      status: 200,
      data: { ok: true },
    });
    expect(run).toHaveBeenCalledWith(user('v'), APP_ID, provider, 'things.list', {}, '/next', 'viewer', undefined);
    expect(await codeOf(pipeline.runForController(user('v'), { app, role: 'viewer' }, 'acme', 'things.list', [1]))).toBe('validation_failed');
  });
});

describe('OperationRequest.callInProcess (functions, schedulers)', () => {
  it('runs with the given role, capped by the caller’s current access, and passes the origin on for the audit', async () => {
    const { pipeline, run, provider } = setup({ ed: 'editor', v: 'viewer' });
    const origin = { functionId: 'fn-1', runId: 'run-9' };
    const call = { appId: APP_ID, provider: 'acme', operationId: 'things.create', input: { name: 'x' }, origin };
    expect(await pipeline.callInProcess({ ...call, caller: user('ed'), role: 'owner' })).toEqual({ status: 200, data: { ok: true } });
    expect(run).toHaveBeenLastCalledWith(user('ed'), APP_ID, provider, 'things.create', { name: 'x' }, undefined, 'editor', origin);
    await pipeline.callInProcess({ ...call, caller: user('ed'), role: 'viewer' });
    expect(run.mock.calls.at(-1)?.[6]).toBe('viewer');
    await pipeline.callInProcess({ ...call, caller: user('v'), role: 'editor' });
    expect(run.mock.calls.at(-1)?.[6]).toBe('viewer');
    await pipeline.callInProcess({ ...call, caller: user('root', 'admin'), role: 'editor', input: undefined });
    expect(run.mock.calls.at(-1)?.slice(4, 7)).toEqual([{}, undefined, 'editor']);
  });

  it('a function run started by the app API key acts with the role it was given; the key alone stays a viewer', async () => {
    const { pipeline, run } = setup({});
    const key: Principal = { kind: 'api_key', apiKeyId: 'k1', appId: APP_ID };
    const call = { appId: APP_ID, caller: key, role: 'editor' as const, provider: 'acme', operationId: 'things.create', input: {} };
    await pipeline.callInProcess({ ...call, origin: { functionId: 'fn-1', runId: 'run-1' } });
    expect(run.mock.calls.at(-1)?.[6]).toBe('editor');
    await pipeline.callInProcess(call);
    expect(run.mock.calls.at(-1)?.[6]).toBe('viewer');
    const otherApp: Principal = { kind: 'api_key', apiKeyId: 'k2', appId: '00000000-0000-4000-8000-00000000beef' };
    expect(await codeOf(pipeline.callInProcess({ ...call, caller: otherApp, origin: { functionId: 'fn-1', runId: 'run-2' } }))).toBe('app_not_found');
  });

  it('throws the errors the HTTP path answers', async () => {
    const { pipeline, run } = setup({ ed: 'editor' });
    const call = { appId: APP_ID, caller: user('ed'), role: 'editor' as const, provider: 'acme', operationId: 'things.list', input: {} };
    expect(await codeOf(pipeline.callInProcess({ ...call, caller: user('gone') }))).toBe('app_not_found');
    expect(await codeOf(pipeline.callInProcess({ ...call, input: 'not an object' }))).toBe('validation_failed');
    expect(await codeOf(pipeline.callInProcess({ ...call, input: [1, 2] }))).toBe('validation_failed');
    expect(await codeOf(pipeline.callInProcess({ ...call, provider: 'nobody' }))).toBe('provider_not_found');
    expect(run).not.toHaveBeenCalled();
  });
});

describe('isPlainRunOperation', () => {
  // The shortcut must never admit what the ValidationPipe refuses, nor change what it admits.
  const pipe = createValidationPipe();
  const verdict = async (body: unknown) => {
    try {
      return { ok: true, value: JSON.parse(JSON.stringify(await pipe.transform(body, { type: 'body', metatype: RunOperationDto }))) as unknown };
    } catch {
      return { ok: false };
    }
  };
  it.each<[string, unknown]>([
    ['empty', {}],
    ['input', { input: { a: [1, { b: 2 }] } }],
    ['null input', { input: null }],
    ['next page', { nextPageUrl: '/x?y=1' }],
    ['both', { input: {}, nextPageUrl: 'https://api.example.com/p2' }],
    ['null next page', { nextPageUrl: null }],
    ['longest next page', { nextPageUrl: 'x'.repeat(4096) }],
    ['too long next page', { nextPageUrl: 'x'.repeat(4097) }],
    ['numeric next page', { nextPageUrl: 7 }],
    ['string input', { input: 'x' }],
    ['array input', { input: [] }],
    ['numeric input', { input: 3 }],
    ['extra field', { input: {}, extra: 1 }],
    ['array body', []],
    ['string body', 'x'],
    ['null body', null],
  ])('agrees with the ValidationPipe: %s', async (_label, body) => {
    const expected = await verdict(body);
    if (isPlainRunOperation(body)) {
      expect(expected).toEqual({ ok: true, value: body });
    } else {
      // Outside the shortcut only refusals, the pipe's empty-body default, or a null field the pipe drops are left.
      const withoutNulls = body !== null && typeof body === 'object' ? Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null)) : body;
      expect(expected.ok === false || body === null || (isPlainRunOperation(withoutNulls) && expected.value !== undefined)).toBe(true);
      if (expected.ok && body !== null) expect(expected.value).toEqual(withoutNulls);
    }
  });
});

describe('envelope', () => {
  it('serialises data when there is no provider JSON', () => {
    expect(envelope({ status: 204, data: null }).toString()).toBe('{"status":204,"data":null}');
  });
});
