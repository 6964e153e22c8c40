import { AbstractControl, FormBuilder, ValidationErrors, Validators } from '@angular/forms';
import { IntegrationAuthInput, IntegrationAuthType, IntegrationAuthView } from './custom-integrations.models';

/** Header / query parameter names the API accepts (IntegrationAuthDto.name). */
export const KEY_NAME_PATTERN = /^[A-Za-z0-9_.-]{1,100}$/;
/** The API's defaults when no name is given: a header `X-Api-Key`, a query parameter `api_key`. */
export const DEFAULT_KEY_NAME = { header: 'X-Api-Key', query: 'api_key' } as const;

/** Which fields each credential type uses; the others are disabled, so they neither validate nor get sent. */
const FIELDS_OF: Record<IntegrationAuthType, readonly CredentialField[]> = {
  api_key: ['in', 'name', 'value'],
  bearer: ['token'],
  basic: ['username', 'password'],
};
type CredentialField = 'in' | 'name' | 'value' | 'token' | 'username' | 'password';
const ALL_FIELDS: readonly CredentialField[] = ['in', 'name', 'value', 'token', 'username', 'password'];

/** A CR/LF in a credential would split the header it travels in, a NUL cut it short: the API refuses them. */
export function noControlChars(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value : '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return { controlChars: true };
  }
  return null;
}

/** `Validators.required` lets "   " through; a credential of blanks is a typo, never a key. */
export function notBlank(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;
}

/**
 * The credential part of the create and rotate forms. Secret fields start empty whatever is stored: the API never
 * returns a secret, and the form never shows one. `current` pre-fills the non-secret settings (type, where the key
 * goes, its name, the user name) so a rotation keeps them unless changed.
 */
export function credentialForm(fb: FormBuilder, current?: IntegrationAuthView) {
  const where = current?.in ?? 'header';
  const group = fb.nonNullable.group({
    type: [current?.type ?? ('api_key' as IntegrationAuthType), Validators.required],
    in: [where as 'header' | 'query', Validators.required],
    name: [current?.name ?? DEFAULT_KEY_NAME[where], [notBlank, Validators.pattern(KEY_NAME_PATTERN)]],
    value: ['', [notBlank, Validators.maxLength(4000), noControlChars]],
    token: ['', [notBlank, Validators.maxLength(8000), noControlChars]],
    username: [current?.username ?? '', [notBlank, Validators.maxLength(200), Validators.pattern(/^[^:]*$/), noControlChars]],
    password: ['', [notBlank, Validators.maxLength(1000), noControlChars]],
  });
  applyAuthType(group, group.controls.type.value);
  group.controls.type.valueChanges.subscribe((type) => applyAuthType(group, type));
  // Switching header ↔ query swaps an untouched default name for the other one (X-Api-Key is no query parameter).
  group.controls.in.valueChanges.subscribe((to) => {
    const name = group.controls.name;
    if (name.value === DEFAULT_KEY_NAME[to === 'header' ? 'query' : 'header']) name.setValue(DEFAULT_KEY_NAME[to]);
  });
  return group;
}

export type CredentialFormGroup = ReturnType<typeof credentialForm>;

/** Enables exactly the fields `type` uses. */
export function applyAuthType(group: CredentialFormGroup, type: IntegrationAuthType): void {
  for (const field of ALL_FIELDS) {
    const control = group.controls[field];
    if (FIELDS_OF[type].includes(field)) control.enable({ emitEvent: false });
    else control.disable({ emitEvent: false });
  }
}

/** The request body's `auth` for the form's current type, with only that type's fields. */
export function authPayload(group: CredentialFormGroup): IntegrationAuthInput {
  const v = group.getRawValue();
  switch (v.type) {
    case 'api_key':
      return { type: 'api_key', in: v.in, name: v.name.trim(), value: v.value };
    case 'bearer':
      return { type: 'bearer', token: v.token };
    case 'basic':
      return { type: 'basic', username: v.username.trim(), password: v.password };
  }
}

/** One line on how requests are signed, without the secret (which the API never returns). */
export function describeAuth(auth: IntegrationAuthView): string {
  switch (auth.type) {
    case 'api_key':
      return auth.in === 'query'
        ? `API key in the query parameter ${auth.name ?? DEFAULT_KEY_NAME.query}`
        : `API key in the ${auth.name ?? DEFAULT_KEY_NAME.header} header`;
    case 'bearer':
      return 'Bearer token (Authorization header)';
    case 'basic':
      return `Basic auth as ${auth.username ?? 'a user'}`;
  }
}

export const AUTH_TYPE_LABELS: Record<IntegrationAuthType, string> = {
  api_key: 'API key',
  bearer: 'Bearer token',
  basic: 'Basic auth (user name and password)',
};

/** The test request's body box: empty → no body; otherwise it must be JSON. */
export function parseRequestBody(text: string): { ok: true; body: unknown } | { ok: false; error: string } {
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'The body is not valid JSON. Write an object such as {"name": "value"}, or leave it empty.' };
  }
}

/**
 * A base URL the API accepts: http(s) with a host, and no `user:password@` (a credential there would bypass the
 * encrypted secret and show in every view). The API checks again; this only catches mistakes early.
 */
export function baseUrlValidator(control: AbstractControl): ValidationErrors | null {
  const value = typeof control.value === 'string' ? control.value.trim() : '';
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { baseUrl: true };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { baseUrl: true };
  return url.username || url.password ? { userInfo: true } : null;
}
