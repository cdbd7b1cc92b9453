// WeData's time strings are read in @wedata-openapi/schema-core (the client needs them without the documents);
// this entry stays for the users of `@wedata-openapi/schema/time`.
export * from "@wedata-openapi/schema-core/time";
