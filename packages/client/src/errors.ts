// The errors and limiter every entry re-exports (owned by tc3-fetch, so users import from one place).
export {
  type Credentials,
  CredentialsError,
  type CredentialsProvider,
  createRateLimiter,
  type RateLimiter,
  RequestValidationError,
  TencentCloudApiError,
  TencentCloudError,
  TencentCloudHttpError,
  TencentCloudNetworkError,
} from "@wedata-openapi/tc3-fetch";
