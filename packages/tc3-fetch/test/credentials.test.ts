import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestServer, type TestServer, tcError } from "@wedata-openapi/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fromStatic, refreshing } from "../src/credentials.js";
import { CredentialsError } from "../src/errors.js";
import {
  defaultCredentials,
  fromCvmRole,
  fromEnv,
  fromProfile,
  fromWebIdentity,
  regionFromEnv,
} from "../src/node/index.js";
import { backends } from "./backends.js";
import { KEY, verify } from "./server.js";

const VARS = [
  "HOME",
  "TENCENTCLOUD_SECRET_ID",
  "TENCENTCLOUD_SECRET_KEY",
  "TENCENTCLOUD_SESSION_TOKEN",
  "TENCENTCLOUD_TOKEN",
  "TENCENTCLOUD_SECURITY_TOKEN",
  "TENCENTCLOUD_REGION",
  "TENCENTCLOUD_CREDENTIALS_FILE",
  "TKE_REGION",
  "TKE_PROVIDER_ID",
  "TKE_WEB_IDENTITY_TOKEN_FILE",
  "TKE_ROLE_ARN",
];
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
let home: string;
const servers: TestServer[] = [];
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "wedata-home-"));
  for (const v of VARS) delete process.env[v];
  process.env.HOME = home;
});
afterEach(async () => {
  for (const v of VARS)
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  rmSync(home, { recursive: true, force: true });
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (handler: Parameters<typeof startTestServer>[0]) => {
  const s = await startTestServer(handler);
  servers.push(s);
  return s;
};
const writeProfile = (text: string, path = join(home, ".tencentcloud", "credentials")) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
};
const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: Error) => e,
  );
// A metadata service that is certainly absent: a closed port on loopback.
const NO_METADATA = { cvmRole: { endpoint: "http://127.0.0.1:9/meta/", timeoutMs: 300 } };

describe("fromEnv", () => {
  it.each([["TENCENTCLOUD_SESSION_TOKEN"], ["TENCENTCLOUD_TOKEN"], ["TENCENTCLOUD_SECURITY_TOKEN"]])(
    "reads the token from %s",
    async (name) => {
      Object.assign(process.env, {
        TENCENTCLOUD_SECRET_ID: "id",
        TENCENTCLOUD_SECRET_KEY: "key",
        [name]: "tok",
      });
      expect(await fromEnv()()).toEqual({ secretId: "id", secretKey: "key", sessionToken: "tok" });
    },
  );
  it("prefers SESSION_TOKEN over TOKEN over SECURITY_TOKEN", async () => {
    Object.assign(process.env, {
      TENCENTCLOUD_SECRET_ID: "id",
      TENCENTCLOUD_SECRET_KEY: "key",
      TENCENTCLOUD_SECURITY_TOKEN: "c",
      TENCENTCLOUD_TOKEN: "b",
    });
    expect((await fromEnv()()).sessionToken).toBe("b");
  });
  it("fails loudly on half-set variables, naming the missing one", async () => {
    process.env.TENCENTCLOUD_SECRET_ID = "id";
    const error = await rejection(fromEnv()());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain("TENCENTCLOUD_SECRET_KEY is not set");
  });
  it("reads the region default", () => {
    process.env.TENCENTCLOUD_REGION = "ap-shanghai";
    expect(regionFromEnv()).toBe("ap-shanghai");
  });
});

