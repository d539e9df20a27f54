// `node server.js`: the peer on 127.0.0.1:$PORT with $WORKERS cluster workers (default 2).
'use strict';
const cluster = require('cluster');

const workers = Number(process.env.WORKERS || 2);
if (cluster.isPrimary) {
  for (let i = 0; i < workers; i += 1) cluster.fork();
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers)) worker.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const { buildApp } = require('./skill');
  buildApp().listen(Number(process.env.PORT), '127.0.0.1');
}
