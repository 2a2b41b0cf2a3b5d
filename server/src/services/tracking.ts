import type { Context, Next } from 'koa';
import type { Core } from '@strapi/strapi';
import { isbot } from 'isbot';
import {
  compileTemplate,
  DEFAULT_SHORT_CODE_LENGTH,
  imagePage,
  isShortCode,
  normalizeShortLinkBase,
  notFoundPage,
  pageLocale,
  previewPage,
  shortLinkLength,
} from '../core';
import type { Settings } from '../contracts';
import { PLUGIN_ID } from '../permissions';
import { shortLinksStore, type LinkCounts, type ShortLinkTarget } from '../store/short-links';
import { jsonValue, storeContext } from '../store/tables';
import { getService } from '../utils';

/** The path under Strapi's own URL when no short domain is set (seed 001's "clic-ici.net/123456"). */
export const DEFAULT_SHORT_LINK_PATH = '/l';
/** Counts are written in batches this often: a redirect never waits for a write. */
const FLUSH_EVERY_MS = 200;
/** Links kept in memory (a preview then a click, or a campaign's first minutes, hit the same codes). */
const CACHE_SIZE = 20_000;
const CACHE_TTL_MS = 60_000;
/** How long the base from the settings is trusted before it is read again (an update forgets it at once). */
const MATCHER_TTL_MS = 5_000;

interface Matcher {
  /** Path prefixes (`/l`, the base's path) under which `/<code>` is a short link. */
  prefixes: string[];
  /** A bare short domain (`clic-ici.net`): `/<code>` on that host. */
  host: string | null;
  /** The base as written in messages. */
  base: string;
}

interface TrackedLinkSetting {
  url: string;
  imageId?: number;
  preview?: { title?: string; description?: string; imageId?: number };
}

/**
 * Tracked links (issue 12): the base they are sent under, the public redirect in front of
 * Strapi's middlewares (a root koa middleware: no session, no body parsing, no admin auth), and
 * the click and preview counters, gathered in memory and added to the database in batches.
 */
const trackingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = storeContext(strapi);
  const links = shortLinksStore(context);
  const cache = new Map<string, { link: ShortLinkTarget; until: number }>();
  const pending = new Map<number, LinkCounts>();
  let matcher: { value: Matcher; until: number } | null = null;
  let flushing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const publicUrl = () => String(strapi.config.get('server.absoluteUrl') ?? '').replace(/\/+$/, '');

  /** The base that new campaigns use: the setting, or Strapi's public URL and `/l`. */
  const base = (settings: Pick<Settings, 'shortLinkBase'>) =>
    normalizeShortLinkBase(settings.shortLinkBase || `${publicUrl()}${DEFAULT_SHORT_LINK_PATH}`);

  const currentMatcher = async (): Promise<Matcher> => {
    if (matcher && matcher.until > Date.now()) return matcher.value;
    const value = base(await getService(strapi, 'settings').get());
    const url = new URL(value.startsWith('http://') ? value : `https://${value}`);
    const path = url.pathname.replace(/\/+$/, '');
    const prefixes = [...new Set([DEFAULT_SHORT_LINK_PATH, ...(path ? [path] : [])])];
    matcher = {
      value: { prefixes, host: path ? null : url.host.toLowerCase(), base: value },
      until: Date.now() + MATCHER_TTL_MS,
    };
    return matcher.value;
  };

  /** The code a request asks for, '' for a short-link path without a valid code, null for any other request. */
  const codeOf = (ctx: Context, match: Matcher): string | null => {
    const path = ctx.path;
    for (const prefix of match.prefixes) {
      if (path.length > prefix.length + 1 && path.startsWith(`${prefix}/`)) {
        const code = path.slice(prefix.length + 1);
        return isShortCode(code) ? code : '';
      }
    }
    if (match.host && ctx.host.toLowerCase() === match.host && path.length > 1 && !path.includes('/', 1)) {
      const code = path.slice(1);
      return isShortCode(code) ? code : '';
    }
    return null;
  };

  /**
   * The codes asked for during one turn of the event loop are read in one query: under load, a
   * round trip serves every redirect waiting at that instant instead of one each.
   */
  let waiting = new Map<string, ((link: ShortLinkTarget | null) => void)[]>();
  const lookUp = async () => {
    const batch = waiting;
    waiting = new Map();
    const codes = [...batch.keys()];
    try {
      const found = codes.length > 0 ? await links.findMany(codes) : new Map<string, ShortLinkTarget>();
      const until = Date.now() + CACHE_TTL_MS;
      for (const [code, resolvers] of batch) {
        const link = found.get(code) ?? null;
        if (link) {
          if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
          cache.set(code, { link, until });
        }
        for (const resolve of resolvers) resolve(link);
      }
    } catch (error) {
      strapi.log.error(`[${PLUGIN_ID}] Could not read ${codes.length} short links: ${String(error)}`);
      for (const resolvers of batch.values()) for (const resolve of resolvers) resolve(null);
    }
  };

  const find = (code: string): Promise<ShortLinkTarget | null> | ShortLinkTarget => {
    const hit = cache.get(code);
    if (hit && hit.until > Date.now()) return hit.link;
    return new Promise((resolve) => {
      if (waiting.size === 0) setImmediate(() => void lookUp());
      const resolvers = waiting.get(code);
      if (resolvers) resolvers.push(resolve);
      else waiting.set(code, [resolve]);
    });
  };

  const count = (link: ShortLinkTarget, kind: 'click' | 'preview') => {
    const now = new Date();
    let counts = pending.get(link.id);
    if (!counts) {
      counts = {
        id: link.id,
        recipientId: link.recipientId,
        clicks: 0,
        previews: 0,
        firstClickAt: null,
        lastClickAt: null,
        firstPreviewAt: null,
      };
      pending.set(link.id, counts);
    }
    if (kind === 'click') {
      counts.clicks += 1;
      counts.firstClickAt ??= now;
      counts.lastClickAt = now;
    } else {
      counts.previews += 1;
      counts.firstPreviewAt ??= now;
    }
    timer ??= setTimeout(() => {
      timer = null;
      void flush();
    }, FLUSH_EVERY_MS);
  };

  /**
   * Writes what was counted, one batch at a time (two at once would lock the same rows in two
   * transactions); a failed write keeps the counts for the next flush. Rows in id order, as
   * every other writer of these rows locks them.
   */
  const flush = async (): Promise<void> => {
    while (flushing) await flushing;
    if (pending.size === 0) return;
    const batch = [...pending.values()].sort((a, b) => a.id - b.id);
    pending.clear();
    flushing = links
      .addCounts(batch)
      .catch((error: unknown) => {
        for (const counts of batch) merge(counts);
        strapi.log.warn(`[${PLUGIN_ID}] Could not record ${batch.length} link counts yet: ${String(error)}`);
        timer ??= setTimeout(() => {
          timer = null;
          void flush();
        }, FLUSH_EVERY_MS * 5);
      })
      .finally(() => {
        flushing = null;
      });
    await flushing;
  };

  const merge = (counts: LinkCounts) => {
    const current = pending.get(counts.id);
    if (!current) return pending.set(counts.id, counts);
    current.clicks += counts.clicks;
    current.previews += counts.previews;
    current.firstClickAt = earliest(counts.firstClickAt, current.firstClickAt);
    current.firstPreviewAt = earliest(counts.firstPreviewAt, current.firstPreviewAt);
    current.lastClickAt ??= counts.lastClickAt;
  };

  /** A campaign's tracked-link settings (preview, image), kept a minute: they are fixed once it is sent. */
  const campaignLinks = new Map<
    number,
    { links: TrackedLinkSetting[]; defaults: Record<string, string>; until: number }
  >();
  const setting = async (link: ShortLinkTarget) => {
    if (link.campaignId === null) return { link: null, defaults: {} };
    const now = Date.now();
    let known = campaignLinks.get(link.campaignId);
    if (!known || known.until <= now) {
      const row = await context
        .knex(context.tables.campaigns)
        .first('tracked_links', 'field_defaults')
        .where('id', link.campaignId);
      if (campaignLinks.size >= 1000) campaignLinks.clear();
      known = {
        links: jsonValue<TrackedLinkSetting[]>(row?.tracked_links, []),
        defaults: jsonValue<Record<string, string>>(row?.field_defaults, {}),
        until: now + CACHE_TTL_MS,
      };
      campaignLinks.set(link.campaignId, known);
    }
    return { link: known.links[link.trackIndex - 1] ?? null, defaults: known.defaults };
  };

  const recipientFields = async (link: ShortLinkTarget) => {
    if (link.recipientId === null) return {};
    const row = await context.knex(context.tables.recipients).first('fields').where('id', link.recipientId);
    return jsonValue<Record<string, string>>(row?.fields, {});
  };

  const mediaImage = async (id: number | undefined) => {
    if (!id) return null;
    const file = (await strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as {
      url?: string;
      width?: number | null;
      height?: number | null;
      alternativeText?: string | null;
      mime?: string;
    } | null;
    if (!file?.url || !file.mime?.startsWith('image/')) return null;
    const url = /^https?:\/\//.test(file.url) ? file.url : `${publicUrl()}${file.url}`;
    return { url, width: file.width, height: file.height, alt: file.alternativeText };
  };

  const render = (template: string | undefined, fields: Record<string, string>, defaults: Record<string, string>) => {
    if (!template) return undefined;
    try {
      return compileTemplate(template, defaults)(fields);
    } catch {
      // A field the row lacks: the text without its placeholders rather than no preview at all.
      return template
        .replace(/\$\{[^}]*\}/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    }
  };

  /** The target as a Location header (parsed, so encoded), or null when it is not a web page. */
  const locationOf = (link: ShortLinkTarget): string | null => {
    if (link.location !== undefined) return link.location;
    try {
      const url = new URL(link.url);
      link.location = url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch {
      link.location = null;
    }
    return link.location;
  };

  const html = (ctx: Context, status: number, body: string) => {
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Security-Policy', "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'");
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.body = body;
  };

  /** A short link's answer: the redirect, the preview a crawler reads, an image page, or a 404. */
  const answer = async (ctx: Context, code: string, match: Matcher) => {
    const locale = pageLocale(ctx.get('accept-language'));
    const link = code ? await find(code) : null;
    const location = link ? locationOf(link) : null;
    if (!link || !location) return html(ctx, 404, notFoundPage(locale));
    const crawler = isbot(ctx.get('user-agent'));
    const { link: tracked, defaults } = await setting(link);
    if (ctx.method === 'GET') count(link, crawler ? 'preview' : 'click');
    if (tracked?.imageId) {
      const image = await mediaImage(tracked.imageId);
      if (image) return html(ctx, 200, imagePage(image, `${match.base}/${code}`, locale));
    }
    if (
      crawler &&
      tracked?.preview &&
      (tracked.preview.title || tracked.preview.description || tracked.preview.imageId)
    ) {
      const fields = await recipientFields(link);
      const page = previewPage(
        {
          link: `${match.base}/${code}`,
          target: link.url,
          title: render(tracked.preview.title, fields, defaults),
          description: render(tracked.preview.description, fields, defaults),
          image: await mediaImage(tracked.preview.imageId),
        },
        locale
      );
      return html(ctx, 200, page);
    }
    ctx.status = 302;
    ctx.set('Location', location);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.body = '';
  };

  return {
    base,
    /** What every link of this base starts with in a message. */
    prefix: (value: string) => `${normalizeShortLinkBase(value)}/`,
    /** The base new campaigns use and the characters each link takes: what the counter shows. */
    async describe(settings?: Settings) {
      const value = base(settings ?? (await getService(strapi, 'settings').get()));
      return { base: value, length: shortLinkLength(value, DEFAULT_SHORT_CODE_LENGTH) };
    },
    /** Settings changed: the next request reads the base again. */
    forget() {
      matcher = null;
    },
    flush,

    /** Registered on the koa app in `register`, ahead of Strapi's own middlewares. */
    middleware() {
      return async (ctx: Context, next: Next) => {
        if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
        const match = await currentMatcher();
        const code = codeOf(ctx, match);
        if (code === null) return next();
        await answer(ctx, code, match);
      };
    },

    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await flush();
    },
  };
};

const earliest = (a: Date | null, b: Date | null) => (a && b ? (a < b ? a : b) : (a ?? b));

export type TrackingService = ReturnType<typeof trackingService>;
export default trackingService;
