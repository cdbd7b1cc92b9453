// The client in the page against @wedata-openapi/msw in a service worker, with signature verification on.
import { createWedataClient, RequestValidationError, TencentCloudApiError } from "@wedata-openapi/client";
import { createWedataHandlers, fixtures } from "@wedata-openapi/msw";
import { setupWorker } from "msw/browser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const KEY = { secretId: "AKIDbrowsertest", secretKey: "browser-secret-key" };
const worker = setupWorker(...createWedataHandlers({ credentials: KEY }));
beforeAll(() =>
  worker.start({ quiet: true, onUnhandledRequest: "error", serviceWorker: { url: "/mockServiceWorker.js" } }),
);
afterAll(() => worker.stop());

const client = (extra: Parameters<typeof createWedataClient>[0] = {}) =>
  createWedataClient({ region: "ap-guangzhou", credentials: KEY, retry: false, rateLimit: false, ...extra });

describe("createWedataClient in Chromium against msw's service worker", () => {
  it("is answered by the service worker", () => {
    expect(navigator.serviceWorker.controller?.scriptURL).toMatch(/mockServiceWorker\.js$/);
  });

  it("gets the documented instance with a correct signature", async () => {
    expect(await client().getTaskInstance(fixtures.getTaskInstanceRequest)).toEqual(fixtures.getTaskInstance);
  });

  it("gets AuthFailure.SignatureFailure with a wrong key", async () => {
    const error = await client({ credentials: { ...KEY, secretKey: "wrong" } })
      .getTaskInstance(fixtures.getTaskInstanceRequest)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TencentCloudApiError);
    expect(error).toMatchObject({ code: "AuthFailure.SignatureFailure" });
  });

  it("rejects bad input before sending", async () => {
    const error = await client()
      .getTaskInstance({ ...fixtures.getTaskInstanceRequest, InstanceKey: "oops" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({ field: "InstanceKey", rule: "pattern" });
  });

  it("limits a burst to 20 per second: the rest get RequestLimitExceeded", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a fresh window after the calls above
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => client().getTaskInstance(fixtures.getTaskInstanceRequest)),
    );
    const limited = results.filter(
      (r) => r.status === "rejected" && (r.reason as TencentCloudApiError).code === "RequestLimitExceeded",
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(limited).toHaveLength(10);
  });

  it("with the client's own limiter on, the same burst all succeeds", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const limited = createWedataClient({ region: "ap-guangzhou", credentials: KEY });
    const results = await Promise.all(
      Array.from({ length: 25 }, () => limited.getTaskInstance(fixtures.getTaskInstanceRequest)),
    );
    expect(results.every((r) => r?.TaskName === "dq_test_dylan_shell_01")).toBe(true);
  });
});
