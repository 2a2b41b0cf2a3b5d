import { ProgressBar } from '@strapi/design-system';

interface LabelledProgressBarProps {
  /** 0–100. */
  value: number;
  /** What the bar measures, read by assistive technology. */
  label: string;
  /** The progress in words ("1,200 of 5,000 rows written"), when it says more than the percentage. */
  valueText?: string;
  size?: 'S' | 'M';
}

/**
 * The design system's ProgressBar draws `value` but does not pass it to the progressbar role: this
 * one does, with its label, so that every bar of the plugin is announced the same way.
 */
export const LabelledProgressBar = ({ value, label, valueText, size = 'M' }: LabelledProgressBarProps) => (
  <ProgressBar
    value={value}
    size={size}
    aria-label={label}
    aria-valuenow={value}
    {...(valueText ? { 'aria-valuetext': valueText } : {})}
  />
);
