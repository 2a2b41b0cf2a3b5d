/**
 * One call to the gateway with Node's `fetch`, and what its failure means for a message in it:
 * whether the request can be known not to have reached the gateway (safe to submit again) or
 * whether it may have been acted on (never submit again).
 */
export type CallOutcome =
  | { kind: 'answer'; status: number; headers: Headers; body: unknown }
  /** The connection was never made: nothing reached the gateway. */
  | { kind: 'not-sent'; code: string }
  /** Timed out, or the connection broke after the request may have been written. */
  | { kind: 'unknown'; code: string };

/**
 * Errors that happen while connecting, before any byte of the request is written. Anything
 * else (a reset, a socket closed mid-answer, a TLS failure we cannot place) counts as unknown.
 */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export interface CallInput {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
}

export const callGateway = async ({ method, url, headers, body, timeoutMs }: CallInput): Promise<CallOutcome> => {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    return classifyFailure(error);
  }
  // The answer's body is read under the same deadline: a gateway that stalls mid-answer is unknown too.
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const failure = classifyFailure(error);
    return { kind: 'unknown', code: failure.code };
  }
  return { kind: 'answer', status: response.status, headers: response.headers, body: parseJson(text) };
};

const parseJson = (text: string): unknown => {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

const classifyFailure = (error: unknown): { kind: 'not-sent' | 'unknown'; code: string } => {
  // By name: the abort reason is a DOMException, not always an `Error` of this realm.
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return { kind: 'unknown', code: 'timeout' };
  }
  const code = errorCode(error);
  if (code && NOT_SENT_CODES.has(code)) return { kind: 'not-sent', code };
  return { kind: 'unknown', code: code ?? 'network_error' };
};

/** undici wraps the socket error in `cause`, sometimes twice (an AggregateError for several addresses). */
const errorCode = (error: unknown, depth = 0): string | undefined => {
  if (!error || typeof error !== 'object' || depth > 3) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') return code;
  if (Array.isArray(errors) && errors.length > 0) return errorCode(errors[0], depth + 1);
  return errorCode(cause, depth + 1) ?? (typeof code === 'string' ? code : undefined);
};

/** `Retry-After` in seconds or as an HTTP date; absent or nonsense gives the fallback. */
export const retryAfterMs = (header: string | null, fallbackMs: number, now = Date.now()): number => {
  if (!header) return fallbackMs;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return fallbackMs;
  return Math.max(0, date - now);
};
