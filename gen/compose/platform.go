package compose

import (
	"fmt"
	"time"

	"github.com/lbgen/lbgen/gen"
)

// dockerDNS is Docker's embedded DNS server: inside a compose network it
// answers a service's name with the address of every running replica.
const dockerDNS = "127.0.0.11:53"

// Platform is Docker Compose on one host: replicas are found by the
// service's name through Docker's DNS, configs are bind-mounted, and
// containers carry Compose's project and service labels.
func Platform() gen.Platform {
	return gen.Platform{
		Name:        "compose",
		Resolver:    dockerDNS,
		DNSLabel:    "docker",
		ReplicaHost: func(service string) string { return service },
		Discovery:   dnsDiscovery,
		// cAdvisor turns the labels com.docker.compose.{project,service}
		// into these.
		ServiceLabel:      "container_label_com_docker_compose_service",
		ServiceLabelValue: func(_, service string) string { return service },
		ProjectLabel:      "container_label_com_docker_compose_project",
		ReplicaName:       func(project, service string, n int) string { return fmt.Sprintf("%s-%s-%d", project, service, n) },
		// Compose networks are allocated from Docker's private pools.
		PrivateRanges: []string{"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"},
		Autoscaler:    true,
		Stack:         gen.Target{Name: "compose", Dirs: []string{""}, Render: Render},
	}
}

// dnsDiscovery asks Docker's DNS for the service's A records: one per
// replica. Prometheus's default SRV lookup would find nothing.
func dnsDiscovery(service string, port int, refresh time.Duration) (string, any) {
	type dnsSD struct {
		Names           []string `yaml:"names"`
		Type            string   `yaml:"type"`
		Port            int      `yaml:"port"`
		RefreshInterval string   `yaml:"refresh_interval"`
	}
	return "dns_sd_configs", []dnsSD{{Names: []string{service}, Type: "A", Port: port, RefreshInterval: gen.FormatDuration(refresh)}}
}
