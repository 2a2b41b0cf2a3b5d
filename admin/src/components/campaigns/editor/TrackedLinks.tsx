import * as React from 'react';

import { Box, Button, Field, Flex, TextInput, Toggle, Typography } from '@strapi/design-system';

import type { AudienceField } from '../../../../../server/src/contracts/wizard';
import { DEFAULT_TRACKED_LINK_LENGTH } from '../../../../../server/src/core/counter';
import { useT } from '../../../hooks/useT';

import { LinkPreviewFields } from './LinkPreviewFields';
import { ImageLinkButton } from './MediaImagePicker';
import { addImageLink, detectUrls, trackUrl, untrackLink, type MessageStepValue, type TrackedLinkValue } from './model';

interface TrackedLinksProps {
  value: MessageStepValue;
  onChange: (value: MessageStepValue) => void;
  fields: readonly AudienceField[];
  error?: string;
  /** Characters each short link takes (the account's base); 19 when unknown. */
  linkLength?: number;
}

/** Seed 001's "Url" box: URLs typed in the message are offered tracking; tracked ones get their preview fields. */
export const TrackedLinks = ({ value, onChange, fields, error, linkLength }: TrackedLinksProps) => {
  const t = useT();
  const detected = detectUrls(value.message);
  const imageLink = <ImageLinkButton onChoose={(image) => onChange(addImageLink(value, image))} />;
  if (detected.length === 0 && value.trackedLinks.length === 0) return <div>{imageLink}</div>;

  const updateLink = (index: number, link: TrackedLinkValue) =>
    onChange({ ...value, trackedLinks: value.trackedLinks.map((item, i) => (i === index ? link : item)) });

  return (
    <Box background="neutral100" padding={4} hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('editor.links.title', 'Links')}
        </Typography>
        {error ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {error}
          </Typography>
        ) : null}
        {detected.length > 0 ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="pi" textColor="neutral600">
              {t(
                'editor.links.detected',
                'Your message holds links. Tracking shortens each one to {length} characters, different for each recipient, and counts its clicks.',
                { length: linkLength ?? DEFAULT_TRACKED_LINK_LENGTH }
              )}
            </Typography>
            {detected.map((url) => (
              <Flex key={`${url.start}-${url.url}`} gap={3} justifyContent="space-between" wrap="wrap">
                <Typography variant="omega" fontWeight="semiBold" style={{ wordBreak: 'break-all' }}>
                  {url.url}
                </Typography>
                <Button size="S" variant="secondary" onClick={() => onChange(trackUrl(value, url))}>
                  {t('editor.links.track', 'Track this link')}
                </Button>
              </Flex>
            ))}
          </Flex>
        ) : null}
        {value.trackedLinks.map((link, index) => {
          const token = `\${track_${index + 1}}`;
          const inMessage = value.message.includes(token);
          return (
            <Box key={index} background="neutral0" padding={4} hasRadius borderColor="neutral200">
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Flex justifyContent="space-between" gap={2} wrap="wrap">
                  <Typography variant="omega" fontWeight="bold">
                    {link.imageId
                      ? t('editor.links.imageLink.title', 'Image link {token}', { token })
                      : t('editor.links.tracked', 'Tracked link {token}', { token })}
                  </Typography>
                  <Button size="S" variant="tertiary" onClick={() => onChange(untrackLink(value, index))}>
                    {t('editor.links.untrack', 'Stop tracking')}
                  </Button>
                </Flex>
                {inMessage ? null : (
                  <Typography variant="pi" textColor="warning700">
                    {t(
                      'editor.links.notInMessage',
                      '{token} is no longer in the message: this link will not be sent.',
                      {
                        token,
                      }
                    )}
                  </Typography>
                )}
                {link.imageId ? (
                  <Typography variant="pi" textColor="neutral600" style={{ wordBreak: 'break-all' }}>
                    {t(
                      'editor.links.imageLink.hint',
                      'Opens {url} on a light page; each recipient gets their own short link and their clicks are counted.',
                      { url: link.url }
                    )}
                  </Typography>
                ) : (
                  <Field.Root
                    name={`link-${index + 1}-url`}
                    hint={t(
                      'editor.links.url.hint',
                      'It may end with a field, e.g. {example}, for a link of its own per recipient.',
                      { example: 'https://www.monsite.com/id=${ID}' }
                    )}
                  >
                    <Field.Label>{t('editor.links.url', 'Target address')}</Field.Label>
                    <TextInput
                      value={link.url}
                      maxLength={2000}
                      autoComplete="off"
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                        updateLink(index, { ...link, url: event.target.value })
                      }
                    />
                    <Field.Hint />
                  </Field.Root>
                )}
                {link.imageId ? null : (
                  <Field.Root
                    name={`link-${index + 1}-preview`}
                    hint={t(
                      'editor.links.preview.hint',
                      'An image, a title and a description shown with the link by Android’s Messages app.'
                    )}
                  >
                    <Field.Label>{t('editor.links.preview', 'Link preview')}</Field.Label>
                    <Toggle
                      checked={link.preview !== undefined}
                      onLabel={t('editor.options.on', 'Yes')}
                      offLabel={t('editor.options.off', 'No')}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                        updateLink(
                          index,
                          event.target.checked
                            ? { ...link, preview: { title: '', description: '' } }
                            : { url: link.url }
                        )
                      }
                    />
                    <Field.Hint />
                  </Field.Root>
                )}
                {link.preview && !link.imageId ? (
                  <LinkPreviewFields
                    index={index}
                    preview={link.preview}
                    onChange={(preview) => updateLink(index, { ...link, preview })}
                    fields={fields}
                    defaults={value.fieldDefaults}
                  />
                ) : null}
              </Flex>
            </Box>
          );
        })}
        <div>{imageLink}</div>
      </Flex>
    </Box>
  );
};
