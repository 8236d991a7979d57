/**
 * The one place that talks to GitHub (Node's global `fetch`; no HTTP dependency): GitHub's
 * headers, a timeout on every request, the rate limit read from each answer, and a failure turned
 * into one line instead of an exception. The token goes only to the origins it was configured
 * for: a redirect is followed only within them.
 */

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** JSON, sent as the body. */
  body?: unknown;
  /** The ETag of the answer kept: GitHub answers 304 when it still holds. */
  etag?: string;
}

export interface HttpAnswer {
  status: number;
  /** The parsed JSON body; undefined for a 304 or an empty body. */
  json: unknown;
  etag?: string;
  /** When GitHub allows the next request again (epoch ms): the limit is spent, or `Retry-After` asked for a pause. */
  resumeAt?: number;
}

/** An answer, or one line saying why there is none; never a throw. */
export type HttpResult = { answer: HttpAnswer; problem?: undefined; resumeAt?: undefined } | { answer?: undefined; problem: string; resumeAt?: number };

export interface HttpClient {
  /** The origins (`https://api.github.com`) the token may be sent to: the API's, nothing else. */
  origins: readonly string[];
  token?: string;
  timeoutMs: number;
  now?: () => number;
}

const REDIRECTS = 3;

export async function send(client: HttpClient, request: HttpRequest): Promise<HttpResult> {
  const now = client.now ?? Date.now;
  let url = request.url;
  for (let hop = 0; hop <= REDIRECTS; hop++) {
    const origin = originOf(url);
    if (origin === undefined || !client.origins.includes(origin)) return { problem: `GitHub redirected to ${origin ?? 'an address that is no URL'}, outside its API; not followed` };
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method: request.method ?? 'GET',
        headers: headersFor(client, request),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(client.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return { problem: failure(error, client.timeoutMs) };
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location !== null) {
      url = new URL(location, url).href;
      continue;
    }
    return answerOf(response, text, now());
  }
  return { problem: `GitHub redirected more than ${REDIRECTS} times` };
}

function headersFor(client: HttpClient, request: HttpRequest): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
    'User-Agent': 'ideas-author',
  };
  if (client.token) headers.Authorization = `Bearer ${client.token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.etag !== undefined) headers['If-None-Match'] = request.etag;
  return headers;
}

function answerOf(response: Response, text: string, now: number): HttpResult {
  const { status, headers } = response;
  const resumeAt = resumeTime(headers, now);
  // GitHub says a spent limit with 403 or 429 and these headers; a 403 without them is a refusal of another kind.
  if ((status === 403 || status === 429) && resumeAt !== undefined) return { problem: rateLimitLine(resumeAt), resumeAt };
  if (status === 401) return { problem: `GitHub refused the token (401${messageOf(text)})` };
  if (status >= 500) return { problem: `GitHub answered ${status}` };
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    return { problem: `GitHub answered ${status} with something other than JSON` };
  }
  return { answer: { status, json, etag: headers.get('etag') ?? undefined, resumeAt } };
}

/** `Retry-After` (seconds or a date), or the reset time of a spent limit (`x-ratelimit-remaining: 0`). */
function resumeTime(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    const at = Number.isFinite(seconds) ? now + seconds * 1000 : Date.parse(retryAfter);
    if (Number.isFinite(at)) return at;
  }
  if (headers.get('x-ratelimit-remaining') !== '0') return undefined;
  const reset = Number(headers.get('x-ratelimit-reset'));
  // A spent limit without a reset time: GitHub's limits are hourly.
  return Number.isFinite(reset) && reset > 0 ? reset * 1000 : now + 3_600_000;
}

export function rateLimitLine(resumeAt: number): string {
  const at = new Date(resumeAt);
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return `GitHub rate limit reached; checks resume at ${hhmm}`;
}

function failure(error: unknown, timeoutMs: number): string {
  const { name, cause } = error as { name?: string; cause?: { code?: string; message?: string } };
  if (name === 'TimeoutError' || name === 'AbortError') return `GitHub did not answer within ${Math.round(timeoutMs / 100) / 10} s`;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return `GitHub could not be reached${reason ? ` (${reason})` : ''}`;
}

/** GitHub's `message`, as `: Bad credentials`, when the body has one. */
function messageOf(text: string): string {
  try {
    const { message } = JSON.parse(text) as { message?: unknown };
    return typeof message === 'string' ? ` ${message.split('\n')[0].slice(0, 120)}` : '';
  } catch {
    return '';
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
