import * as React from 'react';

import { fireEvent, screen } from '@testing-library/react';

import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import { DescriptionStep } from '../DescriptionStep';
import { EMPTY_DRAFT, type WizardDraft } from '../draft';
import { WizardStepper } from '../WizardStepper';

describe('WizardStepper', () => {
  it('Given the recipients step, Then the four steps show in order, the current one marked and later ones closed', () => {
    const onOpen = jest.fn();
    renderWithProviders(
      <WizardStepper current="recipients" canOpen={(step) => step !== 'message' && step !== 'send'} onOpen={onOpen} />
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace('›', ''))).toEqual([
      'Description',
      '2Recipients',
      '3Message',
      '4Test and send',
    ]);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: /Test and send/ })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: /Description/ }));
    expect(onOpen).toHaveBeenCalledWith('description');
  });

  it('Given French, Then the steps use the seeds’ words', () => {
    renderWithProviders(<WizardStepper current="send" canOpen={() => true} onOpen={jest.fn()} />, { locale: 'fr' });
    expect(screen.getByText('Destinataires')).toBeInTheDocument();
    expect(screen.getByText('Test et envoi')).toBeInTheDocument();
  });
});

describe('DescriptionStep', () => {
  it('Given a marketing draft, Then only SMS can be chosen and voicemail drops are said to have their own wizard', () => {
    renderWithProviders(<DescriptionStep value={EMPTY_DRAFT} onChange={jest.fn()} errors={{}} />);
    expect(screen.getAllByRole('radio', { name: /SMS|Voicemail/ })).toHaveLength(1);
    expect(screen.getByText(/Voicemail drops .* have their own wizard/)).toBeInTheDocument();
    expect(screen.queryByText(/must not carry any commercial message/)).not.toBeInTheDocument();
  });

  it('Given the user picks Notification, Then the change is reported and the screen warns against commercial content', () => {
    const onChange = jest.fn();
    const Harness = () => {
      const [value, setValue] = React.useState<WizardDraft>(EMPTY_DRAFT);
      return (
        <DescriptionStep
          value={value}
          onChange={(patch) => {
            onChange(patch);
            setValue((previous) => ({ ...previous, ...patch }));
          }}
          errors={{}}
        />
      );
    };
    renderWithProviders(<Harness />);
    expect(screen.queryByText(/must not carry any commercial message/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Notification' }));
    expect(onChange).toHaveBeenCalledWith({ kind: 'notification' });
    expect(screen.getByText(/must not carry any commercial message/)).toBeInTheDocument();
    expect(screen.getByText(/no STOP mention and ignores the sending hours/)).toBeInTheDocument();
  });

  it('Given a refusal of the server on the name, Then it shows next to the field', () => {
    renderWithProviders(
      <DescriptionStep value={EMPTY_DRAFT} onChange={jest.fn()} errors={{ name: 'Give the campaign a name.' }} />
    );
    expect(screen.getByText('Give the campaign a name.')).toBeInTheDocument();
  });
});
