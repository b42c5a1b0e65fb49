import type ExcelJS from 'exceljs';
import { loadExcel } from '../common/exceljs';
import { ImportKind } from './import.entity';
import { HELP_LANGUAGES, type HelpLanguage, KINDS, REQUIRED_HELP, TYPE_HELP } from './kinds';

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
function safe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const v = safe(value);
  return /[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** exceljs has range validations at run time; its types lack them. */
interface Validations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * The template's second sheet, one row per template column: what it holds, its type and
 * whether it is required, in each of the four interface languages, and its allowed values.
 */
export function helpRows(
  kind: ImportKind,
): ({ column: string; values: string } & Record<HelpLanguage, string>)[] {
  const spec = KINDS[kind];
  return spec.templateColumns.flatMap((name) => {
    const column = spec.columns.find((c) => c.name === name);
    if (!column) return [];
    const explain = (lang: HelpLanguage) =>
      `${column.help[lang]} ${TYPE_HELP[column.type][lang]}${column.required ? ` (${REQUIRED_HELP[lang]})` : ''}`;
    return [
      {
        column: name,
        ...(Object.fromEntries(HELP_LANGUAGES.map((l) => [l, explain(l)])) as Record<HelpLanguage, string>),
        values: column.values?.join(', ') ?? '',
      },
    ];
  });
}

export function csvTemplate(kind: ImportKind): Buffer {
  const spec = KINDS[kind];
  const lines = [spec.templateColumns, spec.templateColumns.map((c) => spec.example[c] ?? '')];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}

export async function xlsxTemplate(kind: ImportKind): Promise<Buffer> {
  const spec = KINDS[kind];
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(kind, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(spec.templateColumns);
  sheet.addRow(spec.templateColumns.map((c) => safe(spec.example[c] ?? '')));
  sheet.getRow(1).font = { bold: true };
  spec.templateColumns.forEach((name, i) => {
    const column = spec.columns.find((c) => c.name === name);
    sheet.getColumn(i + 1).width = Math.max(14, name.length + 2);
    if (column?.type === 'enum' && column.values) {
      const letter = sheet.getColumn(i + 1).letter;
      (sheet as unknown as Validations).dataValidations.add(`${letter}2:${letter}10000`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${column.values.join(',')}"`],
        showErrorMessage: true,
        errorTitle: name,
        error: `One of: ${column.values.join(', ')}`,
      });
    }
  });
  const help = workbook.addWorksheet('columns');
  help.addRow(['column', ...HELP_LANGUAGES, 'values']);
  help.getRow(1).font = { bold: true };
  for (const row of helpRows(kind))
    help.addRow([row.column, ...HELP_LANGUAGES.map((l) => row[l]), row.values]);
  help.columns.forEach((c) => (c.width = 40));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
