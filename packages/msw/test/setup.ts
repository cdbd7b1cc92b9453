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
export const validateDetail = ajv.compile({ $ref: "openapi.json#/components/schemas/InstanceDetailVO" });

export function useMockServer(...initial: RequestHandler[]) {
  const server = setupServer(...initial);
  const bodies: unknown[] = [];
  server.events.on("response:mocked", async ({ response }) => {
    bodies.push(await response.clone().json());
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    for (const body of bodies.splice(0)) {
      expect(validateBody(body), ajv.errorsText(validateBody.errors)).toBe(true);
    }
  });
  afterAll(() => server.close());
  return server;
}
