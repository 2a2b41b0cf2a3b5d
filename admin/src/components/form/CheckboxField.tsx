import { Checkbox, Flex, Typography } from '@strapi/design-system';

interface CheckboxFieldProps {
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  /** What ticking it does, under the box. */
  hint: string;
}

/** A checkbox with its explanation below, spaced from the box. */
export const CheckboxField = ({ checked, disabled, onChange, label, hint }: CheckboxFieldProps) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Checkbox checked={checked} disabled={disabled} onCheckedChange={(value) => onChange(value === true)}>
      {label}
    </Checkbox>
    <Typography variant="pi" textColor="neutral600">
      {hint}
    </Typography>
  </Flex>
);
