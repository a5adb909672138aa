/** locate: the line of the root file a JSON pointer names, for error messages. */
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";

/** Line of a pointer in the root file, when it is there (best effort: multi-file specs point into the bundle). */
export function lineOf(file: string, pointer: string): number | null {
  try {
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(file, "utf8"), { lineCounter: counter });
    const keys = pointer
      .slice(2)
      .split("/")
      .filter(Boolean)
      .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
  } catch {
    // No line then: the pointer still says where.
  }
  return null;
}
