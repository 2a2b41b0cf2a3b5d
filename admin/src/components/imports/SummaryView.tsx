import { Box, Button, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ContactImportSummary } from '../../../../server/src/core/csv/types';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { rejectionMessage } from '../../utils/importMessages';

interface SummaryViewProps {
  summary: ContactImportSummary;
  /** Absent when the user may not export personal data: the rejected rows hold numbers. */
  onDownloadRejected?: () => void;
}

const Figure = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <Box background={strong ? 'primary100' : 'neutral0'} padding={4} hasRadius shadow="filterShadow" height="100%">
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
      <Typography variant="alpha" tag="p" textColor={strong ? 'primary700' : 'neutral800'}>
        {value}
      </Typography>
    </Flex>
  </Box>
);

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box background="neutral0" padding={5} hasRadius shadow="filterShadow">
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h3">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

const CountRow = ({ label, count }: { label: string; count: string }) => (
  <Flex justifyContent="space-between" gap={4} tag="li">
    <Typography textColor="neutral800">{label}</Typography>
    <Typography fontWeight="bold" textColor="neutral800">
      {count}
    </Typography>
  </Flex>
);

/** Countries by imported contacts, most first, named in the admin's language. */
export const destinations = (byCountry: Record<string, number>, locale: string, nonGeographic: string) => {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  return Object.entries(byCountry)
    .filter(([, count]) => count > 0)
    .map(([code, count]) => ({ code, count, name: code ? (names.of(code) ?? code) : nonGeographic }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name));
};

/**
 * The seeds' "synthèse des contacts" before anything is written: rows read, valid and invalid
 * (by reason), duplicates removed, the final count, destinations, and the columns left empty.
 */
