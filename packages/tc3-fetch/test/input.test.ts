import { describe, expect, it } from "vitest";
import type { Tc3SignInput } from "../src/sign.js";
import { backends } from "./backends.js";

const SECRET = "super-secret-key-value";
const TOKEN = "session-token-value";
const good: Tc3SignInput = {
  secretId: "AKIDexample",
  secretKey: SECRET,
  sessionToken: TOKEN,
  timestamp: 1743084000,
  service: "wedata",
  host: "wedata.tencentcloudapi.com",
  action: "GetTaskInstance",
  version: "2021-08-20",
  contentType: "application/json",
  payload: "{}",
};

const bad: Array<[string, Record<string, unknown>, RegExp]> = [
  ["missing secretId", { secretId: undefined }, /secretId/],
  ["empty secretId", { secretId: "" }, /secretId must not be empty/],
  ["missing secretKey", { secretKey: undefined }, /secretKey must be a string/],
  ["numeric secretKey", { secretKey: 42 }, /secretKey must be a string/],
  ["non-integer timestamp", { timestamp: 1.5 }, /timestamp must be a non-negative integer/],
  ["negative timestamp", { timestamp: -1 }, /timestamp/],
  ["timestamp as string", { timestamp: "1743084000" }, /timestamp/],
  ["empty service", { service: "" }, /service must not be empty/],
  ["empty host", { host: "" }, /host must not be empty/],
  ["payload as object", { payload: { a: 1 } }, /payload must be a string or a Uint8Array/],
  ["payload null", { payload: null }, /payload/],
  ["bad method", { method: "PUT" }, /method/],
  ["empty region", { region: "" }, /region/],
  [
    "signedHeaders without host",
    { signedHeaders: ["content-type", "x-tc-action"] },
    /signedHeaders must include/,
  ],
];

describe.each(backends)("bad input (%s)", (_name, platform) => {
  it.each(bad)("%s -> TypeError naming the field", async (_case, overrides, message) => {
    const error = await platform.signTc3({ ...good, ...overrides } as Tc3SignInput).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(message);
    expect(String((error as Error).stack)).not.toContain(SECRET);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it("sends X-TC-Token only when a token is given, and never signs it", async () => {
    const withToken = await platform.signTc3(good);
    const without = await platform.signTc3({ ...good, sessionToken: null });
    expect(withToken.headers["X-TC-Token"]).toBe(TOKEN);
    expect(without.headers).not.toHaveProperty("X-TC-Token");
    expect(withToken.signature).toBe(without.signature);
  });
});
