// Secret-bearing URLs in every shape people paste them: none of the secret reaches an error's message, stack,
// JSON or util.inspect (causes included), whether the URL is refused at construction or fails per request.
import { afterEach, describe, expect, it } from "vitest";
import * as node from "../src/index.node.js";
import { redactUrl, urlSecrets } from "../src/redact-url.js";
import { exposed, KEY } from "./server.js";

const SHAPES = [
  { name: "no scheme", url: "alice:S3cretPw9@127.0.0.1:1", secrets: ["S3cretPw9", "alice"] },
  { name: "`@` in the password", url: "http://bob:p@ssW0rdX@127.0.0.1:1", secrets: ["p@ssW0rdX", "ssW0rdX"] },
  {
    name: "a token as the user name",
    url: "http://tok_9f8e7d6c5b4a:x@127.0.0.1:1",
    secrets: ["tok_9f8e7d6c5b4a"],
  },
  { name: "unparsable", url: "http://carol:Sl4sh/Secret@[::1", secrets: ["Sl4sh/Secret", "Sl4sh"] },
  {
    name: "a credential in the query",
    url: "http://127.0.0.1:1/?token=QueryT0ken1",
    secrets: ["QueryT0ken1"],
  },
];

describe("redactUrl", () => {
  it.each(SHAPES)("removes the credentials of a URL with $name", ({ url, secrets }) => {
    const shown = redactUrl(url);
    for (const secret of secrets) expect(shown).not.toContain(secret);
    for (const secret of secrets.slice(0, 1)) expect(urlSecrets(url)).toContain(secret);
  });
  it("keeps what identifies the server", () => {
    expect(redactUrl("http://alice:pw@proxy.example:3128")).toBe("http://REDACTED@proxy.example:3128");
    expect(redactUrl("redis://:p@ss@10.0.0.1:6379/2")).toBe("redis://REDACTED@10.0.0.1:6379/2");
    expect(redactUrl("proxy.example:3128")).toBe("proxy.example:3128");
    expect(redactUrl("http://proxy.example:3128/")).toBe("http://proxy.example:3128/");
  });
});

describe("a proxy URL given to the client", () => {
  const ENV = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "NO_PROXY"];
  const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const name of ENV)
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
  });
  const call = (proxy: string | undefined) =>
    node
      .createTencentCloudFetch({
        credentials: KEY,
        service: "wedata",
        region: "ap-guangzhou",
        rateLimit: false,
        retry: false,
        ...(proxy === undefined ? {} : { proxy }),
      })("https://wedata.tencentcloudapi.com/", {
        method: "POST",
        headers: { "X-TC-Action": "GetTaskInstance", "X-TC-Version": "2021-08-20" },
        body: "{}",
      })
      .then(
        () => {
          throw new Error("expected a failure");
        },
        (error: unknown) => error,
      );
  const constructed = (proxy: string) => {
    try {
      return call(proxy);
    } catch (error) {
      return Promise.resolve(error);
    }
  };

  it.each(SHAPES)("as an option, with $name: a typed error without the secret", async ({ url, secrets }) => {
    const error = await constructed(url);
    expect(error).toBeInstanceOf(node.TencentCloudError);
    expect((error as { proxy?: string }).proxy).toBe(redactUrl(url));
    for (const secret of secrets) expect(exposed(error)).not.toContain(secret);
  });

  it("refuses a proxy without an http(s) scheme when the client is made, naming the rule", () => {
    expect(() =>
      node.createTencentCloudFetch({
        credentials: KEY,
        service: "wedata",
        proxy: "alice:S3cretPw9@127.0.0.1:1",
      }),
    ).toThrow(/is not usable: a proxy is an http:\/\/ or https:\/\/ URL/);
    expect(() =>
      node.createTencentCloudFetch({ credentials: KEY, service: "wedata", proxy: "socks5://127.0.0.1:1" }),
    ).toThrow(node.ProxyError);
  });

  it.each(SHAPES)(
    "from HTTPS_PROXY, with $name: a typed error without the secret",
    async ({ url, secrets }) => {
      process.env.HTTPS_PROXY = url;
      const error = await call(undefined);
      expect(error).toBeInstanceOf(node.TencentCloudNetworkError);
      expect((error as { notSent?: boolean }).notSent).toBe(true);
      for (const secret of secrets) expect(exposed(error)).not.toContain(secret);
    },
  );
});
