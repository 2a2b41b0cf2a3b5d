import { useQueryParams } from '@strapi/strapi/admin';

import type { PageQuery } from '../api/client';

const positive = (value: unknown, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

/**
 * Page, page size and search of a table, kept in the URL so that a reload or a shared link shows
 * the same rows. Strapi's `Pagination` reads and writes the same `page` and `pageSize` parameters.
 */
export const usePageQuery = (defaultPageSize = 20) => {
  const [{ query }, setQuery] = useQueryParams<{ page?: string; pageSize?: string; search?: string }>();
  const pageQuery: PageQuery = {
    page: positive(query.page, 1),
    pageSize: positive(query.pageSize, defaultPageSize),
    search: typeof query.search === 'string' && query.search.trim() ? query.search.trim() : undefined,
  };

  const setSearch = (search: string) => {
    // A new search starts from its first page; replacing the entry keeps Back usable while typing.
    if (search.trim()) setQuery({ search: search.trim(), page: '1' }, 'push', true);
    else setQuery({ search: undefined, page: '1' }, 'push', true);
  };

  return { query: pageQuery, key: JSON.stringify(pageQuery), setSearch };
};
