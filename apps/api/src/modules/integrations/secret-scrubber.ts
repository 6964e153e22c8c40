const REDACTED = '[redacted]';
/** Shorter secrets would redact ordinary words; credentials that short are refused nowhere, but scrubbing them is noise. */
const MIN_SECRET = 4;
/** Nested encodings unwrapped when looking for a hidden secret (`%252F` is two levels). */
const DECODE_DEPTH = 3;

function percentDecode(s: string, plusIsSpace: boolean): string {
  const text = plusIsSpace ? s.replace(/\+/g, ' ') : s;
  return text.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function jsonUnescape(s: string): string {
  return s.replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g, (_m, hex: string | undefined, ch: string | undefined) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : JSON_ESCAPES[ch as string],
  );
}

/** The spellings an echoing API is likely to hand a secret back in: as is, URL-encoded, form-encoded, JSON-escaped. */
function spellings(secret: string): string[] {
  const component = encodeURIComponent(secret);
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = [
    secret,
    component,
    component.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
    component.replace(/%20/g, '+'),
    encodeURI(secret),
    json,
    json.replace(/\//g, '\\/'),
  ];
  // Longest first, so a form that contains another is replaced whole.
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/**
 * Keeps a credential out of whatever an upstream API sends back (an API that echoes requests would otherwise hand it
 * to the editor). Known spellings are replaced in place; a string that still yields the secret once percent- or
 * JSON-decoded (some other escaping) is replaced whole. JSON is scrubbed after parsing, so what reaches the editor
 * as `data` is checked in its decoded form, not only as the text it arrived in.
 */
export class SecretScrubber {
  private readonly secrets: string[];
  private readonly forms: string[];

  constructor(secrets: readonly string[]) {
    this.secrets = secrets.filter((s) => s.length >= MIN_SECRET);
    this.forms = [...new Set(this.secrets.flatMap(spellings))].sort((a, b) => b.length - a.length);
  }

  text(input: string): string {
    if (this.secrets.length === 0) return input;
    let out = input;
    for (const f of this.forms) if (out.includes(f)) out = out.split(f).join(REDACTED);
    return this.hides(out) ? REDACTED : out;
  }

  /** A parsed JSON value with every string (keys included) scrubbed. */
  value(input: unknown): unknown {
    if (typeof input === 'string') return this.text(input);
    if (Array.isArray(input)) return input.map((v) => this.value(v));
    if (input !== null && typeof input === 'object') {
      return Object.fromEntries(Object.entries(input as Record<string, unknown>).map(([k, v]) => [this.text(k), this.value(v)]));
    }
    return input;
  }

  /** True when some decoding of `s` (nested up to {@link DECODE_DEPTH} levels) contains a secret. */
  private hides(s: string): boolean {
    let layer = new Set([s]);
    for (let depth = 0; depth < DECODE_DEPTH; depth++) {
      const next = new Set<string>();
      for (const v of layer) {
        for (const d of [percentDecode(v, false), percentDecode(v, true), jsonUnescape(v)]) {
          if (d === v) continue;
          if (this.secrets.some((secret) => d.includes(secret))) return true;
          next.add(d);
        }
      }
      if (next.size === 0) return false;
      layer = next;
    }
    return false;
  }
}
