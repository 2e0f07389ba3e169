// Placeholder until the page is built.
export function ReportingSection() {
  return null;
}
