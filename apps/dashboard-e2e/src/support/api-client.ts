/** Minimal HTTP client for arranging test data through the public API (faster and steadier than clicking). */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  static async login(baseUrl: string, email: string, password: string): Promise<ApiClient> {
    const body = await new ApiClient(baseUrl).request<{ token: string }>('POST', '/api/auth/login', { email, password });
    return new ApiClient(baseUrl, body.token);
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** A unique email per call, so tests never depend on each other's data. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.patchbay.test`;
}
