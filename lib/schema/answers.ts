import { z } from "zod";
import type { CountryNodeAttributes, HomeNodeAttributes, LeaderNodeAttributes } from "@/lib/graph/as-of";
import type { Involvement } from "@/lib/graph/network";
import type { ChangeRow } from "@/lib/views/changes";
import type { ResolvedCitation } from "@/lib/views/citations";
import type { Comparison } from "@/lib/views/compare";
import type { CountryDetails } from "@/lib/views/country-details";
import type { LeaderLinks } from "@/lib/views/payload";
import { SOURCE_KINDS } from "./dataset";
import { TIER_CODES } from "./tiers";

/**
 * The shapes of the API's JSON answers, as zod schemas: the OpenAPI document is generated from them, and the
 * compile-time checks at the end fail the build when a view's type and its published schema part ways.
 */

const Tier = z.enum(TIER_CODES);
const Precision = z.enum(["day", "month", "year"]);
const PartnerKind = z.enum(["country", "organisation"]);

/** The contract's error body: one readable sentence, and every problem with the parameter it concerns. */
export const ErrorBody = z.object({
  error: z.string(),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export const BadRequestBody = ErrorBody.required({ issues: true });

export const ResolvedCitationSchema = z.object({
  quote: z.string(),
  url: z.string().nullable(),
  publisher: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS).nullable(),
});

const LeaderRef = z.object({
  id: z.string(),
  name: z.string(),
  nameVi: z.string().nullable(),
  country: z.string(),
  role: z.string().nullable(),
  roleVi: z.string().nullable(),
});

const EventRef = z.object({
  id: z.string(),
  title: z.string(),
  titleVi: z.string().nullable(),
  kind: z.string(),
  date: z.string(),
  endDate: z.string().nullable(),
  place: z.string().nullable(),
  citations: z.array(ResolvedCitationSchema),
});

const LadderStep = z.object({
  tier: Tier,
  withinTier: z.boolean(),
  date: z.string(),
  precision: Precision,
  officialName: z.string().nullable(),
  officialNameVi: z.string().nullable(),
  leaders: z.array(LeaderRef),
  event: EventRef.nullable(),
  citations: z.array(ResolvedCitationSchema),
  note: z.string().nullable(),
  noteVi: z.string().nullable(),
});

/** `GET /api/country/{key}`. */
export const CountryDetailsSchema = z.object({
  key: z.string(),
  kind: PartnerKind,
  name: z.string(),
  nameVi: z.string(),
  region: z.string(),
  relations: z
    .object({
      date: z.string(),
      basis: z.enum(["established", "existedBy"]),
      precision: Precision,
      citations: z.array(ResolvedCitationSchema),
      note: z.string().nullable(),
      noteVi: z.string().nullable(),
      fromEncyclopedia: z.boolean(),
    })
    .nullable(),
  ladder: z.array(LadderStep),
  events: z.array(EventRef),
  leaders: z.array(LeaderRef),
  disagreements: z.array(
    z.object({
      about: z.string(),
      aboutVi: z.string().nullable(),
      used: z.string(),
      reason: z.string(),
      reasonVi: z.string().nullable(),
      alternatives: z.array(z.object({ value: z.string(), citations: z.array(ResolvedCitationSchema) })),
    }),
  ),
});

/** One row of `GET /api/changes?format=json`: the CSV's fields, leaders, event and citations as objects. */
export const ChangeRowSchema = z.object({
  date: z.string(),
  datePrecision: Precision,
  effectiveFrom: z.string(),
  key: z.string(),
  kind: PartnerKind,
  name: z.string(),
  nameVi: z.string(),
  tierBefore: Tier.nullable(),
  tierAfter: Tier,
  change: z.enum(["upgrade", "downgrade", "within-tier"]),
  officialName: z.string().nullable(),
  officialNameVi: z.string().nullable(),
  leaders: z.array(LeaderRef.omit({ country: true })),
  event: z
    .object({ id: z.string(), title: z.string(), titleVi: z.string().nullable(), date: z.string() })
    .nullable(),
  note: z.string().nullable(),
  noteVi: z.string().nullable(),
  citations: z.array(ResolvedCitationSchema),
});

export const ChangesAnswer = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  tiers: z.array(z.string()).nullable(),
  focus: z.string().nullable(),
  count: z.number().int(),
  changes: z.array(ChangeRowSchema),
});

const TierCounts = z.object({
  special: z.number().int(),
  "comprehensive-strategic": z.number().int(),
  strategic: z.number().int(),
  comprehensive: z.number().int(),
  none: z.number().int(),
});

