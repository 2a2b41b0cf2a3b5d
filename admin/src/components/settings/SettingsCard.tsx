import * as React from 'react';

import { Box, Flex, Grid, Typography } from '@strapi/design-system';

interface SettingsCardProps {
  title: string;
  description?: string;
  children: React.ReactNode;
}

/** A white card with a heading, as Strapi's own settings pages group their fields. */
export const SettingsCard = ({ title, description, children }: SettingsCardProps) => {
  const id = React.useId();
  return (
    <Box tag="section" aria-labelledby={id} background="neutral0" hasRadius shadow="filterShadow" padding={6}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography id={id} tag="h2" variant="delta">
            {title}
          </Typography>
          {description ? (
            <Typography variant="pi" textColor="neutral600">
              {description}
            </Typography>
          ) : null}
        </Flex>
        <Grid.Root gap={5}>{children}</Grid.Root>
      </Flex>
    </Box>
  );
};

/** Half a row on wide screens, a full row on small ones. */
export const SettingsCell = ({ children, full = false }: { children: React.ReactNode; full?: boolean }) => (
  <Grid.Item col={full ? 12 : 6} s={12} direction="column" alignItems="stretch">
    {children}
  </Grid.Item>
);
