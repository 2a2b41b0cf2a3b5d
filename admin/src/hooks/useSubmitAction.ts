import { useNotification } from '@strapi/strapi/admin';

import { getServerFieldErrors, type SubmitResult } from '../utils/fieldErrors';
import { getNumberReason } from '../utils/phone';

import { useErrorMessage } from './useErrorMessage';

/**
 * Runs a request for a form: field errors go back to the form to be shown next to their fields;
 * any other failure is told in a notification, and success too when a message is given.
 */
export const useSubmitAction = () => {
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();

  /** `numberField`: the form field a rejected phone number's reason code belongs to. */
  return async (
    action: () => Promise<unknown>,
    { success, numberField }: { success?: string; numberField?: string } = {}
  ): Promise<SubmitResult> => {
    try {
      await action();
      if (success) toggleNotification({ type: 'success', message: success });
      return { ok: true };
    } catch (error) {
      const reason = numberField ? getNumberReason(error) : null;
      if (numberField && reason) return { ok: false, fieldErrors: { [numberField]: reason } };
      const fieldErrors = getServerFieldErrors(error);
      if (fieldErrors) return { ok: false, fieldErrors };
      toggleNotification({ type: 'danger', message: errorMessage(error) });
      return { ok: false };
    }
  };
};
