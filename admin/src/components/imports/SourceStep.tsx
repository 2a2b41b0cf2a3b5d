import * as React from 'react';

import { Box, Button, Field, Flex, Loader, Tabs, Textarea, Typography } from '@strapi/design-system';
import { Download, Upload } from '@strapi/icons';
import { useIntl } from 'react-intl';

import { formatFileSize } from '../../utils/fileSize';
import { getTranslation } from '../../utils/getTranslation';
import { downloadSampleCsv } from '../../utils/sampleCsv';

/** What the file picker offers; the server decides from the content, not from the name. */
export const ACCEPTED_FILES = '.csv,.txt,text/csv,text/plain';

interface SourceStepProps {
  /** The file being uploaded, shown with its size while the request runs. */
  uploading: File | null;
  isPasting: boolean;
  onFile: (file: File) => void;
  onPaste: (text: string) => void;
}

/** Step 1: a CSV/TXT file dropped or picked, or values pasted (the seeds' "liste de valeurs"). */
export const SourceStep = ({ uploading, isPasting, onFile, onPaste }: SourceStepProps) => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const [isOver, setIsOver] = React.useState(false);
  const [text, setText] = React.useState('');
  const [pasteError, setPasteError] = React.useState<string>();
  const busy = uploading !== null || isPasting;

  const handleDrop = (event: React.DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onFile(file);
  };

  return (
    <Tabs.Root defaultValue="file" disabled={busy}>
      <Tabs.List aria-label={t('import.source.label', 'Where the contacts come from')}>
        <Tabs.Trigger value="file">{t('import.source.file', 'A CSV or TXT file')}</Tabs.Trigger>
        <Tabs.Trigger value="paste">{t('import.source.paste', 'Paste values')}</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="file">
        <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
          <Box
            data-testid="import-dropzone"
            onDragOver={(event: React.DragEvent<HTMLDivElement>) => {
              event.preventDefault();
              setIsOver(true);
            }}
            onDragLeave={() => setIsOver(false)}
            onDrop={handleDrop}
            padding={8}
            hasRadius
            background={isOver ? 'primary100' : 'neutral100'}
            borderColor={isOver ? 'primary600' : 'neutral300'}
            borderStyle="dashed"
            borderWidth="1px"
          >
            <Flex direction="column" gap={3} alignItems="center">
              {uploading ? (
                <>
                  <Loader small>{t('import.source.uploading', 'Uploading…')}</Loader>
                  <Typography fontWeight="bold" textColor="neutral800">
                    {uploading.name}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t('import.source.uploadingSize', 'Uploading {size}…', {
                      size: formatFileSize(uploading.size, formatNumber),
                    })}
                  </Typography>
                </>
              ) : (
                <>
                  <Upload aria-hidden width="3.2rem" height="3.2rem" />
                  <Typography variant="delta" tag="p" textColor="neutral800">
                    {t('import.source.drop', 'Drop your file here')}
                  </Typography>
                  <Button variant="secondary" onClick={() => inputRef.current?.click()}>
                    {t('import.source.choose', 'Choose a file')}
                  </Button>
                  <Typography variant="pi" textColor="neutral600" textAlign="center">
                    {t(
                      'import.source.hint',
                      'A CSV or TXT file, one contact per row, separated by ; or , — the column of mobile numbers is best named PORTABLE, MOBILE, SMS or GSM. Other columns can personalise your messages.'
                    )}
                  </Typography>
                </>
              )}
            </Flex>
            <input
              ref={inputRef}
              type="file"
              accept={ACCEPTED_FILES}
              hidden
              aria-label={t('import.source.choose', 'Choose a file')}
              onChange={(event) => {
                const file = event.target.files?.[0];
                // Cleared so that choosing the same file again after an error fires a change.
                event.target.value = '';
                if (file) onFile(file);
              }}
            />
          </Box>
          <Flex justifyContent="center" paddingTop={4}>
            <Button
              variant="tertiary"
              startIcon={<Download />}
              onClick={() => downloadSampleCsv(locale, t('import.source.sample.fileName', 'sample-contacts.csv'))}
            >
              {t('import.source.sample', 'Download a sample file')}
            </Button>
          </Flex>
        </Box>
      </Tabs.Content>
      <Tabs.Content value="paste">
        <Box background="neutral0" padding={6} hasRadius shadow="filterShadow">
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!text.trim()) {
                setPasteError(t('import.paste.error', 'Paste or type at least one number.'));
                return;
              }
              onPaste(text);
            }}
          >
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Field.Root
                name="values"
                required
                error={pasteError}
                hint={t(
                  'import.paste.hint',
                  'One number per line, or separated by commas, semicolons or spaces, in national or international format.'
                )}
              >
                <Field.Label>{t('import.paste.label', 'Mobile numbers')}</Field.Label>
                <Textarea
                  value={text}
                  onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
                    setText(event.target.value);
                    setPasteError(undefined);
                  }}
                  rows={10}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Flex justifyContent="flex-end">
                <Button type="submit" loading={isPasting}>
                  {t('import.paste.submit', 'Continue')}
                </Button>
              </Flex>
            </Flex>
          </form>
        </Box>
      </Tabs.Content>
    </Tabs.Root>
  );
};
