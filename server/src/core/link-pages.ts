/**
 * The small pages a short link answers with when it does not redirect: the link preview a
 * messaging app's crawler reads (Open Graph tags), the light page an image link opens, and the
 * 404 of an unknown code. Plain HTML, no script, every value escaped.
 */

export type PageLocale = 'fr' | 'en';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** French unless the browser prefers English, as the seeds' recipients are French. */
export const pageLocale = (acceptLanguage: string | undefined): PageLocale => {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'fr';
};

const STYLE =
  'body{margin:0;font-family:system-ui,-apple-system,sans-serif;background:#f6f6f9;color:#32324d;display:flex;' +
  'min-height:100vh;align-items:center;justify-content:center;text-align:center}' +
  'main{max-width:36rem;padding:2rem}h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:0;color:#666687}' +
  'img{max-width:100%;height:auto;border-radius:4px}a{color:#4945ff}';

const page = (locale: PageLocale, head: string, body: string) =>
  `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
  `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
  `${head}<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

const NOT_FOUND: Record<PageLocale, { title: string; text: string }> = {
  fr: { title: 'Lien introuvable', text: 'Ce lien n’existe pas ou n’est plus actif.' },
  en: { title: 'Link not found', text: 'This link does not exist or is no longer active.' },
};

export const notFoundPage = (locale: PageLocale): string => {
  const words = NOT_FOUND[locale];
  return page(locale, `<title>${words.title}</title>`, `<h1>${words.title}</h1><p>${words.text}</p>`);
};

export interface PreviewContent {
  /** The link as sent (`og:url`). */
  link: string;
  /** The personalised target, linked from the page for a person who lands on it. */
  target: string;
  title?: string;
  description?: string;
  /** Absolute URL of the Media Library image (600 × 280). */
  image?: { url: string; width?: number | null; height?: number | null; alt?: string | null } | null;
}

/** The seeds' limits: a title of at most 40 characters and a description of at most 80. */
export const PREVIEW_TITLE_MAX = 40;
export const PREVIEW_DESCRIPTION_MAX = 80;

const clip = (value: string | undefined, max: number) => {
  const chars = [...(value ?? '').trim()];
  return chars.length > max ? chars.slice(0, max).join('') : chars.join('');
};

export const previewPage = (content: PreviewContent, locale: PageLocale): string => {
  const title = clip(content.title, PREVIEW_TITLE_MAX);
  const description = clip(content.description, PREVIEW_DESCRIPTION_MAX);
  const meta = (property: string, value: string | number | null | undefined) =>
    value === undefined || value === null || value === ''
      ? ''
      : `<meta property="${property}" content="${escapeHtml(String(value))}">`;
  const head = [
    `<title>${escapeHtml(title || content.link)}</title>`,
    meta('og:type', 'website'),
    meta('og:url', content.link),
    meta('og:title', title),
    meta('og:description', description),
    meta('og:image', content.image?.url),
    meta('og:image:width', content.image?.width),
    meta('og:image:height', content.image?.height),
    meta('og:image:alt', content.image?.alt),
    `<meta name="twitter:card" content="${content.image ? 'summary_large_image' : 'summary'}">`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
  ].join('');
  const body =
    (content.image
      ? `<p><img src="${escapeHtml(content.image.url)}" alt="${escapeHtml(content.image.alt ?? '')}"></p>`
      : '') +
    (title ? `<h1>${escapeHtml(title)}</h1>` : '') +
    (description ? `<p>${escapeHtml(description)}</p>` : '') +
    `<p><a href="${escapeHtml(content.target)}">${escapeHtml(content.target)}</a></p>`;
  return page(locale, head, body);
};

/** Seed 002's image link: the image alone on a light page, with its preview tags for crawlers. */
export const imagePage = (
  image: { url: string; width?: number | null; height?: number | null; alt?: string | null },
  link: string,
  locale: PageLocale
): string => {
  const alt = escapeHtml(image.alt ?? '');
  const head =
    `<title>${alt || escapeHtml(link)}</title><meta property="og:type" content="website">` +
    `<meta property="og:url" content="${escapeHtml(link)}"><meta property="og:image" content="${escapeHtml(image.url)}">` +
    '<meta name="twitter:card" content="summary_large_image">';
  return page(locale, head, `<img src="${escapeHtml(image.url)}" alt="${alt}">`);
};
