import { HttpStatus } from '@nestjs/common';
import { ApiException, type ErrorBody } from '../../platform/errors/api-exception';

export enum FunctionsErrorCode {
  NotFound = 'function_not_found',
  VersionNotFound = 'version_not_found',
  RunNotFound = 'run_not_found',
  TypeError = 'type_error',
  InvalidPlan = 'invalid_plan',
  Disabled = 'function_disabled',
  InvalidTrigger = 'invalid_trigger',
}

/** A problem the TypeScript compiler found, 1-based line and column. */
export interface TypeProblem {
  line: number;
  column: number;
  message: string;
}

export class FunctionsException extends ApiException {
  static notFound(): FunctionsException {
    return new FunctionsException(HttpStatus.NOT_FOUND, FunctionsErrorCode.NotFound, 'Function not found');
  }

  static versionNotFound(n: number): FunctionsException {
    return new FunctionsException(HttpStatus.NOT_FOUND, FunctionsErrorCode.VersionNotFound, `The function has no version ${n}`);
  }

  static runNotFound(): FunctionsException {
    return new FunctionsException(HttpStatus.NOT_FOUND, FunctionsErrorCode.RunNotFound, 'Run not found');
  }

  static typeError(problems: TypeProblem[]): FunctionsException {
    const first = problems[0];
    const message = first
      ? `The code does not type-check (${problems.length} problem${problems.length === 1 ? '' : 's'}; first at line ${first.line}, column ${first.column}: ${first.message})`
      : 'The code does not type-check';
    return new FunctionsException(HttpStatus.BAD_REQUEST, FunctionsErrorCode.TypeError, message, { problems });
  }

  static invalidPlan(message: string): FunctionsException {
    return new FunctionsException(HttpStatus.BAD_REQUEST, FunctionsErrorCode.InvalidPlan, message);
  }

  static invalidTrigger(message: string): FunctionsException {
    return new FunctionsException(HttpStatus.BAD_REQUEST, FunctionsErrorCode.InvalidTrigger, message);
  }

  static disabled(): FunctionsException {
    return new FunctionsException(HttpStatus.CONFLICT, FunctionsErrorCode.Disabled, 'The function is disabled');
  }

  private constructor(
    status: number,
    code: FunctionsErrorCode,
    message: string,
    private readonly extra: Record<string, unknown> = {},
  ) {
    super(status, code, message);
  }

  override toBody(): ErrorBody {
    return { error: { ...super.toBody().error, ...this.extra } } as ErrorBody;
  }
}
