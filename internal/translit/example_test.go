package translit_test

import (
	"fmt"

	"github.com/skupaj/skupaj/internal/translit"
)

func Example() {
	fmt.Println(translit.SerbianToLatin("Љубљана, ЉУБЉАНА, Џеп, ЏЕП"))
	fmt.Println(translit.MacedonianToLatin("Ѓорѓи од Скопје"))
	fmt.Println(translit.BulgarianToLatin("Щастие в София, България"))
	fmt.Println(translit.ToLatin("ru", "Щука"))
	fmt.Println(translit.Fold("Łódź, Ærø, Straße, ĐURO"))
	fmt.Println(translit.ASCII("sr", "књижница"), translit.ASCII("hr", "knjižnica"))
	// Output:
	// Ljubljana, LJUBLJANA, Džep, DŽEP
	// Gjorgji od Skopje
	// Shtastie v Sofia, Bulgaria
	// Ščuka
	// Lodz, Aero, Strasse, DJURO
	// knjiznica knjiznica
}
