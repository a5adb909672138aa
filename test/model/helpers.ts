/**
 * What the model tests share: a small document in, the model out. Tables of
 * `{ given, want }` in the style of openapi-typescript's test/transform/.
 */
import { buildModel, type Model, type OperationModel } from "../../generators/model/model.js";

export type Doc = Record<string, unknown>;

/** A 3.0 document with the given paths (and components). */
export function doc(paths: Doc, extra: Doc = {}): Doc {
  return { openapi: "3.0.3", info: { title: "Test API", version: "1" }, paths, ...extra };
}

export function model(given: Doc): Model {
  return buildModel(given, { specFile: "openapi.json" });
}

/** The model's one operation (the tests' documents have one unless they say otherwise). */
export function only(given: Doc): OperationModel {
  const { operations } = model(given);
  if (operations.length !== 1) throw new Error(`expected one operation, got ${operations.length}`);
  return operations[0]!;
}

export const ok = { "200": { description: "ok" } };

/** An operation with a request body of these media types (each `{ schema }`). */
export function withBody(content: Doc, method = "post", extra: Doc = {}): Doc {
  return doc({ "/x": { [method]: { requestBody: { required: true, content }, responses: ok, ...extra } } });
}
