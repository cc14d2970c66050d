package site

import (
	"sort"

	"github.com/skupaj/skupaj/internal/content"
)

// MaxRelated is how many related cases a case shows at most.
const MaxRelated = 5

// relate finds, for every case of every language, the cases that share the
// most with it: each shared taxonomy term counts 1, each shared partner
// (the lead library included) counts 2. Ties go to the case listed first,
// so the result is the same on every build.
func (s *Site) relate() {
	for _, l := range s.Langs {
		cases := l.Items(content.Case)
		// An inverted index from each term and partner to the cases that have it.
		type key struct{ id, weight int }
		ids := map[string]int{}
		var postings [][]int
		keyOf := func(name string, weight int) key {
			id, ok := ids[name]
			if !ok {
				id = len(postings)
				ids[name] = id
				postings = append(postings, nil)
			}
			return key{id, weight}
		}
		caseKeys := make([][]key, len(cases))
		for i, c := range cases {
			var ks []key
			for _, tax := range s.Config.Taxonomies {
				for _, id := range c.Terms[tax] {
					ks = append(ks, keyOf(tax+"\x00"+id, 1))
				}
			}
			for _, id := range append([]string{c.Library}, c.Partners...) {
				if id != "" {
					ks = append(ks, keyOf("\x01"+id, 2))
				}
			}
			caseKeys[i] = ks
			for _, k := range ks {
				postings[k.id] = append(postings[k.id], i)
			}
		}
		score := make([]int, len(cases)) // reused: only touched entries are non-zero
		for i, c := range cases {
			if c.Lang != l {
				continue // another language's page: it is related in its own language
			}
			var touched []int
			for _, k := range caseKeys[i] {
				for _, j := range postings[k.id] {
					if j != i {
						if score[j] == 0 {
							touched = append(touched, j)
						}
						score[j] += k.weight
					}
				}
			}
			c.Related = nil
			for _, j := range top(touched, score, MaxRelated) {
				c.Related = append(c.Related, cases[j])
			}
			for _, j := range touched {
				score[j] = 0
			}
		}
	}
}

// top returns the n candidates with the highest score, best first; equal
// scores keep the lower index first.
func top(candidates []int, score []int, n int) []int {
	better := func(a, b int) bool {
		return score[a] > score[b] || (score[a] == score[b] && a < b)
	}
	best := make([]int, 0, n+1)
	for _, j := range candidates {
		if len(best) == n && !better(j, best[n-1]) {
			continue
		}
		i := sort.Search(len(best), func(i int) bool { return better(j, best[i]) })
		best = append(best, 0)
		copy(best[i+1:], best[i:])
		best[i] = j
		if len(best) > n {
			best = best[:n]
		}
	}
	return best
}
