import * as React from 'react';

import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import { MessageStep, type MessageStepProps, type MessageStepValue } from '../MessageStep';

import { emptyValue, SETTINGS } from './fixtures';

/** A parent that keeps the value, as the wizard does, and records every change. */
const Harness = ({
  initial,
  onValue,
  ...props
}: Partial<MessageStepProps> & {
  initial: MessageStepValue;
  onValue?: (value: MessageStepValue) => void;
}) => {
  const [value, setValue] = React.useState(initial);
  return (
    <MessageStep
      kind="marketing"
      audience={null}
      fetchLine={() => Promise.reject(new Error('no line'))}
      settings={SETTINGS}
      {...props}
      value={value}
      onChange={(next) => {
        setValue(next);
        onValue?.(next);
      }}
    />
  );
};

export const setup = (props: Partial<MessageStepProps> & { initial?: MessageStepValue } = {}) => {
  const onValue = jest.fn();
  const { initial = emptyValue(), ...rest } = props;
  const view = renderWithProviders(<Harness initial={initial} onValue={onValue} {...rest} />);
  const last = (): MessageStepValue => onValue.mock.calls[onValue.mock.calls.length - 1]![0];
  return { ...view, onValue, last };
};

export const messageBox = () => screen.getByRole('textbox', { name: /^Message/ }) as HTMLTextAreaElement;
