import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum HealthErrorCode {
  DatabaseUnavailable = 'database_unavailable',
}

export class HealthException extends ApiException {
  static databaseUnavailable(): HealthException {
    return new HealthException(HttpStatus.SERVICE_UNAVAILABLE, HealthErrorCode.DatabaseUnavailable, 'The database does not answer');
  }

  private constructor(status: number, code: HealthErrorCode, message: string) {
    super(status, code, message);
  }
}
