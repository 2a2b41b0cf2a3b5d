import { act, fireEvent, screen } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { SearchField } from '../SearchField';

describe('SearchField', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const setup = (value = '') => {
    const onSearch = jest.fn();
    renderWithProviders(
      <SearchField value={value} onSearch={onSearch} label="Search a list" placeholder="Search" clearLabel="Clear" />
    );
    return { onSearch, input: screen.getByRole('searchbox', { name: 'Search a list' }) };
  };

  it('searches once typing pauses, not on every key', () => {
    const { onSearch, input } = setup();

    fireEvent.change(input, { target: { value: 'sal' } });
    act(() => jest.advanceTimersByTime(100));
    fireEvent.change(input, { target: { value: 'salon ' } });
    act(() => jest.advanceTimersByTime(299));
    expect(onSearch).not.toHaveBeenCalled();

    act(() => jest.advanceTimersByTime(1));
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenCalledWith('salon');
  });

  it('starts from the search in the URL and clears it at once', () => {
    const { onSearch, input } = setup('salon');

    expect(input).toHaveValue('salon');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    act(() => jest.advanceTimersByTime(0));

    expect(onSearch).toHaveBeenCalledWith('');
  });
});
