import * as React from 'react';

import { Box, Field, Flex, NumberInput, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { AudienceLine } from '../../../../../server/src/contracts/wizard';
import { PersonalisationError } from '../../../../../server/src/core/personalise';
import { useT } from '../../../hooks/useT';

import { linePreview, linkStandIn, longestPreview, type CounterInput } from './model';

const Phone = styled.div`
  width: 260px;
  min-height: 420px;
  border-radius: 32px;
  border: 10px solid ${({ theme }) => theme.colors.neutral800};
  background: ${({ theme }) => theme.colors.neutral100};
  padding: ${({ theme }) => theme.spaces[4]};
  display: flex;
  flex-direction: column;
  gap: ${({ theme }) => theme.spaces[3]};
`;

const Bubble = styled.div`
  align-self: flex-start;
  max-width: 100%;
  background: ${({ theme }) => theme.colors.neutral0};
  border-radius: 16px 16px 16px 4px;
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
  white-space: pre-wrap;
  word-break: break-word;
  font-size: ${({ theme }) => theme.fontSizes[1]};
  color: ${({ theme }) => theme.colors.neutral800};
`;

const Link = styled.span`
  color: ${({ theme }) => theme.colors.primary600};
  text-decoration: underline;
`;

interface PhonePreviewProps {
  input: CounterInput;
  /** What the recipient sees as the sender. */
  sender: string;
  /** Rows of the chosen lists, when known: the selector's upper bound. */
  total: number | null;
  fetchLine: (line: number) => Promise<AudienceLine>;
}

type Line = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; line: AudienceLine } | { status: 'error' };

/** Seed 001's phone: line 0 is the longest rendering (what the counter counts), line N the N-th row. */
export const PhonePreview = ({ input, sender, total, fetchLine }: PhonePreviewProps) => {
  const standIn = linkStandIn(input);
  const t = useT();
  const [lineNumber, setLineNumber] = React.useState(0);
  const [line, setLine] = React.useState<Line>({ status: 'idle' });
  const fetchRef = React.useRef(fetchLine);
  fetchRef.current = fetchLine;

  React.useEffect(() => {
    if (lineNumber === 0) {
      setLine({ status: 'idle' });
      return;
    }
    let current = true;
    setLine({ status: 'loading' });
    fetchRef.current(lineNumber).then(
      (answer) => current && setLine({ status: 'ready', line: answer }),
      () => current && setLine({ status: 'error' })
    );
    return () => {
      current = false;
    };
  }, [lineNumber]);

  let text: string | null = null;
  let problem: string | null = null;
  if (lineNumber === 0) text = longestPreview(input);
  else if (line.status === 'ready') {
    try {
      text = linePreview(input, line.line.fields);
    } catch (error) {
      if (!(error instanceof PersonalisationError)) throw error;
      problem = t('editor.preview.unknownField', 'This row has no field “{field}”: it would be refused (status 5).', {
        field: error.field,
      });
    }
  } else if (line.status === 'error') problem = t('editor.preview.lineError', 'This row could not be loaded.');

  const max = total ?? undefined;
  return (
    <Flex direction="column" alignItems="center" gap={3}>
      <Phone aria-label={t('editor.preview.label', 'Preview on a phone')} role="figure">
        <Typography variant="omega" fontWeight="bold" textAlign="center" data-testid="preview-sender">
          {sender}
        </Typography>
        {text !== null ? (
          <Bubble data-testid="preview-text">
            {text.split(standIn).map((part, i) => (
              <React.Fragment key={i}>
                {i > 0 ? <Link>{standIn}</Link> : null}
                {part}
              </React.Fragment>
            ))}
          </Bubble>
        ) : null}
        {line.status === 'loading' ? (
          <Typography variant="pi" textColor="neutral600">
            {t('editor.preview.loading', 'Loading the row…')}
          </Typography>
        ) : null}
        {problem ? (
          <Typography variant="pi" textColor="danger600" role="alert">
            {problem}
          </Typography>
        ) : null}
        {text !== null && text.includes(standIn) ? (
          <Typography variant="pi" textColor="neutral600">
            {t(
              'editor.preview.links',
              'Tracked links are shown at the length of their short link ({length} characters).',
              {
                length: standIn.length,
              }
            )}
          </Typography>
        ) : null}
        {line.status === 'ready' && line.line.number ? (
          <Typography variant="pi" textColor="neutral600">
            {t('editor.preview.number', 'To {number}', { number: line.line.number })}
          </Typography>
        ) : null}
      </Phone>
      <Box width="260px">
        <Field.Root
          name="previewLine"
          hint={
            lineNumber === 0
              ? t('editor.preview.longest', 'Line 0: the longest message, as the counter measures it.')
              : t('editor.preview.row', 'Row {line} of your lists, with the default values.', { line: lineNumber })
          }
        >
          <Field.Label>{t('editor.preview.line', 'Line of your lists')}</Field.Label>
          <NumberInput
            value={lineNumber}
            onValueChange={(next) => {
              const value = Math.max(0, Math.floor(next ?? 0));
              setLineNumber(max !== undefined ? Math.min(value, max) : value);
            }}
          />
          <Field.Hint />
        </Field.Root>
      </Box>
    </Flex>
  );
};
