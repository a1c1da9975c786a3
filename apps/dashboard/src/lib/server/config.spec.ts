import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_UPLOAD_BYTES, maxUploadBytes } from './config.js';

describe('maxUploadBytes', () => {
  it('maxUploadBytes({}) is the 5 MB default', () => {
    expect(maxUploadBytes({})).toBe(DEFAULT_MAX_UPLOAD_BYTES);
    expect(DEFAULT_MAX_UPLOAD_BYTES).toBe(5 * 1024 * 1024);
  });
  it('maxUploadBytes(PODLENS_MAX_UPLOAD_BYTES) is the one setting; nonsense falls back to the default', () => {
    expect(maxUploadBytes({ PODLENS_MAX_UPLOAD_BYTES: '2000000' })).toBe(2_000_000);
    expect(maxUploadBytes({ PODLENS_MAX_UPLOAD_BYTES: '-1' })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
    expect(maxUploadBytes({ PODLENS_MAX_UPLOAD_BYTES: 'lots' })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
  });
  it("maxUploadBytes(BODY_SIZE_LIMIT lower by hand) is the server's cap, so the limit named is the one met", () => {
    expect(maxUploadBytes({ BODY_SIZE_LIMIT: '512K' })).toBe(512 * 1024);
    expect(maxUploadBytes({ BODY_SIZE_LIMIT: 'Infinity' })).toBe(DEFAULT_MAX_UPLOAD_BYTES);
    expect(maxUploadBytes({ BODY_SIZE_LIMIT: '1G', PODLENS_MAX_UPLOAD_BYTES: '1000' })).toBe(1000);
  });
});
