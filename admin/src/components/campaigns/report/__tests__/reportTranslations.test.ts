import * as fs from 'fs';
import * as path from 'path';

import en from '../../../../translations/en.json';
import fr from '../../../../translations/fr.json';

const ADMIN_SRC = path.resolve(__dirname, '../../../..');
const REPORT_SOURCES = [
  path.join(ADMIN_SRC, 'pages', 'CampaignReportPage.tsx'),
  ...fs
    .readdirSync(path.resolve(__dirname, '..'))
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.resolve(__dirname, '..', name)),
];

/** `'report.figures.sent'` as written in a `t(…)` or `message(…)` call of the report's sources. */
const usedIds = () => {
  const ids = new Map<string, string>();
  for (const file of REPORT_SOURCES) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/['"](report\.[A-Za-z0-9_.-]+)['"]/g)) {
      ids.set(match[1], path.relative(ADMIN_SRC, file));
    }
  }
  return ids;
};

/** The names of an ICU message's arguments: `{rate} of sent` → `rate`. */
const argumentsOf = (text: string) => [...text.matchAll(/\{\s*([A-Za-z]+)\s*[,}]/g)].map((match) => match[1]).sort();

describe('report translations', () => {
  const ids = usedIds();

  it('Given the report page and its parts, the scan finds their message ids (the checks below are not empty)', () => {
    expect(ids.size).toBeGreaterThan(90);
    expect(ids.get('report.download')).toBe(path.join('pages', 'CampaignReportPage.tsx'));
  });

  it('Given every report. id the page uses, fr.json and en.json both have it', () => {
    const missing = [...ids].filter(([id]) => !(id in fr) || !(id in en)).map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
  });

  it('Given a report message with arguments, the French one uses the same arguments', () => {
    const english: Record<string, string> = en;
    const french: Record<string, string> = fr;
    const differing = Object.keys(english)
      .filter((key) => key.startsWith('report.'))
      .filter((key) => JSON.stringify(argumentsOf(english[key])) !== JSON.stringify(argumentsOf(french[key] ?? '')));
    expect(differing).toEqual([]);
  });
});
