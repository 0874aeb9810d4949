package golden

import (
	"bytes"
	"context"
	"path"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
	"github.com/sirupsen/logrus"
)

// checkComposeLoads loads a rendered compose file with compose-go, the
// loader Docker Compose itself uses, with full schema validation, and fails
// on any error or logged warning (compose-go reports deprecations such as
// the obsolete version key only as log lines).
func checkComposeLoads(t *testing.T, name string, data []byte) {
	t.Helper()
	var logs bytes.Buffer
	logger := logrus.StandardLogger()
	prevOut, prevLevel := logger.Out, logger.Level
	logger.SetOutput(&logs)
	logger.SetLevel(logrus.WarnLevel)
	defer func() {
		logger.SetOutput(prevOut)
		logger.SetLevel(prevLevel)
	}()

	details := types.ConfigDetails{
		WorkingDir:  "/stack/" + path.Dir(name),
		ConfigFiles: []types.ConfigFile{{Filename: "/stack/" + name, Content: data}},
		Environment: types.Mapping{},
	}
	_, err := loader.LoadWithContext(context.Background(), details, func(o *loader.Options) {
		o.SkipResolveEnvironment = true
	})
	if err != nil {
		t.Errorf("compose-go rejects %s: %v", name, err)
	}
	if w := strings.TrimSpace(logs.String()); w != "" {
		t.Errorf("compose-go warns about %s:\n%s", name, w)
	}
}