describe("fromProfile", () => {
  it("reads ~/.tencentcloud/credentials with a token", async () => {
    writeProfile(
      "[default]\nsecret_id = pid\nsecret_key = pkey\ntoken = ptok\n\n[other]\nsecret_id = o\nsecret_key = ok\n",
    );
    expect(await fromProfile()()).toEqual({ secretId: "pid", secretKey: "pkey", sessionToken: "ptok" });
    expect(await fromProfile({ profile: "other" })()).toMatchObject({ secretId: "o", secretKey: "ok" });
  });
  it("honours TENCENTCLOUD_CREDENTIALS_FILE", async () => {
    process.env.TENCENTCLOUD_CREDENTIALS_FILE = writeProfile(
      "[default]\nsecret_id=f\nsecret_key=k\n",
      join(home, "elsewhere.ini"),
    );
    expect((await fromProfile()()).secretId).toBe("f");
  });
  it("names the file and the profile when the profile is missing", async () => {
    const file = writeProfile("[default]\nsecret_id=a\nsecret_key=b\n");
    const error = await rejection(fromProfile({ profile: "prod" })());
    expect(error.message).toContain('profile "prod" not found');
    expect(error.message).toContain(file);
    expect(error.message).toContain("default");
  });
  it("refuses a world-writable file", async () => {
    const file = writeProfile("[default]\nsecret_id=a\nsecret_key=b\n");
    chmodSync(file, 0o666);
    const error = await rejection(fromProfile()());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(/readable and writable by every user.*chmod 600/);
  });
  it.each([
    [0o640, /readable by its group \(mode 640\)/],
    [0o604, /readable by every user \(mode 604\)/],
    [0o620, /writable by its group \(mode 620\)/],
  ])("refuses a file others can read or write (mode %o), as ssh does", async (mode, message) => {
    const file = writeProfile("[default]\nsecret_id=a\nsecret_key=b\n");
    chmodSync(file, mode);
    const error = await rejection(fromProfile()());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`chmod 600 ${file}`);
  });
  it("refuses a file that belongs to another user, even with mode 0600", async () => {
    let file = writeProfile("[default]\nsecret_id=a\nsecret_key=b\n");
    if (process.getuid?.() === 0) chownSync(file, 12_345, 12_345);
    else file = "/etc/passwd"; // a file of root's, for a test that does not run as root
    const error = await rejection(fromProfile({ file })());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(/belongs to another user \(uid \d+, you are \d+\)/);
  });
  it("reads a file only its owner can read and write (0600 and 0400)", async () => {
    const file = writeProfile("[default]\nsecret_id=a\nsecret_key=b\n");
    for (const mode of [0o600, 0o400]) {
      chmodSync(file, mode);
      expect(await fromProfile()()).toMatchObject({ secretId: "a", secretKey: "b" });
    }
  });
  it("checks the file it opened, not the path: a symlink to a shared file is refused", async () => {
    const shared = join(home, "shared-credentials");
    writeFileSync(shared, "[default]\nsecret_id=a\nsecret_key=b\n");
    chmodSync(shared, 0o644);
    mkdirSync(join(home, ".tencentcloud"), { recursive: true });
    symlinkSync(shared, join(home, ".tencentcloud", "credentials"));
    expect((await rejection(fromProfile()())).message).toMatch(/readable by every user/);
  });
  it("says which key a profile lacks", async () => {
    writeProfile("[default]\nsecret_id=a\n");
    expect((await rejection(fromProfile()())).message).toContain("has no secret_key");
  });
  it("fails for an explicit file that does not exist", async () => {
    expect((await rejection(fromProfile({ file: join(home, "nope") })())).message).toMatch(/does not exist/);
  });
});

describe("fromCvmRole", () => {
  it("discovers the role, reads the keys, caches them until shortly before expiry", async () => {
    let expiresIn = 3600;
    const server = await serve((req) => {
      if (req.path === "/meta/") return { body: "my-role" };
      return {
        json: {
          TmpSecretId: "tid",
          TmpSecretKey: "tkey",
          Token: "ttok",
          ExpiredTime: Math.floor(Date.now() / 1000) + expiresIn,
          Code: "Success",
        },
      };
    });
    const provider = fromCvmRole({ endpoint: `${server.url}/meta/` });
    expect(await provider()).toMatchObject({ secretId: "tid", secretKey: "tkey", sessionToken: "ttok" });
    await provider();
    expect(server.requests.map((r) => r.path)).toEqual(["/meta/", "/meta/my-role"]);
    expiresIn = 10; // within the refresh margin: every call refreshes, never serving keys about to expire
    const short = fromCvmRole({ endpoint: `${server.url}/meta/` });
    await short();
    await short();
    expect(server.requests).toHaveLength(6);
  });
  it("times out quickly when the metadata service never answers", async () => {
    const server = await serve(() => ({ hang: true }));
    const started = performance.now();
    const error = await rejection(fromCvmRole({ endpoint: `${server.url}/meta/`, timeoutMs: 200 })());
    expect(error).toBeInstanceOf(CredentialsError);
    // The metadata service never answers: only the 200 ms timeout can have ended the wait (the test's own
    // timeout catches a hang; no wall-clock bound here, it would fail on a busy machine).
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
  });
  it("rejects a malformed answer", async () => {
    const server = await serve((req) =>
      req.path === "/meta/" ? { body: "r" } : { body: "<html>oops</html>" },
    );
    expect((await rejection(fromCvmRole({ endpoint: `${server.url}/meta/` })())).message).toMatch(
      /reading temporary keys failed/,
    );
  });
});

