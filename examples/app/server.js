// The lesson's demo app: answers with the replica that served the request,
// exposes /health for the health check and /metrics for Prometheus.
const express = require('express');
const os = require('os');
const promClient = require('prom-client');

const app = express();
const port = process.env.PORT || 3000;
const instanceId = process.env.HOSTNAME || os.hostname();

promClient.collectDefaultMetrics();
const duration = new promClient.Histogram({
  name: 'http_request_duration_seconds',
  help: 'Duration of HTTP requests in seconds',
  labelNames: ['method', 'route', 'status_code'],
  buckets: [0.05, 0.1, 0.3, 0.5, 1, 3, 5],
});

app.use((req, res, next) => {
  res.setHeader('X-Instance-ID', instanceId);
  const end = duration.startTimer({ method: req.method });
  res.on('finish', () => end({ route: req.route ? req.route.path : 'other', status_code: res.statusCode }));
  next();
});

app.get('/health', (req, res) => res.json({ status: 'healthy', instance: instanceId }));
app.get('/', (req, res) => res.json({ message: 'Hello from scalable app!', instance: instanceId }));
app.get('/work', (req, res) => {
  const ms = Math.min(parseInt(req.query.duration, 10) || 1000, 10000);
  const start = Date.now();
  while (Date.now() - start < ms) Math.random();
  res.json({ message: 'Work completed', instance: instanceId, duration: ms });
});
app.get('/metrics', async (req, res) => {
  res.set('Content-Type', promClient.register.contentType);
  res.end(await promClient.register.metrics());
});

app.listen(port, () => console.log(`listening on ${port}, instance ${instanceId}`));
