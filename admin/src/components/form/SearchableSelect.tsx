import * as React from 'react';

import { Combobox, ComboboxOption } from '@strapi/design-system';

export interface SearchableOption {
  value: string;
  label: string;
}

interface SearchableSelectProps {
  value: string;
  options: ReadonlyArray<SearchableOption>;
  onChange: (value: string) => void;
  placeholder: string;
  noOptionsMessage: string;
  disabled?: boolean;
}

/**
 * A required choice in a long list (time zones, countries) that the user can filter by typing.
 * The design system's combobox finds the text to show among its rendered options, and lists of
 * hundreds of options are slow to render: so the text is kept here, and the options are only
 * rendered while the list is open.
 */
export const SearchableSelect = ({
  value,
  options,
  onChange,
  placeholder,
  noOptionsMessage,
  disabled,
}: SearchableSelectProps) => {
  const labelOf = React.useCallback(
    (optionValue: string) => options.find((option) => option.value === optionValue)?.label ?? optionValue,
    [options]
  );
  const [text, setText] = React.useState(() => labelOf(value));
  const [isOpen, setIsOpen] = React.useState(false);
  const shown = isOpen ? options : options.filter((option) => option.value === value);

  React.useEffect(() => {
    setText(labelOf(value));
  }, [value, labelOf]);

  return (
    <Combobox
      value={value}
      textValue={text}
      onTextValueChange={setText}
      open={isOpen}
      onOpenChange={setIsOpen}
      onChange={(next?: string) => {
        // Leaving the field with an unmatched text clears the selection: keep the saved value instead.
        if (next) onChange(next);
        else setText(labelOf(value));
      }}
      disabled={disabled}
      autocomplete={{ type: 'list', filter: 'contains' }}
      placeholder={placeholder}
      noOptionsMessage={() => noOptionsMessage}
    >
      {shown.map((option) => (
        <ComboboxOption key={option.value} value={option.value}>
          {option.label}
        </ComboboxOption>
      ))}
    </Combobox>
  );
};
