import * as React from 'react';

import { EmptyStateLayout, Table, Tbody, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

export interface Column {
  key: string;
  label: string;
  /** Shown to screen readers only, e.g. the actions or selection column. */
  hidden?: boolean;
  head?: React.ReactNode;
}

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
            <Th key={column.key}>
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
