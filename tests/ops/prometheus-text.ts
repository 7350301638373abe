/** The value of one series in Prometheus text, e.g. `verbatim_corpus_articles` or `name{label="value"}`. */
export function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
