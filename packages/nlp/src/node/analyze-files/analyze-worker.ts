// The module a Pool's worker threads run.
import { serveAnalyzeRequests } from './serve-analyze-requests.js';

serveAnalyzeRequests();
