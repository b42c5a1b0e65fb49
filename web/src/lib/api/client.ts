import createClient from 'openapi-fetch';
import type { components, operations, paths } from './schema';
export type Operations = operations;

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'] & { retryAfter?: number };

/**
 * The access token lives in this module's memory only: never in storage or a script-readable
 * cookie. A session survives a reload through the HttpOnly refresh cookie (§16).
 */
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<(signedIn: boolean) => void>();

export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setAccessToken(token: string | null, expiresIn?: number, session = false): void {
  accessToken = token;
  clearTimeout(refreshTimer);
  // Refresh a minute before expiry, so a user who works all day keeps working.
  if (token && session && expiresIn) {
    refreshTimer = setTimeout(() => void refreshAccessToken(), Math.max(10, expiresIn - 60) * 1000);
  }
  if (!token) listeners.forEach((l) => l(false));
}

export function bearer(): Record<string, string> {
  return accessToken ? { Authorization: `Bearer ${accessToken}` } : {};
}

/** The header the session routes (login with session, refresh, logout) require against CSRF. */
export const CSRF_HEADER = { 'X-Pacta-CSRF': '1' } as const;

async function rotateRefreshCookie(): Promise<boolean> {
  try {
    const res = await fetch('/api/v1/auth/refresh', {
      method: 'POST',
      credentials: 'same-origin',
      headers: CSRF_HEADER,
    });
    if (!res.ok) {
      // Read the problem to its end: an unread body keeps the request open (and the page busy).
      await res.text();
      return false;
    }
    const body = (await res.json()) as Schemas['TokenResponse'];
    setAccessToken(body.accessToken, body.expiresIn, true);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rotates the refresh cookie for a new access token; false when there is no session. One refresh
 * at a time per browser: two tabs presenting the same cookie would count as reuse and end the
 * session, so tabs queue on a Web Lock where the browser has them.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      if (typeof navigator !== 'undefined' && navigator.locks) {
        return await navigator.locks.request('pacta-refresh', rotateRefreshCookie);
      }
      return await rotateRefreshCookie();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

let contentLanguage: string | null = null;
/** The interface language: sent as Accept-Language, so `displayTitle`/`displayName` follow it (§11). */
export function setContentLanguage(language: string): void {
  contentLanguage = language;
}

async function authorisedFetch(input: Request): Promise<Response> {
  if (contentLanguage && !input.headers.has('Accept-Language'))
    input.headers.set('Accept-Language', contentLanguage);
  const retry = input.clone();
  const first = new Request(input);
  for (const [k, v] of Object.entries(bearer())) first.headers.set(k, v);
  const res = await fetch(first);
  if (res.status !== 401 || !accessToken) return res;
  // An expired access token: one refresh, one retry; otherwise the session is over.
  if (await refreshAccessToken()) {
    for (const [k, v] of Object.entries(bearer())) retry.headers.set(k, v);
    return fetch(retry);
  }
  setAccessToken(null);
  return res;
}

/**
 * List routes also answer text/csv; typing the client to the JSON media types (JSON and
 * problem+json) makes bodies read as JSON. CSV goes through `downloadCsv` below.
 */
export const api = createClient<paths, `${string}/${string}json`>({ baseUrl: '', fetch: authorisedFetch });

/** Thrown for every problem+json answer, so that TanStack Query sees a failed query. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; etag: string | null }> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (error && typeof error === 'object' ? error : {}) as Problem;
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiError({
      type: problem.type ?? 'about:blank',
      title: problem.title ?? response.statusText,
      status: response.status,
      detail: problem.detail ?? '',
      instance: problem.instance ?? '',
      errors: problem.errors,
      allowed: problem.allowed,
      retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    });
  }
  return { data: data as T, etag: response.headers.get('ETag') };
}

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_ACCEPT: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A problem+json answer (or any failed response) as the ApiError the screens show. */
async function problemOf(res: Response): Promise<ApiError> {
  const parsed: unknown = await res.json().catch(() => undefined);
  return unwrap(Promise.resolve({ data: undefined, error: parsed, response: res })).then(
    () =>
      new ApiError({
        type: 'urn:pacta:problem:http-error',
        title: res.statusText,
        status: res.status,
        detail: '',
        instance: res.url,
      }),
    (e: ApiError) => e,
  );
}

/**
 * Downloads a file with the bearer token (which lives in memory: never put in a URL) and saves it
 * from a blob, under the name the server's Content-Disposition gives (else `fallbackName`).
 */
export async function downloadFile(path: string, fallbackName: string, accept?: string): Promise<void> {
  const res = await authorisedFetch(new Request(path, accept ? { headers: { Accept: accept } } : {}));
  if (!res.ok) throw await problemOf(res);
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  saveBlob(await res.blob(), encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName));
}

/** Every row of a list as CSV or XLSX: the page's filters with `format` (see downloadFile). */
export function downloadList(
  path: string,
  params: URLSearchParams,
  format: ExportFormat,
  fallbackName: string,
): Promise<void> {
  const query = new URLSearchParams(params);
  query.set('format', format);
  query.delete('cursor');
  query.delete('limit');
  return downloadFile(`${path}?${query}`, `${fallbackName}.${format}`, EXPORT_ACCEPT[format]);
}

/** A multipart POST (a file upload) with the bearer token; the JSON answer, or an ApiError. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const res = await authorisedFetch(new Request(path, { method: 'POST', body: form }));
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as T;
}

/**
 * Asks the server to re-hash the stored bytes (`?verify=true`) without downloading them: one byte
 * is requested, the hash covers the whole file. The verified sha256, or an ApiError (409 when the
 * bytes no longer match).
 */
export async function verifyFile(path: string): Promise<string> {
  const res = await authorisedFetch(new Request(`${path}?verify=true`, { headers: { Range: 'bytes=0-0' } }));
  if (!res.ok) throw await problemOf(res);
  await res.arrayBuffer();
  const verified = res.headers.get('X-Pacta-Verified') ?? res.headers.get('ETag') ?? '';
  return verified.replace(/^sha256=/, '').replaceAll('"', '');
}

/**
 * A multipart upload with progress (fetch reports none for a request body): XMLHttpRequest with the
 * bearer token, one refresh and retry on a 401 as for every other call.
 */
export function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  const send = () =>
    new Promise<{ status: number; body: unknown; statusText: string }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      for (const [k, v] of Object.entries(bearer())) xhr.setRequestHeader(k, v);
      if (contentLanguage) xhr.setRequestHeader('Accept-Language', contentLanguage);
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        let body: unknown;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          body = undefined;
        }
        resolve({ status: xhr.status, body, statusText: xhr.statusText });
      };
      xhr.onerror = () => reject(new TypeError('network'));
      xhr.send(form);
    });
  return (async () => {
    let answer = await send();
    if (answer.status === 401 && (await refreshAccessToken())) answer = await send();
    const response = new Response(null, { status: answer.status, statusText: answer.statusText });
    return (await unwrap(Promise.resolve({ data: answer.body as T, error: answer.body, response }))).data;
  })();
}

/** Optional text fields are typed loosely by the generated schema; read them as strings. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** For the few calls shared by several collections (transitions), where the path is built at run time. */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await authorisedFetch(
    new Request(path, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const parsed = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  return (await unwrap(Promise.resolve({ data: parsed, error: parsed, response: res }))).data as T;
}
