// The CLI's worker threads: @podlens/nlp's analysis worker, bundled beside main.js (scripts/bundle.mjs).
import { serveAnalyzeRequests } from '@podlens/nlp/node';

serveAnalyzeRequests();
