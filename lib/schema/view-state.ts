import * as z from "zod/mini";
import { EARLIEST_DATE, isCalendarDay, todayInVietnam } from "./dates";
import { PRESETS, pictureSize, type Preset } from "./presets";
import { TIER_FILTER_CODES, type TierFilterCode } from "./tiers";

/**
 * How partners are placed: tier rings, or on the world map. There is no force-directed layout: every edge
 * joins Vietnam to one partner, so forces could only re-draw the rings' distance by tier, less legibly.
 */
export const LAYOUTS = ["rings", "geo"] as const;
export const LANGS = ["en", "vi"] as const;
export const THEMES = ["light", "dark", "auto"] as const;
export const FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export const LADDER_SORTS = ["reached", "speed", "name"] as const;
export const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Lang = (typeof LANGS)[number];
export type Theme = (typeof THEMES)[number];
export type ExportFormat = (typeof FORMATS)[number];

export const MAX_QUERY_LENGTH = 100;
export const MAX_CAPTION_LENGTH = 120;
export const MAX_IMAGE_PIXELS = 8000;

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

function dayInRange(today: string) {
  return z.string().check(
    // The format first: "24/12/2024" compares as text after today, but what is wrong is how it is written.
    z.refine((d) => DAY_FORMAT.test(d), {
      message: "must be a date: write the date as YYYY-MM-DD",
      abort: true,
    }),
    z.refine(isCalendarDay, { message: "must be a real day of the calendar", abort: true }),
    z.refine((d) => d >= EARLIEST_DATE, { message: `must not be before ${EARLIEST_DATE}` }),
    z.refine((d) => d <= today, { message: `must not be after today (${today})` }),
  );
}

const nodeKey = z.string().check(
  z.maxLength(MAX_QUERY_LENGTH),
  z.regex(/^([A-Z]{2}|(leader|event):[a-z0-9]+(-[a-z0-9]+)*)$/, {
    message: "must be a node key: an ISO2 code such as AU, leader:<slug> or event:<slug>",
  }),
);

function intInRange(min: number, max: number) {
  return z
    .pipe(
      z.string().check(z.regex(/^\d{1,5}$/, { message: `must be a whole number from ${min} to ${max}` })),
      z.transform(Number),
    )
    .check(z.refine((n) => n >= min && n <= max, { message: `must be from ${min} to ${max}` }));
}

/** A number with at most two decimals ("2", "1.5") from `min` to `max`. */
function decimalInRange(min: number, max: number) {
  return z
    .pipe(
      z.string().check(z.regex(/^\d(\.\d{1,2})?$/, { message: `must be a number from ${min} to ${max}` })),
      z.transform(Number),
    )
    .check(z.refine((n) => n >= min && n <= max, { message: `must be from ${min} to ${max}` }));
}

/** A `z.enum` whose error names every allowed value. */
const oneOf = <const T extends readonly string[]>(
  values: T,
  message = `must be one of ${values.join(", ")}`,
) => z.enum(values, { message });

/** An author's title or subtitle: plain text on one line; markup is allowed and always escaped when drawn. */
const authorText = z.pipe(
  z.optional(
    z
      .string()
      .check(
        z.maxLength(MAX_CAPTION_LENGTH, { message: `must be at most ${MAX_CAPTION_LENGTH} characters` }),
        z.regex(/^[^\p{Cc}]*$/u, { message: "must not contain control characters" }),
      ),
  ),
  z.transform((v: string | undefined) => (v && v.trim() ? v.trim() : null)),
);

/**
 * The one parser of query strings: every page, route handler, embed and image reads its parameters
 * through it, so the same URL always means the same view. Written with zod's tree-shakable build
 * (`zod/mini`): the browser parses the explorer's URL with it before the first picture, and the full
 * build would add a quarter of the page's script to that path.
 */
export function viewStateSchema(today: string) {
  const day = dayInRange(today);
  return z.object({
    asOf: z._default(day, today),
    tiers: z.pipe(
      z.optional(
        z.pipe(
          z.pipe(
            z.string().check(z.maxLength(200)),
            z.transform((s: string) =>
              s
                .split(",")
                .map((t) => t.trim())
                .filter(Boolean),
            ),
          ),
          z.array(oneOf(TIER_FILTER_CODES, `each tier must be one of ${TIER_FILTER_CODES.join(", ")}`)),
        ),
      ),
      z.transform((t: TierFilterCode[] | undefined): TierFilterCode[] | null =>
        t && t.length > 0 ? [...new Set(t)] : null,
      ),
    ),
    q: z._default(
      z
        .string()
        .check(z.maxLength(MAX_QUERY_LENGTH, { message: `must be at most ${MAX_QUERY_LENGTH} characters` })),
      "",
    ),
    focus: z.pipe(
      z.optional(nodeKey),
      z.transform((v: string | undefined) => v ?? null),
    ),
    layout: z._default(oneOf(LAYOUTS), "rings"),
    lang: z.optional(oneOf(LANGS, "must be en or vi")),
    theme: z._default(oneOf(THEMES), "auto"),
    leaders: z.pipe(
      z._default(oneOf(["0", "1"], "must be 0 or 1"), "0"),
      z.transform((v: "0" | "1") => v === "1"),
    ),
    a: z.optional(day),
    b: z.optional(day),
    /** A period's first and last day, both included (`/api/changes`; `/api/graph.gif` from the earliest day to `asOf`). */
    from: z.optional(day),
    to: z.optional(day),
    sort: z._default(oneOf(LADDER_SORTS), "reached"),
    region: z.optional(oneOf(REGIONS)),
    format: z._default(oneOf(FORMATS), "json"),
    preset: z.pipe(
      z.optional(oneOf(PRESETS)),
      z.transform((p: Preset | undefined): Preset | null => p ?? null),
    ),
    title: authorText,
    subtitle: authorText,
    width: z.optional(intInRange(200, 4000)),
    height: z.optional(intInRange(200, 4000)),
    /**
     * A dataset release (`2026.12.03`) the answer is pinned to; none means the latest. Whether it exists is
     * for the dataset to say (an unknown release is a 404, lib/http/responses.ts), not for this parser.
     */
    v: z.pipe(
      z.optional(
        z
          .string()
          .check(
            z.maxLength(40, { message: "must be a release version such as 2026.12.03" }),
            z.regex(/^[\w.-]+$/, { message: "must be a release version such as 2026.12.03" }),
          ),
      ),
      z.transform((v: string | undefined) => v ?? null),
    ),
    scale: z._default(decimalInRange(1, 4), 1),
    /**
     * How slowly an animation plays (`/api/graph.gif`): every frame stays `pace` times as long as by default,
     * so a whole history that plays in at most 45 s plays in at most 45 × pace s.
     */
    pace: z._default(decimalInRange(0.5, 4), 1),
  });
}

