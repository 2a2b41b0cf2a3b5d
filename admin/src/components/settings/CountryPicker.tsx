import * as React from 'react';

import { Combobox, ComboboxOption, Flex, Tag } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { formatCountry, type CountryOption } from '../../utils/countries';
import { getTranslation } from '../../utils/getTranslation';

interface CountryPickerProps {
  value: string[];
  options: CountryOption[];
  onChange: (codes: string[]) => void;
  disabled?: boolean;
}

/**
 * A searchable list to add countries, and the chosen ones as removable tags: easier than a
 * 245-entry multi-select. Must be rendered inside a `Field.Root` that labels it.
 */
export const CountryPicker = ({ value, options, onChange, disabled }: CountryPickerProps) => {
  const { formatMessage } = useIntl();
  const [text, setText] = React.useState('');
  // After a pick the combobox writes the picked label into the input; the next text change is
  // swallowed so the input is empty and ready for another country.
  const justPicked = React.useRef(false);
  const byCode = React.useMemo(() => new Map(options.map((option) => [option.code, option])), [options]);
  const available = options.filter((option) => !value.includes(option.code));

  const add = (code?: string) => {
    if (!code) return;
    if (!value.includes(code)) onChange([...value, code].sort());
    justPicked.current = true;
    setText('');
  };

  const handleTextChange = (next: string) => {
    setText(justPicked.current ? '' : next);
    justPicked.current = false;
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Combobox
        value=""
        textValue={text}
        onTextValueChange={handleTextChange}
        onChange={add}
        disabled={disabled}
        autocomplete={{ type: 'list', filter: 'contains' }}
        placeholder={formatMessage({
          id: getTranslation('settings.allowedCountries.add'),
          defaultMessage: 'Type a country to add it',
        })}
        noOptionsMessage={() =>
          formatMessage({ id: getTranslation('settings.countries.noMatch'), defaultMessage: 'No country matches' })
        }
      >
        {available.map((option) => (
          <ComboboxOption key={option.code} value={option.code}>
            {formatCountry(option)}
          </ComboboxOption>
        ))}
      </Combobox>
      {value.length > 0 ? (
        <Flex tag="ul" gap={2} wrap="wrap">
          {value.map((code) => {
            const option = byCode.get(code);
            const name = option ? option.name : code;
            return (
              <li key={code}>
                <Tag
                  icon={<Cross aria-hidden />}
                  disabled={disabled}
                  label={formatMessage(
                    { id: getTranslation('settings.allowedCountries.remove'), defaultMessage: 'Remove {country}' },
                    { country: name }
                  )}
                  onClick={() => onChange(value.filter((other) => other !== code))}
                >
                  {option ? formatCountry(option) : code}
                </Tag>
              </li>
            );
          })}
        </Flex>
      ) : null}
    </Flex>
  );
};
