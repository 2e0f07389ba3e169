/** Where an image can live on the website: the server drops every <img> whose src is not ours. */
export const isLibrarySrc = (src: string | null | undefined): boolean =>
  typeof src === 'string' && src.startsWith('/') && !src.startsWith('//');
