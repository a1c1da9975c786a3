import { maxUploadBytes } from '$lib/server/config.js';
import { TRANSCRIPT_EXTENSIONS } from '$lib/server/store.js';
import type { PageServerLoad } from './$types';

// The endings the server reads (the registry's and .docx, which only the node entry reads), for the picker's accept.
export const load: PageServerLoad = () => ({ limit: maxUploadBytes(), extensions: [...TRANSCRIPT_EXTENSIONS] });
