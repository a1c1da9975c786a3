import { afterEach, describe, expect, it, vi } from 'vitest';
import { logServerError } from './log-server-error.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('logServerError', () => {
  it('logServerError(method, route, error) writes one line naming the route and the error, with its stack', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new Error('EACCES: permission denied');
    logServerError('POST', '/api/upload', error);
    expect(spy).toHaveBeenCalledTimes(1);
    const line = String(spy.mock.calls[0]![0]);
    expect(line).toContain('POST /api/upload');
    expect(line).toContain('EACCES: permission denied');
    expect(line).toContain(error.stack!.split('\n')[1]!.trim());
  });
  it('logServerError(method, null, non-error) still says what it was', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    logServerError('GET', null, 'boom');
    expect(String(spy.mock.calls[0]![0])).toMatch(/GET \(no route\): boom/);
  });
});
