// The request-rule interpreter lives with the rows that use it (@wedata-openapi/schema-core); this entry stays
// for the users of `@wedata-openapi/schema/request-rules`.
export * from "@wedata-openapi/schema-core/request-rules";
