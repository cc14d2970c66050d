package config

import "testing"

func TestOtherConfigurationErrorsNameTheirKeysLine(t *testing.T) {
	_, err := Parse([]byte("base_url: /\n\ndefault_language: de\nlanguages:\n  - {code: en, name: English}\ntaxonomies: [Sector]\n"))
	want := `content/site.yaml:3: default_language "de" is not one of the languages
content/site.yaml:4: languages: "en" needs a name and a title
content/site.yaml:6: taxonomies: "Sector" is not a field name (lowercase letters, digits and _)`
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}
