import { describeConfiguredWindow } from '../configuredWindow';

const window = {
  days: {
    '1': [
      ['09:00', '12:30'],
      ['14:00', '19:00'],
    ] as [string, string][],
    '2': [
      ['09:00', '12:30'],
      ['14:00', '19:00'],
    ] as [string, string][],
    '3': [
      ['09:00', '12:30'],
      ['14:00', '19:00'],
    ] as [string, string][],
    '5': [
      ['09:00', '12:30'],
      ['14:00', '19:00'],
    ] as [string, string][],
    '6': [['09:00', '12:00']] as [string, string][],
  },
  excludeHolidays: true,
};

describe('Given a sending window set in the host config', () => {
  it('puts consecutive days with the same hours together, in English', () => {
    expect(describeConfiguredWindow(window, 'en')).toBe(
      'Monday – Wednesday 09:00–12:30, 14:00–19:00 · Friday 09:00–12:30, 14:00–19:00 · Saturday 09:00–12:00'
    );
  });

  it('names the days in French for a French admin', () => {
    expect(describeConfiguredWindow(window, 'fr')).toBe(
      'lundi – mercredi 09:00–12:30, 14:00–19:00 · vendredi 09:00–12:30, 14:00–19:00 · samedi 09:00–12:00'
    );
  });

  it('is empty when no day has hours', () => {
    expect(describeConfiguredWindow({ days: {}, excludeHolidays: false }, 'en')).toBe('');
  });
});
