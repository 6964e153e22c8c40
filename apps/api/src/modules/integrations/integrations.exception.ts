import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum IntegrationsErrorCode {
  NotFound = 'integration_not_found',
  InvalidAuth = 'invalid_auth',
  PathOutsideBase = 'path_outside_base_url',
  Unreachable = 'integration_unreachable',
  Timeout = 'integration_timeout',
  ResponseTooLarge = 'response_too_large',
}

export class IntegrationsException extends ApiException {
  static notFound(): IntegrationsException {
    return new IntegrationsException(HttpStatus.NOT_FOUND, IntegrationsErrorCode.NotFound, 'Integration not found');
  }

  static invalidAuth(message: string): IntegrationsException {
    return new IntegrationsException(HttpStatus.BAD_REQUEST, IntegrationsErrorCode.InvalidAuth, message);
  }

  static outsideBase(): IntegrationsException {
    return new IntegrationsException(
      HttpStatus.BAD_REQUEST,
      IntegrationsErrorCode.PathOutsideBase,
      "The path leaves the integration's base URL; requests (and the credential) only go to that URL",
    );
  }

  static unreachable(host: string, timeout: boolean): IntegrationsException {
    return timeout
      ? new IntegrationsException(HttpStatus.GATEWAY_TIMEOUT, IntegrationsErrorCode.Timeout, `${host} did not answer in time`)
      : new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.Unreachable, `${host} could not be reached`);
  }

  static tooLarge(limit: number): IntegrationsException {
    return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.ResponseTooLarge, `The response is larger than ${limit} bytes`);
  }

  private constructor(status: number, code: IntegrationsErrorCode, message: string) {
    super(status, code, message);
  }
}