/** `GET /api/compare` (JSON). */
export const ComparisonSchema = z.object({
  a: z.string(),
  b: z.string(),
  countsA: TierCounts,
  countsB: TierCounts,
  organisations: z.array(z.object({ key: z.string(), label: z.string(), labelVi: z.string() })),
  undatedA: z.number().int(),
  undatedB: z.number().int(),
  newRelations: z.array(
    z.object({ key: z.string(), label: z.string(), labelVi: z.string(), date: z.string() }),
  ),
  changes: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      labelVi: z.string(),
      kind: PartnerKind,
      from: Tier.nullable(),
      to: Tier,
      withinTier: z.boolean(),
      date: z.string(),
      effective: z.string(),
      step: LadderStep.nullable(),
    }),
  ),
});

const CountryNode = z.object({
  kind: PartnerKind,
  label: z.string(),
  labelVi: z.string(),
  tier: Tier.nullable(),
  tierSince: z.string().nullable(),
  tierSincePrecision: Precision.nullable(),
  officialName: z.string().nullable(),
  officialNameSince: z.string().nullable(),
  officialNameSincePrecision: Precision.nullable(),
  relationsSince: z.string().nullable(),
  relationsSincePrecision: Precision.nullable(),
  relationsExistedBy: z.string().nullable(),
  region: z.string(),
  lat: z.number(),
  lon: z.number(),
});
const LeaderNode = z.object({
  kind: z.literal("leader"),
  label: z.string(),
  labelVi: z.string().nullable(),
  country: z.string(),
});
const HomeNode = z.object({ kind: z.literal("home"), label: z.string(), labelVi: z.string() });

/** `GET /api/graph?format=json`: graphology's serialization of the view's graph. */
export const GraphAnswer = z.object({
  options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
  attributes: z.looseObject({ asOf: z.string(), tiers: z.string().nullable() }),
  nodes: z.array(z.object({ key: z.string(), attributes: z.union([CountryNode, LeaderNode, HomeNode]) })),
  edges: z.array(
    z.object({
      key: z.string(),
      source: z.string(),
      target: z.string(),
      attributes: z.union([
        z.object({ kind: z.literal("partnership"), tier: Tier.nullable() }),
        z.object({
          kind: z.literal("involvement"),
          date: z.string(),
          tier: Tier.nullable(),
          event: z.string().nullable(),
        }),
      ]),
    }),
  ),
});

const InvolvementSchema = z.object({
  leader: z.string(),
  country: z.string(),
  date: z.string(),
  effective: z.string(),
  tier: Tier.nullable(),
  event: z.string().nullable(),
});

/** `GET /api/leader-links`. */
export const LeaderLinksSchema = z.object({
  leaders: z.array(
    z.object({ id: z.string(), name: z.string(), nameVi: z.string().nullable(), country: z.string() }),
  ),
  involvements: z.array(InvolvementSchema),
});

/** `GET /api/oembed` (oEmbed 1.0, type rich). */
export const OembedAnswer = z.object({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  provider_name: z.string(),
  provider_url: z.string(),
  title: z.string(),
  html: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  thumbnail_url: z.optional(z.string()),
  thumbnail_width: z.optional(z.number().int()),
  thumbnail_height: z.optional(z.number().int()),
  cache_age: z.number().int(),
});

/** The app's own data files (`/api/explorer-payload`, `/api/compare-payload`): their shape follows the app. */
export const AppPayload = z.looseObject({ partners: z.array(z.unknown()), changeDays: z.array(z.string()) });

// Compile-time: each schema's type is exactly the type the view code builds (the build fails otherwise).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
const inStep: [
  Same<z.infer<typeof ResolvedCitationSchema>, ResolvedCitation>,
  Same<z.infer<typeof CountryDetailsSchema>, Mutable<CountryDetails>>,
  Same<z.infer<typeof ChangeRowSchema>, Mutable<ChangeRow>>,
  Same<z.infer<typeof ComparisonSchema>, Mutable<Comparison>>,
  Same<z.infer<typeof CountryNode>, CountryNodeAttributes>,
  Same<z.infer<typeof LeaderNode>, LeaderNodeAttributes>,
  Same<z.infer<typeof HomeNode>, HomeNodeAttributes>,
  Same<z.infer<typeof InvolvementSchema>, Involvement>,
  Same<z.infer<typeof LeaderLinksSchema>, Mutable<LeaderLinks>>,
] = [true, true, true, true, true, true, true, true, true];
void inStep;
