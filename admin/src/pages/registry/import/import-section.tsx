// Placeholder until the page is built.
export function ImportSection() {
  return null;
}
