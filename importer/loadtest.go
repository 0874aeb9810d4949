package importer

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
	"go.yaml.in/yaml/v4"

	"github.com/lbgen/lbgen/internal/limits"
	"github.com/lbgen/lbgen/internal/yamlnode"
	"github.com/lbgen/lbgen/lint"
)

// loadTest is a loadtest block: an Artillery script.
type loadTest struct {
	name, target string
	phases       []phase
	scenarios    []scenario
	// from is the script, for the report.
	from string
}

type phase struct {
	name                string
	duration            string
	arrivalRate, rampTo int
}

type scenario struct {
	name   string
	weight int
	steps  []step
}

type step struct {
	method, url string
	headers     map[string]string
	body        string
	json        map[string]cty.Value
	think       string
}

// loadTests imports the Artillery scripts a load-test runner of the stack
// mounts (the files lint does not read: they are read here, only when
// they are regular files inside the imported paths).
func (im *importer) loadTests(roots []string) {
	for _, s := range im.composeServices() {
		if imageName(s.Image) != "artillery" {
			continue
		}
		found := false
		for _, m := range s.Mounts {
			for _, file := range scripts(roots, m.Path) {
				if lt, ok := im.artillery(s, file); ok {
					im.spec.loadTests = append(im.spec.loadTests, lt)
					found = true
				}
			}
		}
		if !found {
			im.skipped("service "+s.Name+" ("+s.Image+")", where(s.File.Path, s.Key.Line, s.Key.Column),
				"a load-test runner without an Artillery script lbgen can read: write a loadtest block")
		}
	}
}

// scripts lists the YAML files at a mount's host path (a file, or the
// files of a directory) that lie inside one of the roots.
func scripts(roots []string, host string) []string {
	if host == "" || !inside(roots, host) {
		return nil
	}
	info, err := os.Lstat(host)
	if err != nil {
		return nil
	}
	if info.Mode().IsRegular() {
		return []string{host}
	}
	if !info.IsDir() {
		return nil
	}
	entries, err := os.ReadDir(host)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if e.Type()&fs.ModeType == 0 && (ext == ".yml" || ext == ".yaml") {
			out = append(out, filepath.Join(host, e.Name()))
		}
	}
	sort.Strings(out)
	return out
}

// inside reports whether path lies inside one of the roots.
func inside(roots []string, path string) bool {
	for _, r := range roots {
		abs, err := filepath.Abs(r)
		if err != nil {
			continue
		}
		if rel, err := filepath.Rel(abs, path); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") {
			return true
		}
	}
	return false
}

// loadTestName makes a block label of a script's file name.
var loadTestName = regexp.MustCompile(`[^a-z0-9_-]+`)

// artillery reads one Artillery script; ok is false (and the reason
// reported) when the spec cannot hold it.
func (im *importer) artillery(s *lint.Service, file string) (*loadTest, bool) {
	display := strings.TrimPrefix(im.relHost(file), "./")
	src, err := limits.ReadFile(file)
	var doc yaml.Node
	if err != nil || yaml.Unmarshal(src, &doc) != nil || len(doc.Content) == 0 {
		return nil, false
	}
	root := doc.Content[0]
	cfg := yamlnode.Get(root, "config")
	if cfg == nil || yamlnode.Get(root, "scenarios") == nil {
		return nil, false
	}
	name := strings.Trim(loadTestName.ReplaceAllString(strings.ToLower(strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))), "-"), "-")
	lt := &loadTest{name: name, from: display}
	lt.target = im.loadTestTarget(yamlnode.Value(yamlnode.Get(cfg, "target")))
	why := ""
	if lt.target == "" {
		why = "its target is no balancer of the stack"
	}
	for i, p := range yamlnode.Items(yamlnode.Get(cfg, "phases")) {
		ph, ok := artilleryPhase(p, i)
		if !ok {
			why = "a phase without duration and arrivalRate (pauses, arrivalCount) has no spec form"
		}
		lt.phases = append(lt.phases, ph)
	}
	for i, sc := range yamlnode.Items(yamlnode.Get(root, "scenarios")) {
		scn, ok := artilleryScenario(sc, i)
		if !ok {
			why = "a scenario step other than one request and a think (loops, functions, captures) has no spec form"
		}
		lt.scenarios = append(lt.scenarios, scn)
	}
	if why != "" || len(lt.phases) == 0 || len(lt.scenarios) == 0 {
		if why == "" {
			why = "it has no phases or no scenarios"
		}
		im.skipped("load test "+display, where(display, 1, 1), why+": write a loadtest block")
		return nil, false
	}
	im.imported("load test "+name+" (run by "+s.Name+")", where(display, 1, 1))
	return lt, true
}

// loadTestTarget finds the balancer a script's target URL names; a host
// the stack does not know (localhost) is the stack's only balancer.
func (im *importer) loadTestTarget(url string) string {
	rest := strings.TrimPrefix(strings.TrimPrefix(url, "http://"), "https://")
	host, _ := splitHostPort(strings.SplitN(rest, "/", 2)[0], 80)
	if lb := im.balancer(host); lb != nil {
		return lb.name
	}
	if len(im.spec.balancers) == 1 {
		return im.spec.balancers[0].name
	}
	return ""
}