export type ParsedViewState = z.output<ReturnType<typeof viewStateSchema>>;
export type ViewState = Omit<ParsedViewState, "lang"> & { lang: Lang };

export interface QueryIssue {
  path: string;
  message: string;
}

export class InvalidQueryError extends Error {
  readonly issues: QueryIssue[];
  constructor(issues: QueryIssue[]) {
    const first = issues[0];
    super(
      first
        ? `Invalid query parameter "${first.path}": ${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}.`
        : "Invalid query.",
    );
    this.name = "InvalidQueryError";
    this.issues = issues;
  }
}

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Every query parameter the view state reads; any other is ignored. */
export const VIEW_STATE_KEYS = Object.keys(viewStateSchema("2000-01-01").shape) as (keyof ViewState)[];
const KNOWN = new Set<string>(VIEW_STATE_KEYS);

function toRecord(input: QueryInput): { values: Record<string, string>; issues: QueryIssue[] } {
  const values: Record<string, string> = {};
  const issues: QueryIssue[] = [];
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([k, v]) =>
          v === undefined ? [] : Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v]],
        );
  for (const [key, value] of entries) {
    if (!KNOWN.has(key)) continue; // unknown parameters (utm_*, fbclid …) are ignored, as the web expects
    if (key in values) issues.push({ path: key, message: "is given more than once" });
    else values[key] = value;
  }
  return { values, issues };
}

/** Picks a language from an Accept-Language header: the first of vi/en it names, else English. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { lang: tag.split("-")[0], q: q ? Number(q) : 1 };
    })
    .filter((x) => x.lang === "vi" || x.lang === "en")
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === "vi" ? "vi" : "en";
}

export interface ParseOptions {
  today?: string;
  acceptLanguage?: string | null;
}

let cachedSchema: { today: string; schema: ReturnType<typeof viewStateSchema> } | null = null;

/** Building the schema costs more than parsing with it; it only changes when the day does. */
function schemaFor(today: string): ReturnType<typeof viewStateSchema> {
  if (cachedSchema?.today !== today) cachedSchema = { today, schema: viewStateSchema(today) };
  return cachedSchema.schema;
}

/** Parses a query into a complete view state, or throws InvalidQueryError listing every bad parameter. */
export function parseViewState(input: QueryInput, options: ParseOptions = {}): ViewState {
  const today = options.today ?? todayInVietnam();
  const { values, issues } = toRecord(input);
  const result = schemaFor(today).safeParse(values);
  if (!result.success) {
    for (const issue of result.error.issues)
      issues.push({ path: issue.path.join(".") || "query", message: issue.message });
  }
  if (result.success && result.data.a && result.data.b && result.data.a > result.data.b)
    issues.push({ path: "a", message: "must not be after b" });
  if (result.success && result.data.from && result.data.to && result.data.from > result.data.to)
    issues.push({ path: "from", message: "must not be after to" });
  if (result.success) {
    // A PNG is width × scale by height × scale pixels: cap it so no request can exhaust memory.
    const { width, height } = pictureSize(result.data);
    const { scale } = result.data;
    if (Math.max(width, height) * scale > MAX_IMAGE_PIXELS)
      issues.push({
        path: "scale",
        message: `makes the image larger than ${MAX_IMAGE_PIXELS} pixels on a side`,
      });
  }
  if (issues.length > 0 || !result.success) throw new InvalidQueryError(issues);
  return { ...result.data, lang: result.data.lang ?? langFromAcceptLanguage(options.acceptLanguage) };
}

/** Writes the parameters that differ from the defaults, in a stable order, for shareable URLs. */
export function viewStateToQuery(
  state: Partial<ViewState>,
  keys: readonly (keyof ViewState)[] = ["asOf", "tiers", "q", "focus", "layout", "lang", "leaders", "v"],
): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = state[key];
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (key === "layout" && value === "rings") continue;
    if (key === "theme" && value === "auto") continue;
    if (key === "format" && value === "json") continue;
    if ((key === "scale" || key === "pace") && value === 1) continue;
    if (key === "sort" && value === "reached") continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(","));
    } else params.set(key, value === true ? "1" : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
