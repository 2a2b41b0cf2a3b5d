import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { MessageAnalysis } from '../../../../../server/src/core/analyze';
import { gsm7ReplacementFor } from '../../../../../server/src/core/replacements';
import { useT } from '../../../hooks/useT';

const Mark = styled.mark`
  background: ${({ theme }) => theme.colors.warning200};
  color: ${({ theme }) => theme.colors.neutral800};
  border-radius: 2px;
`;

const Excerpt = styled(Typography)`
  white-space: pre-wrap;
  word-break: break-word;
`;

interface NonGsmCharactersProps {
  /** The message as typed (with its STOP mention), analysed by core with the step's options. */
  text: string;
  analysis: MessageAnalysis;
  onReplace: (character: string) => void;
  onAllowUnicode: () => void;
}

/** A visible name for characters that print as nothing (no-break space, tab…). */
const visible = (character: string) =>
  /\s|\p{Cf}/u.test(character)
    ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : character;

/**
 * The characters that force UCS-2, highlighted in the text, each with a one-click fix: its GSM-7
 * stand-in from core's table, or UCS-2 for the whole message. When they are all replaced anyway
 * (the "replace" option), the user is only told what will be sent instead.
 */
export const NonGsmCharacters = ({ text, analysis, onReplace, onAllowUnicode }: NonGsmCharactersProps) => {
  const t = useT();
  if (analysis.nonGsmCharacters.length === 0) return null;

  if (analysis.encoding === 'GSM-7') {
    return (
      <Typography variant="pi" textColor="neutral600" data-testid="replacements">
        {t('editor.nonGsm.replaced', 'Sent in GSM-7 with replacements: {list}.', {
          list: analysis.replacements.map(({ from, to }) => `${visible(from)} → ${to === '' ? '∅' : to}`).join(', '),
        })}
      </Typography>
    );
  }

  const forcing = new Set(analysis.nonGsmCharacters);
  const parts: { text: string; marked: boolean }[] = [];
  for (const character of text.normalize('NFC')) {
    const marked = forcing.has(character);
    const last = parts[parts.length - 1];
    if (last && last.marked === marked && !marked) last.text += character;
    else parts.push({ text: character, marked });
  }

  return (
    <Box background={analysis.statusCode === 6 ? 'danger100' : 'warning100'} padding={4} hasRadius>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="omega" fontWeight="bold" role={analysis.statusCode === 6 ? 'alert' : undefined}>
          {analysis.statusCode === 6
            ? t(
                'editor.nonGsm.refused',
                'These characters need UCS-2, which is off: the message cannot be sent as it is. Replace them or allow UCS-2.'
              )
            : t('editor.nonGsm.ucs2', 'These characters make the message UCS-2: 70 characters per SMS instead of 160.')}
        </Typography>
        <Excerpt variant="pi" tag="p" data-testid="non-gsm-excerpt">
          {parts.map((part, i) => (part.marked ? <Mark key={i}>{part.text}</Mark> : part.text))}
        </Excerpt>
        <Flex gap={2} wrap="wrap">
          {analysis.nonGsmCharacters.map((character) => {
            const replacement = gsm7ReplacementFor(character);
            return replacement === undefined ? null : (
              <Button key={character} size="S" variant="secondary" onClick={() => onReplace(character)}>
                {t('editor.nonGsm.replace', 'Replace “{character}” by “{replacement}”', {
                  character: visible(character),
                  replacement,
                })}
              </Button>
            );
          })}
          {analysis.statusCode === 6 ? (
            <Button size="S" variant="tertiary" onClick={onAllowUnicode}>
              {t('editor.nonGsm.allowUnicode', 'Allow UCS-2')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
    </Box>
  );
};
