/**
 * The table of section headings (`HeadingTable`) as JSON text, made when the package is built: the
 * build replaces this module with one that returns it (tsup.config.ts, `headingTableModule`), so that
 * loading the package does not key every heading phrase. In the sources it returns nothing, and
 * headings.ts makes the table.
 */
export function prebuiltHeadingTable(): string | undefined {
  return undefined;
}
