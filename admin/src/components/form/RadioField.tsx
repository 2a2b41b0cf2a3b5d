import * as React from 'react';

import { Flex, Radio, Typography } from '@strapi/design-system';

interface RadioFieldProps<T extends string> {
  name: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
  hint?: React.ReactNode;
  error?: string;
  disabled?: boolean;
}

/** A labelled radio group with the hint and error placement of the design system's fields. */
export const RadioField = <T extends string>({
  name,
  label,
  value,
  options,
  onChange,
  hint,
  error,
  disabled,
}: RadioFieldProps<T>) => {
  const id = React.useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography id={`${id}-label`} variant="pi" fontWeight="bold" textColor="neutral800">
        {label}
      </Typography>
      <Radio.Group
        name={name}
        value={value}
        disabled={disabled}
        onValueChange={(next) => onChange(next as T)}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy || undefined}
      >
        {options.map((option) => (
          <Radio.Item key={option.value} value={option.value}>
            {option.label}
          </Radio.Item>
        ))}
      </Radio.Group>
      {hint ? (
        <Typography id={`${id}-hint`} variant="pi" textColor="neutral600">
          {hint}
        </Typography>
      ) : null}
      {error ? (
        <Typography id={`${id}-error`} variant="pi" textColor="danger600" role="alert">
          {error}
        </Typography>
      ) : null}
    </Flex>
  );
};
