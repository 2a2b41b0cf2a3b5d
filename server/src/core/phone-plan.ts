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

export interface InternationalMatch {
  callingCode: string;
  nationalNumber: string;
  country: string;
  type: LibphonenumberType;
}

interface ForeignPlan extends CallingCodePlan {
  /** The national prefix libphonenumber strips (when the rest still fits the plan) even after +CC. */
  nationalPrefix: RegExp | undefined;
}

/** Metadata calls the public typings of libphonenumber-js/core omit. */
const lookup = new Metadata(metadataJson) as unknown as Metadata & {
  hasCallingCode(callingCode: string): boolean;
  nationalPrefixForParsing(): string | undefined;
};
// Compiled on first use: a list holds numbers of a handful of calling codes.
const foreignPlans = new Map<string, ForeignPlan | null>();

function foreignPlan(callingCode: string): ForeignPlan | null {
  let plan = foreignPlans.get(callingCode);
  if (plan === undefined) {
    const countries = (metadataJson.country_calling_codes as Record<string, string[] | undefined>)[callingCode];
    // Non-geographic codes (+800, +882…) have no country plan: libphonenumber handles them.
    if (countries === undefined) plan = null;
    else {
      lookup.selectNumberingPlan(callingCode as Parameters<Metadata['selectNumberingPlan']>[0]);
      const prefix = lookup.nationalPrefixForParsing();
      plan = { ...compileCallingCode(callingCode), nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined };
    }
    foreignPlans.set(callingCode, plan);
  }
  return plan;
}

/**
 * The digits of a `+` number read as libphonenumber reads them (the first 1–3 digits that are a
 * calling code, then the national number), when that reading is the plain one: a geographic code,
 * and no national prefix or carrier code to strip (their rules depend on lengths and patterns,
 * left to libphonenumber). Undefined when not certain or not valid.
 */
export function resolveInternational(digits: string): InternationalMatch | undefined {
  if (digits.charCodeAt(0) === 0x30) return undefined;
  for (let length = 1; length <= 3 && length <= digits.length; length++) {
    const callingCode = digits.slice(0, length);
    if (!lookup.hasCallingCode(callingCode)) continue;
    const plan = foreignPlan(callingCode);
    const nationalNumber = digits.slice(length);
    // libphonenumber's bounds on a national number (MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN).
    if (plan === null || nationalNumber.length < 2 || nationalNumber.length > 17) return undefined;
    if (plan.nationalPrefix?.test(nationalNumber)) return undefined;
    const found = plan.resolve(nationalNumber);
    return found && { callingCode, nationalNumber, ...found };
  }
  return undefined;
}
