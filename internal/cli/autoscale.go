package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/lbgen/lbgen/autoscale/controller"
)

func newAutoscaleCmd(env Env) *cobra.Command {
	opts := controller.Options{DockerSocket: "/var/run/docker.sock"}
	cmd := &cobra.Command{
		Use:   "autoscale",
		Short: "Scale Compose or Swarm services on a Prometheus metric, as Kubernetes' HPA does",
		Long: `autoscale runs the controller a rendered stack describes in
autoscale/autoscale.json: every sync period it reads each autoscaled
service's metric from Prometheus, decides the replica count the way the
HorizontalPodAutoscaler does, and sets it with docker compose up --scale
(Compose) or a service update (Swarm). It logs every decision and serves
its own metrics on /metrics. It stops on SIGINT or SIGTERM.`,
		Example: "  lbgen autoscale --config out/autoscale/autoscale.json --prometheus http://127.0.0.1:9090",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			opts.Log = env.Stdout
			return controller.Serve(ctx, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Config, "config", "autoscale/autoscale.json", "the rendered autoscaler configuration")
	f.StringVar(&opts.Prometheus, "prometheus", "", "Prometheus's URL (default: the configuration's, inside the stack)")
	f.StringVar(&opts.Listen, "listen", "", "address for the controller's own /metrics (default: the configuration's)")
	f.StringVar(&opts.DockerSocket, "docker-socket", opts.DockerSocket, "the Docker Engine's socket (Swarm)")
	return cmd
}
