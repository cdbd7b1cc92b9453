import { tcOk } from "@wedata-openapi/testkit";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "./backends.js";
import { KEY, startSigningServer } from "./server.js";

// A minimal Tencent-Cloud-shaped API description for the generic middleware.
interface paths {
  "/": {
    post: {
      parameters: { header: { "X-TC-Action": string; "X-TC-Version": string; "X-TC-Region"?: string } };
      requestBody: { content: { "application/json": Record<string, unknown> } };
      responses: { 200: { content: { "application/json": { Response: Record<string, unknown> } } } };
    };
  };
}

let server: Awaited<ReturnType<typeof startSigningServer>>;
beforeAll(async () => {
  server = await startSigningServer((request) => ({ json: tcOk({ Echo: JSON.parse(request.body) }) }));
});
afterAll(() => server.close());

describe.each(backends)("createTc3Middleware with openapi-fetch (%s)", (_name, platform) => {
  const call = (
    credentials: Parameters<typeof platform.createTc3Middleware>[0]["credentials"],
    body: Record<string, unknown>,
  ) => {
    const client = createClient<paths>({ baseUrl: server.url });
    client.use({
      onRequest({ request }) {
        request.headers.set("X-Trace", "before-signing"); // an earlier middleware: signing must come after
      },
    });
    client.use(platform.createTc3Middleware({ credentials, service: "wedata", region: "ap-guangzhou" }));
    return client.POST("/", {
      params: { header: { "X-TC-Action": "GetTaskInstance", "X-TC-Version": "2021-08-20" } },
      body,
    });
  };

  it("signs what the server receives: the server recomputes the signature from the wire", async () => {
    const body = { ProjectId: "1", InstanceKey: "1_2025-03-28 00:00:00", Note: "中文 👨‍👩 \u2028" };
    const { data } = await call(KEY, body);
    expect(data?.Response.Error).toBeUndefined();
    expect(data?.Response.Echo).toEqual(body);
    const last = server.requests.at(-1)!;
    expect(last.headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(last.headers["x-tc-action"]).toBe("GetTaskInstance");
    expect(last.headers.authorization).toMatch(
      /^TC3-HMAC-SHA256 Credential=AKIDtestkeyid\/\d{4}-\d{2}-\d{2}\/wedata\/tc3_request/,
    );
  });

  it("signs the service it is given, not one derived from the host (127.0.0.1)", async () => {
    await call(KEY, {});
    expect(server.requests.at(-1)!.headers.authorization).toContain("/wedata/tc3_request");
  });

  it("calls a credentials provider per request, so rotation works", async () => {
    let calls = 0;
    const provider = async () => {
      calls++;
      return calls === 1 ? KEY : { ...KEY, secretKey: "rotated-and-wrong" };
    };
    expect((await call(provider, {})).data?.Response.Error).toBeUndefined();
    expect((await call(provider, {})).data?.Response.Error).toMatchObject({
      Code: "AuthFailure.SignatureFailure",
    });
    expect(calls).toBe(2);
  });
});

describe("@wedata-openapi/tc3-fetch/openapi-fetch", () => {
  it("types the middleware as openapi-fetch's and signs what the server verifies", async () => {
    const { createTc3Middleware } = await import("../src/openapi-fetch.node.js");
    const client = createClient<paths>({ baseUrl: server.url });
    const middleware: import("openapi-fetch").Middleware = createTc3Middleware({
      credentials: KEY,
      service: "wedata",
    });
    client.use(middleware);
    const { data } = await client.POST("/", {
      params: {
        header: {
          "X-TC-Action": "GetTaskInstance",
          "X-TC-Version": "2021-08-20",
          "X-TC-Region": "ap-guangzhou",
        },
      },
      body: { ProjectId: "1" },
    });
    expect(data?.Response.Echo).toEqual({ ProjectId: "1" });
  });
});
