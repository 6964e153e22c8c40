import { Injectable, Logger } from '@nestjs/common';
import { OperationCallError, type OperationCallAnswer } from '@patchbay/function-runtime';
import { ApiException } from '../../platform/errors/api-exception';
import type { AppRoleName } from '../apps/entities/app-member.entity';
import type { Principal } from '../identity/principal';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { IntegrationRequestDto } from '../integrations/dtos/integration.dto';
import { IntegrationsService } from '../integrations/integrations.service';
import { OperationRequest } from '../operations/operation-request';

/** One connector call of a function run. */
export interface FunctionOperationCall {
  appId: string;
  caller: Principal;
  role: AppRoleName;
  provider: string;
  operationId: string;
  input: unknown;
  origin: { functionId: string; runId: string };
}

/**
 * Where a function's connector calls meet the operations pipeline (OperationRequest.callInProcess: the caller's
 * current access, scope guard, input validation, retries, token refresh, metric and an audit record naming the
 * function and the run) — the same path as the HTTP endpoint — so tokens never enter the isolate. The
 * pipeline's errors become {@link OperationCallError}s with the same code and extra fields the endpoint answers
 * (`insufficient_scope` keeps `missingScopes` and its consent URL as `consentUrl`).
 */
@Injectable()
export class FunctionOperations {
  private readonly logger = new Logger('FunctionOperations');

  constructor(
    private readonly operations: OperationRequest,
    private readonly integrations: IntegrationsService,
  ) {}

  /**
   * `ctx.integrations.<name>.request({method, path, query?, body?})`: the app's custom integration of that name, through
   * the same service as `POST …/integrations/:id/request` (base URL and credential added by the host, path kept inside
   * the base URL, the call audited), with the request checked by the same DTO rules.
   */
  async callIntegration(appId: string, caller: Principal, name: string, request: unknown): Promise<OperationCallAnswer> {
    try {
      const found = (await this.integrations.list(appId)).find((i) => i.name === name);
      if (!found) throw new OperationCallError('integration_not_found', `This app has no custom integration named "${name.slice(0, 80)}"`, {}, 404);
      const dto = plainToInstance(IntegrationRequestDto, request ?? {});
      const problems =
        request !== null && typeof request === 'object' && !Array.isArray(request)
          ? await validate(dto, { whitelist: true, forbidNonWhitelisted: true })
          : [];
      if (problems.length || request === null || typeof request !== 'object' || Array.isArray(request)) {
        const reasons = problems.flatMap((p) => Object.values(p.constraints ?? {}));
        throw new OperationCallError(
          'invalid_input',
          `The integration request is not valid${reasons.length ? `: ${reasons.join('; ')}` : ''}`,
          {},
          400,
        );
      }
      const r = await this.integrations.request(caller, appId, found.id, dto);
      return { status: r.status, data: r.data };
    } catch (err) {
      if (err instanceof OperationCallError) throw err;
      throw toCallError(err, this.logger);
    }
  }

  async call(c: FunctionOperationCall): Promise<OperationCallAnswer> {
    try {
      const r = await this.operations.callInProcess({
        appId: c.appId,
        caller: c.caller,
        role: c.role,
        provider: c.provider,
        operationId: c.operationId,
        input: c.input ?? {},
        origin: c.origin,
      });
      return { status: r.status, data: r.data };
    } catch (err) {
      throw toCallError(err, this.logger);
    }
  }
}

/** An ApiException (or anything else) as the run records it: code, message and the body's extra JSON fields. */
export function toCallError(err: unknown, logger?: Logger): OperationCallError {
  if (err instanceof ApiException) {
    const { code, message, ...extra } = err.toBody().error as unknown as Record<string, unknown>;
    const details: Record<string, unknown> = { ...extra };
    if (typeof details['authorizeUrl'] === 'string') {
      if (details['authorizeUrl']) details['consentUrl'] = details['authorizeUrl'];
      delete details['authorizeUrl'];
    }
    return new OperationCallError(String(code), String(message), details, err.getStatus());
  }
  logger?.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  return new OperationCallError('internal_error', 'The operation failed on the server', {}, 500);
}
