/**
 * Downloads: the response body as a stream that is also a file. It is a
 * ReadableStream (pipe it anywhere) with `blob()`, `arrayBuffer()`, `text()`,
 * and the name and type the server gave. When the stream ends, fails or is
 * cancelled the request lets go of the caller's AbortSignal, so many
 * downloads sharing one signal leave nothing attached to it; an abort
 * mid-stream errors the stream with APIUserAbortError.
 */
import { APIConnectionError, APIUserAbortError } from "./errors.js";

/** A downloaded file body. */
export class FileDownload extends ReadableStream<Uint8Array> {
  /** The file name from `Content-Disposition`, or null. */
  readonly fileName: string | null;
  /** The `Content-Type` header, or null. */
  readonly contentType: string | null;
  /** The `Content-Length` header in bytes, or null. */
  readonly size: number | null;

  /** Wraps a response body; `onEnd` runs once, however the stream ends. */
  constructor(response: Response, onEnd: () => void, userSignal: AbortSignal | undefined) {
    const reader = response.body?.getReader();
    let ended = false;
    const end = (): void => {
      if (!ended) {
        ended = true;
        onEnd();
      }
    };
    super({
      async pull(controller) {
        if (!reader) {
          end();
          controller.close();
          return;
        }
        try {
          const { done, value } = await reader.read();
          if (done) {
            end();
            controller.close();
          } else controller.enqueue(value);
        } catch (cause) {
          end();
          controller.error(userSignal?.aborted ? new APIUserAbortError({ cause }) : new APIConnectionError("The download was interrupted.", { cause }));
        }
      },
      cancel(reason) {
        end();
        return reader?.cancel(reason);
      },
    });
    if (!reader) end();
    const length = response.headers.get("content-length");
    this.fileName = fileNameFrom(response.headers.get("content-disposition"));
    this.contentType = response.headers.get("content-type");
    this.size = length !== null && /^\d+$/.test(length) ? Number(length) : null;
  }

  /** The whole body as a Blob (typed from Content-Type). */
  async blob(): Promise<Blob> {
    const blob = await new Response(this).blob();
    return this.contentType ? new Blob([blob], { type: this.contentType }) : blob;
  }

  /** The whole body as bytes. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return new Response(this).arrayBuffer();
  }

  /** The whole body as UTF-8 text. */
  text(): Promise<string> {
    return new Response(this).text();
  }
}

/** `attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf` or `filename="a b.csv"` → the name. */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return baseName(decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, "")));
    } catch {
      // fall through to the plain form
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(disposition);
  if (quoted) return baseName(quoted[1]!.replace(/\\(.)/g, "$1"));
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(disposition);
  return bare ? baseName(bare[1]!) : null;
}

// A name is a name, not a path: "../../etc/passwd" from a server must not steer where a caller saves it.
function baseName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()!.trim();
  return base === "" || base === "." || base === ".." ? null : base;
}
