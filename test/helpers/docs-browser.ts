/**
 * What the docs tests measure in the page itself (run inside Chromium with
 * page.evaluate): text cut off or pushed sideways, and text colours against
 * the background they are actually drawn on.
 */

export interface ClippedText {
  text: string;
  /** Why: "viewport" (outside the window), "clipped" (cut by an ancestor that hides overflow), "scrolls" (an element scrolls sideways). */
  reason: string;
  where: string;
}

/**
 * Every visible text in the current window that is not fully readable
 * horizontally: a text box outside the viewport's width, a text box cut by
 * an ancestor with overflow hidden/clip/auto/scroll, or an element whose
 * content is wider than its box and which scrolls or clips sideways.
 * Off-canvas parts (a closed mobile menu) are skipped: hidden, zero-size, or
 * entirely outside the viewport.
 */
export function horizontalProblems(): ClippedText[] {
  const out: ClippedText[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = window.innerHeight;
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.split(/\s+/).join(".")}` : ""}`;
  // Computed styles are looked up once per element: a Redoc page has thousands of text nodes.
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => {
    let cs = styles.get(el);
    if (!cs) styles.set(el, (cs = getComputedStyle(el)));
    return cs;
  };
  const hiddenCache = new Map<Element, boolean>();
  const hidden = (el: Element | null): boolean => {
    if (!el) return false;
    const known = hiddenCache.get(el);
    if (known !== undefined) return known;
    const cs = style(el);
    const result = cs.display === "none" || cs.visibility === "hidden" || Number(cs.opacity) === 0 || hidden(el.parentElement);
    hiddenCache.set(el, result);
    return result;
  };
  if (document.documentElement.scrollWidth > vw + 1) {
    out.push({ text: "", reason: `document is ${document.documentElement.scrollWidth}px wide in a ${vw}px window`, where: "html" });
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? "").trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest("script, style, noscript, option, select, textarea")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    // Only what is on screen vertically: the rest is checked at the scroll positions the tests visit.
    const onScreen = rects.filter((r) => r.bottom > 0 && r.top < vh);
    if (!onScreen.length) continue;
    // A box entirely left or right of the window, with nothing of it visible, is an off-canvas part.
    if (onScreen.every((r) => r.right <= 0 || r.left >= vw)) continue;
    if (hidden(parent)) continue;
    for (const r of onScreen) {
      if (r.left < -1 || r.right > vw + 1) {
        out.push({ text: text.slice(0, 60), reason: `viewport: ${Math.round(r.left)}..${Math.round(r.right)} of 0..${vw}`, where: describe(parent) });
        break;
      }
      let cut = false;
      for (let a: Element | null = parent; a && a !== document.documentElement; a = a.parentElement) {
        const cs = style(a);
        if (cs.overflowX === "visible") continue;
        const box = a.getBoundingClientRect();
        if (r.left < box.left - 1 || r.right > box.right + 1) {
          out.push({
            text: text.slice(0, 60),
            reason: `clipped by ${describe(a)} (overflow-x ${cs.overflowX}): ${Math.round(r.left)}..${Math.round(r.right)} in ${Math.round(box.left)}..${Math.round(box.right)}`,
            where: describe(parent),
          });
          cut = true;
          break;
        }
      }
      if (cut) break;
    }
  }
  for (const el of document.querySelectorAll("body *")) {
    if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0) continue;
    const cs = style(el);
    if (cs.overflowX === "visible") continue;
    const box = el.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= vh || hidden(el) || !(el.textContent ?? "").trim()) continue;
    out.push({
      text: (el.textContent ?? "").trim().slice(0, 60),
      reason: `scrolls: content ${el.scrollWidth}px in ${el.clientWidth}px (overflow-x ${cs.overflowX})`,
      where: describe(el),
    });
  }
  return out;
}

export interface LowContrast {
  text: string;
  ratio: number;
  color: string;
  background: string;
  where: string;
}

/**
 * Every visible text on screen whose WCAG contrast against its effective
 * background (the nearest painted backgrounds, alpha-blended) is below
 * `minimum` (3 for large text: 24px, or 18.66px bold).
 */
