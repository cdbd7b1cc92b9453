/** openapi-typescript's types of a spec, printed (with the options the generated types are made with). */
export function openapiTypes(spec: object): Promise<string>;
