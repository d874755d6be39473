/** One thing wrong with the dataset, located precisely enough to fix without searching. */
export interface DatasetProblem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(problem: DatasetProblem): string {
  return `${problem.file} › ${problem.path || "(file)"}: ${problem.message}`;
}

/** Thrown when the dataset cannot be served: carries every problem, not just the first. */
export class InvalidDatasetError extends Error {
  readonly problems: readonly DatasetProblem[];
  constructor(problems: readonly DatasetProblem[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "InvalidDatasetError";
    this.problems = problems;
  }
}

/** Renders a zod issue path as `tiers[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join("");
}

/** A request named a release (`v`) that does not exist: a 404, not a bad parameter. */
export class UnknownReleaseError extends Error {
  readonly version: string;
  constructor(version: string) {
    super(`There is no release "${version.slice(0, 40)}"; GET /api/releases lists them.`);
    this.name = "UnknownReleaseError";
    this.version = version;
  }
}
