/**
 * multipart/form-data: text fields become the body (validated by the
 * route's schema afterwards), file parts are buffered aside, within the
 * size limits. A file part the spec does not declare (or a second file for a
 * one-file field) is refused before a byte of it is buffered. A malformed
 * form is a 400, an oversized one a 413.
 */
import type { FastifyRequest } from "fastify";
import { HttpError } from "./errors.js";
import { baseName } from "./upload-paths.js";
import type { UploadedFile } from "./types.js";

export interface MultipartLimits {
  fileSize: number;
  files: number;
  fields: number;
  fieldSize: number;
}

interface PartLike {
  type: "file" | "field";
  fieldname: string;
  filename?: string;
  mimetype?: string;
  encoding?: string;
  value?: unknown;
  valueTruncated?: boolean;
  toBuffer?: () => Promise<Buffer>;
}

type PartsRequest = FastifyRequest & { parts(options: { limits: Record<string, number> }): AsyncIterable<PartLike> };

export async function readMultipart(
  request: FastifyRequest,
  limits: MultipartLimits,
  fileFields: { name: string; array: boolean }[],
  /** The form declares no fields at all: take file parts under any name. */
  anyFileField = false,
): Promise<{ fields: Record<string, unknown>; files: Record<string, UploadedFile | UploadedFile[]> }> {
  const fields: Record<string, unknown> = Object.create(null);
  const files: Record<string, UploadedFile | UploadedFile[]> = Object.create(null);
  const arrays = new Set(fileFields.filter((f) => f.array).map((f) => f.name));
  const declared = new Set(fileFields.map((f) => f.name));
  try {
    const parts = (request as PartsRequest).parts({
      limits: { fileSize: limits.fileSize, files: limits.files, fields: limits.fields, fieldSize: limits.fieldSize, parts: limits.files + limits.fields },
    });
    for await (const part of parts) {
      if (part.type === "file") {
        // Checked before reading the part: nothing undeclared is ever buffered.
        if (!anyFileField && !declared.has(part.fieldname)) {
          throw HttpError.badRequest(`form field ${part.fieldname} is not a file field of this operation`, { field: part.fieldname, code: "unknown_field" });
        }
        if (files[part.fieldname] && !arrays.has(part.fieldname)) {
          throw HttpError.badRequest(`form field ${part.fieldname} must hold one file`, { field: part.fieldname, code: "too_many" });
        }
        const data = await part.toBuffer!();
        const file: UploadedFile = {
          fieldName: part.fieldname,
          filename: baseName(part.filename ?? ""),
          mimetype: part.mimetype ?? "application/octet-stream",
          encoding: part.encoding ?? "7bit",
          data,
          size: data.length,
        };
        const existing = files[part.fieldname];
        files[part.fieldname] = arrays.has(part.fieldname) ? [...((existing as UploadedFile[] | undefined) ?? []), file] : file;
      } else {
        if (part.valueTruncated)
          throw new HttpError(413, "validation_error", `form field ${part.fieldname} is too large`, { field: part.fieldname, code: "too_large" });
        const value = typeof part.value === "string" ? part.value : String(part.value ?? "");
        // Repeated text fields become arrays (the schema says whether that is allowed).
        const existing = fields[part.fieldname];
        fields[part.fieldname] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (error instanceof HttpError || /^FST_(REQ_FILE_TOO_LARGE|PARTS_LIMIT|FILES_LIMIT|FIELDS_LIMIT|INVALID_MULTIPART_CONTENT_TYPE)$/.test(code)) throw error;
    throw HttpError.badRequest("The multipart body is malformed", { field: "body", code: "malformed_multipart" });
  }
  // A plain object again, so ajv's defaults and coercion behave as for JSON.
  return { fields: { ...fields }, files: { ...files } };
}
