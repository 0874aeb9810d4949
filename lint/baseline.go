package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Baseline records accepted findings by rule, file and a fingerprint of
// the offending source line, not by line number, so unrelated edits above
// a finding do not bring it back.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding.
type BaselineEntry struct {
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Fingerprint string `json:"fingerprint"`
}

// fingerprint hashes a finding's rule, message and source line, with
// white space trimmed.
func fingerprint(p *Project, f Finding) string {
	line := ""
	for _, file := range p.Files {
		if file.Path == f.File {
			line = strings.TrimSpace(file.Line(f.Range.Start.Line))
		}
	}
	sum := sha256.Sum256([]byte(f.Rule.ID + "\x00" + f.Message + "\x00" + line))
	return hex.EncodeToString(sum[:8])
}

// NewBaseline records the findings.
func NewBaseline(p *Project, findings []Finding) Baseline {
	b := Baseline{Version: 1, Findings: []BaselineEntry{}}
	for _, f := range findings {
		b.Findings = append(b.Findings, BaselineEntry{Rule: f.Rule.ID, File: f.File, Fingerprint: fingerprint(p, f)})
	}
	sort.Slice(b.Findings, func(i, j int) bool {
		a, c := b.Findings[i], b.Findings[j]
		return a.File+a.Rule+a.Fingerprint < c.File+c.Rule+c.Fingerprint
	})
	return b
}

// WriteBaseline writes a baseline file.
func WriteBaseline(path string, b Baseline) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// ReadBaseline reads a baseline file.
func ReadBaseline(path string) (Baseline, error) {
	var b Baseline
	data, err := os.ReadFile(path)
	if err != nil {
		return b, err
	}
	if err := json.Unmarshal(data, &b); err != nil {
		return b, fmt.Errorf("%s is not a baseline file: %w", path, err)
	}
	return b, nil
}

// Filter drops the findings the baseline accepted; each entry accepts one
// finding, so a second identical problem is still reported.
func (b Baseline) Filter(p *Project, findings []Finding) []Finding {
	budget := map[BaselineEntry]int{}
	for _, e := range b.Findings {
		budget[e]++
	}
	var out []Finding
	for _, f := range findings {
		key := BaselineEntry{Rule: f.Rule.ID, File: f.File, Fingerprint: fingerprint(p, f)}
		if budget[key] > 0 {
			budget[key]--
			continue
		}
		out = append(out, f)
	}
	return out
}
