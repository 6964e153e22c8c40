import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum ProvidersErrorCode {
  ProviderNotFound = 'provider_not_found',
  ProviderNotConfigured = 'provider_not_configured',
  NoOAuthClient = 'no_oauth_client',
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

  /** A credential connector (API key, bearer, basic) has no OAuth client to set. */
  static noOAuthClient(name: string): ProvidersException {
    return new ProvidersException(
      HttpStatus.CONFLICT,
      ProvidersErrorCode.NoOAuthClient,
      `${name} has no OAuth sign-in: each app's editors store its credential instead (connections)`,
    );
  }

  private constructor(status: number, code: ProvidersErrorCode, message: string) {
    super(status, code, message);
  }
}
