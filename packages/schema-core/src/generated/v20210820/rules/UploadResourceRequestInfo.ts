// Generated from spec/wedata/2021-08-20/openapi.yaml by packages/schema/scripts/generate.mjs.
// Do not edit: change the spec and run `pnpm generate`.
import { lazyRule, type RuleRef } from "../../../request-rules.js";

export const UploadResourceRequestInfo: RuleRef = /* @__PURE__ */ lazyRule(() => ({"t":"object","x":1,"r":["ProjectId","FilePath","BucketName","Region","NewFile"],"o":{"ProjectId":{"t":"string"},"FilePath":{"t":"string"},"BucketName":{"t":"string"},"Region":{"t":"string"},"NewFile":{"t":"boolean"},"FileList":{"t":"array","i":{"t":"string"}},"FileSizeList":{"t":"array","i":{"t":"string"}},"FileMd5":{"t":"string"},"RemotePath":{"t":"string"}}}));
