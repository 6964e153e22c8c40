import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { findInvalidString } from '../http/json-input';
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

/** Whether `value` is an instance of a DTO class (not a plain object or array: those hold free-form client data). */
function isDtoInstance(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto !== null && proto !== Object.prototype;
}

/**
 * Drops the fields of a validated DTO (and of the DTOs nested in it) whose value is `null`. After validation a null
 * is only left where the field's rules skipped it as optional (`@IsOptional()` admits null and undefined alike), so
 * it means "absent": services then see `undefined`, never a null they would write into a NOT NULL column or call a
 * method on. Fields that must not be null say so with their own rule (see UpdateAppDto), which still refuses it.
 * Free-form objects inside a DTO (an operation's `input`) are plain objects and keep their nulls.
 */
function dropNullFields(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      stack.push(...v.filter(isDtoInstance));
    } else if (isDtoInstance(v)) {
      for (const key of Object.keys(v)) {
        if (v[key] === null) delete v[key];
        else if (Array.isArray(v[key]) || isDtoInstance(v[key])) stack.push(v[key]);
      }
    }
  }
}

/**
 * The global pipe: unknown fields are rejected and every failure lists the fields at fault; a null in an optional
 * field counts as the field left out ({@link dropNullFields}); query and route values with a NUL or a lone surrogate
 * are refused like bodies are (bodies already were, by the JSON parser: see json-input.ts), since PostgreSQL cannot
 * store a NUL and URI encoding throws on a lone surrogate.
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'query' || metadata.type === 'param') {
      const bad = findInvalidString(value, metadata.data ?? '');
      if (bad) throw CommonException.validationFailed([{ ...bad, field: bad.field === 'body' ? metadata.type : bad.field }]);
    }
    const result: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body') dropNullFields(result);
    return result;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
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
