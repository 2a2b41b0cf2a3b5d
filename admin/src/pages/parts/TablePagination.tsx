import { Flex } from '@strapi/design-system';
import { Pagination } from '@strapi/strapi/admin';

import type { Pagination as PaginationMeta } from '../../api/client';

/** Strapi's pagination; it reads and writes `page` and `pageSize` in the URL, as `usePageQuery` does. */
export const TablePagination = ({ pagination }: { pagination: PaginationMeta | undefined }) => {
  if (!pagination || pagination.total === 0) return null;
  return (
    <Pagination.Root
      pageCount={pagination.pageCount}
      total={pagination.total}
      defaultPageSize={pagination.pageSize}
      defaultPage={pagination.page}
    >
      <Flex justifyContent="space-between" paddingTop={4} width="100%">
        <Pagination.PageSize options={['10', '20', '50', '100']} />
        <Pagination.Links />
      </Flex>
    </Pagination.Root>
  );
};
