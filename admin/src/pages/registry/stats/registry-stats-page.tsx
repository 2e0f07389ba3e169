// Placeholder until the page is built.
export function RegistryStatsPage() {
  return null;
}
