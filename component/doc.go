// Package component holds what lbgen knows about the software it runs
// beside the user's services — nginx, HAProxy, Prometheus, Grafana,
// cAdvisor, the nginx exporter and Artillery: images per version, where
// each reads its configuration, its ports, and what each release can do.
// Render (schemas defaults, gen) and lint (which file a mount is, which
// service is a balancer) ask here, so each fact is written once.
package component
