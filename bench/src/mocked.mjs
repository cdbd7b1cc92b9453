// Mocked calls per second, with our client, 16 at a time, signatures verified: the msw mocks in this process,
// `wedata mock serve` over HTTP (another process), and beside them a bare node:http server answering a fixed
// JSON reply (server.mjs) in the same run, so the ratios say what the mocks' checks and simulations cost.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createWedataClient } from "@wedata-openapi/client";
import { createWedataMocks } from "@wedata-openapi/msw";
import { setupServer } from "msw/node";
import { median } from "./stats.mjs";

const require = createRequire(import.meta.url);
const CONCURRENCY = 16;

/** `wedata mock serve` on a free port, verifying `key`, without per-action limits (a load test). */
async function mockServe(key) {
  const cli = join(dirname(require.resolve("@wedata-openapi/cli/package.json")), "dist/cli.js");
  const child = spawn(process.execPath, [cli, "mock", "serve", "--port", "0", "--no-rate-limit"], {
    env: {
      PATH: process.env.PATH ?? "",
      TENCENTCLOUD_SECRET_ID: key.secretId,
      TENCENTCLOUD_SECRET_KEY: key.secretKey,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const found = /^(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out)?.[1];
      if (found) resolve(found);
    });
    child.once("exit", (code) => reject(new Error(`wedata mock serve exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", resolve);
        child.kill("SIGTERM");
      }),
  };
}

/** `calls` calls of `call`, CONCURRENCY at a time; resolves to calls per second. */
async function rate(calls, call) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < calls) await call();
    }),
  );
  return (calls / (performance.now() - started)) * 1000;
}

export async function mockedCalls({ key, params, calls, rounds, startServer }) {
  const client = (endpoint) =>
    createWedataClient({
      region: "ap-guangzhou",
      credentials: key,
      rateLimit: false,
      retry: false,
      endpoint,
    });
  const mocks = createWedataMocks({ credentials: key, rateLimit: false });
  const msw = setupServer(...mocks.handlers);
  const served = await mockServe(key);
  const bare = await startServer("documented");
  const inProcess = client(undefined);
  const overHttp = client(served.url);
  const plain = client(bare.url);
  const results = { inProcess: [], overHttp: [], bare: [] };
  try {
    // Warm-up: the first calls load modules and compile validators.
    msw.listen({ onUnhandledRequest: "error" });
    await rate(50, () => inProcess.getTaskInstance(params));
    msw.close();
    await rate(50, () => overHttp.getTaskInstance(params));
    await rate(50, () => plain.getTaskInstance(params));
    for (let r = 0; r < rounds; r++) {
      msw.listen({ onUnhandledRequest: "error" });
      results.inProcess.push(await rate(calls, () => inProcess.getTaskInstance(params)));
      msw.close();
      results.overHttp.push(await rate(calls, () => overHttp.getTaskInstance(params)));
      results.bare.push(await rate(calls, () => plain.getTaskInstance(params)));
    }
  } finally {
    msw.close();
    await served.stop();
    await bare.stop();
  }
  const inProcessRate = median(results.inProcess);
  const overHttpRate = median(results.overHttp);
  const bareRate = median(results.bare);
  return {
    concurrency: CONCURRENCY,
    inProcess: inProcessRate,
    overHttp: overHttpRate,
    bare: bareRate,
    ratios: { inProcess: inProcessRate / bareRate, overHttp: overHttpRate / bareRate },
  };
}
