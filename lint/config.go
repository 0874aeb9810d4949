package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclparse"
)

// ConfigFile is the name of lbgen lint's configuration file, found in the
// linted directory or the nearest parent. Without one, a lint block in the
// linted directory's spec (SpecFile) is used.
const (
	ConfigFile = ".lbgen.hcl"
	SpecFile   = "lbgen.hcl"
)

// Config is the lint block of .lbgen.hcl:
//
//	lint {
//	  disable  = ["LB109"]                 # rule IDs or names
//	  severity = { LB111 = "error" }       # change a rule's severity
//	  exclude  = ["vendor/**", "legacy/*"] # paths not to lint
//	}
type Config struct {
	Disable  []string          `hcl:"disable,optional"`
	Severity map[string]string `hcl:"severity,optional"`
	Exclude  []string          `hcl:"exclude,optional"`
	// Path is where the configuration was found ("" for none).
	Path string
}

type configFile struct {
	Lint *Config `hcl:"lint,block"`
}

// specConfig is a spec read for its lint block only.
type specConfig struct {
	Lint *Config  `hcl:"lint,block"`
	Rest hcl.Body `hcl:",remain"`
}

// FindConfig loads the nearest .lbgen.hcl at or above dir, up to the
// repository root (the directory holding .git) and never above it: a
// configuration outside the repository is not the project's. No file is no
// configuration; a broken one is an error naming its position.
func FindConfig(dir string) (*Config, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	for d := abs; ; d = filepath.Dir(d) {
		path := filepath.Join(d, ConfigFile)
		if info, err := os.Lstat(path); err == nil && info.Mode().IsRegular() {
			return loadConfig(displayPath(path))
		}
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil || filepath.Dir(d) == d {
			break
		}
	}
	spec := filepath.Join(abs, SpecFile)
	if _, err := os.Stat(spec); err == nil {
		return loadSpecConfig(displayPath(spec))
	}
	return &Config{}, nil
}

// loadSpecConfig reads the lint block of a spec, if it has one.
func loadSpecConfig(path string) (*Config, error) {
	file, diags := hclparse.NewParser().ParseHCLFile(path)
	if diags.HasErrors() {
		return &Config{}, nil // the spec's own errors are LB001's to report
	}
	var sc specConfig
	if diags := gohcl.DecodeBody(file.Body, nil, &sc); diags.HasErrors() || sc.Lint == nil {
		if diags.HasErrors() {
			return nil, fmt.Errorf("%s", firstError(diags))
		}
		return &Config{}, nil
	}
	sc.Lint.Path = path
	return sc.Lint, nil
}

func loadConfig(path string) (*Config, error) {
	file, diags := hclparse.NewParser().ParseHCLFile(path)
	var cf configFile
	if !diags.HasErrors() {
		diags = append(diags, gohcl.DecodeBody(file.Body, nil, &cf)...)
	}
	if diags.HasErrors() {
		return nil, fmt.Errorf("%s", firstError(diags))
	}
	if cf.Lint == nil {
		return &Config{Path: path}, nil
	}
	cf.Lint.Path = path
	return cf.Lint, nil
}

func firstError(diags hcl.Diagnostics) string {
	for _, d := range diags {
		if d.Severity == hcl.DiagError {
			if d.Subject != nil {
				return fmt.Sprintf("%s:%d:%d: %s: %s", d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column, d.Summary, d.Detail)
			}
			return d.Summary + ": " + d.Detail
		}
	}
	return diags.Error()
}

// Apply returns the rules the configuration leaves enabled, with their
// severities changed, and rejects unknown rules and severities.
func (c *Config) Apply(rules []*Rule) ([]*Rule, error) {
	byKey := map[string]*Rule{}
	for _, r := range rules {
		byKey[r.ID], byKey[r.Name] = r, r
	}
	disabled := map[*Rule]bool{}
	for _, id := range c.Disable {
		r, ok := byKey[id]
		if !ok {
			return nil, fmt.Errorf("%s: disable names %q, which is no rule (see `lbgen rules`)", c.Path, id)
		}
		disabled[r] = true
	}
	changed := map[*Rule]Severity{}
	for id, sev := range c.Severity {
		r, ok := byKey[id]
		if !ok {
			return nil, fmt.Errorf("%s: severity names %q, which is no rule (see `lbgen rules`)", c.Path, id)
		}
		s, err := ParseSeverity(sev)
		if err != nil {
			return nil, fmt.Errorf("%s: severity of %s: %w", c.Path, id, err)
		}
		changed[r] = s
	}
	var out []*Rule
	for _, r := range rules {
		if disabled[r] {
			continue
		}
		if s, ok := changed[r]; ok {
			copy := *r
			copy.Severity = s
			r = &copy
		}
		out = append(out, r)
	}
	return out, nil
}

// Excluded reports whether a path matches an exclude pattern. Patterns are
// relative to the configuration's directory; "**" matches any depth.
func (c *Config) Excluded(path string) bool {
	if c.Path == "" {
		return false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(filepath.Dir(c.Path), abs)
	if err != nil {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, pattern := range c.Exclude {
		if matchGlob(pattern, rel) {
			return true
		}
	}
	return false
}

// matchGlob is path.Match with "**" matching any number of segments.
func matchGlob(pattern, name string) bool {
	if ok, _ := filepath.Match(pattern, name); ok {
		return true
	}
	if prefix, ok := cutSuffix(pattern, "/**"); ok {
		return name == prefix || len(name) > len(prefix) && name[:len(prefix)+1] == prefix+"/"
	}
	return false
}

func cutSuffix(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// displayPath shortens an absolute path to one relative to the working
// directory when it lies below it, for messages.
func displayPath(abs string) string {
	wd, err := os.Getwd()
	if err != nil {
		return abs
	}
	if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return abs
}
