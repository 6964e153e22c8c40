import { HttpStatus } from '@nestjs/common';
import type { OutboundError } from '@patchbay/connector-runtime';
import { ApiException } from '../../platform/errors/api-exception';

export enum IntegrationsErrorCode {
  NotFound = 'integration_not_found',
  InvalidAuth = 'invalid_auth',
  PathOutsideBase = 'path_outside_base_url',
  Unreachable = 'integration_unreachable',
  Timeout = 'integration_timeout',
  DnsFailed = 'integration_dns_failed',
  ConnectionRefused = 'integration_connection_refused',
  ConnectionReset = 'integration_connection_reset',
  TlsFailed = 'integration_tls_failed',
  ResponseTooLarge = 'response_too_large',
  DestinationNotAllowed = 'destination_not_allowed',
  InvalidHeader = 'invalid_header',
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

  /** The destination policy refused the base URL (at save) or where it led (at send); the message names the rule. */
  static destinationNotAllowed(message: string): IntegrationsException {
    return new IntegrationsException(HttpStatus.BAD_REQUEST, IntegrationsErrorCode.DestinationNotAllowed, message);
  }

  static invalidHeader(name: string): IntegrationsException {
    return new IntegrationsException(
      HttpStatus.BAD_REQUEST,
      IntegrationsErrorCode.InvalidHeader,
      `Header ${name} must be a string without control characters (CR, LF, NUL…)`,
    );
  }

  /** A failed send, by its real cause (the message names the host, never the path or query). */
  static fromOutbound(err: OutboundError): IntegrationsException {
    switch (err.code) {
      case 'destination_not_allowed':
        return IntegrationsException.destinationNotAllowed(err.message);
      case 'response_too_large':
        return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.ResponseTooLarge, err.message);
      case 'timeout':
        return new IntegrationsException(HttpStatus.GATEWAY_TIMEOUT, IntegrationsErrorCode.Timeout, err.message);
      case 'dns_failed':
        return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.DnsFailed, err.message);
      case 'connection_refused':
        return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.ConnectionRefused, err.message);
      case 'connection_reset':
        return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.ConnectionReset, err.message);
      case 'tls_failed':
        return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.TlsFailed, err.message);
      default:
        return new IntegrationsException(HttpStatus.BAD_GATEWAY, IntegrationsErrorCode.Unreachable, err.message);
    }
  }

  private constructor(status: number, code: IntegrationsErrorCode, message: string) {
    super(status, code, message);
  }
}
