import type { ServerOperation } from "../model-server.js";
import type { Json } from "../refs.js";
export function markUnserializable(_operations: ServerOperation[], _responseSchema: Json): string[] {
  return [];
}
