import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum ProvidersErrorCode {
  ProviderNotFound = 'provider_not_found',
  ProviderNotConfigured = 'provider_not_configured',
}

/** Failures about the provider catalog and provider OAuth clients. */
export class ProvidersException extends ApiException {
  static providerNotFound(id: string): ProvidersException {
    return new ProvidersException(HttpStatus.NOT_FOUND, ProvidersErrorCode.ProviderNotFound, `No provider "${id}" in the catalog`);
  }

  static notConfigured(name: string): ProvidersException {
    return new ProvidersException(
      HttpStatus.CONFLICT,
      ProvidersErrorCode.ProviderNotConfigured,
      `${name} has no OAuth client yet: an instance admin must set its client id and secret (Settings → Providers)`,
    );
  }

  private constructor(status: number, code: ProvidersErrorCode, message: string) {
    super(status, code, message);
  }
}
