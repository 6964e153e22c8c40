import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { OutboundError, type OutboundResponse } from '@patchbay/connector-runtime';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { TokenCipher } from '../../platform/crypto/token-cipher';
import { OutboundHttp } from '../../platform/http/outbound/outbound-http';
import { AuditService } from '../audit/audit.service';
import { AuditWriter } from '../audit/audit-writer';
import type { Principal, UserPrincipal } from '../identity/principal';
import {
  CreateIntegrationDto,
  IntegrationAuthDto,
  IntegrationRequestDto,
  IntegrationResponseView,
  IntegrationView,
  UpdateIntegrationDto,
} from './dtos/integration.dto';
import { CustomIntegration, type IntegrationAuthSettings } from './entities/custom-integration.entity';
import { IntegrationsException } from './integrations.exception';
import { SecretScrubber } from './secret-scrubber';

/** Headers a caller may not set: transport-level ones and anything that could carry or replace the credential. */
const BLOCKED_HEADERS = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
  'authorization',
  'proxy-authorization',
  'cookie',
]);
/** Response headers worth passing back (never Set-Cookie and friends). */
const RETURNED_HEADERS = [
  'content-type',
  'retry-after',
  'location',
  'etag',
  'last-modified',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-request-id',
];

interface Credential {
  settings: IntegrationAuthSettings;
  secret: string;
}

/**
 * Custom integrations: credentials for APIs without a managed connector. The credential is injected on the way
 * out and can only ever reach the integration's base URL: paths are resolved against it and checked after
 * normalisation, redirects are not followed (a 3xx is handed back as is), and the secret is scrubbed from whatever
 * comes back. The base URL must pass the outbound destination policy when saved (its name must not resolve to an
 * internal address either), and every send is checked again at connect time by the outbound client (DNS may have
 * changed since), under the response byte cap.
 */
@Injectable()
export class IntegrationsService {
  constructor(
    @InjectRepository(CustomIntegration) private readonly repo: Repository<CustomIntegration>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: TokenCipher,
    private readonly audit: AuditService,
    private readonly calls: AuditWriter,
    private readonly config: AppConfig,
    private readonly outbound: OutboundHttp,
  ) {}

  async list(appId: string): Promise<IntegrationView[]> {
    return (await this.repo.find({ where: { appId }, order: { name: 'ASC' } })).map((i) => IntegrationView.of(i));
  }

  async get(appId: string, id: string): Promise<IntegrationView> {
    return IntegrationView.of(await this.require(appId, id));
  }

