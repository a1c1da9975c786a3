import { readBody, type BodySource } from './read-body.js';
import { UploadError } from './upload-error.js';

/**
 * Content types an upload may be sent as. The body is the file's bytes for all but multipart/form-data, which
 * must hold exactly one file (its file name is used when the URL has no `?name=`).
 */
export const RAW_UPLOAD_TYPES = [
  'application/octet-stream',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'text/vtt',
  'application/x-subrip',
  'text/srt',
  'application/json',
] as const;
const MULTIPART = 'multipart/form-data';

const accepted = `${RAW_UPLOAD_TYPES.join(', ')} (the file's bytes as the body), or ${MULTIPART} with one file`;

/** The file of an upload request: its name (from `?name=`, else the multipart file's) and its bytes, at most limit. */
export async function readUpload(
  request: BodySource,
  queryName: string | null,
  limit: number,
): Promise<{ name: string; bytes: Uint8Array }> {
  const header = request.headers.get('content-type');
  const type = header?.split(';')[0]!.trim().toLowerCase() ?? '';
  if (!type) throw new UploadError(`Send the file with a Content-Type header: ${accepted}.`, 415);
  if ((RAW_UPLOAD_TYPES as readonly string[]).includes(type)) {
    return { name: queryName ?? '', bytes: await readBody(request, limit) };
  }
  if (type !== MULTIPART) throw new UploadError(`Uploads of type ${type} are not accepted; send ${accepted}.`, 415);
  // The whole form is read under the same limit, then parsed by the platform's multipart parser.
  const body = await readBody(request, limit);
  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': header! } }).formData();
  } catch {
    throw new UploadError('The multipart/form-data body could not be parsed.', 400);
  }
  const files = [...form.values()].filter((v): v is File => typeof v !== 'string');
  if (files.length !== 1) throw new UploadError(`Send one file per upload (this form holds ${files.length}).`, 400);
  const file = files[0]!;
  return { name: queryName ?? file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
