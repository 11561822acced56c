/**
 * The header of a register table: its columns, then the column of each row's buttons and links,
 * named for screen readers only (the buttons say what they do).
 */
export function ActionsTableHead({ columns, actionsLabel }: { columns: readonly string[]; actionsLabel: string }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">{actionsLabel}</span>
        </th>
      </tr>
    </thead>
  );
}
