import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

/** Runs `npm run validate`'s script against a copy of data/ that a test has broken. */
function validateCopy(breakIt: (dataDir: string) => void) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bamboo-data-"));
  fs.cpSync(path.join(root, "data"), path.join(dir, "data"), { recursive: true });
  breakIt(path.join(dir, "data"));
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules/tsx/dist/cli.mjs"),
      "--tsconfig",
      path.join(root, "tsconfig.json"),
      path.join(root, "scripts/validate.ts"),
    ],
    {
      cwd: dir,
      encoding: "utf8",
    },
  );
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

describe("npm run validate on a faulty dataset", () => {
  it("passes on the real dataset", () => {
    const result = validateCopy(() => {});
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^✓ data\/ is valid/);
  });

  it("fails listing every problem: a half-written file, a duplicate id, a dangling reference", () => {
    const result = validateCopy((data) => {
      const au = path.join(data, "relationships/AU.json");
      fs.writeFileSync(au, fs.readFileSync(au, "utf8").slice(0, 200));
      const sourcesFile = path.join(data, "sources.json");
      const sources = JSON.parse(fs.readFileSync(sourcesFile, "utf8")) as { sources: { id: string }[] };
      sources.sources.push({ ...sources.sources[0]! });
      fs.writeFileSync(sourcesFile, JSON.stringify(sources));
      const jpFile = path.join(data, "relationships/JP.json");
      const jp = JSON.parse(fs.readFileSync(jpFile, "utf8")) as { tiers: { leaders: string[] }[] };
      jp.tiers[0]!.leaders.push("leader:nobody-at-all");
      fs.writeFileSync(jpFile, JSON.stringify(jp));
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.split("\n");
    expect(lines.some((l) => /^data\/relationships\/AU\.json › \(file\): not valid JSON/.test(l))).toBe(true);
    expect(lines.some((l) => /^data\/sources\.json › sources\[\d+\]\.id: duplicate source id/.test(l))).toBe(
      true,
    );
    expect(
      lines.some((l) =>
        /^data\/relationships\/JP\.json › tiers\[0\]\.leaders\[\d+\]: unknown leader "leader:nobody-at-all"/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(result.stderr).toMatch(/✗ 3 problem\(s\) in data\//);
  });

  it("fails on two Vietnamese leaders in one office on one day and on an unclean source address", () => {
    const result = validateCopy((data) => {
      const leadersFile = path.join(data, "leaders.json");
      const leaders = JSON.parse(fs.readFileSync(leadersFile, "utf8")) as {
        leaders: { id: string; roles: { role: string; from: string | null; to: string | null }[] }[];
      };
      const trung = leaders.leaders.find((l) => l.id === "leader:le-hoai-trung")!;
      trung.roles[0]!.role = "foreign-minister";
      fs.writeFileSync(leadersFile, JSON.stringify(leaders));
      const sourcesFile = path.join(data, "sources.json");
      const sources = JSON.parse(fs.readFileSync(sourcesFile, "utf8")) as {
        sources: { url: string | null }[];
      };
      sources.sources[0]!.url = "https://vovworld.vn./en-US/news/a.vov";
      fs.writeFileSync(sourcesFile, JSON.stringify(sources));
    });
    expect(result.status).not.toBe(0);
    const lines = result.stderr.split("\n");
    expect(
      lines.some((l) =>
        /^data\/leaders\.json › leaders\[\d+\]\.roles\[0\]: Le Hoai Trung holds "foreign-minister" at the same time as Bui Thanh Son/.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(lines).toContain(
      'data/sources.json › sources[0].url: host "vovworld.vn." ends in a dot; cite the address without it',
    );
  });
});
