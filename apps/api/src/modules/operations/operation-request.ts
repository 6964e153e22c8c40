import { Injectable, Logger, type ValidationPipe } from '@nestjs/common';
import { CommonException } from '../../platform/errors/common.exception';
import { mapError, responseHeadersOf } from '../../platform/errors/http-error-mapping';
import { createValidationPipe } from '../../platform/errors/validation-pipe';
import type { CallOrigin } from '../audit/audit-writer';
import { APP_ROLES, type AppRoleName } from '../apps/entities/app-member.entity';
import { AppAccessResolver, type AppAccess } from '../apps/guards/app-access';
import type { Principal } from '../identity/principal';
import { SessionsService } from '../identity/sessions.service';
import { CatalogService } from '../providers/catalog.service';
import { NEXT_PAGE_URL_MAX_LENGTH, RunOperationDto } from './dtos/operation.dto';
import { OperationsService, type OperationCallOutcome, type OperationCallResult } from './operations.service';

/**
 * A call from inside the process (the function runtime, schedulers): no HTTP request, the caller already known.
 * `role` is the most the call may do; the caller's current access to the app still applies (a removed member's
 * function gets `app_not_found`, a demoted one's runs with the lower role).
 */
export interface InProcessOperationCall {
  appId: string;
  caller: Principal;
  role: AppRoleName;
  provider: string;
  operationId: string;
  /** The operation's parameters by name, and `body` for its request body (what `input` is in the HTTP body). */
  input: unknown;
  /** The function run that made the call; the audit record names both. */
  origin?: { functionId: string; runId: string };
}

/** The HTTP request as the fast lane matched it: route parameters, the session token, and how to read the body. */
export interface OperationHttpCall {
  appId: string;
  provider: string;
  operationId: string;
  /** The session token from the `Authorization` header. */
  token: string;
  /** Reads and parses the JSON body (the API's one body parser); its failures are answered like any other. */
  readBody: () => Promise<unknown>;
}

/** The answer to an {@link OperationHttpCall}, ready to write. */
export interface OperationHttpReply {
  status: number;
  /** The reply's JSON (UTF-8): the `{status, data}` envelope, or `{error:{code,message}}`. */
  payload: Buffer;
  /** The body as parsed (for the request log); undefined when it could not be read. */
  body: unknown;
  /** The error, when it was not one the API expects (answered 500 and logged with its stack). */
  failure?: unknown;
  /** Headers the error asks for (Retry-After), as the exception filter sends them on the Express path. */
  headers?: Record<string, string>;
}

/**
 * The one operations request: authenticate → app access → accept the body (RunOperationDto's rules) → run (the
 * service: connection, scope guard, provider call, metric and audit record) → reply envelope. Every way in composes
 * the same steps:
 * - {@link serveHttp}: the fast lane (a session bearer token and a JSON body), every step here;
 * - {@link runForController}: the Nest route, whose guards already authenticated and resolved app access (with the
 *   same {@link AppAccessResolver}) and whose body Express parsed with the same parser;
 * - {@link callInProcess}: functions and schedulers, with the caller already known.
 * All of them throw (or, for HTTP, answer) the same ApiException-derived errors.
 */
@Injectable()
export class OperationRequest {
  private readonly logger = new Logger('OperationRequest');
  private readonly validation: ValidationPipe = createValidationPipe();

  constructor(
    private readonly sessions: SessionsService,
    private readonly access: AppAccessResolver,
    private readonly catalog: CatalogService,
    private readonly operations: OperationsService,
  ) {}

  /** The whole pipeline for a fast-lane request; never throws: failures become the error reply, as Nest's filter makes them. */
  async serveHttp(call: OperationHttpCall): Promise<OperationHttpReply> {
    let body: unknown;
    try {
      // The order of Nest's pipeline: body parser, authentication, app role, body validation, then the handler.
      body = await call.readBody();
      const caller = await this.authenticate(call.token);
      const access = await this.access.resolve(caller, call.appId, 'viewer');
      const outcome = await this.execute(caller, access.app.id, access.role, call.provider, call.operationId, body);
      return { status: 200, payload: envelope(outcome), body };
    } catch (err) {
      const mapped = mapError(err);
      if (mapped.unexpected) this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      return {
        status: mapped.status,
        payload: Buffer.from(JSON.stringify(mapped.body)),
        body,
        failure: mapped.unexpected ? err : undefined,
        headers: responseHeadersOf(err),
      };
    }
  }

