// @citation-js ships no types; these cover the calls lib/cite makes.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(
      format: "bibliography",
      options: { format: "text" | "html"; template: string; lang: string },
    ): string;
    format(format: "bibtex" | "ris"): string;
    format(format: "data", options?: { format?: "object" | "string" | "text" }): unknown;
    format(format: "cff", options: { type: "object"; message?: string }): Record<string, unknown>;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    output: { format(name: "yaml", data: unknown): string };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-cff";
