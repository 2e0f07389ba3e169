// Placeholder until the page is built.
export function MyReportPage() {
  return null;
}
