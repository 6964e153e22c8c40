import { HttpException } from '@nestjs/common';

/** One entry of a `validation_failed` error: which field, and what is wrong with it. */
export interface FieldError {
  readonly field: string;
  readonly errors: readonly string[];
}

/** The body every failing request answers with. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: readonly FieldError[];
  };
}

/**
 * Base of every domain exception: an HTTP status plus a stable snake_case `code` that clients and tests assert on.
 * Each domain subclasses it with its own code enum.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
    readonly details?: readonly FieldError[],
  ) {
    super({ code, message, ...(details ? { details } : {}) }, status);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}
