/** Who publishes Bamboo and under which terms: one place for citations, CITATION.cff, the data package and JSON-LD. */
export const PUBLISHER = "The Bamboo contributors";
export const SITE_NAME = "Bamboo";
export const DATASET_NAME = "bamboo-vietnam-partnerships";
export const DATASET_TITLE = "Bamboo: Vietnam's diplomatic partnership network";
export const DATASET_DESCRIPTION =
  "Vietnam's diplomatic relations and partnership tiers (special, comprehensive strategic, strategic, comprehensive) with every upgrade dated as its source gives it, the leaders and events involved, official totals reconciled, and a short verbatim quote from a source for every fact.";
export const DATA_LICENCE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
} as const;
/** The first day the network can show: the founding of the Democratic Republic of Vietnam. */
export const COVERAGE_START = "1945-09-02";
