import * as React from 'react';

import { Field, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Attribute } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { RadioField } from '../form/RadioField';

type Value = string | number | boolean | null | undefined;

/** How a stored attribute value is shown in its input ('' when unset). */
export const toInputValue = (value: Value): string => (value === null || value === undefined ? '' : String(value));

/**
 * The value to store for what was typed: null when emptied, a whole number or a boolean for the
 * typed attributes, or `undefined` when the text is not a valid value of the attribute's type.
 */
export const fromInputValue = (type: Attribute['type'], text: string): Value => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (type === 'integer') return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
  if (type === 'boolean') return trimmed === 'true';
  if (type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : undefined;
  return trimmed;
};

interface AttributeInputProps {
  attribute: Attribute;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** One input per attribute type: text, whole number, date, or yes / no / not set. */
export const AttributeInput = ({ attribute, value, onChange, error }: AttributeInputProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  if (attribute.type === 'boolean') {
    return (
      <RadioField
        name={`attributes.${attribute.variable}`}
        label={attribute.name}
        value={value}
        onChange={onChange}
        error={error}
        options={[
          { value: 'true', label: t('common.yes', 'Yes') },
          { value: 'false', label: t('common.no', 'No') },
          { value: '', label: t('common.notSet', 'Not set') },
        ]}
      />
    );
  }
  return (
    <Field.Root name={`attributes.${attribute.variable}`} error={error}>
      <Field.Label>{attribute.name}</Field.Label>
      <TextInput
        type={attribute.type === 'date' ? 'date' : 'text'}
        inputMode={attribute.type === 'integer' ? 'numeric' : undefined}
        value={value}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        autoComplete="off"
        maxLength={1000}
      />
      <Field.Error />
    </Field.Root>
  );
};
