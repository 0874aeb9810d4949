package importer

import (
	"fmt"
	"io"
)

// WriteText prints the report for people: what changed and why first,
// then the escape hatch, what was not imported, and what was.
func (r Report) WriteText(w io.Writer, spec string) error {
	sections := []struct {
		title string
		items []Item
	}{
		{"Changed: the hand-written form breaks (mostly under scaling); the rendered stack does it right", r.Changed},
		{"Escape hatch: raw lines written into extra / backend_extra", r.Escape},
		{"Not imported: the spec cannot hold it; carry it over by hand if you need it", r.NotImported},
		{"Imported", r.Imported},
	}
	if _, err := fmt.Fprintf(w, "lbgen import: %s: %d imported, %d changed, %d in the escape hatch, %d not imported\n",
		spec, len(r.Imported), len(r.Changed), len(r.Escape), len(r.NotImported)); err != nil {
		return err
	}
	for _, s := range sections {
		if len(s.items) == 0 {
			continue
		}
		if _, err := fmt.Fprintf(w, "\n%s:\n", s.title); err != nil {
			return err
		}
		for _, it := range s.items {
			line := "  "
			if it.Rule != "" {
				line += it.Rule + " "
			}
			line += it.What
			if it.From != "" {
				line += " (" + it.From + ")"
			}
			if it.Why != "" {
				line += ": " + it.Why
			}
			if _, err := fmt.Fprintln(w, line); err != nil {
				return err
			}
		}
	}
	return nil
}
