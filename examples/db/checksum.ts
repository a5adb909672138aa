import { createHash } from "node:crypto";

/** The API's checksum of file content: `sha256:` and the hex digest. */
export function checksumOf(data: Uint8Array): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}
