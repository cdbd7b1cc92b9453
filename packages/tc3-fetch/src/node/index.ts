// Node-only credential providers: they read the environment, files and the instance metadata service.
// The package's main entry stays isomorphic; browsers and edge runtimes never load this module.
// What the providers return, named here too: this entry's declarations then stand on their own.
export type { Credentials, CredentialsProvider } from "../credentials.js";
export { CVM_METADATA_ENDPOINT, type CvmRoleOptions, fromCvmRole } from "./cvm-role.js";
export { type DefaultCredentialsOptions, defaultCredentials } from "./default-chain.js";
export { fromEnv, regionFromEnv, TOKEN_VARIABLES } from "./env.js";
export { credentialsFilePath, fromProfile, type ProfileOptions } from "./profile.js";
export { fromWebIdentity, type WebIdentityOptions } from "./web-identity.js";
