import { useIntl } from 'react-intl';

import { getImportError, IMPORT_ERROR_MESSAGES, importErrorValues } from '../utils/importMessages';

import { useErrorMessage } from './useErrorMessage';

/** An import problem in the user's words (what to do about it); any other error as usual. */
export const useImportErrorMessage = () => {
  const { formatMessage } = useIntl();
  const errorMessage = useErrorMessage();
  return (error: unknown): string => {
    const importError = getImportError(error);
    return importError
      ? formatMessage(IMPORT_ERROR_MESSAGES[importError.code], importErrorValues(importError.details))
      : errorMessage(error);
  };
};
