package content

// SetText sets field f of p to v, for a field of type Text or Markdown that
// names nothing (f.Ref == ""): the counterpart of Page.Text for the prose a
// page writes.
func (f Field) SetText(p *Page, v string) {
	if (f.Type == Text || f.Type == Markdown) && f.Ref == "" && f.text != nil {
		*f.text(p) = v
	}
}