func artilleryPhase(p *yaml.Node, i int) (phase, bool) {
	ph := phase{name: yamlnode.Value(yamlnode.Get(p, "name"))}
	if ph.name == "" {
		ph.name = "Phase " + strconv.Itoa(i+1)
	}
	d := yamlnode.Value(yamlnode.Get(p, "duration"))
	rate, err := strconv.Atoi(yamlnode.Value(yamlnode.Get(p, "arrivalRate")))
	if d == "" || err != nil {
		return ph, false
	}
	ph.duration, ph.arrivalRate = seconds(d), rate
	ph.rampTo, _ = strconv.Atoi(yamlnode.Value(yamlnode.Get(p, "rampTo")))
	return ph, true
}

func artilleryScenario(sc *yaml.Node, i int) (scenario, bool) {
	scn := scenario{name: yamlnode.Value(yamlnode.Get(sc, "name"))}
	if scn.name == "" {
		scn.name = "Scenario " + strconv.Itoa(i+1)
	}
	scn.weight, _ = strconv.Atoi(yamlnode.Value(yamlnode.Get(sc, "weight")))
	for _, item := range yamlnode.Items(yamlnode.Get(sc, "flow")) {
		if think := yamlnode.Get(item, "think"); think != nil && len(scn.steps) > 0 {
			scn.steps[len(scn.steps)-1].think = seconds(think.Value)
			continue
		}
		st, ok := artilleryStep(item)
		if !ok {
			return scn, false
		}
		scn.steps = append(scn.steps, st)
	}
	return scn, len(scn.steps) > 0
}

// artilleryStep reads one request: METHOD: {url, headers, json, body}.
func artilleryStep(item *yaml.Node) (step, bool) {
	var st step
	ok := false
	yamlnode.Pairs(item, func(k, v *yaml.Node) {
		switch k.Value {
		case "get", "post", "put", "patch", "delete":
			st.method, st.url = k.Value, yamlnode.Value(yamlnode.Get(v, "url"))
			st.headers = keyValues(yamlnode.Get(v, "headers"))
			st.body = yamlnode.Value(yamlnode.Get(v, "body"))
			ok = st.url != ""
			if j := yamlnode.Get(v, "json"); j != nil {
				st.json = map[string]cty.Value{}
				yamlnode.Pairs(j, func(jk, jv *yaml.Node) {
					val, scalar := jsonValue(jv)
					ok = ok && scalar
					st.json[jk.Value] = val
				})
			}
			yamlnode.Pairs(v, func(rk, _ *yaml.Node) {
				switch rk.Value {
				case "url", "headers", "json", "body":
				default:
					ok = false // capture, expect, ...
				}
			})
		}
	})
	return st, ok
}

// jsonValue is a scalar of a request's JSON body with its YAML type.
func jsonValue(n *yaml.Node) (cty.Value, bool) {
	if n.Kind != yaml.ScalarNode {
		return cty.NilVal, false
	}
	switch n.Tag {
	case "!!int", "!!float":
		if v, err := cty.ParseNumberVal(n.Value); err == nil {
			return v, true
		}
	case "!!bool":
		return cty.BoolVal(n.Value == "true"), true
	}
	return cty.StringVal(n.Value), true
}

// write appends the loadtest block.
func (lt *loadTest) write(parent *hclwrite.Body) {
	b := parent.AppendNewBlock("loadtest", []string{lt.name}).Body()
	b.SetAttributeValue("target", cty.StringVal(lt.target))
	for _, p := range lt.phases {
		pb := b.AppendNewBlock("phase", []string{p.name}).Body()
		pb.SetAttributeValue("duration", cty.StringVal(p.duration))
		pb.SetAttributeValue("arrival_rate", cty.NumberIntVal(int64(p.arrivalRate)))
		if p.rampTo > 0 {
			pb.SetAttributeValue("ramp_to", cty.NumberIntVal(int64(p.rampTo)))
		}
	}
	for _, sc := range lt.scenarios {
		sb := b.AppendNewBlock("scenario", []string{sc.name}).Body()
		if sc.weight > 0 {
			sb.SetAttributeValue("weight", cty.NumberIntVal(int64(sc.weight)))
		}
		for _, st := range sc.steps {
			tb := sb.AppendNewBlock("step", nil).Body()
			tb.SetAttributeValue(st.method, cty.StringVal(st.url))
			strMap(tb, nil, "headers", st.headers)
			if len(st.json) > 0 {
				tb.SetAttributeValue("json", cty.ObjectVal(st.json))
			}
			str(tb, nil, "body", st.body)
			str(tb, nil, "think", st.think)
		}
	}
}

// seconds writes an Artillery time, seconds as a number (0.5) or a
// string with a unit, as a spec duration: whole units only, so fractions
// become milliseconds.
func seconds(v string) string {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	if f == float64(int64(f)) {
		return strconv.FormatInt(int64(f), 10) + "s"
	}
	return strconv.FormatInt(int64(f*1000+0.5), 10) + "ms"
}
