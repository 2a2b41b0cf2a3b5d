import * as React from 'react';

import { Box, Searchbar } from '@strapi/design-system';

interface SearchFieldProps {
  /** The search in effect (from the URL): the field starts from it and follows it. */
  value: string;
  onSearch: (value: string) => void;
  label: string;
  placeholder: string;
  clearLabel: string;
  /** Typing pauses this long before searching, so one search runs per word rather than per key. */
  delay?: number;
}

export const SearchField = ({ value, onSearch, label, placeholder, clearLabel, delay = 300 }: SearchFieldProps) => {
  const [text, setText] = React.useState(value);
  const onSearchRef = React.useRef(onSearch);
  onSearchRef.current = onSearch;
  const timer = React.useRef<ReturnType<typeof setTimeout>>();

  React.useEffect(() => setText(value), [value]);
  React.useEffect(() => () => clearTimeout(timer.current), []);

  const schedule = (next: string, wait: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (next.trim() !== value) onSearchRef.current(next.trim());
    }, wait);
  };

  // Wide enough for the longest placeholder (French ones run to 40 characters): a search field
  // sized to its content cut "Rechercher une liste par son nom" short.
  return (
    <Box width="40rem" maxWidth="100%">
      <Searchbar
        name="search"
        value={text}
        placeholder={placeholder}
        clearLabel={clearLabel}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
          setText(event.target.value);
          schedule(event.target.value, delay);
        }}
        onClear={() => {
          setText('');
          schedule('', 0);
        }}
        onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') schedule(text, 0);
        }}
      >
        {label}
      </Searchbar>
    </Box>
  );
};
