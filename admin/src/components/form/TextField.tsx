import * as React from 'react';

import { Field, TextInput } from '@strapi/design-system';

interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: string;
  required?: boolean;
  maxLength?: number;
}

/** A labelled text input with its hint and error, as the design system lays fields out. */
export const TextField = ({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  type,
  required,
  maxLength = 200,
}: TextFieldProps) => (
  <Field.Root name={name} required={required} error={error} hint={hint}>
    <Field.Label>{label}</Field.Label>
    <TextInput
      type={type}
      value={value}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      autoComplete="off"
      maxLength={maxLength}
    />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
