/**
 * Follow a $ref with the walker's own resolver. `from` is the file the ref is
 * written in: a ref inside components/responses.yaml is relative to that
 * file, not to the operation that uses it, so the caller threads the source
 * of every resolved node into the next lookup.
 */
export function follow(ctx, node, from) {
  if (node && typeof node === "object" && typeof node.$ref === "string") {
    const resolved = ctx.resolve(node, from);
    if (!resolved || resolved.node === undefined || !resolved.location) return { node: undefined, from, location: undefined };
    return { node: resolved.node, from: resolved.location.source.absoluteRef, location: resolved.location };
  }
  return { node, from, location: undefined };
}

/** Where a resolved node lives, as "file#/pointer", to compare two refs by target. */
export function targetOf(location) {
  return location ? `${location.source.absoluteRef}${location.pointer}` : undefined;
}
