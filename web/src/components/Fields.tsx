import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A definition table of label → value, the values already formatted; empty ones shown as a dash. */
export function Fields({ rows, label }: { rows: [string, ReactNode][]; label: string }) {
  return (
    <Table variant="vertical" withTableBorder aria-label={label} maw={900}>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={240}>{name}</Table.Th>
            <Table.Td>{value === '' || value === null || value === undefined ? '—' : value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
