import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum AppsErrorCode {
  AppNotFound = 'app_not_found',
  MemberNotFound = 'member_not_found',
  MemberExists = 'member_exists',
  LastOwner = 'last_owner',
  ApiKeyNotFound = 'api_key_not_found',
}

/** Failures of apps, memberships and API keys. Tests assert the code, not the message. */
export class AppsException extends ApiException {
  static appNotFound(): AppsException {
    return new AppsException(HttpStatus.NOT_FOUND, AppsErrorCode.AppNotFound, 'App not found');
  }

  static memberNotFound(): AppsException {
    return new AppsException(HttpStatus.NOT_FOUND, AppsErrorCode.MemberNotFound, 'Member not found');
  }

  static memberExists(): AppsException {
    return new AppsException(HttpStatus.CONFLICT, AppsErrorCode.MemberExists, 'This user is already a member of the app');
  }

  static lastOwner(): AppsException {
    return new AppsException(HttpStatus.CONFLICT, AppsErrorCode.LastOwner, 'An app must keep at least one owner');
  }

  static apiKeyNotFound(): AppsException {
    return new AppsException(HttpStatus.NOT_FOUND, AppsErrorCode.ApiKeyNotFound, 'API key not found');
  }

  private constructor(status: number, code: AppsErrorCode, message: string) {
    super(status, code, message);
  }
}
