import { useIntl } from 'react-intl';

import { getTranslation } from '../utils/getTranslation';

type Values = Record<string, string | number>;

/** `t(id, defaultMessage, values)`: a plugin message, with its English default. */
export const useT = () => {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Values) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
};
