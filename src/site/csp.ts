/** sha256 CSP sources of the inline scripts the public layout carries. */
export const INLINE_SCRIPT_HASHES: readonly string[] = [];
