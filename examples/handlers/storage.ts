/** Storage: upload (multipart), list by path prefix, metadata, download, delete. */
import { HttpError } from "../../generated/server/index.js";
import { listPage } from "../list.js";
import { checksumOf, type FileRecord } from "../store.js";
import { now, once, type HandlerModule } from "./context.js";

/** A header-safe file name for Content-Disposition (quotes and non-ASCII cannot break out). */
function dispositionOf(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const storageHandlers: HandlerModule<"listFiles" | "uploadFile" | "getFileMetadata" | "downloadFile" | "deleteFile"> = (store) => {
  const find = (id: string) => {
    const file = store.files.get(id);
    if (!file) throw HttpError.notFound(`No file ${id}`);
    return file;
  };
  return {
    listFiles: ({ query }) => {
      const rows = [...store.files.values()].filter((f) => !query.path || f.path.startsWith(query.path));
      const page = listPage(rows, query);
      return { status: 200, body: { files: page.items, total: page.total, page: page.page, per_page: page.per_page } };
    },
    // The plugin has already refused paths with `..`, backslashes or NUL, and checked the form.
    uploadFile: ({ body, files, auth, headers }) =>
      once(store, auth, headers["idempotency-key"], () => {
        const existing = [...store.files.values()].find((f) => f.path === body.path);
        if (existing && !body.overwrite) {
          throw HttpError.badRequest(`A file already exists at ${body.path}; send overwrite=true to replace it`, { field: "path", code: "already_exists" });
        }
        const at = now();
        const data = files.file.data;
        const record: FileRecord = {
          id: existing?.id ?? store.nextId("file"),
          name: body.path.split("/").filter(Boolean).pop() ?? files.file.filename,
          path: body.path,
          size: data.length,
          content_type: files.file.mimetype || "application/octet-stream",
          checksum: checksumOf(data),
          owner_id: auth.userId,
          created_at: existing?.created_at ?? at,
          updated_at: at,
        };
        store.files.set(record.id, record);
        store.fileContent.set(record.id, data);
        return { status: 201 as const, body: record };
      }),
    getFileMetadata: ({ params }) => ({ status: 200, body: find(params.file_id) }),
    downloadFile: ({ params }) => {
      const file = find(params.file_id);
      return { status: 200, body: store.fileContent.get(file.id) ?? Buffer.alloc(0), headers: { "content-disposition": dispositionOf(file.name) } };
    },
    deleteFile: ({ params }) => {
      find(params.file_id);
      store.files.delete(params.file_id);
      store.fileContent.delete(params.file_id);
      return { status: 204 };
    },
  };
};
