package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/lbgen/lbgen/lint"
)

// wantMarker is "# want LB101" (or "# want LB101, LB102") at the end of
// the line a finding must be reported on.
var wantMarker = regexp.MustCompile(`#\s*want\s+((?:LB\d{3}[,\s]*)+)\s*$`)

// TestRuleFixtures lints testdata/<ID>/ for every rule and checks both
// ways: every marked line gets its finding, and the rules named in the
// fixture report nothing else. Every rule must have fixtures.
func TestRuleFixtures(t *testing.T) {
	for _, r := range Runnable() {
		t.Run(r.ID+"-"+r.Name, func(t *testing.T) {
			dir := filepath.Join("testdata", r.ID)
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("rule %s has no fixtures: add %s/ with lines marked # want %s", r.ID, dir, r.ID)
			}
			project, err := lint.Load([]string{dir}, lint.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			checked := map[string]bool{r.ID: true}
			want := map[string]bool{}
			for _, f := range project.Files {
				for i, line := range f.Lines {
					m := wantMarker.FindStringSubmatch(line)
					if m == nil {
						continue
					}
					for _, id := range strings.FieldsFunc(m[1], func(c rune) bool { return c == ',' || c == ' ' }) {
						checked[id] = true
						want[fmt.Sprintf("%s:%d: %s", f.Path, i+1, id)] = true
					}
				}
			}
			if !want[anyKey(want, r.ID)] {
				t.Errorf("the fixtures mark no line with # want %s", r.ID)
			}
			got := map[string]bool{}
			var messages []string
			for _, fd := range lint.Run(project, Runnable()) {
				if checked[fd.Rule.ID] {
					key := fmt.Sprintf("%s:%d: %s", fd.File, fd.Range.Start.Line, fd.Rule.ID)
					got[key] = true
					messages = append(messages, key+" "+fd.Message)
				}
			}
			if diff := cmp.Diff(keys(want), keys(got)); diff != "" {
				sort.Strings(messages)
				t.Errorf("findings differ from the # want markers (-want +got):\n%s\nall findings:\n  %s", diff, strings.Join(messages, "\n  "))
			}
		})
	}
}

func anyKey(m map[string]bool, suffix string) string {
	for k := range m {
		if strings.HasSuffix(k, " "+suffix) {
			return k
		}
	}
	return ""
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestRulesAreWellFormed checks each rule's self-description.
func TestRulesAreWellFormed(t *testing.T) {
	ids, names := map[string]bool{}, map[string]bool{}
	id := regexp.MustCompile(`^LB\d{3}$`)
	name := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, r := range All() {
		if !id.MatchString(r.ID) || !name.MatchString(r.Name) || ids[r.ID] || names[r.Name] {
			t.Errorf("rule %s %q: IDs are LB+3 digits and names kebab-case, both unique", r.ID, r.Name)
		}
		ids[r.ID], names[r.Name] = true, true
		if r.Summary == "" || r.Doc == "" {
			t.Errorf("rule %s lacks a summary or documentation", r.ID)
		}
	}
}
