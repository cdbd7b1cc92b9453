// Generated from spec/wedata/2025-08-06/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import type { RequestRule } from "../../../request-rules.js";

// Rules of the named schemas that request members refer to (in dependency order).
export const InstanceKey: RequestRule = {"t":"string","p":"^[0-9]+_[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"};
export const KVMap: RequestRule = {"t":"object","o":{"K":{"t":"string","n":1},"V":{"t":"string","n":1}}};
export const ProjectId: RequestRule = {"t":"string","p":"^[0-9]+$"};
export const TimeFilter: RequestRule = {"t":"string","p":"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]) (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"};
export const TimeZone: RequestRule = {"t":"string","p":"^UTC[+-](?:[0-9]|1[0-4])(?::[0-5][0-9])?$"};
