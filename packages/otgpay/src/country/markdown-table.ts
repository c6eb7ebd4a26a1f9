/** A Markdown table cell: `|` escaped so it cannot end the cell. */
function cell(value: string): string {
  return value.replace(/\|/g, '\\|');
}

/** A Markdown table (unpadded: the repository's formatter pads it). */
export function markdownTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}
