import { z } from "zod";
import { Event, Leader, OfficialTotal, Relationship, Source } from "./dataset";

/** `GET /api/dataset`: the validated dataset, with the version it is; the data files' own schemas. */
export const DatasetAnswer = z.object({
  version: z.string(),
  relationships: z.array(Relationship),
  leaders: z.array(Leader),
  events: z.array(Event),
  sources: z.array(Source),
  totals: z.array(OfficialTotal),
});
