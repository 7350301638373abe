/**
 * Plain text from an HTML subtree: one paragraph per block element, paragraphs separated by a blank line, runs
 * of whitespace (including no-break spaces) collapsed, `<br>` kept as a line break. Entities are already decoded
 * by the parser.
 */

/** The slice of the DOM this needs; linkedom's nodes satisfy it. */
export interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

const ELEMENT = 1;
const TEXT = 3;

const BLOCKS = new Set(
  (
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN " +
    "OL P PRE SECTION TABLE TD TH TR UL"
  ).split(" "),
);

const INVISIBLE = new Set("SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON".split(" "));

function tidy(lines: string[]): string {
  return lines
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

export function htmlToText(root: TextNode): string {
  const paragraphs: string[] = [];
  let lines: string[] = [""];
  const flush = () => {
    const text = tidy(lines);
    if (text) paragraphs.push(text);
    lines = [""];
  };
  const walk = (node: TextNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT) {
        lines[lines.length - 1] += child.textContent ?? "";
        continue;
      }
      if (child.nodeType !== ELEMENT) continue;
      const tag = child.nodeName.toUpperCase();
      if (INVISIBLE.has(tag)) continue;
      if (tag === "BR") {
        lines.push("");
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) flush();
      walk(child);
      if (block) flush();
    }
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}
