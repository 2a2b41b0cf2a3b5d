import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/metadata.max.json';

/**
 * The French numbering plan, compiled once from libphonenumber's own metadata so that the fast
 * path of `normalizePhone` classifies numbers with exactly the rules libphonenumber applies
 * (same patterns, same order as its `getNumberType`), and follows every metadata update.
 */

/** libphonenumber's internal numbering-plan API; its public typings only expose a subset. */
interface NumberingPlanInternals {
  callingCode(): string;
  leadingDigits(): string | undefined;
  nationalNumberPattern(): string;
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

/** The line types libphonenumber knows, in the order its `getNumberType` tries them. */
export type LibphonenumberType =
  | 'FIXED_LINE'
  | 'FIXED_LINE_OR_MOBILE'
  | 'MOBILE'
  | 'PREMIUM_RATE'
  | 'TOLL_FREE'
  | 'SHARED_COST'
  | 'VOIP'
  | 'PERSONAL_NUMBER'
  | 'PAGER'
  | 'UAN'
  | 'VOICEMAIL';

const NON_FIXED_LINE_TYPES = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

interface TypeMatcher {
  pattern: RegExp;
  lengths: readonly number[] | undefined;
}

export interface CompiledPlan {
  country: string;
  callingCode: string;
  /** Metadata's leading digits that claim a number for this country among those sharing a code. */
  leadingDigits: RegExp | undefined;
  /** National significant number → its type, or undefined when the number is not valid. */
  classify(nationalNumber: string): LibphonenumberType | undefined;
}

const entirely = (pattern: string): RegExp => new RegExp(`^(?:${pattern})$`);

export function compilePlan(country: string): CompiledPlan {
  const metadata = new Metadata(metadataJson);
  metadata.selectNumberingPlan(country as Parameters<Metadata['selectNumberingPlan']>[0]);
  const plan = metadata.numberingPlan as unknown as NumberingPlanInternals;
  const matcher = (name: string): TypeMatcher | undefined => {
    const type = plan.type(name);
    const pattern = type?.pattern();
    return type && pattern ? { pattern: entirely(pattern), lengths: type.possibleLengths() } : undefined;
  };
  const matches = (m: TypeMatcher | undefined, nsn: string): boolean =>
    m !== undefined && (m.lengths === undefined || m.lengths.includes(nsn.length)) && m.pattern.test(nsn);

  const national = entirely(plan.nationalNumberPattern());
  const fixed = matcher('FIXED_LINE');
  const mobileType = plan.type('MOBILE');
  // An empty mobile pattern means "same as fixed line" in libphonenumber's metadata.
  const mobileSameAsFixed = mobileType === undefined || mobileType.pattern() === '';
  const others = NON_FIXED_LINE_TYPES.map((name) => [name, matcher(name)] as const).filter(
    (entry): entry is readonly [(typeof NON_FIXED_LINE_TYPES)[number], TypeMatcher] => entry[1] !== undefined
  );
  const mobile = others.find(([name]) => name === 'MOBILE')?.[1];

  const leadingDigits = plan.leadingDigits();
  return {
    country,
    callingCode: plan.callingCode(),
    leadingDigits: leadingDigits ? new RegExp(`^(?:${leadingDigits})`) : undefined,
    classify(nsn: string): LibphonenumberType | undefined {
      if (!national.test(nsn)) return undefined;
      if (matches(fixed, nsn)) {
        return mobileSameAsFixed || matches(mobile, nsn) ? 'FIXED_LINE_OR_MOBILE' : 'FIXED_LINE';
      }
      for (const [name, m] of others) if (matches(m, nsn)) return name;
      return undefined;
    },
  };
}

export interface CallingCodePlan {
  callingCode: string;
  /** The country and type libphonenumber gives `+<callingCode><nsn>`, or undefined if invalid. */
  resolve(nationalNumber: string): { country: string; type: LibphonenumberType } | undefined;
}

/**
 * All countries sharing a calling code (+590: GP, BL, MF; +262: RE, YT), resolved the way
 * libphonenumber's getCountryByNationalNumber does: in metadata order, the first country whose
 * leading digits match, else the first country where the number has a type.
 */
export function compileCallingCode(callingCode: string): CallingCodePlan {
  const countries = (metadataJson.country_calling_codes as Record<string, string[]>)[callingCode];
  if (!countries || countries.length === 0) throw new RangeError(`unknown calling code ${callingCode}`);
  const plans = countries.map(compilePlan);
  return {
    callingCode,
    resolve(nsn: string) {
      let chosen: CompiledPlan | undefined;
      if (plans.length === 1) chosen = plans[0];
      else {
        for (const plan of plans) {
          if (plan.leadingDigits ? plan.leadingDigits.test(nsn) : plan.classify(nsn) !== undefined) {
            chosen = plan;
            break;
          }
        }
      }
      const type = chosen?.classify(nsn);
      return chosen && type ? { country: chosen.country, type } : undefined;
    },
  };
}
