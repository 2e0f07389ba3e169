// Placeholder until the page is built.
export function OrgsSection() {
  return null;
}
