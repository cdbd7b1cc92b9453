import { tcOk } from "@wedata-openapi/testkit";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import createClient from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRateLimiter } from "../src/rate-limit.js";
import { LiteRequest } from "../src/transport/buffered.js";
import { backends } from "./backends.js";
import { KEY, startSigningServer, verify } from "./server.js";

const [, node] = backends[0];
interface paths {
  "/": {
    post: {
      parameters: { header: { "X-TC-Action": "GetTaskInstance"; "X-TC-Version": "2021-08-20" } };
      requestBody: { content: { "application/json": { ProjectId: string } } };
      responses: {
        200: { content: { "application/json": { Response: { RequestId: string; Data?: unknown } } } };
      };
    };
  };
}
const header = { "X-TC-Action": "GetTaskInstance", "X-TC-Version": "2021-08-20" } as const;

function fastClient(baseUrl: string) {
  return createClient<paths>({
    baseUrl,
    Request: LiteRequest as unknown as typeof Request,
    fetch: node.createTencentCloudFetch({
      credentials: KEY,
      service: "wedata",
      rateLimit: false,
      retry: false,
    }) as typeof fetch,
  });
}

describe("openapi-fetch with LiteRequest and BufferedResponse", () => {
  let server: Awaited<ReturnType<typeof startSigningServer>>;
  beforeAll(async () => {
    server = await startSigningServer(() => ({
      json: tcOk({ Data: { TaskName: "x" } }, "rid-1"),
      headers: { "set-cookie": "a=1" },
    }));
  });
  afterAll(() => server.close());

  it("keeps Response semantics: instanceof, headers, url, clone, onResponse pass-through", async () => {
    const client = fastClient(server.url);
    let seen: Response | undefined;
    client.use({
      onRequest({ request }) {
        expect(request).toBeInstanceOf(LiteRequest);
        request.headers.set("x-extra", "1");
      },
      onResponse({ response }) {
        seen = response;
        return response;
      },
    });
    const { data, response } = await client.POST("/", { params: { header }, body: { ProjectId: "1" } });
    expect(data).toEqual({ Response: { Data: { TaskName: "x" }, RequestId: "rid-1" } });
    expect(response).toBeInstanceOf(Response);
    expect(response.constructor.name).toBe("BufferedResponse");
    expect(seen).toBe(response);
    expect(response.url).toBe(`${server.url}/`);
    expect(response.headers.getSetCookie()).toEqual(["a=1"]);
    expect(await response.clone().json()).toEqual(data);
    expect(server.requests.at(-1)!.headers["x-extra"]).toBe("1");
  });
});

describe("msw still intercepts Node's default transport", () => {
  const mock = setupServer(
    http.post("https://wedata.tencentcloudapi.com/", async ({ request }) => {
      const headers = { ...Object.fromEntries(request.headers), host: new URL(request.url).host };
      const failure = await verify({
        method: "POST",
        path: "/",
        headers,
        body: await request.text(),
        arrivedAt: 0,
      });
      return HttpResponse.json(failure ?? tcOk({ Data: { TaskName: "from-msw" } }));
    }),
  );
  beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
  afterAll(() => mock.close());

  it("answers a client created before msw started", async () => {
    const { data } = await fastClient("https://wedata.tencentcloudapi.com").POST("/", {
      params: { header },
      body: { ProjectId: "1" },
    });
    expect(data?.Response.Data).toEqual({ TaskName: "from-msw" });
  });
});

describe("the sliding-window limiter (fake clock)", () => {
  let t = 0;
  const limiter = createRateLimiter({ requestsPerSecond: 3, marginMs: 0, now: () => t });
  afterEach(() => {
    t += 10_000;
  });

  it("allows N starts in any window and the N+1th only once the oldest leaves it", () => {
    const admitted = [0, 100, 200].map((at) => {
      t = at;
      return limiter.tryAcquire();
    });
    expect(admitted).toEqual([true, true, true]);
    t = 999;
    expect(limiter.tryAcquire()).toBe(false);
    t = 1000;
    expect(limiter.tryAcquire()).toBe(true);
    expect(limiter.tryAcquire()).toBe(false);
  });

  it("does not allow a 2N burst across a window edge, unlike a token bucket", () => {
    const start = t;
    let admitted = 0;
    for (let ms = 0; ms < 1000; ms += 10) {
      t = start + ms;
      while (limiter.tryAcquire()) admitted++;
    }
    expect(admitted).toBe(3);
  });

  it("rejects a queued acquire with the signal's reason when aborted", async () => {
    const real = createRateLimiter({ requestsPerSecond: 1 });
    await real.acquire();
    const controller = new AbortController();
    const pending = real.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
  });
});
