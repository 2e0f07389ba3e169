import { readdirSync, readFileSync } from 'node:fs';

// The real news articles shipped with the project docs, for tests only.
const SAMPLES_DIR = new URL('../../../../shared/samples/articles/', import.meta.url);

export interface SampleArticle {
  name: string;
  text: string;
}

export const sampleArticles: SampleArticle[] = readdirSync(SAMPLES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, SAMPLES_DIR), 'utf8') }));

export function sampleArticle(name: string): string {
  const article = sampleArticles.find((a) => a.name === name);
  if (!article) throw new Error(`sample article not found: ${name}`);
  return article.text;
}
