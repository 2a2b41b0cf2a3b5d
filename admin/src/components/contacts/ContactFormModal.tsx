import * as React from 'react';

import { Button, Flex, Grid, Modal, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { contactInputSchema, type Attribute, type Contact, type ContactInput } from '../../../../server/src/contracts';
import { toFieldErrors, type FieldErrors, type SubmitResult } from '../../utils/fieldErrors';
import { getTranslation } from '../../utils/getTranslation';
import { NUMBER_REASONS, numberReasonMessage } from '../../utils/phone';
import { TextField } from '../form/TextField';

import { AttributeInput, fromInputValue, toInputValue } from './AttributeInput';

interface ContactFormModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The directory's custom attributes (built-in ones are the fixed fields above them). */
  attributes: Attribute[];
  contact?: Contact | null;
  onSubmit: (input: ContactInput) => Promise<SubmitResult>;
}

type CoreField = 'phone' | 'firstName' | 'lastName' | 'email';

/** Adds one contact to the directory by hand, or edits one. */
export const ContactFormModal = ({ open, onOpenChange, attributes, contact, onSubmit }: ContactFormModalProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const custom = attributes.filter((attribute) => !attribute.builtIn);
  const [core, setCore] = React.useState<Record<CoreField, string>>({
    phone: '',
    firstName: '',
    lastName: '',
    email: '',
  });
  const [values, setValues] = React.useState<Record<string, string>>({});
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [isSubmitting, setIsSubmitting] = React.useState(false);

  React.useEffect(() => {
    if (!open) return;
    setCore({
      phone: contact?.phone ?? '',
      firstName: contact?.firstName ?? '',
      lastName: contact?.lastName ?? '',
      email: contact?.email ?? '',
    });
    setValues(Object.fromEntries(custom.map((a) => [a.variable, toInputValue(contact?.attributes?.[a.variable])])));
    setErrors({});
  }, [open, contact]); // The attributes are loaded before the modal can open.

  const clear = (key: string) => setErrors(({ [key]: _cleared, ...rest }) => rest);

  const coreError = (field: CoreField) => {
    const error = errors[field];
    if (!error) return undefined;
    if (field === 'phone') {
      return error in NUMBER_REASONS
        ? formatMessage(numberReasonMessage(error))
        : t('entryForm.phone.error', 'Enter a mobile number, e.g. 06 12 34 56 78 or +33 6 12 34 56 78.');
    }
    if (field === 'email') return t('contactForm.email.error', 'Enter an email address such as name@example.com.');
    return t('contactForm.name.error', 'Use at most 200 characters.');
  };

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const attributeValues: ContactInput['attributes'] = {};
    const nextErrors: FieldErrors = {};
    for (const attribute of custom) {
      const value = fromInputValue(attribute.type, values[attribute.variable] ?? '');
      if (value === undefined) nextErrors[`attr:${attribute.variable}`] = attribute.type;
      // An emptied value is sent as null so that editing can clear it; a new contact leaves it out.
      else if (value !== null || contact?.attributes?.[attribute.variable] != null)
        attributeValues[attribute.variable] = value;
    }
    const parsed = contactInputSchema.safeParse({
      phone: core.phone,
      firstName: core.firstName.trim() || undefined,
      lastName: core.lastName.trim() || undefined,
      email: core.email.trim(),
      attributes: attributeValues,
    });
    if (!parsed.success) Object.assign(nextErrors, toFieldErrors(parsed.error.issues));
    if (!parsed.success || Object.keys(nextErrors).length > 0) {
      setErrors(nextErrors);
      return;
    }
    setIsSubmitting(true);
    try {
      const result = await onSubmit(parsed.data);
      if (result.ok) onOpenChange(false);
      else if (result.fieldErrors) setErrors(result.fieldErrors);
    } finally {
      setIsSubmitting(false);
    }
  };

  const attributeError = (attribute: Attribute) => {
    const type = errors[`attr:${attribute.variable}`] ?? (errors.attributes ? attribute.type : undefined);
    if (!type) return undefined;
    if (type === 'integer') return t('contactForm.integer.error', 'Enter a whole number, e.g. 42.');
    if (type === 'date') return t('contactForm.date.error', 'Enter a date.');
    return t('contactForm.attribute.error', 'Check this value.');
  };

  const coreField = (field: CoreField, label: string, extra: { hint?: string; type?: string; required?: boolean }) => (
    <TextField
      name={field}
      label={label}
      value={core[field]}
      error={coreError(field)}
      onChange={(value) => {
        setCore((previous) => ({ ...previous, [field]: value }));
        clear(field);
      }}
      {...extra}
    />
  );

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={handleSubmit} noValidate>
          <Modal.Header closeLabel={t('common.close', 'Close')}>
            <Modal.Title>
              {contact ? t('contactForm.editTitle', 'Edit the contact') : t('contactForm.addTitle', 'Add a contact')}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Grid.Root gap={5}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {coreField('phone', t('entryForm.phone.label', 'Mobile number'), {
                    type: 'tel',
                    required: true,
                    hint: t(
                      'entryForm.phone.hint',
                      'National or international format: 06 12 34 56 78, +33 6 12 34 56 78.'
                    ),
                  })}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {coreField('email', t('contacts.table.email', 'Email'), { type: 'email' })}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {coreField('firstName', t('contacts.table.firstName', 'First name'), {})}
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  {coreField('lastName', t('contacts.table.lastName', 'Last name'), {})}
                </Grid.Item>
              </Grid.Root>
              {custom.length > 0 ? (
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h3">
                    {t('contactForm.attributes', 'Attributes')}
                  </Typography>
                  {custom.map((attribute) => (
                    <AttributeInput
                      key={attribute.id}
                      attribute={attribute}
                      value={values[attribute.variable] ?? ''}
                      error={attributeError(attribute)}
                      onChange={(value) => {
                        setValues((previous) => ({ ...previous, [attribute.variable]: value }));
                        clear(`attr:${attribute.variable}`);
                      }}
                    />
                  ))}
                </Flex>
              ) : null}
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('common.cancel', 'Cancel')}</Button>
            </Modal.Close>
            <Button type="submit" loading={isSubmitting}>
              {contact ? t('common.save', 'Save') : t('contactForm.add', 'Add the contact')}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
