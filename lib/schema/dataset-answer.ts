import { z } from "zod";
import { Event, Leader, OfficialTotal, Relationship, Source } from "./dataset";

/** `GET /api/dataset`: the validated dataset, with the release it is (`version` repeats it); the data files' own schemas. */
export const DatasetAnswer = z.object({
  release: z.string(),
  version: z.string(),
  relationships: z.array(Relationship),
  leaders: z.array(Leader),
  events: z.array(Event),
  sources: z.array(Source),
  totals: z.array(OfficialTotal),
});
