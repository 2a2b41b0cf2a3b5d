import * as React from 'react';

import { Button, Field, Flex, TextInput } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';
import { useSmsSenderError } from '../../settings/settingsErrors';

interface SenderFieldProps {
  value: string;
  onChange: (sender: string) => void;
  /** The account's short code, used when the sender is left empty. */
  shortCode: string;
  /** The sender of the plugin settings, offered in one click when the field is empty. */
  defaultSender: string;
  /** A refusal from the server, already translated. */
  error?: string;
}

/** Seed 001's "Émetteur": a brand name checked as it is typed, or empty for the short code. */
export const SenderField = ({ value, onChange, shortCode, defaultSender, error }: SenderFieldProps) => {
  const t = useT();
  const senderError = useSmsSenderError();
  const live = senderError(value);
  const isEmpty = value.trim() === '';

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root
        name="sender"
        error={live ?? error}
        hint={
          isEmpty
            ? t('editor.sender.hint.empty', 'Left empty, the SMS is sent from the short code {shortCode}.', {
                shortCode,
              })
            : t(
                'editor.sender.hint',
                'Up to 11 letters or digits, without accents or special characters, and not a phone number.'
              )
        }
      >
        <Field.Label>{t('editor.sender.label', 'Sender')}</Field.Label>
        <TextInput
          value={value}
          autoComplete="off"
          maxLength={20}
          placeholder={shortCode}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {isEmpty && defaultSender.trim() !== '' && defaultSender.trim() !== shortCode ? (
        <div>
          <Button variant="tertiary" size="S" onClick={() => onChange(defaultSender)}>
            {t('editor.sender.useDefault', 'Use the default sender {sender}', { sender: defaultSender })}
          </Button>
        </div>
      ) : null}
    </Flex>
  );
};
