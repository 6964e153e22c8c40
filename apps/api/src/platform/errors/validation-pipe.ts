import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from './api-exception';
import { CommonException } from './common.exception';

function flatten(errors: readonly ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    if (e.constraints) out.push({ field, errors: Object.values(e.constraints) });
    if (e.children?.length) out.push(...flatten(e.children, field));
  }
  return out;
}

/** Global pipe: unknown fields are rejected and every failure lists the fields at fault. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      // A non-object body (e.g. a JSON array) yields a nameless error: report it as the body itself.
      return CommonException.validationFailed(details.length ? details : [{ field: 'body', errors: ['body must be a JSON object'] }]);
    },
  });
}
