package geo

import "testing"

// BenchmarkLoadAndFrame is the cost of one map page's boundaries: the
// renderer decodes the atlas once per build and frames it per language.
func BenchmarkLoadAndFrame(b *testing.B) {
	for b.Loop() {
		a, err := Load()
		if err != nil {
			b.Fatal(err)
		}
		a.Frame([]string{"705", "688", "100", "616", "208", "440", "642", "428", "804", "578"})
	}
}

func BenchmarkFrame(b *testing.B) {
	a, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		a.Frame([]string{"705", "688", "100", "616", "208", "440", "642", "428", "804", "578"})
	}
}
