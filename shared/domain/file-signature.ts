/**
 * Does a file's beginning match its declared content type? Checked after upload, because the
 * browser's declaration proves nothing (api.md, "Evidence rules"). Pure: takes the first bytes.
 */
const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

/** ISO base media files (MP4, QuickTime, HEIF) start with a box whose type is `ftyp`, then a brand. */
function ftypBrand(bytes: Uint8Array): string | null {
  return bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp' ? ascii(bytes, 8, 4) : null;
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'skip', 'pnot']);

const SIGNATURES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v),
  'image/webp': (b) => b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP',
  'image/heic': (b) => HEIF_BRANDS.has(ftypBrand(b) ?? ''),
  'video/mp4': (b) => {
    const brand = ftypBrand(b);
    return brand !== null && brand !== 'qt  ' && !HEIF_BRANDS.has(brand);
  },
  'video/quicktime': (b) => ftypBrand(b) === 'qt  ' || (b.length >= 8 && QUICKTIME_ATOMS.has(ascii(b, 4, 4))),
  'application/pdf': (b) => ascii(b, 0, 5) === '%PDF-',
};

/** How many leading bytes `matchesContentType` needs. */
export const SIGNATURE_BYTES = 16;

export function matchesContentType(contentType: string, firstBytes: Uint8Array): boolean {
  return SIGNATURES[contentType]?.(firstBytes) ?? false;
}
