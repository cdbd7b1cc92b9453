// Shared by this package's tests: an msw server per file, and every mocked response checked against the
// spec with ajv at run time (an independent check of the precompiled validators the handlers use).
import spec from "@wedata-openapi/schema/openapi.json" with { type: "json" };
import spec2025 from "@wedata-openapi/schema/v20250806/openapi.json" with { type: "json" };
import { Ajv2020 } from "ajv/dist/2020.js";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec as object, "openapi.json");
ajv.addSchema(spec2025 as object, "v20250806.json");
export const validateBody = ajv.compile({
  $ref: "openapi.json#/components/schemas/GetTaskInstanceResponseBody",
});
// Every action's response body as its version's spec declares it under its `/#<Action>` path.
const bodyValidators = new Map<string, ReturnType<typeof ajv.compile>>();
export function validateBodyOf(action: string, version = "2021-08-20") {
  const document = version === "2025-08-06" ? "v20250806.json" : "openapi.json";
  let validate = bodyValidators.get(`${document} ${action}`);
  if (!validate) {
    const pointer = `/paths/${encodeURIComponent(`/#${action}`.replaceAll("/", "~1"))}/post/responses/200/content/application~1json/schema`;
    validate = ajv.compile({ $ref: `${document}#${pointer}` });
    bodyValidators.set(`${document} ${action}`, validate);
  }
  return validate;
}
export const validateDetail = ajv.compile({ $ref: "openapi.json#/components/schemas/InstanceDetailVO" });

const isAction = (action: string, version: string) =>
  `/#${action}` in (version === "2025-08-06" ? spec2025 : spec).paths;

export function useMockServer(...initial: RequestHandler[]) {
  const server = setupServer(...initial);
  const bodies: Array<[string, string, unknown]> = [];
  server.events.on("response:mocked", async ({ request, response }) => {
    const version = request.headers.get("x-tc-version") ?? "";
    bodies.push([request.headers.get("x-tc-action") ?? "", version, await response.clone().json()]);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    for (const [action, version, body] of bodies.splice(0)) {
      // Replies to actions outside the spec are error bodies: any action's schema accepts them.
      const known = isAction(action, version);
      const validate = validateBodyOf(known ? action : "GetTaskInstance", known ? version : undefined);
      expect(validate(body), `${action}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
  afterAll(() => server.close());
  return server;
}