export function contrastProblems(minimum: number): LowContrast[] {
  type RGBA = [number, number, number, number];
  const parse = (value: string): RGBA => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1]
      .split(/[ ,/]+/)
      .filter(Boolean)
      .map(Number);
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  };
  const over = (top: RGBA, bottom: RGBA): RGBA => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const background = (el: Element | null): RGBA => {
    let colour: RGBA = [0, 0, 0, 0];
    const layers: RGBA[] = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    layers.push([255, 255, 255, 1]); // the canvas
    for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
    return colour;
  };
  const luminance = ([r, g, b]: RGBA) => {
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const out: LowContrast[] = [];
  const seen = new Set<Element>();
  const vh = window.innerHeight;
  const vw = document.documentElement.clientWidth;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = (node.textContent ?? "").trim();
    if (!parent || !text || seen.has(parent) || parent.closest("script, style, noscript, option")) continue;
    seen.add(parent);
    const box = parent.getBoundingClientRect();
    if (box.width === 0 || box.bottom <= 0 || box.top >= vh || box.right <= 0 || box.left >= vw) continue;
    let opacity = 1;
    let invisible = false;
    for (let e: Element | null = parent; e; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === "none" || cs.visibility === "hidden") invisible = true;
      opacity *= Number(cs.opacity);
    }
    if (invisible || opacity === 0) continue;
    const cs = getComputedStyle(parent);
    const bg = background(parent);
    const fg = parse(cs.color);
    // Text opacity (its own alpha times the elements' opacity) blends it into the background.
    const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity], bg);
    const [l1, l2] = [luminance(shown), luminance(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
    if (ratio < (large ? Math.min(3, minimum) : minimum)) {
      out.push({
        text: text.slice(0, 50),
        ratio: Math.round(ratio * 100) / 100,
        color: cs.color,
        background: `rgb(${bg.slice(0, 3).map(Math.round).join(", ")})`,
        where: `${parent.tagName.toLowerCase()}.${String(parent.className).split(/\s+/)[0]}`,
      });
    }
  }
  return out;
}

export interface SampleCallCheck {
  found: boolean;
  /** Line boxes of the call that fall outside the code block's visible box or the window. */
  outside: string[];
}

/**
 * Finds `call` (e.g. `await vantage.jobs.list({ limit: 10 });`) in a visible
 * code block of the section with id `sectionId` and reports every line box
 * of that text lying outside the block's visible box (clientLeft..clientWidth)
 * or the window. Whitespace differences (wrapping) are ignored.
 */
export function sampleCallVisible([sectionId, call]: [string, string]): SampleCallCheck {
  const section = document.getElementById(sectionId);
  const squash = (s: string) => s.replace(/\s+/g, "");
  const wanted = squash(call);
  const vw = document.documentElement.clientWidth;
  for (const pre of section ? [...section.querySelectorAll("pre")] : []) {
    if (pre.getClientRects().length === 0 || !squash(pre.textContent ?? "").includes(wanted)) continue;
    // Map the squashed text back to (text node, offset) pairs to build a Range over the call.
    const positions: [Text, number][] = [];
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const data = node.data;
      for (let i = 0; i < data.length; i++) if (!/\s/.test(data[i])) positions.push([node, i]);
    }
    const squashed = positions.map(([n, i]) => n.data[i]).join("");
    const start = squashed.indexOf(wanted);
    const box = pre.getBoundingClientRect();
    const left = box.left + pre.clientLeft;
    const right = left + pre.clientWidth;
    const outside: string[] = [];
    // Character by character: a space at a wrap point may hang past the line end, unseen; a glyph may not.
    const range = document.createRange();
    for (let k = start; k < start + wanted.length; k++) {
      const [node, offset] = positions[k];
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.left < left - 1 || r.right > right + 1 || r.left < -1 || r.right > vw + 1) {
        outside.push(
          `"${node.data[offset]}" at ${Math.round(r.left)}..${Math.round(r.right)} outside ${Math.round(left)}..${Math.round(right)} (window 0..${vw})`,
        );
      }
    }
    return { found: true, outside };
  }
  return { found: false, outside: [] };
}
