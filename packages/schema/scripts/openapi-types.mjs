// openapi-typescript with the options the generated types are made with (compact-types.mjs reshapes its output).
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

/**
 * A response member whose documented values the service may add to (`x-tc-known-values` in the overlay) is
 * typed as those values plus any other of its type: `"COMPLETED" | "EXPIRED" | (string & {})` keeps editor
 * completion while an unknown value from the service still type-checks. Requests use `enum`, which is closed.
 */
function openEnumeration(schema) {
  const known = schema["x-tc-known-values"];
  if (!Array.isArray(known)) return undefined;
  const f = ts.factory;
  const types = [schema.type].flat();
  const numeric = types.includes("integer") || types.includes("number");
  const literal = (value) =>
    f.createLiteralTypeNode(
      typeof value === "number" ? f.createNumericLiteral(value) : f.createStringLiteral(String(value)),
    );
  const other = f.createParenthesizedType(
    f.createIntersectionTypeNode([
      f.createKeywordTypeNode(numeric ? ts.SyntaxKind.NumberKeyword : ts.SyntaxKind.StringKeyword),
      f.createTypeLiteralNode([]),
    ]),
  );
  const nullable = types.includes("null") ? [f.createLiteralTypeNode(f.createNull())] : [];
  return f.createUnionTypeNode([...known.map(literal), other, ...nullable]);
}

/** openapi-typescript's types of a spec, printed. */
export async function openapiTypes(spec) {
  const ast = await openapiTS(spec, {
    immutable: false,
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
    transform: openEnumeration,
  });
  return astToString(ast);
}
