package browser

import (
	"fmt"
	"strings"

	"github.com/skupaj/skupaj/internal/testsite"
)

// fixtureConfig is testsite.Config (English, Slovenian) with Serbian in
// Cyrillic and, made from it, Serbian in Latin, and a taxonomy of the
// site's own, audience, that no code names.
var fixtureConfig = strings.Replace(strings.Replace(testsite.Config, "relationship]", "relationship, audience]", 1), "taxonomies:", `  - code: sr
    name: Српски
    title: Тестни приручник
    description: Тестна страница.
  - code: sr-Latn
    name: Srpski (latinica)
    title: Testni priručnik
    description: Testna stranica.
    transliterate_from: sr
taxonomies:`, 1)

// xssTitle is a page title that would run script if a result were built
// with innerHTML.
const xssTitle = `Mischief <script>alert(1)</script><img src=x onerror="window.xssFired=true"> page`

// fixture is a small site for the search tests. "zephyrine" is on four
// English pages of three kinds; "quillwort" on 100 filler pages and
// "marram" on 80 of them: more than the 64 postings a chunk holds for a
// term, so that their postings need a further page.
func fixture() map[string]string {
	files := map[string]string{
		"content/site.yaml":    fixtureConfig,
		"content/en/_index.md": "---\ntitle: Home\nsummary: The test home.\n---\nWelcome.\n",
		"content/en/guidelines/kinds.md": "---\ntitle: Kinds of partnership\nweight: 10\nsummary: How libraries work with partners.\n---\n" +
			"Libraries and schools build mentorship together. Zephyrine appears here once.\n\n" +
			"## Educational partnerships\n\nTeachers and librarians plan lessons.\n",
		"content/en/tools/agreement.md": "---\ntitle: Partnership agreement\nsummary: A template to fill in.\nweight: 1\n---\n" +
			"## The template\n\nWrite the zephyrine clause here.\n",
		"content/en/cases/alpha.md": "---\ntitle: Alpha reading club\nsummary: A library and an NGO ran a reading club.\n" +
			"library: town-library\npartners: [red-cross]\npartnership_type: [educational]\nsector: [ngo]\ncountry: si\naudience: [adults]\n" +
			"coordinates: [46.05, 14.51]\nprecision: town\n---\n" +
			"## What was done\n\nThe zephyrine reading club met every week.\n",
		"content/en/cases/beta.md": "---\ntitle: Beta radio hour\nsummary: A library and a radio station made a show.\n" +
			"library: town-library\npartners: [red-cross]\npartnership_type: [media]\nsector: [media]\ncountry: rs\n" +
			"coordinates: [44.0, 20.9]\nprecision: region\n---\n" +
			"## On air\n\nA zephyrine radio show for young listeners.\n",
		"content/en/partners/town-library.md": "---\ntitle: Town library\nsector: [libraries]\ncountry: si\n---\nThe library.\n",
		"content/en/partners/red-cross.md":    "---\ntitle: Red Cross\nsector: [ngo]\ncountry: si\n---\nAn NGO.\n",
		"content/en/about.md":                 fmt.Sprintf("---\ntitle: %q\nsummary: Escaping test.\n---\nNothing to see.\n", xssTitle),
		"content/sl/guidelines/knjiznica.md": "---\ntitle: Knjižnica in šola\nweight: 10\nsummary: Čitalnica za življenje.\n---\n" +
			"Knjižnica sodeluje s šolo pri bralni znački in v projektu Friends of the Library.\n\n## Življenje v skupnosti\n\nŽivljenje knjižnice je v skupnosti.\n",
		"content/sr/guidelines/kuca.md": "---\ntitle: Кућа књиге\nweight: 10\nsummary: Библиотека као кућа заједнице.\n---\n" +
			"Библиотека је кућа за све читаоце.\n\n## Сарадња са школама\n\nУчитељи и библиотекари раде заједно.\n",

		"content/taxonomies/partnership_type.yaml": testsite.Vocabulary("educational", "media", "research"),
		"content/taxonomies/sector.yaml":           testsite.Vocabulary("ngo", "libraries", "media"),
		"content/taxonomies/country.yaml":          testsite.Vocabulary("si", "rs"),
		"content/taxonomies/target_groups.yaml":    testsite.Vocabulary("youth"),
		"content/taxonomies/relationship.yaml":     testsite.Vocabulary("networking", "cooperation", "partnership"),
		"content/taxonomies/audience.yaml":         testsite.Vocabulary("adults", "children"),
	}
	for i := range 100 {
		title := fmt.Sprintf("Filler %d", i)
		body := "Quillwort grows by the pond."
		switch {
		case i == 99:
			title = "Quillwort meadow"
		case i == 5:
			title = "Marram and quillwort"
		}
		if i < 80 {
			body += strings.Repeat(" Marram grass holds the dune.", 1+i%3)
		}
		files[fmt.Sprintf("content/en/filler-%d.md", i)] = fmt.Sprintf("---\ntitle: %s\n---\n%s\n", title, body)
	}
	return files
}
