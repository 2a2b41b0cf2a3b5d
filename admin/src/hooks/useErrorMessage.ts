import { isFetchError, useAPIErrorHandler } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { ZodError } from 'zod';

import { getTranslation } from '../utils/getTranslation';
import { getListErrorMessage } from '../utils/listMessages';

/** Turns whatever a request threw into one sentence a user can read in a notification. */
export const useErrorMessage = () => {
  const { formatMessage } = useIntl();
  const { formatAPIError } = useAPIErrorHandler();

  return (error: unknown): string => {
    if (isFetchError(error)) {
      const known = getListErrorMessage(error);
      return known ? formatMessage(known.descriptor, known.values) : formatAPIError(error);
    }
    if (error instanceof ZodError) {
      return formatMessage({
        id: getTranslation('error.unexpectedResponse'),
        defaultMessage:
          'The server sent an answer this page does not understand. Check that the plugin versions of the admin and the server match.',
      });
    }
    return formatMessage({
      id: getTranslation('error.generic'),
      defaultMessage: 'Something went wrong. Check your connection and try again.',
    });
  };
};
