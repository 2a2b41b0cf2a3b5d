import * as React from 'react';

import { Box, EmptyStateLayout, Flex, Typography } from '@strapi/design-system';

interface CampaignTableSectionProps {
  id: string;
  title: string;
  subtitle: string;
  isEmpty: boolean;
  emptyMessage: string;
  emptyAction?: React.ReactNode;
  children: React.ReactNode;
}

/** A titled block holding one campaign table, or an empty state that says what to do next. */
export const CampaignTableSection = ({
  id,
  title,
  subtitle,
  isEmpty,
  emptyMessage,
  emptyAction,
  children,
}: CampaignTableSectionProps) => (
  <Box tag="section" aria-labelledby={id}>
    <Flex direction="column" alignItems="flex-start" gap={1} paddingBottom={4}>
      <Typography id={id} tag="h2" variant="delta">
        {title}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {subtitle}
      </Typography>
    </Flex>
    {isEmpty ? (
      <EmptyStateLayout content={emptyMessage} action={emptyAction} shadow="filterShadow" hasRadius />
    ) : (
      children
    )}
  </Box>
);
