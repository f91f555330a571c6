// The legal-domain taxonomy is read at most once a minute per process (lib/legal-domains/kept.ts):
// not again while kept, again after a minute or after a sync forgets it, and an empty or failed read
// is never kept.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { forgetKeptTaxonomy, keptTaxonomy } from "@/lib/legal-domains/kept";

describe("keptTaxonomy", () => {
  beforeEach(() => forgetKeptTaxonomy());

  it("reads once and answers the same domains after that", async () => {
    const read = vi.fn(async () => [{ code: "werk" }]);
    expect(await keptTaxonomy(read)).toEqual([{ code: "werk" }]);
    expect(await keptTaxonomy(read)).toEqual([{ code: "werk" }]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("reads again after a minute, so a sync by another process shows within one", async () => {
    const read = vi.fn(async () => [{ code: "werk" }]);
    await keptTaxonomy(read, 1_000);
    await keptTaxonomy(read, 60_999);
    expect(read).toHaveBeenCalledTimes(1);
    await keptTaxonomy(read, 61_000);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("reads again once forgotten, as after a sync", async () => {
    const read = vi.fn(async () => [{ code: "werk" }]);
    await keptTaxonomy(read);
    forgetKeptTaxonomy();
    await keptTaxonomy(read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("keeps no empty read, so an install set up later sees its domains", async () => {
    const read = vi
      .fn()
      .mockResolvedValueOnce([])
      .mockResolvedValue([{ code: "werk" }]);
    expect(await keptTaxonomy(read)).toEqual([]);
    expect(await keptTaxonomy(read)).toEqual([{ code: "werk" }]);
    expect(await keptTaxonomy(read)).toEqual([{ code: "werk" }]);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("keeps no failed read", async () => {
    const read = vi
      .fn()
      .mockRejectedValueOnce(new Error("no database"))
      .mockResolvedValue([{ code: "werk" }]);
    await expect(keptTaxonomy(read)).rejects.toThrow("no database");
    expect(await keptTaxonomy(read)).toEqual([{ code: "werk" }]);
  });
});
