// Shared by this package's tests: an msw server per file, and every mocked response checked against the
// spec with ajv at run time (an independent check of the precompiled validators the handlers use).
import spec from "@wedata-openapi/schema/openapi.json" with { type: "json" };
import { Ajv2020 } from "ajv/dist/2020.js";
import type { RequestHandler } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(spec as object, "openapi.json");
export const validateBody = ajv.compile({
  $ref: "openapi.json#/components/schemas/GetTaskInstanceResponseBody",
});
// Every action's response body as the spec declares it under its `/#<Action>` path.
const bodyValidators = new Map<string, ReturnType<typeof ajv.compile>>();
export function validateBodyOf(action: string) {
  let validate = bodyValidators.get(action);
  if (!validate) {
    const pointer = `/paths/${encodeURIComponent(`/#${action}`.replaceAll("/", "~1"))}/post/responses/200/content/application~1json/schema`;
    validate = ajv.compile({ $ref: `openapi.json#${pointer}` });
    bodyValidators.set(action, validate);
  }
  return validate;
}
export const validateDetail = ajv.compile({ $ref: "openapi.json#/components/schemas/InstanceDetailVO" });

const isAction = (action: string) => `/#${action}` in spec.paths;

export function useMockServer(...initial: RequestHandler[]) {
  const server = setupServer(...initial);
  const bodies: Array<[string, unknown]> = [];
  server.events.on("response:mocked", async ({ request, response }) => {
    bodies.push([request.headers.get("x-tc-action") ?? "", await response.clone().json()]);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    for (const [action, body] of bodies.splice(0)) {
      // Replies to actions outside the spec are error bodies: any action's schema accepts them.
      const validate = validateBodyOf(isAction(action) ? action : "GetTaskInstance");
      expect(validate(body), `${action}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
  afterAll(() => server.close());
  return server;
}
