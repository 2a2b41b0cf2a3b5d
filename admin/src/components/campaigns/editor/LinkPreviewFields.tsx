import * as React from 'react';

import { Box, Field, Flex, MenuItem, SimpleMenu, TextInput, Typography } from '@strapi/design-system';

import type { AudienceField } from '../../../../../server/src/contracts/wizard';
import { useT } from '../../../hooks/useT';

import { MediaImagePicker } from './MediaImagePicker';
import { fieldNameOf, fieldToken, previewTextLength, type TrackedLinkValue } from './model';

type Preview = NonNullable<TrackedLinkValue['preview']>;

interface LinkPreviewFieldsProps {
  index: number;
  preview: Preview;
  onChange: (preview: Preview) => void;
  fields: readonly AudienceField[];
  defaults: Record<string, string>;
}

interface PersonalisedInputProps {
  name: string;
  label: string;
  value: string;
  limit: number;
  onChange: (value: string) => void;
  fields: readonly AudienceField[];
  defaults: Record<string, string>;
}

/** A title or description: required, at most `limit` characters once personalised at its longest. */
const PersonalisedInput = ({ name, label, value, limit, onChange, fields, defaults }: PersonalisedInputProps) => {
  const t = useT();
  const inputRef = React.useRef<HTMLInputElement>(null);
  const length = previewTextLength(value, fields, defaults);
  const error =
    value.trim() === ''
      ? t('editor.links.preview.required', 'Required when the link preview is on.')
      : length > limit
        ? t('editor.links.preview.tooLong', 'At most {limit} characters, fields at their longest value.', { limit })
        : undefined;

  const insert = (field: string) => {
    const input = inputRef.current;
    const start = input?.selectionStart ?? value.length;
    const end = input?.selectionEnd ?? start;
    onChange(value.slice(0, start) + fieldToken(field) + value.slice(end));
  };

  return (
    <Field.Root name={name} error={error} required>
      <Flex justifyContent="space-between">
        <Field.Label>{label}</Field.Label>
        <Typography variant="pi" textColor={length > limit ? 'danger600' : 'neutral600'} data-testid={`${name}-count`}>
          {t('editor.links.preview.count', '{length}/{limit}', { length, limit })}
        </Typography>
      </Flex>
      <Flex gap={2}>
        <Box flex="1">
          <TextInput
            ref={inputRef}
            value={value}
            maxLength={limit * 4}
            autoComplete="off"
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          />
        </Box>
        {fields.length > 0 ? (
          <SimpleMenu label={t('editor.links.preview.insertField', 'Insert a field')} variant="tertiary">
            {fields.map((field) => {
              const fieldName = fieldNameOf(field);
              return (
                <MenuItem key={fieldName} onSelect={() => insert(fieldName)}>
                  {fieldName}
                </MenuItem>
              );
            })}
          </SimpleMenu>
        ) : null}
      </Flex>
      <Field.Error />
    </Field.Root>
  );
};

/** Seed 001's "Prévisualisation URL": image, title ≤ 40, description ≤ 80, personalisable (Android Messages). */
export const LinkPreviewFields = ({ index, preview, onChange, fields, defaults }: LinkPreviewFieldsProps) => {
  const t = useT();
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <MediaImagePicker imageId={preview.imageId} onChange={(imageId) => onChange({ ...preview, imageId })} />
      <PersonalisedInput
        name={`link-${index + 1}-title`}
        label={t('editor.links.preview.title', 'Title')}
        value={preview.title ?? ''}
        limit={40}
        onChange={(title) => onChange({ ...preview, title })}
        fields={fields}
        defaults={defaults}
      />
      <PersonalisedInput
        name={`link-${index + 1}-description`}
        label={t('editor.links.preview.description', 'Description')}
        value={preview.description ?? ''}
        limit={80}
        onChange={(description) => onChange({ ...preview, description })}
        fields={fields}
        defaults={defaults}
      />
    </Flex>
  );
};
