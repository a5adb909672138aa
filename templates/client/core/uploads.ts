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
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    isReadableStream(value) ||
    isAsyncIterable(value)
  );
}

/** True for a WHATWG ReadableStream. */
export function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}

/** True for anything `for await` can read (Node streams, async generators). */
export function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

/**
 * Builds the multipart body. File content becomes a Blob named after the
 * File (else the field); booleans and numbers become strings; arrays become
 * repeated fields; plain objects become JSON; undefined and null are left out.
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
  if (typeof value === "string") form.append(key, value);
  else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") form.append(key, String(value));
  else if (isUploadable(value)) form.append(key, await toBlob(value), fileName(value, key));
  else if (value instanceof Date) form.append(key, value.toISOString());
  else form.append(key, JSON.stringify(value));
}

function fileName(value: Uploadable, fallback: string): string {
  const name = (value as { name?: unknown }).name;
  return value instanceof Blob && typeof name === "string" && name !== "" ? name : fallback;
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
