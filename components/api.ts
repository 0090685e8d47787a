/**
 * The browser's one way to call our API: JSON in, JSON out, and every non-2xx answer turned into an
 * ApiError carrying the server's own message (`{ error: { message } }`), so the UI can show it as is.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function api<T>(url: string, init: { method?: string; body?: unknown; keepalive?: boolean } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      keepalive: init.keepalive,
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'Could not reach NN Lab. Check your connection and try again.');
  }
  const text = await res.text();
  let data: any = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    // a proxy's HTML error page, for instance: fall through to the generic message
  }
  if (!res.ok) {
    const message = data?.error?.message ?? (res.status === 401 ? 'Your session has ended. Sign in again.' : `Request failed (${res.status}).`);
    throw new ApiError(res.status, message);
  }
  return data as T;
}
