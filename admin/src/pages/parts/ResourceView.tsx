import * as React from 'react';

import { Button } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { useErrorMessage } from '../../hooks/useErrorMessage';
import type { Resource } from '../../hooks/useResource';
import { getTranslation } from '../../utils/getTranslation';

/**
 * The loading screen, then the page's content; an error without data shows what went wrong and a
 * retry. A failed refresh keeps the last good data on screen.
 */
export const ResourceView = <T,>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => React.ReactNode;
}) => {
  const { formatMessage } = useIntl();
  const errorMessage = useErrorMessage();
  if (resource.isLoading) return <Page.Loading />;
  if (resource.data === undefined) {
    return (
      <Page.Error
        content={errorMessage(resource.error)}
        action={
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => void resource.refetch()}>
            {formatMessage({ id: getTranslation('common.retry'), defaultMessage: 'Try again' })}
          </Button>
        }
      />
    );
  }
  return <>{children(resource.data)}</>;
};
