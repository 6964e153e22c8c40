import { HttpStatus } from '@nestjs/common';
import { describeKind } from '@patchbay/connector-runtime';
import type { ProviderModel } from '@patchbay/spec';
import { ApiException } from '../../platform/errors/api-exception';

/** 409 on the wrong kind of connector for the call; 400 on a credential that does not fit the connector. */
export class CredentialConnectorException extends ApiException {
  static notCredential(name: string): CredentialConnectorException {
    return new CredentialConnectorException(
      HttpStatus.CONFLICT,
      'not_a_credential_connector',
      `${name} connects through its sign-in (OAuth consent), not a stored credential: use authorize`,
    );
  }

  static isCredential(provider: ProviderModel): CredentialConnectorException {
    const kind = provider.credential ? describeKind(provider.credential.kind) : 'credential';
    return new CredentialConnectorException(
      HttpStatus.CONFLICT,
      'credential_connector',
      `${provider.name} has no sign-in flow: an editor stores its ${kind} instead (PUT /api/apps/{app}/connections/${provider.id}/credential)`,
    );
  }

  static badCredential(message: string): CredentialConnectorException {
    return new CredentialConnectorException(HttpStatus.BAD_REQUEST, 'invalid_credential', message);
  }
}
