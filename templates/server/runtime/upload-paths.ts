/**
 * Storage paths sent with an upload must stay inside the caller's root:
 * no `..` segment, no backslash (a Windows separator smuggling one in), no
 * NUL or other control characters (truncation tricks), no percent-encoded
 * dot or slash (decoded again further down).
 */
export function unsafePathReason(value: string): string | null {
  if (/[\u0000-\u001f\u007f]/.test(value)) return "contains a control character";
  if (value.includes("\\")) return "contains a backslash";
  if (/%(2e|2f|5c|00)/i.test(value)) return "contains a percent-encoded separator";
  if (value.split("/").some((segment) => segment === ".." || segment === ".")) return "contains a '.' or '..' segment";
  return null;
}

/** A client-supplied file name reduced to its last segment, for display and storage names only. */
export function baseName(filename: string): string {
  const last = filename.split(/[\\/]/).pop() ?? "";
  return last.replace(/[\u0000-\u001f\u007f]/g, "") || "upload";
}
