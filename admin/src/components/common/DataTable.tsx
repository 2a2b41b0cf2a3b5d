import * as React from 'react';

import { EmptyStateLayout, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

export interface Column {
  key: string;
  label: string;
  /** Shown to screen readers only, e.g. the actions or selection column. */
  hidden?: boolean;
  head?: React.ReactNode;
  /** Kept on screen when the table scrolls sideways: the row's name (left) or its actions (right). */
  sticky?: 'left' | 'right';
}

const stickyStyle = (side: 'left' | 'right'): React.CSSProperties => ({
  position: 'sticky',
  [side]: 0,
  zIndex: 1,
  boxShadow: side === 'right' ? '-8px 0 8px -8px rgba(33, 33, 52, 0.2)' : '8px 0 8px -8px rgba(33, 33, 52, 0.2)',
});

/**
 * A cell that stays on screen when a wide table (a list with many fields) scrolls sideways: the
 * row actions on the right, the name on the left. It takes the row's background so that what
 * scrolls under it is hidden.
 */
export const StickyTd = ({
  side,
  children,
  ...rest
}: { side: 'left' | 'right'; children: React.ReactNode } & Omit<React.ComponentProps<typeof Td>, 'children'>) => (
  <Td background="neutral0" style={stickyStyle(side)} {...rest}>
    {children}
  </Td>
);

interface DataTableProps {
  columns: Column[];
  rowCount: number;
  emptyMessage: string;
  emptyAction?: React.ReactNode;
  footer?: React.ReactNode;
  children: React.ReactNode;
}

/** A design-system table with its header row, or an empty state that says what to do next. */
export const DataTable = ({ columns, rowCount, emptyMessage, emptyAction, footer, children }: DataTableProps) => {
  if (rowCount === 0) {
    return <EmptyStateLayout content={emptyMessage} action={emptyAction} shadow="filterShadow" hasRadius />;
  }
  return (
    <Table colCount={columns.length} rowCount={rowCount + 1} footer={footer}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th
              key={column.key}
              background={column.sticky ? 'neutral0' : undefined}
              style={column.sticky ? stickyStyle(column.sticky) : undefined}
            >
              {column.head ??
                (column.hidden ? (
                  <VisuallyHidden>{column.label}</VisuallyHidden>
                ) : (
                  <Typography variant="sigma">{column.label}</Typography>
                ))}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>{children}</Tbody>
    </Table>
  );
};