  async create(caller: UserPrincipal, appId: string, dto: CreateIntegrationDto): Promise<IntegrationView> {
    const cred = credentialOf(dto.auth);
    const baseUrl = await this.allowedBase(dto.baseUrl);
    const now = new Date();
    const row = Object.assign(new CustomIntegration(), {
      id: randomUUID(),
      appId,
      name: dto.name,
      baseUrl,
      authType: dto.auth.type,
      authSettings: cred.settings,
      secretEnc: this.cipher.encrypt(cred.secret),
      createdBy: caller.user.id,
      createdAt: now,
      updatedAt: now,
    });
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CustomIntegration).insert(row);
      await this.audit.record(
        { appId, actor: caller, action: 'integration.created', target: row.id, metadata: { name: row.name, auth: row.authType } },
        m,
      );
    });
    return IntegrationView.of(row);
  }

  async update(caller: UserPrincipal, appId: string, id: string, dto: UpdateIntegrationDto): Promise<IntegrationView> {
    const row = await this.require(appId, id);
    if (dto.baseUrl !== undefined && normaliseBase(dto.baseUrl) !== row.baseUrl && !dto.auth) {
      // Moving a credential to another host must be a deliberate act: re-enter the secret with the new URL.
      throw IntegrationsException.invalidAuth('Changing the base URL requires the credential again (send auth with it)');
    }
    if (dto.name !== undefined) row.name = dto.name;
    if (dto.baseUrl !== undefined) row.baseUrl = await this.allowedBase(dto.baseUrl);
    if (dto.auth) {
      const cred = credentialOf(dto.auth);
      row.authType = dto.auth.type;
      row.authSettings = cred.settings;
      row.secretEnc = this.cipher.encrypt(cred.secret);
    }
    row.updatedAt = new Date();
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CustomIntegration).save(row);
      await this.audit.record(
        { appId, actor: caller, action: 'integration.updated', target: row.id, metadata: { name: row.name, credentialChanged: !!dto.auth } },
        m,
      );
    });
    return IntegrationView.of(row);
  }

  async remove(caller: UserPrincipal, appId: string, id: string): Promise<void> {
    const row = await this.require(appId, id);
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(CustomIntegration).delete({ id: row.id });
      await this.audit.record({ appId, actor: caller, action: 'integration.deleted', target: row.id, metadata: { name: row.name } }, m);
    });
  }

  async request(caller: Principal, appId: string, id: string, dto: IntegrationRequestDto): Promise<IntegrationResponseView> {
    const row = await this.require(appId, id);
    const secret = this.cipher.decrypt(row.secretEnc);
    const started = Date.now();
    let status: number | string = 'error';
    try {
      const target = resolveInside(row.baseUrl, dto.path);
      for (const [k, v] of Object.entries(dto.query ?? {})) {
        for (const item of Array.isArray(v) ? v : [v]) if (item !== undefined && item !== null) target.searchParams.append(k, String(item));
      }
      const headers: Record<string, string> = { accept: 'application/json' };
      const keyHeader =
        row.authType === 'api_key' && (row.authSettings.in ?? 'header') === 'header'
          ? (row.authSettings.name ?? 'X-Api-Key').toLowerCase()
          : undefined;
      for (const [k, v] of Object.entries(dto.headers ?? {})) {
        const name = k.toLowerCase();
        if (BLOCKED_HEADERS.has(name) || name === keyHeader || !/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) continue;
        // A header value is one line: CR/LF would smuggle headers (or a second request) onto the upstream connection.
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        if (typeof v !== 'string' || /[\u0000-\u0008\u000a-\u001f\u007f]/.test(v)) throw IntegrationsException.invalidHeader(k);
        headers[name] = v;
      }
      this.inject(row, secret, headers, target);
      let body: string | undefined;
      if (dto.body !== undefined && dto.method !== 'GET' && dto.method !== 'HEAD') {
        if (typeof dto.body === 'string') body = dto.body;
        else {
          body = JSON.stringify(dto.body);
          headers['content-type'] ??= 'application/json';
        }
      }
      let res: OutboundResponse;
      try {
        res = await this.outbound.client.request({
          url: target,
          method: dto.method,
          headers,
          body,
          timeoutMs: this.config.providerTimeoutMs,
          followRedirects: false,
        });
      } catch (err) {
        if (err instanceof OutboundError) throw IntegrationsException.fromOutbound(err);
        throw err;
      }
      const scrubber = new SecretScrubber(secretForms(secret, row));
      const text = res.text();
      let data: unknown = scrubber.text(text);
      if ((res.header('content-type') ?? '').includes('json') && text) {
        try {
          // Parsed first, then scrubbed: what the editor gets is checked in its decoded form (\/, \u…, %2F).
          data = scrubber.value(JSON.parse(text));
        } catch {
          /* not JSON after all: the scrubbed text */
        }
      }
      const out: Record<string, string> = {};
      for (const h of RETURNED_HEADERS) {
        const v = res.header(h);
        if (v !== null) out[h] = scrubber.text(v);
      }
      status = res.status;
      return { status: res.status, headers: out, data };
    } catch (err) {
      status = (err as { code?: string }).code ?? 'error';
      throw err;
    } finally {
      this.calls.addCall({
        appId,
        actor: caller,
        provider: `integration:${row.id}`,
        operationId: `${dto.method} ${dto.path.split('?')[0]}`.slice(0, 200),
        status,
        durationMs: Date.now() - started,
        at: new Date(started),
      });
    }
  }

  /** Re-encrypts every stored credential under the current key (key rotation); returns how many changed. */
  async reencryptAll(): Promise<number> {
    let changed = 0;
    for (const row of await this.repo.find()) {
      if (this.cipher.isCurrent(row.secretEnc)) continue;
      await this.repo.update({ id: row.id }, { secretEnc: this.cipher.reencrypt(row.secretEnc) });
      changed++;
    }
    return changed;
  }

  private inject(row: CustomIntegration, secret: string, headers: Record<string, string>, target: URL): void {
    if (row.authType === 'bearer') headers['authorization'] = `Bearer ${secret}`;
    else if (row.authType === 'basic')
      headers['authorization'] = `Basic ${Buffer.from(`${row.authSettings.username ?? ''}:${secret}`).toString('base64')}`;
    else if ((row.authSettings.in ?? 'header') === 'query') target.searchParams.set(row.authSettings.name ?? 'api_key', secret);
    else headers[(row.authSettings.name ?? 'X-Api-Key').toLowerCase()] = secret;
  }

  /** The normalised base URL, if the destination policy lets the server call it (refused: 400 naming the rule). */
  private async allowedBase(url: string): Promise<string> {
    const base = normaliseBase(url);
    try {
      await this.outbound.client.checkDestination(base);
    } catch (err) {
      if (err instanceof OutboundError) throw IntegrationsException.destinationNotAllowed(err.message);
      throw err;
    }
    return base;
  }

  private async require(appId: string, id: string): Promise<CustomIntegration> {
    const row = await this.repo.findOne({ where: { id: id.toLowerCase(), appId } });
    if (!row) throw IntegrationsException.notFound();
    return row;
  }
}

function normaliseBase(url: string): string {
  const u = new URL(url);
  u.hash = '';
  u.search = '';
  return u.toString().replace(/\/+$/, '');
}

/** The target URL of a path under the base URL; refuses anything that would leave it (after normalising `..`). */
export function resolveInside(baseUrl: string, path: string): URL {
  const base = new URL(baseUrl);
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\') || /[\r\n]/.test(path)) throw IntegrationsException.outsideBase();
  const prefix = base.pathname.replace(/\/+$/, '');
  const target = new URL(base.origin + prefix + path);
  if (target.origin !== base.origin) throw IntegrationsException.outsideBase();
  if (prefix && target.pathname !== prefix && !target.pathname.startsWith(prefix + '/')) throw IntegrationsException.outsideBase();
  target.hash = '';
  return target;
}

function credentialOf(auth: IntegrationAuthDto): Credential {
  switch (auth.type) {
    case 'api_key':
      if (!auth.value) throw IntegrationsException.invalidAuth('api_key needs value (the key)');
      return { settings: { in: auth.in ?? 'header', name: auth.name ?? (auth.in === 'query' ? 'api_key' : 'X-Api-Key') }, secret: auth.value };
    case 'bearer':
      if (!auth.token) throw IntegrationsException.invalidAuth('bearer needs token');
      return { settings: {}, secret: auth.token };
    case 'basic':
      if (!auth.username || !auth.password) throw IntegrationsException.invalidAuth('basic needs username and password');
      return { settings: { username: auth.username }, secret: auth.password };
  }
}

/** What the credential looks like on the wire: the secret itself, and for basic auth the encoded pair too. */
function secretForms(secret: string, row: CustomIntegration): string[] {
  const forms = [secret];
  if (row.authType === 'basic') forms.push(Buffer.from(`${row.authSettings.username ?? ''}:${secret}`).toString('base64'));
  return forms;
}
