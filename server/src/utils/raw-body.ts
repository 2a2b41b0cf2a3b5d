import type { IncomingMessage } from 'node:http';
import type { Context, Next } from 'koa';

/**
 * The exact bytes of a webhook's body, which its signature covers.
 *
 * Strapi's body middleware (koa-body) parses JSON before any route runs and keeps the raw text
 * only when the app sets `includeUnparsed: true`, for every request. Rather than ask each app to
 * change its middleware config, the plugin installs this tap ahead of the app's middlewares
 * (`strapi.server.use` in `register`, before Strapi installs the configured stack in bootstrap),
 * for its webhook paths only. It does not read the stream: it records each chunk as Node's HTTP
 * parser pushes it into the request, so koa-body parses as usual, and whoever reads the body
 * (koa-body, or `capturedBody` draining it when no parser wanted that content type) completes it.
 */
export const UNPARSED_BODY = Symbol.for('unparsedBody');
/** Above koa-body's default JSON limit (1 MB), so that its 413 answers first. */
const DEFAULT_LIMIT_BYTES = 2 * 1024 * 1024;

interface Capture {
  chunks: Buffer[];
  size: number;
  overflow: boolean;
  done: Promise<boolean>;
}

const captures = new WeakMap<IncomingMessage, Capture>();

/**
 * Starts recording `req`'s body. Refuses (returns false) when any byte may already have gone
 * past unseen, or when the body is compressed (the signature covers the bytes as sent, and
 * koa-body would inflate them).
 */
export const tapRequestBody = (req: IncomingMessage, limitBytes = DEFAULT_LIMIT_BYTES): boolean => {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding !== 'identity') return false;
  if (req.readableDidRead || req.readableLength > 0 || req.readableEnded || req.complete) return false;
  const capture: Capture = { chunks: [], size: 0, overflow: false, done: Promise.resolve(false) };
  capture.done = new Promise<boolean>((resolve) => {
    const push = req.push;
    req.push = function tappedPush(this: IncomingMessage, chunk: unknown, encoding?: BufferEncoding) {
      if (chunk === null) {
        resolve(true);
      } else if (!capture.overflow && chunk !== undefined) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, encoding);
        capture.size += buffer.length;
        if (capture.size > limitBytes) {
          capture.overflow = true;
          capture.chunks = [];
        } else {
          capture.chunks.push(buffer);
        }
      }
      return push.call(this, chunk, encoding);
    } as typeof req.push;
    req.once('close', () => resolve(false));
    req.once('error', () => resolve(false));
  });
  captures.set(req, capture);
  return true;
};

/**
 * The body `tapRequestBody` recorded, once it is complete (draining the request when nothing has
 * read it), or undefined when it was not recorded, was too large, or did not arrive in time.
 */
export const capturedBody = async (req: IncomingMessage, timeoutMs = 10_000): Promise<Buffer | undefined> => {
  const capture = captures.get(req);
  if (!capture) return undefined;
  if (!req.readableEnded && req.listenerCount('data') === 0 && req.readableFlowing !== false) req.resume();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
  });
  const complete = await Promise.race([capture.done, timeout]);
  clearTimeout(timer);
  if (!complete || capture.overflow) return undefined;
  return Buffer.concat(capture.chunks);
};

/**
 * The raw body of a webhook call, as UTF-8 text: koa-body's own copy when the app enabled
 * `includeUnparsed`, else the tap's.
 */
export const rawBodyOf = async (ctx: Context): Promise<string | undefined> => {
  const body = (ctx.request as { body?: unknown }).body;
  const unparsed = body && typeof body === 'object' ? (body as Record<symbol, unknown>)[UNPARSED_BODY] : undefined;
  if (typeof unparsed === 'string') return unparsed;
  const captured = await capturedBody(ctx.req);
  return captured?.toString('utf8');
};

/** The application middleware: taps POSTs under `pathPrefix`, and nothing else. */
export const webhookBodyTap =
  (pathPrefix: string) =>
  (ctx: Context, next: Next): Promise<unknown> => {
    if (ctx.method === 'POST' && ctx.path.startsWith(pathPrefix)) tapRequestBody(ctx.req);
    return next();
  };
