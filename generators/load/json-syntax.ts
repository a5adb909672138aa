/**
 * json-syntax: a JSON parse error as line and column. The bundler reads
 * `.json` files with a YAML parser, which lets trailing commas and comments
 * through; a file that says it is JSON must parse as JSON (other tools will
 * read it too).
 */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export function jsonSyntaxError(text: string): JsonSyntaxProblem | null {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ""));
    return null;
  } catch (error) {
    const message = (error as Error).message;
    // V8: "… in JSON at position 171" (Node 20), sometimes followed by "(line 7 column 69)".
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    const clean = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
    return { line: before.length, column: before[before.length - 1].length + 1, message: clean };
  }
}
