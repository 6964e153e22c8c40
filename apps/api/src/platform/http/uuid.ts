import { PipeTransform } from '@nestjs/common';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a canonical uuid (any version). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

/**
 * Validates a uuid route parameter. A malformed id is answered exactly like an unknown one (404 with the domain's
 * code), so it never reaches the database — PostgreSQL would reject it with an error.
 */
export class UuidParamPipe implements PipeTransform<string, string> {
  constructor(private readonly notFound: () => Error) {}

  transform(value: string): string {
    if (!isUuid(value)) throw this.notFound();
    return value.toLowerCase();
  }
}
