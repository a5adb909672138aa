/**
 * Storage: upload (multipart), list by path prefix, metadata, download,
 * delete. Each user has their own storage: paths are unique per owner and
 * another user's file answers 404.
 */
import { HttpError } from "../../generated/server/index.js";
import { checksumOf } from "../db/checksum.js";
import { idempotent } from "../idempotency.js";
import { orderBy, pageOf, Params, prefixEnd, timeFilters, WHERE, type ListColumns } from "../list.js";
import { FILE_COLUMNS, fileOf } from "../rows.js";
import { nowIso, type HandlerModule } from "./context.js";

const COLUMNS: ListColumns = { id: "id", created: "created_at", updated: "updated_at", name: "name" };

/** A header-safe file name for Content-Disposition (quotes and non-ASCII cannot break out). */
function dispositionOf(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const storageHandlers: HandlerModule<"listFiles" | "uploadFile" | "getFileMetadata" | "downloadFile" | "deleteFile"> = (ctx) => ({
  listFiles: async ({ query, auth }) => {
    const params = new Params();
    const where = [`owner_id = ${params.p(auth.userId)}`];
    if (query.path) {
      // A prefix as an index range on (owner_id, path): [prefix, the next string after every one that starts with it).
      where.push(`path >= ${params.p(query.path)}`);
      const end = prefixEnd(query.path);
      if (end !== null) where.push(`path < ${params.p(end)}`);
    }
    timeFilters(query, COLUMNS, where, params);
    const { offset, limit, page } = pageOf(query);
    const countParams = params.values.slice();
    const [rows, [count]] = await Promise.all([
      ctx.db.query(
        `SELECT ${FILE_COLUMNS} FROM files ${WHERE(where)} ORDER BY ${orderBy(query.sort, COLUMNS)} LIMIT ${params.p(limit)} OFFSET ${params.p(offset)}`,
        params.values,
      ),
      ctx.db.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM files ${WHERE(where)}`, countParams),
    ]);
    return { status: 200, body: { files: rows.map(fileOf), total: Number(count.n), page, per_page: limit } };
  },
  // The plugin has already refused paths with `..`, backslashes or NUL, and checked the form.
  uploadFile: ({ body, files, auth, headers }) => {
    const upload = files.file;
    const request = { body: { path: body.path, overwrite: body.overwrite }, file: { filename: upload.filename, mimetype: upload.mimetype, data: upload.data } };
    return idempotent(ctx, { auth, operation: "uploadFile", key: headers["idempotency-key"], request }, async (tx) => {
      const path = String(body.path);
      const [existing] = await tx.query<{ id: string }>("SELECT id FROM files WHERE owner_id = $1 AND path = $2 FOR UPDATE", [auth.userId, path]);
      if (existing && !body.overwrite) {
        throw HttpError.badRequest(`A file already exists at ${path}; send overwrite=true to replace it`, { field: "path", code: "already_exists" });
      }
      const at = nowIso(ctx);
      const data = upload.data;
      const name = path.split("/").filter(Boolean).pop() ?? upload.filename;
      const fields = [name, data.length, upload.mimetype || "application/octet-stream", checksumOf(data), at];
      const [row] = existing
        ? await tx.query(`UPDATE files SET name = $2, size = $3, content_type = $4, checksum = $5, updated_at = $6 WHERE id = $1 RETURNING ${FILE_COLUMNS}`, [
            existing.id,
            ...fields,
          ])
        : await tx.query(
            `INSERT INTO files (id, owner_id, path, name, size, content_type, checksum, created_at, updated_at) VALUES ('file_' || nextval('object_ids'), $1, $2, $3, $4, $5, $6, $7, $7) RETURNING ${FILE_COLUMNS}`,
            [auth.userId, path, ...fields],
          );
      await tx.query("INSERT INTO file_contents (file_id, data) VALUES ($1, $2) ON CONFLICT (file_id) DO UPDATE SET data = excluded.data", [row.id, data]);
      return { status: 201 as const, body: fileOf(row) };
    });
  },
  getFileMetadata: async ({ params, auth }) => {
    const [row] = await ctx.db.query(`SELECT ${FILE_COLUMNS} FROM files WHERE id = $1 AND owner_id = $2`, [params.file_id, auth.userId]);
    if (!row) throw HttpError.notFound(`No file ${params.file_id}`);
    return { status: 200, body: fileOf(row) };
  },
  downloadFile: async ({ params, auth }) => {
    const [row] = await ctx.db.query<{ name: string; data: Uint8Array }>(
      "SELECT f.name, c.data FROM files f JOIN file_contents c ON c.file_id = f.id WHERE f.id = $1 AND f.owner_id = $2",
      [params.file_id, auth.userId],
    );
    if (!row) throw HttpError.notFound(`No file ${params.file_id}`);
    const data = Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength);
    return { status: 200, body: data, headers: { "content-disposition": dispositionOf(row.name) } };
  },
  deleteFile: async ({ params, auth }) => {
    const deleted = await ctx.db.query("DELETE FROM files WHERE id = $1 AND owner_id = $2 RETURNING id", [params.file_id, auth.userId]);
    if (!deleted.length) throw HttpError.notFound(`No file ${params.file_id}`);
    return { status: 204 };
  },
});
