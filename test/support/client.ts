/**
 * A tiny HTTP client with a cookie jar, speaking to the server exactly as a browser would: sign-up through
 * the API, sign-in through next-auth's real credentials callback (CSRF token and all).
 */
export class Client {
  private cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  async request(method: string, path: string, init: { json?: unknown; body?: string; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === '' || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let data: any = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = null;
    }
    return { status: res.status, headers: res.headers, text, data };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, json?: unknown) => this.request('POST', path, { json });
  put = (path: string, json?: unknown) => this.request('PUT', path, { json });

  async signUp(email: string, password: string, name = 'Test Student') {
    return this.post('/api/signup', { email, password, name });
  }

  async signIn(email: string, password: string) {
    const csrf = await this.get('/api/auth/csrf');
    const form = new URLSearchParams({ csrfToken: csrf.data.csrfToken, email, password, json: 'true' });
    await this.request('POST', '/api/auth/callback/credentials', {
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const session = await this.get('/api/auth/session');
    return session.data?.user ?? null;
  }

  isSignedIn() {
    return [...this.cookies.keys()].some((k) => k.endsWith('next-auth.session-token'));
  }
}

let counter = 0;
export const uniqueEmail = (tag: string) => `${tag}-${process.pid}-${Date.now()}-${counter++}@example.test`;