  /** The Nest route's part: its guards authenticated the caller and resolved `access`; Express parsed `body`. */
  async runForController(caller: Principal, access: AppAccess, provider: string, operationId: string, body: unknown): Promise<OperationCallResult> {
    const { status, data } = await this.execute(caller, access.app.id, access.role, provider, operationId, body);
    return { status, data };
  }

  /** An operation call from inside the process (function runtime, schedulers); throws what the HTTP path answers. */
  async callInProcess(call: InProcessOperationCall): Promise<OperationCallResult> {
    const access = await this.access.resolve(call.caller, call.appId, 'viewer');
    // The published app (API key) may only invoke functions; inside a run the function — saved by an editor — acts
    // with the role it was given. Everyone else is capped by their current role in the app.
    const role = call.caller.kind === 'api_key' && call.origin ? call.role : lowerRole(call.role, access.role);
    const origin: CallOrigin | undefined = call.origin ? { functionId: call.origin.functionId, runId: call.origin.runId } : undefined;
    const body = call.input === undefined ? {} : { input: call.input };
    const { status, data } = await this.execute(call.caller, access.app.id, role, call.provider, call.operationId, body, origin);
    return { status, data };
  }

  /** The session's principal; 401 as the bearer strategy answers it. */
  private async authenticate(token: string): Promise<Principal> {
    const principal = await this.sessions.authenticate(token);
    if (!principal) throw CommonException.unauthorized();
    return principal;
  }

  private async execute(
    caller: Principal,
    appId: string,
    role: AppRoleName,
    providerId: string,
    operationId: string,
    body: unknown,
    origin?: CallOrigin,
  ): Promise<OperationCallOutcome> {
    const dto = await this.accept(body);
    const provider = this.catalog.get(providerId);
    return this.operations.run(caller, appId, provider, operationId, dto.input ?? {}, dto.nextPageUrl ?? undefined, role, origin);
  }

  /**
   * The body as {@link RunOperationDto} admits it. The plain shape (the common case) passes as is; anything else
   * goes through the real ValidationPipe, so its errors read exactly as on every other route.
   */
  async accept(body: unknown): Promise<RunOperationDto> {
    if (isPlainRunOperation(body)) return body;
    return (await this.validation.transform(body, { type: 'body', metatype: RunOperationDto })) as RunOperationDto;
  }
}

const ENVELOPE_END = Buffer.from('}');

/**
 * The reply envelope. The provider's JSON goes out as the bytes received (they parsed, so they are valid JSON): no
 * second serialisation and no re-encoding of the text.
 */
export function envelope(outcome: OperationCallOutcome): Buffer {
  return outcome.raw !== undefined
    ? Buffer.concat([Buffer.from(`{"status":${outcome.status},"data":`), outcome.raw, ENVELOPE_END])
    : Buffer.from(JSON.stringify({ status: outcome.status, data: outcome.data }));
}

/**
 * True for the bodies {@link RunOperationDto} admits unchanged: only `input` (an object) and `nextPageUrl` (a string
 * of at most {@link NEXT_PAGE_URL_MAX_LENGTH} characters), each optional. A shortcut past class-validator for the
 * common case; the unit spec holds it to the ValidationPipe's verdict. A null field takes the pipe's path, which
 * drops it (null in an optional field means absent).
 */
export function isPlainRunOperation(body: unknown): body is RunOperationDto {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return false;
  for (const key in body) {
    const v = (body as Record<string, unknown>)[key];
    if (key === 'input') {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
    } else if (key === 'nextPageUrl') {
      if (typeof v !== 'string' || v.length > NEXT_PAGE_URL_MAX_LENGTH) return false;
    } else return false;
  }
  return true;
}

function lowerRole(a: AppRoleName, b: AppRoleName): AppRoleName {
  return APP_ROLES.indexOf(a) <= APP_ROLES.indexOf(b) ? a : b;
}
