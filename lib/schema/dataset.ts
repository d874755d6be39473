import { z } from "zod";
import { isPartialDate } from "./dates";
import { TIER_CODES } from "./tiers";

/**
 * A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD. Sources often give only a year or a
 * month; the data keeps that precision instead of inventing a day.
 */
const PartialDate = z
  .string()
  .refine(isPartialDate, { message: "must be a date as YYYY, YYYY-MM or YYYY-MM-DD" });

export const MAX_QUOTE_LENGTH = 300;

export const CountryKey = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code in upper case");
export const LeaderKey = z.string().regex(/^leader:[a-z0-9]+(-[a-z0-9]+)*$/, "must look like leader:<slug>");
export const EventKey = z.string().regex(/^event:[a-z0-9]+(-[a-z0-9]+)*$/, "must look like event:<slug>");
export const SourceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lower-case slug");

export const Citation = z
  .object({
    source: SourceId,
    quote: z
      .string()
      .refine((q) => q.trim().length > 0, "quote is empty")
      .refine((q) => q.length <= MAX_QUOTE_LENGTH, `quote is longer than ${MAX_QUOTE_LENGTH} characters`),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

const Citations = z.array(Citation).min(1, "needs at least one citation");

/**
 * What a source is: a government's own publication, a news outlet, an encyclopedia (the real Wikipedia
 * only, a last resort where no primary or news source gives the fact), or anything else.
 */
export const SOURCE_KINDS = ["official", "news", "encyclopedia", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const Source = z
  .object({
    id: SourceId,
    /** Optional: a source without a kind counts as primary or news, never as an encyclopedia. */
    kind: z.enum(SOURCE_KINDS).optional(),
    /** Null only for an article bundled with the project (its id starts with `seed-`); see lib/dataset/source-urls.ts. */
    url: z.url({ protocol: /^https?$/ }).nullable(),
    publisher: z.string().min(1),
    title: z.string().min(1).nullable(),
    published: PartialDate.nullable(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const TierStep = z
  .object({
    tier: z.enum(TIER_CODES),
    date: PartialDate,
    officialName: z.string().min(1).nullable(),
    /** The framework's name as Vietnamese sources write it; one of the step's citations must quote it. */
    officialNameVi: z.string().min(1).optional(),
    leaders: z.array(LeaderKey),
    event: EventKey.nullable(),
    /** A step to a lower tier must say so; otherwise validation treats it as a data error. */
    downgrade: z.boolean().optional(),
    citations: Citations,
    note: z.string().optional(),
    /** Our own Vietnamese rendering of `note`. */
    noteVi: z.string().optional(),
  })
  .strict();
export type TierStep = z.infer<typeof TierStep>;

/** Two sources that disagree: both kept, one used, the reason said. */
export const Disagreement = z
  .object({
    about: z.string().min(1),
    /** Our own Vietnamese rendering of `about` (required of the working data by a rule, not of old releases). */
    aboutVi: z.string().min(1).optional(),
    used: z.string().min(1),
    alternatives: z.array(z.object({ value: z.string().min(1), citations: Citations }).strict()).min(1),
    reason: z.string().min(1),
    /** Our own Vietnamese rendering of `reason` (dates written as Vietnamese pages write them). */
    reasonVi: z.string().min(1).optional(),
  })
  .strict();
export type Disagreement = z.infer<typeof Disagreement>;

export const Relationship = z
  .object({
    $schema: z.string().optional(),
    key: CountryKey,
    kind: z.enum(["country", "organisation"]),
    name: z.string().min(1),
    nameVi: z.string().min(1),
    region: z.string().min(1),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /**
     * When diplomatic relations began: `date` where a source dates their establishment; otherwise `existedBy`,
     * the earliest dated evidence that they were in place (an ambassador's credentials, a state visit), so the
     * country is counted from then and never earlier. Null only for an organisation.
     */
    relations: z
      .object({
        date: PartialDate.optional(),
        existedBy: PartialDate.optional(),
        citations: Citations,
        note: z.string().optional(),
        noteVi: z.string().optional(),
        /**
         * With `existedBy`: the id of an official total of relations, dated `existedBy`, whose count equals
         * every country the dataset does not date later, so this country must be among those counted.
         */
        countedIn: z.string().optional(),
      })
      .strict()
      .refine((r) => r.countedIn === undefined || r.existedBy !== undefined, {
        message: "`countedIn` is evidence for `existedBy`; it needs `existedBy`",
      })
      .refine((r) => (r.date === undefined) !== (r.existedBy === undefined), {
        message: "give either `date` (establishment) or `existedBy` (earliest evidence), not both or neither",
      })
      .nullable(),
    tiers: z.array(TierStep),
    disagreements: z.array(Disagreement).optional(),
  })
  .strict();
export type Relationship = z.infer<typeof Relationship>;

export const LEADER_ROLES = [
  "general-secretary",
  "president",
  "acting-president",
  "prime-minister",
  "na-chair",
  "foreign-minister",
  "acting-foreign-minister",
  "head-of-state",
  "head-of-government",
  "other",
] as const;

export const LeaderRole = z
  .object({
    role: z.enum(LEADER_ROLES),
    title: z.string().min(1),
    /** Our own Vietnamese rendering of `title`. */
    titleVi: z.string().min(1).optional(),
    from: PartialDate.nullable(),
    to: PartialDate.nullable(),
    citations: Citations,
  })
  .strict();
export type LeaderRole = z.infer<typeof LeaderRole>;

export const Leader = z
  .object({
    id: LeaderKey,
    name: z.string().min(1),
    nameVi: z.string().min(1).nullable(),
    country: CountryKey,
    roles: z.array(LeaderRole).min(1, "a leader needs at least one role"),
  })
  .strict();
export type Leader = z.infer<typeof Leader>;

export const EVENT_KINDS = [
  "state-visit",
  "official-visit",
  "visit",
  "summit",
  "call",
  "joint-statement",
  "resolution",
  "congress",
  "other",
] as const;

export const Event = z
  .object({
    id: EventKey,
    title: z.string().min(1),
    /** Our own Vietnamese rendering of `title`. */
    titleVi: z.string().min(1).optional(),
    kind: z.enum(EVENT_KINDS),
    date: PartialDate,
    endDate: PartialDate.nullable(),
    place: z.string().min(1).nullable(),
    countries: z.array(CountryKey),
    participants: z.array(LeaderKey),
    citations: Citations,
  })
  .strict();
export type Event = z.infer<typeof Event>;

/** What an official statement counts, so the reconciliation can count the same way. */
export const TOTAL_MEASURES = [
  "relations",
  "relationsUnMembers",
  "unMembersWithVietnam",
  "special",
  "comprehensive-strategic",
  "strategic",
  "comprehensive",
  "strategicOrAbove",
  "comprehensiveOrAbove",
  "strategicAndComprehensive",
  "frameworks",
] as const;
export type TotalMeasure = (typeof TOTAL_MEASURES)[number];

export const OfficialTotal = z
  .object({
    id: z.string().regex(/^total-[a-z0-9-]+$/, "must look like total-<slug>"),
    date: PartialDate,
    speaker: z.string().min(1).nullable(),
    counts: z.partialRecord(z.enum(TOTAL_MEASURES), z.number().int().nonnegative()),
    counting: z.string().min(1),
    citations: Citations,
    /**
     * For a count its quotes do not state in digits, words or as an ordinal: one sentence giving the
     * arithmetic from the quoted words ("three nations until then, plus South Korea: 3 + 1 = 4").
     */
    derivation: z.partialRecord(z.enum(TOTAL_MEASURES), z.string().min(1)).optional(),
    /** Why the dataset cannot match, when a statement is known to count differently or to be wrong. */
    expectedMismatch: z.string().optional(),
    /**
     * With `expectedMismatch`: for each measure the dataset does not reproduce, the largest gap between
     * the stated and the counted number the explanation accepts. A gap may shrink, never grow; a measure
     * without a bound must match.
     */
    mismatchBound: z.partialRecord(z.enum(TOTAL_MEASURES), z.number().int().positive()).optional(),
  })
  .strict();
export type OfficialTotal = z.infer<typeof OfficialTotal>;

export const LeadersFile = z.object({ $schema: z.string().optional(), leaders: z.array(Leader) }).strict();
export const EventsFile = z.object({ $schema: z.string().optional(), events: z.array(Event) }).strict();
export const SourcesFile = z.object({ $schema: z.string().optional(), sources: z.array(Source) }).strict();
export const TotalsFile = z
  .object({ $schema: z.string().optional(), totals: z.array(OfficialTotal) })
  .strict();

export interface Dataset {
  relationships: Relationship[];
  leaders: Leader[];
  events: Event[];
  sources: Source[];
  totals: OfficialTotal[];
}
