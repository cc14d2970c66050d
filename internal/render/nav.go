package render

import "github.com/skupaj/skupaj/internal/content"

// NavItem is one entry of the chapter list: a page as lists show it, and
// whether it is the page that shows the list.
type NavItem struct {
	Item
	Current bool
}

// ChapterNav is the list beside the text of chapters and worksheets: the
// chapters in handbook order (weight, then title), then the worksheets.
type ChapterNav struct {
	Chapters, Worksheets []NavItem
	ChaptersTitle        string // the headings of the two lists
	WorksheetsTitle      string
}

// ChapterNav is the chapter list of a chapter or worksheet page, in the
// page's language (chapters not translated yet in another's); nil on
// pages of other kinds.
func (v *View) ChapterNav() *ChapterNav {
	if v.Page.Kind != content.Guideline && v.Page.Kind != content.Tool {
		return nil
	}
	nav := &ChapterNav{}
	for _, s := range v.Lang.Sections {
		var list *[]NavItem
		switch s.Kind {
		case content.Guideline:
			list, nav.ChaptersTitle = &nav.Chapters, v.T("section."+s.Dir)
		case content.Tool:
			list, nav.WorksheetsTitle = &nav.Worksheets, v.T("section."+s.Dir)
		default:
			continue
		}
		for _, p := range s.Items {
			*list = append(*list, NavItem{Item: v.Item(p), Current: p == v.Page})
		}
	}
	return nav
}
