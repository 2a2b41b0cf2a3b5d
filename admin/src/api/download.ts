import { apiPath, type FetchClient } from './client';

/** `attachment; filename="contacts.csv"` → `contacts.csv`, falling back to the name the page chose. */
export const filenameFrom = (disposition: string | null | undefined, fallback: string) => {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return match ? decodeURIComponent(match[1]) : fallback;
};

/**
 * Downloads a file an authenticated route returns. A plain link would not carry the admin token,
 * so the file comes through the fetch client and is handed to the browser as an object URL.
 */
export const downloadFile = async (client: FetchClient, path: string, fallbackName: string) => {
  const response = await client.get(apiPath(path), { responseType: 'blob' });
  const url = URL.createObjectURL(response.data);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameFrom(response.headers?.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the browser has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/** `?locale=fr` for a French admin: exports write their headers in the admin's language (English otherwise). */
export const exportPath = (path: string, locale: string) =>
  `${path}?locale=${locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'}`;
