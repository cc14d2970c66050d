package content

import "testing"

func TestPageNotInUTF8IsRefusedWithItsLine(t *testing.T) {
	// "Knjižnica" and "čitalnica" as Windows-1250 writes them: ž is 0x9E, č is 0xE8.
	src := "---\ntitle: Knji\x9enica\n---\nIntro.\n\nPlain line.\n\nThe \xe8italnica.\n"
	_, errs := Parse("content/en/x.md", []byte(src), testConfig(t))
	want := "content/en/x.md:2: this line has bytes that are not UTF-8 (from byte 12): save the file as UTF-8 (1 more line has such bytes)"
	if len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("errors %v; want %s", errs, want)
	}
	_, errs = Parse("content/en/x.md", []byte("---\ntitle: X\n---\nThe \xe8italnica.\n"), testConfig(t))
	if want := "content/en/x.md:4: this line has bytes that are not UTF-8 (from byte 5): save the file as UTF-8"; len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("errors %v; want %s", errs, want)
	}
	if _, errs := Parse("content/en/x.md", []byte("---\ntitle: Knjižnica\n---\nČitalnica, библиотека.\n"), testConfig(t)); len(errs) != 0 {
		t.Errorf("UTF-8 refused: %v", errs)
	}
}