describe("refreshing providers", () => {
  it("share one in-flight refresh between concurrent callers", async () => {
    let loads = 0;
    const provider = refreshing(async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 20));
      return { secretId: "a", secretKey: "b", expiresAt: Date.now() + 3_600_000 };
    });
    const all = await Promise.all(Array.from({ length: 10 }, () => provider()));
    expect(loads).toBe(1);
    expect(new Set(all).size).toBe(1);
  });
  it("never serve expired keys", async () => {
    const provider = refreshing(async () => ({ secretId: "a", secretKey: "b", expiresAt: Date.now() - 1 }));
    expect((await rejection(provider())).message).toMatch(/already expired/);
  });
});

describe("fromAssumeRole (signed with our signer) and fromWebIdentity", () => {
  const stsAnswer = () => ({
    json: {
      Response: {
        Credentials: { TmpSecretId: "sts-id", TmpSecretKey: "sts-key", Token: "sts-token" },
        ExpiredTime: Math.floor(Date.now() / 1000) + 7200,
        RequestId: "r",
      },
    },
  });
  it("assumes a role with a valid TC3 signature for service sts", async () => {
    const server = await serve(async (req) => {
      const bad = await verify(req, undefined, "sts");
      return bad ? { json: bad } : stsAnswer();
    });
    const [, node] = backends[0];
    const provider = node.fromAssumeRole({
      roleArn: "qcs::cam::uin/1:roleName/r",
      roleSessionName: "s",
      source: KEY,
      endpoint: server.url,
    });
    expect(await provider()).toMatchObject({ secretId: "sts-id", sessionToken: "sts-token" });
    const request = server.requests[0]!;
    expect(request.headers["x-tc-action"]).toBe("AssumeRole");
    expect(request.headers.authorization).toContain("/sts/tc3_request");
    expect(JSON.parse(request.body)).toEqual({
      RoleArn: "qcs::cam::uin/1:roleName/r",
      RoleSessionName: "s",
      DurationSeconds: 7200,
    });
  });
  it("surfaces an STS error as a CredentialsError", async () => {
    const server = await serve(() => ({ json: tcError("InvalidParameter.RoleNotExist") }));
    const [, node] = backends[0];
    const provider = node.fromAssumeRole({
      roleArn: "x",
      roleSessionName: "s",
      source: fromStatic(KEY),
      endpoint: server.url,
      fetch: globalThis.fetch,
    });
    const error = await rejection(provider());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain("InvalidParameter.RoleNotExist");
  });
  it("exchanges the TKE web identity token", async () => {
    const server = await serve(() => stsAnswer());
    const tokenFile = join(home, "token");
    writeFileSync(tokenFile, "oidc-token\n");
    Object.assign(process.env, {
      TKE_REGION: "ap-guangzhou",
      TKE_PROVIDER_ID: "p",
      TKE_WEB_IDENTITY_TOKEN_FILE: tokenFile,
      TKE_ROLE_ARN: "arn",
    });
    expect(await fromWebIdentity({ endpoint: server.url })()).toMatchObject({ secretId: "sts-id" });
    const request = server.requests[0]!;
    expect(request.headers.authorization).toBe("SKIP");
    expect(JSON.parse(request.body)).toMatchObject({
      ProviderId: "p",
      WebIdentityToken: "oidc-token",
      RoleArn: "arn",
    });
  });
});

describe("defaultCredentials", () => {
  it("prefers env over the profile file", async () => {
    writeProfile("[default]\nsecret_id=profile-id\nsecret_key=k\n");
    Object.assign(process.env, { TENCENTCLOUD_SECRET_ID: "env-id", TENCENTCLOUD_SECRET_KEY: "k" });
    expect((await defaultCredentials(NO_METADATA)()).secretId).toBe("env-id");
  });
  it("uses the profile file alone", async () => {
    writeProfile("[default]\nsecret_id=profile-id\nsecret_key=k\n");
    expect((await defaultCredentials(NO_METADATA)()).secretId).toBe("profile-id");
  });
  it("stops at a configured but broken source instead of falling through", async () => {
    process.env.TENCENTCLOUD_SECRET_ID = "only-id";
    writeProfile("[default]\nsecret_id=profile-id\nsecret_key=k\n");
    expect((await rejection(defaultCredentials(NO_METADATA)())).message).toContain(
      "TENCENTCLOUD_SECRET_KEY is not set",
    );
  });
  it("lists every source tried when nothing is configured", async () => {
    const error = await rejection(defaultCredentials(NO_METADATA)());
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(/no Tencent Cloud credentials found/);
    for (const source of ["env", "profile", "cvm-role", "web-identity"])
      expect(error.message).toContain(`- ${source}:`);
    expect((error as CredentialsError).tried.map((t) => t.source)).toEqual([
      "env",
      "profile",
      "cvm-role",
      "web-identity",
    ]);
  });
});
