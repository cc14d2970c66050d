package analysis

import "fmt"

func ExampleRuleSet_Stem() {
	sl := ruleSets()["sl"]
	for _, w := range []string{"partnerstvo", "partnerstev", "partnerstvih", "knjiga", "knjižnicami"} {
		fmt.Println(w, "→", sl.Stem(w))
	}
	// Output:
	// partnerstvo → partnerstv
	// partnerstev → partnerstv
	// partnerstvih → partnerstv
	// knjiga → knjig
	// knjižnicami → knjižnic
}
