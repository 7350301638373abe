/** Where a quotation stands in its paragraph: its marks and its words, as the mark scanner finds them. */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the paragraph when the quotation runs on or never closes. */
  close: number;
  /** Offset just after the closing mark (equal to `close` when there is none). */
  closeEnd: number;
  /** The quoted words: trimmed of surrounding spaces and of a trailing comma. */
  start: number;
  end: number;
  /** Nesting depth: 0 for a quotation, 1 for a quotation inside it. */
  depth: number;
  /** The paragraph ends inside this quotation and the next paragraph carries it on. */
  runsOn: boolean;
  /** This quotation carries on the one that ran on from the previous paragraph. */
  continued: boolean;
  /** No closing mark was found and the next paragraph does not carry the quotation on. */
  unterminated: boolean;
}
