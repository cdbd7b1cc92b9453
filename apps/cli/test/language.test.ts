// Who prefers Chinese gets Tencent's Chinese text (WEDATA_LANGUAGE=zh-CN, or a Chinese LC_ALL/LANG): an
// action's description and its members' in --help, its title in `wedata actions`. Others get the English
// documentation. The texts compared are read from the generated members, not written here.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { wedata } from "./support.js";

const require = createRequire(import.meta.url);
const members = require("@wedata-openapi/schema/v20250806/members/ListWorkflows") as {
  description: string;
  zh: { summary: string; description: string };
  members: Array<{ name: string; description?: string; zh?: string }>;
};
const keyword = members.members.find((m) => m.name === "Keyword") as { description: string; zh: string };
const help = (env: Record<string, string>) =>
  wedata(["--api-version", "2025-08-06", "list-workflows", "--help"], env);

describe("the language of the documentation", () => {
  it("--help is Chinese for a Chinese locale or WEDATA_LANGUAGE=zh-CN, English otherwise", async () => {
    expect(keyword.zh).toBeTruthy();
    const chinese: Array<Record<string, string>> = [
      { LANG: "zh_CN.UTF-8" },
      { WEDATA_LANGUAGE: "zh-CN", LANG: "en_US.UTF-8" },
    ];
    for (const env of chinese) {
      const { stdout, code } = await help(env);
      expect(code).toBe(0);
      expect(stdout).toContain(keyword.zh);
      expect(stdout).toContain(members.zh.description);
    }
    const english = await help({ LANG: "en_US.UTF-8" });
    expect(english.stdout).not.toContain(keyword.zh);
    expect(english.stdout).toContain(keyword.description.split(/(?<=\.)\s/)[0]?.replace(/\s+/g, " "));
  });

  it("wedata actions shows the Chinese titles to who prefers them", async () => {
    const zh = await wedata(["--api-version", "2025-08-06", "actions", "ListWorkflows"], {
      WEDATA_LANGUAGE: "zh-CN",
    });
    expect(zh.stdout).toContain(members.zh.summary);
    const en = await wedata(["--api-version", "2025-08-06", "actions", "ListWorkflows"], { LANG: "C" });
    expect(en.stdout).not.toContain(members.zh.summary);
  });
});
