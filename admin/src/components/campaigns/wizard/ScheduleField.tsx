import { Button, DatePicker, Field, Flex, TimePicker, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useT } from '../../../hooks/useT';
import { formatTimeZone } from '../../../utils/timeZones';
import { RadioField } from '../../form/RadioField';

import { isoToZoned, zonedToIso } from './zonedTime';

export interface Schedule {
  mode: 'now' | 'later';
  /** The instant chosen (ISO), or null while the date or time is missing or unreadable. */
  scheduledAt: string | null;
  /** What the pickers show, kept even when it does not form a date yet. */
  day: Date | undefined;
  time: string;
}

export const EMPTY_SCHEDULE: Schedule = { mode: 'now', scheduledAt: null, day: undefined, time: '' };

/** A schedule for an instant, as the pickers show it in the account's zone; null is "send now". */
export const scheduleOf = (instant: string | null, timeZone: string): Schedule => {
  if (!instant) return EMPTY_SCHEDULE;
  const zoned = isoToZoned(instant, timeZone);
  return {
    mode: 'later',
    scheduledAt: instant,
    day: new Date(zoned.year, zoned.month - 1, zoned.day),
    time: zoned.time,
  };
};

interface ScheduleFieldProps {
  value: Schedule;
  onChange: (value: Schedule) => void;
  timeZone: string;
  /** The server refused the date; `nextSlot` is the next opening of the sending hours. */
  refusal?: { message: string; nextSlot: string | null };
}

const withInstant = (schedule: Schedule, timeZone: string): Schedule => ({
  ...schedule,
  scheduledAt:
    schedule.day && schedule.time
      ? zonedToIso(
          {
            year: schedule.day.getFullYear(),
            month: schedule.day.getMonth() + 1,
            day: schedule.day.getDate(),
            time: schedule.time,
          },
          timeZone
        )
      : null,
});

/** Immediate or scheduled (seed 001, step 7): a day, a time in 15-minute steps or typed, in the account's zone. */
export const ScheduleField = ({ value, onChange, timeZone, refusal }: ScheduleFieldProps) => {
  const t = useT();
  const { formatDate } = useIntl();
  const set = (patch: Partial<Schedule>) => onChange(withInstant({ ...value, ...patch }, timeZone));
  const applySlot = (slot: string) => onChange(scheduleOf(slot, timeZone));
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <RadioField
        name="sendMode"
        label={t('wizard.schedule.label', 'When')}
        value={value.mode}
        onChange={(mode) => set({ mode })}
        options={[
          { value: 'now', label: t('wizard.schedule.now', 'Send now') },
          { value: 'later', label: t('wizard.schedule.later', 'Schedule for later') },
        ]}
        hint={
          value.mode === 'now'
            ? t(
                'wizard.schedule.now.hint',
                'A marketing campaign confirmed outside the sending hours waits for their next opening.'
              )
            : undefined
        }
      />
      {value.mode === 'later' ? (
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <Field.Root name="scheduledDay" required error={refusal?.message}>
            <Field.Label>{t('wizard.schedule.day', 'Day')}</Field.Label>
            <DatePicker
              value={value.day}
              onChange={(day: Date | undefined) => set({ day })}
              minDate={new Date()}
              clearLabel={t('wizard.schedule.clearDay', 'Clear the day')}
            />
            <Field.Error />
          </Field.Root>
          <Field.Root
            name="scheduledTime"
            required
            hint={t('wizard.schedule.timeZone', 'Time in {zone}', { zone: formatTimeZone(timeZone) })}
          >
            <Field.Label>{t('wizard.schedule.time', 'Time')}</Field.Label>
            <TimePicker
              value={value.time || undefined}
              onChange={(time?: string) => set({ time: time ?? '' })}
              step={15}
            />
            <Field.Hint />
          </Field.Root>
        </Flex>
      ) : null}
      {refusal?.nextSlot ? (
        <Flex gap={3} wrap="wrap">
          <Typography textColor="neutral700">
            {t('wizard.schedule.nextSlot', 'The next opening is {date}.', {
              date: formatDate(refusal.nextSlot, { dateStyle: 'full', timeStyle: 'short', timeZone }),
            })}
          </Typography>
          <Button variant="secondary" size="S" onClick={() => applySlot(refusal.nextSlot!)}>
            {t('wizard.schedule.useNextSlot', 'Use this slot')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
};