export const SummaryView = ({ summary, onDownloadRejected }: SummaryViewProps) => {
  const { formatMessage, formatNumber, locale } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const reasons = Object.entries(summary.invalidByReason)
    .filter(([reason, count]) => reason !== 'duplicate' && (count ?? 0) > 0)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  const countries = destinations(
    summary.byCountry,
    locale,
    t('import.summary.nonGeographic', 'Non-geographic numbers')
  );
  const phoneHeader = summary.headers[summary.phoneColumn];
  const emptyFields = Object.entries(summary.emptyFields).filter(([name, count]) => name !== phoneHeader && count > 0);
  const { tooFewCells, tooManyCells, exampleLines } = summary.ragged;
  const refused = Object.entries(summary.refusedByCountry ?? {})
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const known = summary.alreadyKnown;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Grid.Root gap={4}>
        {[
          { key: 'read', label: t('import.summary.rowsRead', 'Rows read'), value: summary.rowsRead },
          { key: 'valid', label: t('import.summary.valid', 'Valid numbers'), value: summary.valid },
          { key: 'invalid', label: t('import.summary.invalid', 'Invalid numbers'), value: summary.invalid },
          { key: 'duplicates', label: t('import.summary.duplicates', 'Duplicates removed'), value: summary.duplicates },
          { key: 'final', label: t('import.summary.final', 'Contacts to import'), value: summary.final, strong: true },
        ].map((figure) => (
          <Grid.Item key={figure.key} col={figure.strong ? 4 : 2} s={6} xs={12} direction="column" alignItems="stretch">
            <Figure label={figure.label} value={formatNumber(figure.value)} strong={figure.strong} />
          </Grid.Item>
        ))}
      </Grid.Root>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Section title={t('import.summary.invalidTitle', 'Invalid numbers')}>
            {reasons.length === 0 ? (
              <Typography textColor="neutral600">
                {t('import.summary.noInvalid', 'Every row holds a valid mobile number.')}
              </Typography>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
                {reasons.map(([reason, count]) => (
                  <CountRow
                    key={reason}
                    label={formatMessage(rejectionMessage(reason))}
                    count={formatNumber(count ?? 0)}
                  />
                ))}
              </Flex>
            )}
            {refused.length > 0 ? (
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography textColor="neutral800">
                  {t(
                    'import.summary.refusedDestinations',
                    'Refused destinations, not among your allowed ones: {countries}.',
                    {
                      countries: refused.map(([code, count]) => `${code} (${formatNumber(count)})`).join(', '),
                    }
                  )}
                </Typography>
                <Link tag={NavLink} to={`/settings/${PLUGIN_ID}`}>
                  {t('import.summary.refusedDestinations.link', 'Change the allowed destinations')}
                </Link>
              </Flex>
            ) : null}
            {onDownloadRejected && summary.invalid + summary.duplicates > 0 ? (
              <Box>
                <Button variant="secondary" startIcon={<Download />} onClick={onDownloadRejected}>
                  {t('import.summary.downloadRejected', 'Download the rejected rows')}
                </Button>
              </Box>
            ) : null}
          </Section>
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <Section title={t('import.summary.destinations', 'Destinations')}>
            {countries.length === 0 ? (
              <Typography textColor="neutral600">{t('import.summary.noDestination', 'No valid number.')}</Typography>
            ) : (
              <Flex
                direction="column"
                alignItems="stretch"
                gap={2}
                tag="ul"
                aria-label={t('import.summary.destinations', 'Destinations')}
              >
                {countries.map((country) => (
                  <CountRow key={country.code} label={country.name} count={formatNumber(country.count)} />
                ))}
              </Flex>
            )}
          </Section>
        </Grid.Item>
        {known ? (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Section title={t('import.summary.known', 'Numbers you already have')}>
              <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
                <CountRow
                  label={t('import.summary.known.directory', 'Already contacts of the directory')}
                  count={formatNumber(known.directory)}
                />
                <CountRow
                  label={t('import.summary.known.optOut', 'In the STOP list: never messaged by a marketing campaign')}
                  count={formatNumber(known.optOut)}
                />
                <CountRow
                  label={t('import.summary.known.exclusion', 'In an exclusion list')}
                  count={formatNumber(known.exclusion)}
                />
              </Flex>
            </Section>
          </Grid.Item>
        ) : null}
        {emptyFields.length > 0 ? (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Section title={t('import.summary.emptyFields', 'Fields with empty values')}>
              <Typography variant="pi" textColor="neutral600">
                {t(
                  'import.summary.emptyFields.hint',
                  'Contacts to import that have nothing in these columns. Give such fields a default value in the message, so that no text reads “Hello ,”.'
                )}
              </Typography>
              <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
                {emptyFields.map(([name, count]) => (
                  <CountRow key={name} label={name} count={formatNumber(count)} />
                ))}
              </Flex>
            </Section>
          </Grid.Item>
        ) : null}
        {tooFewCells + tooManyCells + summary.malformedQuotes > 0 ? (
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Section title={t('import.summary.fileNotes', 'About the file')}>
              <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
                {tooFewCells > 0 ? (
                  <Typography tag="li" textColor="neutral800">
                    {t(
                      'import.summary.tooFewCells',
                      '{count, plural, one {# row has} other {# rows have}} fewer cells than the header: the missing cells are imported empty.',
                      { count: tooFewCells }
                    )}
                  </Typography>
                ) : null}
                {tooManyCells > 0 ? (
                  <Typography tag="li" textColor="neutral800">
                    {t(
                      'import.summary.tooManyCells',
                      '{count, plural, one {# row has} other {# rows have}} more cells than the header: the extra cells are left out.',
                      { count: tooManyCells }
                    )}
                  </Typography>
                ) : null}
                {exampleLines.length > 0 && tooFewCells + tooManyCells > 0 ? (
                  <Typography tag="li" variant="pi" textColor="neutral600">
                    {t('import.summary.raggedLines', 'Lines concerned, for example: {lines}.', {
                      lines: exampleLines.map((line) => formatNumber(line)).join(', '),
                    })}
                  </Typography>
                ) : null}
                {summary.malformedQuotes > 0 ? (
                  <Typography tag="li" textColor="neutral800">
                    {t(
                      'import.summary.malformedQuotes',
                      '{count, plural, one {# row has} other {# rows have}} a misplaced or unclosed quote ("): check {count, plural, one {it} other {them}} in the rejected rows or in your spreadsheet.',
                      { count: summary.malformedQuotes }
                    )}
                  </Typography>
                ) : null}
              </Flex>
            </Section>
          </Grid.Item>
        ) : null}
      </Grid.Root>
    </Flex>
  );
};
