/**
 * File uploads: what counts as a file, and how a multipart body is built.
 */

/**
 * Anything the SDK accepts as file content. A Node Buffer is a Uint8Array
 * and a Node Readable stream is an AsyncIterable, so both work as-is.
 */
export type Uploadable = Blob | File | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** True for values that are file content rather than a plain field. */
export function isUploadable(value: unknown): value is Uploadable {
  return value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || isReadableStream(value) || isAsyncIterable(value);
}

/** True for a WHATWG ReadableStream. */
export function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}

/** True for anything `for await` can read (Node streams, async generators). */
export function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return value !== null && typeof value === "object" && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}

/** Content types by file extension, for parts whose content carries none. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  csv: "text/csv",
  txt: "text/plain",
  json: "application/json",
  xml: "application/xml",
  html: "text/html",
  md: "text/markdown",
  yaml: "application/yaml",
  yml: "application/yaml",
  pdf: "application/pdf",
  zip: "application/zip",
  gz: "application/gzip",
  tar: "application/x-tar",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
  webp: "image/webp",
  mp4: "video/mp4",
  wav: "audio/wav",
  mp3: "audio/mpeg",
  parquet: "application/vnd.apache.parquet",
  py: "text/x-python",
  sh: "application/x-sh",
  js: "text/javascript",
};

/** The content type a file name suggests, else application/octet-stream. */
export function contentTypeFor(fileName: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (ext && Object.hasOwn(TYPES_BY_EXTENSION, ext) ? TYPES_BY_EXTENSION[ext] : undefined) ?? "application/octet-stream";
}

/**
 * The name a file part goes by: a File's name, a Node file stream's path
 * (its last segment), else the field's name.
 */
export function fileNameOf(value: Uploadable, fallback: string): string {
  const named = value as { name?: unknown; path?: unknown };
  const raw = typeof named.name === "string" && named.name !== "" ? named.name : typeof named.path === "string" ? named.path : "";
  const base = raw.split(/[\\/]/).pop() ?? "";
  return base || fallback;
}

/** The content type of a file part: the Blob's own, else from its name. */
export function contentTypeOf(value: Uploadable, fileName: string): string {
  return value instanceof Blob && value.type ? value.type : contentTypeFor(fileName);
}

/**
 * A File from bytes, a string, a Blob or a stream (read into memory), for
 * when a name or type must be attached: `toFile(buffer, "data.csv")`.
 */
export async function toFile(content: Uploadable | string, name?: string, options?: { type?: string; lastModified?: number }): Promise<File> {
  const fileName = name ?? (typeof content === "string" ? "file" : fileNameOf(content, "file"));
  const blob = typeof content === "string" ? new Blob([content]) : await toBlob(content);
  const type = options?.type ?? (blob.type || contentTypeFor(fileName));
  return new File([blob], fileName, { type, lastModified: options?.lastModified });
}

/** True when some field of a multipart body is a stream (which then is sent without being buffered). */
export function hasStreamField(body: Record<string, unknown>): boolean {
  for (const key of Object.keys(body)) {
    const value = body[key];
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) if (!(item instanceof Blob) && !(item instanceof Uint8Array) && (isReadableStream(item) || isAsyncIterable(item))) return true;
  }
  return false;
}

/**
 * Builds the multipart body as FormData, for bodies without streams (so it
 * can be resent on retry). File content becomes a Blob named after the file;
 * booleans and numbers become strings; arrays become repeated fields; plain
 * objects become JSON; undefined and null are left out.
 */
export async function toFormData(body: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  for (const key of Object.keys(body)) await appendField(form, key, body[key]);
  return form;
}

async function appendField(form: FormData, key: string, value: unknown): Promise<void> {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) await appendField(form, key, item);
    return;
  }
  const text = fieldText(value);
  if (text !== undefined) form.append(key, text);
  else {
    const file = value as Uploadable;
    const name = fileNameOf(file, key);
    const blob = await toBlob(file);
    form.append(key, blob.type ? blob : new Blob([blob], { type: contentTypeOf(file, name) }), name);
  }
}

/** A non-file field's text, or undefined for file content. */
function fieldText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (isUploadable(value)) return undefined;
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

/**
 * A multipart/form-data body streamed part by part: file streams are piped
 * through as they are read, never held in memory. Returns the body and its
 * Content-Type (with the boundary).
 */
export function toMultipartStream(body: Record<string, unknown>): { stream: ReadableStream<Uint8Array>; contentType: string } {
  const boundary = `----sdk-boundary-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const encoder = new TextEncoder();
  const quote = (text: string) => text.replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/"/g, "%22");
  async function* parts(): AsyncGenerator<Uint8Array> {
    for (const key of Object.keys(body)) {
      const value = body[key];
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === undefined || item === null) continue;
        const text = fieldText(item);
        if (text !== undefined) {
          yield encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(key)}"\r\n\r\n${text}\r\n`);
          continue;
        }
        const file = item as Uploadable;
        const name = fileNameOf(file, key);
        yield encoder.encode(
          `--${boundary}\r\nContent-Disposition: form-data; name="${quote(key)}"; filename="${quote(name)}"\r\nContent-Type: ${contentTypeOf(file, name)}\r\n\r\n`,
        );
        yield* chunksOf(file);
        yield encoder.encode("\r\n");
      }
    }
    yield encoder.encode(`--${boundary}--\r\n`);
  }
  return { stream: toRequestBody(parts()) as ReadableStream<Uint8Array>, contentType: `multipart/form-data; boundary=${boundary}` };
}

async function* chunksOf(value: Uploadable): AsyncGenerator<Uint8Array> {
  if (value instanceof Blob) yield new Uint8Array(await value.arrayBuffer());
  else if (value instanceof Uint8Array) yield value;
  else if (value instanceof ArrayBuffer) yield new Uint8Array(value);
  else if (isReadableStream(value)) {
    const reader = value.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) return;
      yield chunk;
    }
  } else for await (const chunk of value) yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
}

/**
 * Reads any Uploadable into a Blob. FormData only holds Blobs, so streams are
 * read to the end here; as a bonus the body can then be sent again on retry.
 */
export async function toBlob(value: Uploadable): Promise<Blob> {
  if (value instanceof Blob) return value;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return new Blob([value as BlobPart]);
  const parts: BlobPart[] = [];
  if (isReadableStream(value)) {
    const reader = value.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      parts.push(chunk as BlobPart);
    }
  } else {
    for await (const chunk of value) parts.push(chunk as BlobPart);
  }
  return new Blob(parts);
}

/**
 * Turns an Uploadable into something fetch accepts as a raw body without
 * buffering it: streams stay streams (an async iterable is wrapped in a
 * ReadableStream, as browsers' fetch only takes those).
 */
export function toRequestBody(value: Uploadable): Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> {
  if (value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer || isReadableStream(value)) {
    return value;
  }
  const iterator = value[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value: chunk } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(chunk);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}
