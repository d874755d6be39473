import type { RawFile } from "@/lib/dataset/files";

/** A tiny valid dataset that unit tests break in specific ways. */
export function fixtureData() {
  const source = {
    id: "news-1",
    url: "https://example.org/a",
    publisher: "Example News",
    title: null,
    published: "2020-01-01",
  };
  const cite = [{ source: "news-1", quote: "They agreed to upgrade ties." }];
  return {
    sources: { sources: [source] },
    leaders: {
      leaders: [
        {
          id: "leader:a-b",
          name: "A B",
          nameVi: "Ă Bê",
          country: "VN",
          roles: [
            {
              role: "prime-minister",
              title: "Prime Minister",
              from: "2010-01-01",
              to: "2015-12-31",
              citations: cite,
            },
          ],
        },
      ],
    },
    events: {
      events: [
        {
          id: "event:visit",
          title: "Visit",
          kind: "official-visit",
          date: "2012-05-01",
          endDate: "2012-05-03",
          place: null,
          countries: ["VN", "AU"],
          participants: ["leader:a-b"],
          citations: cite,
        },
      ],
    },
    totals: {
      totals: [
        {
          id: "total-2013",
          date: "2013-01-01",
          speaker: null,
          counts: { relations: 2, strategic: 1 },
          counting: "As stated.",
          citations: [{ source: "news-1", quote: "Relations with 2 countries, one a strategic partner." }],
        },
      ],
    },
    relationships: {
      AU: {
        key: "AU",
        kind: "country",
        name: "Australia",
        nameVi: "Úc",
        region: "Oceania",
        lat: -25,
        lon: 134,
        relations: { date: "1973-02-26", citations: cite },
        tiers: [
          {
            tier: "comprehensive",
            date: "2009",
            officialName: null,
            leaders: [],
            event: null,
            citations: cite,
          },
          {
            tier: "strategic",
            date: "2012-05-02",
            officialName: "Strategic Partnership",
            leaders: ["leader:a-b"],
            event: "event:visit",
            citations: cite,
          },
        ],
      },
      FR: {
        key: "FR",
        kind: "country",
        name: "France",
        nameVi: "Pháp",
        region: "Europe",
        lat: 46,
        lon: 2,
        relations: { date: "1973-04", citations: cite },
        tiers: [],
      },
    } as Record<string, Record<string, unknown>>,
  };
}

export type Fixture = ReturnType<typeof fixtureData>;

export function toRawFiles(f: Fixture): RawFile[] {
  return [
    { file: "data/sources.json", text: JSON.stringify(f.sources) },
    { file: "data/leaders.json", text: JSON.stringify(f.leaders) },
    { file: "data/events.json", text: JSON.stringify(f.events) },
    { file: "data/totals.json", text: JSON.stringify(f.totals) },
    ...Object.entries(f.relationships).map(([key, value]) => ({
      file: `data/relationships/${key}.json`,
      text: JSON.stringify(value),
    })),
  ];
}
