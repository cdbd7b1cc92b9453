import { closeSync, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { CredentialsNotConfigured, type CredentialsProvider } from "../credentials.js";
import { CredentialsError } from "../errors.js";

export interface ProfileOptions {
  /** Default `default`. */
  profile?: string;
  /** Default: TENCENTCLOUD_CREDENTIALS_FILE, else ~/.tencentcloud/credentials, else /etc/tencentcloud/credentials. */
  file?: string;
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Which file to read, or undefined when none is configured or present. */
export function credentialsFilePath(file?: string): string | undefined {
  if (file) return file;
  const fromEnv = process.env.TENCENTCLOUD_CREDENTIALS_FILE?.trim();
  if (fromEnv) return fromEnv;
  return [join(homedir(), ".tencentcloud", "credentials"), "/etc/tencentcloud/credentials"].find(exists);
}

/**
 * Keys others can read are keys others have, and a file others can write (or own) lets them swap in their
 * own: refuse both, as ssh does for its private keys. Windows has no such mode bits: nothing to check there.
 */
function refuseShared(file: string, stat: { mode: number; uid: number }): void {
  if (process.platform === "win32") return;
  const uid = process.getuid?.();
  if (uid !== undefined && stat.uid !== uid) {
    throw new CredentialsError(
      `credentials file ${file} belongs to another user (uid ${stat.uid}, you are ${uid}): refusing it; keep the file your own, with chmod 600`,
    );
  }
  if (stat.mode & 0o077) {
    const who = stat.mode & 0o007 ? "every user" : "its group";
    const how =
      [stat.mode & 0o044 && "readable", stat.mode & 0o022 && "writable"].filter(Boolean).join(" and ") ||
      "usable";
    throw new CredentialsError(
      `credentials file ${file} is ${how} by ${who} (mode ${(stat.mode & 0o777).toString(8)}): refusing it; run: chmod 600 ${file}`,
    );
  }
}

/** INI credentials as the SDKs keep them: `[profile]` with `secret_id`, `secret_key` and optional `token`. */
export function fromProfile(options: ProfileOptions = {}): CredentialsProvider {
  return async () => {
    const profile = options.profile ?? "default";
    const file = credentialsFilePath(options.file);
    if (!file) {
      throw new CredentialsNotConfigured(
        "no credentials file (TENCENTCLOUD_CREDENTIALS_FILE, ~/.tencentcloud/credentials, /etc/tencentcloud/credentials)",
      );
    }
    let text: string;
    try {
      const fd = openSync(file, "r");
      try {
        // The opened file is checked, not the path: nobody can swap the file between the check and the read.
        refuseShared(file, fstatSync(fd));
        text = readFileSync(fd, "utf8");
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      if (error instanceof CredentialsError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && !options.file && !process.env.TENCENTCLOUD_CREDENTIALS_FILE) {
        throw new CredentialsNotConfigured(`no credentials file at ${file}`);
      }
      const why =
        code === "EACCES"
          ? "is not readable (permission denied)"
          : code === "ENOENT"
            ? "does not exist"
            : `cannot be read (${code})`;
      throw new CredentialsError(`credentials file ${file} ${why}`, [], { cause: error });
    }
    // The parser loads with the first file it reads: keys from the environment never pay for it.
    const { parse } = await import("ini");
    const sections = parse(text) as Record<string, unknown>;
    const section = sections[profile];
    if (!section || typeof section !== "object") {
      const known = Object.keys(sections).filter((k) => typeof sections[k] === "object");
      throw new CredentialsError(
        `profile "${profile}" not found in ${file}${known.length ? ` (profiles there: ${known.join(", ")})` : ""}`,
      );
    }
    const entries = section as Record<string, unknown>;
    const read = (key: string) =>
      (typeof entries[key] === "string" && (entries[key] as string).trim()) || undefined;
    const secretId = read("secret_id");
    const secretKey = read("secret_key");
    if (!secretId || !secretKey) {
      throw new CredentialsError(
        `profile "${profile}" in ${file} has no ${secretId ? "secret_key" : "secret_id"}`,
      );
    }
    return { secretId, secretKey, sessionToken: read("token") };
  };
}
