/** Articles the fake news site serves: invented stories, each with quotations a test can verify. */
export interface Story {
  slug: string;
  title: string;
  author: string;
  date: string;
  paragraphs: string[];
}

export const stories: Record<string, Story> = {
  harbour: {
    slug: "harbour-wall",
    title: "Harbour wall repairs to finish by spring",
    author: "Mara Quill",
    date: "2024-03-04",
    paragraphs: [
      "Repairs to the storm-damaged harbour wall at Kelso Bay will be completed before the tourist season, the town council confirmed on Monday.",
      '"The harbour wall will be finished by spring, and not a week later," Mayor Ines Okafor said at a packed meeting in the town hall.',
      "Engineers found three breaches after the January storms, and fishing boats have been mooring in the outer basin since then.",
      '"We have waited long enough for this money," said Tomas Brenner, who chairs the local fishermen\'s association.',
      "The council has set aside 2.4 million pounds for the work, which will be carried out by a contractor from Leith.",
    ],
  },
  ferry: {
    slug: "ferry-strike",
    title: "Ferry crews vote to strike over contracts",
    author: "Owen Teller",
    date: "2024-03-05",
    paragraphs: [
      "Crews on the island ferry routes have voted to strike from next week after talks on new contracts broke down.",
      '"We will not sail until the contracts are signed in full," union organiser Petra Lund told reporters outside the depot.',
      "The operator said it was disappointed by the vote and urged the union to return to the table.",
      '"Passengers should check before they travel, because we cannot promise any crossings," a spokesman for the operator said.',
      "The last strike on the routes, in 2019, lasted nine days and left several islands without fresh supplies.",
    ],
  },
  library: {
    slug: "library-hours",
    title: "Library opening hours cut to three days",
    author: "Mara Quill",
    date: "2024-03-06",
    paragraphs: [
      "The central library will open only three days a week from April, the council announced in its budget papers.",
      '"A library that is shut is a library that is lost," said campaigner Alva Reyes, who has organised a petition.',
      "Council leader Bryn Hollis said the cut was painful but unavoidable given the pressure on social care.",
      '"Nobody came into politics to close libraries," Hollis said, adding that volunteers could help keep the doors open.',
      "The petition has gathered more than four thousand signatures in a week, according to its organisers.",
    ],
  },
  lighthouse: {
    slug: "lighthouse-sale",
    title: "Lighthouse sold to a marine research trust",
    author: "Owen Teller",
    date: "2024-03-07",
    paragraphs: [
      "The decommissioned lighthouse on Gull Point has been sold to a marine research trust for an undisclosed sum.",
      '"We will open the lamp room to schoolchildren every summer," the trust\'s director, Hana Sato, said after the sale.',
      "The lighthouse was automated in 1987 and its keepers' cottages have stood empty for more than a decade.",
      '"It is the right home for a building that kept sailors safe for a century," said local historian Colm Ryder.',
      "The trust plans to install instruments to measure sea temperature and wave height off the point.",
    ],
  },
  tram: {
    slug: "tram-extension",
    title: "Tram line extension approved after long inquiry",
    author: "Rosa Vint",
    date: "2024-03-08",
    paragraphs: [
      "Ministers have approved the extension of the tram line to the airport after a public inquiry that lasted two years.",
      '"This line will carry four million passengers a year by the end of the decade," transport secretary Lionel Marsh said.',
      "Opponents had argued that the route would cut through the last green space in the western suburbs.",
      '"The fight is not over, and we will take this to the courts," said Dana Pryce of the Friends of Westfield Park.',
      "Construction is expected to begin next spring and to take about three years.",
    ],
  },
  bakery: {
    slug: "bakery-award",
    title: "Café wins national award for its sourdough",
    author: "Rosa Vint",
    date: "2024-03-09",
    paragraphs: [
      "A small café on the harbour front has won a national award for its sourdough, beating more than two hundred entries.",
      '"I started baking at four o\'clock every morning because nobody else would," owner Zoë Müller said, laughing.',
      "The judges praised the bread's crust and its long fermentation, which takes almost two days.",
      '"It is the best loaf I have tasted outside France," said one judge, the food writer Émile Garnier.',
      "The café plans to open a second shop in the old fish market later this year.",
    ],
  },
};

export interface PageOptions {
  outlet: string;
  /** Canonical address, absolute or relative. */
  canonical?: string;
  /** Declared in a meta tag; the bytes are encoded by the server. */
  charset?: string;
}

/** A page as outlets publish it: navigation, an advert, the article, comments, a footer. */
export function articlePage(story: Story, options: PageOptions): string {
  const body = story.paragraphs.map((p) => `<p>${p}</p>`).join("\n      ");
  return `<!doctype html>
<html lang="en">
  <head>
    ${options.charset ? `<meta charset="${options.charset}">` : '<meta charset="utf-8">'}
    <title>${story.title} | ${options.outlet}</title>
    <meta property="og:title" content="${story.title}">
    <meta property="og:site_name" content="${options.outlet}">
    <meta property="article:published_time" content="${story.date}T08:30:00+01:00">
    <meta name="author" content="${story.author}">
    ${options.canonical ? `<link rel="canonical" href="${options.canonical}">` : ""}
  </head>
  <body>
    <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> Subscribe for 1p a week</nav></header>
    <div class="sponsor-banner">ADVERTISEMENT: the new Gullwing kettle boils in twenty seconds. Buy now!</div>
    <main>
      <article>
      <h1>${story.title}</h1>
      <p class="byline">By ${story.author}</p>
      ${body}
      </article>
    </main>
    <section id="comments" class="comments">
      <h3>Comments (2)</h3>
      <div class="comment"><p>Reader42: "This is a disgrace," I told my neighbour.</p></div>
      <div class="comment"><p>SeaDog: Typical council.</p></div>
    </section>
    <footer>Copyright the publisher. Cookie settings. Privacy policy.</footer>
  </body>
</html>`;
}
