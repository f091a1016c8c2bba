import { memo } from 'react';
import { AssessmentRow, type Row, type RowTexts } from './assessment-row';

/** What the list can do with a row; one object for all rows, so unchanged rows skip rendering. */
export interface RowActions {
  readonly open: (row: Row) => void;
  readonly rename: (row: Row, name: string) => void;
  readonly duplicate: (row: Row) => void;
  readonly export: (row: Row) => void;
  readonly remove: (row: Row) => void;
}

interface LibraryRowProps {
  readonly row: Row;
  readonly texts: RowTexts;
  readonly active: boolean;
  readonly actions: RowActions;
}

/**
 * A row of the assessments list that renders again only when what it shows changed: the list is
 * read afresh after every change, which makes new but equal row objects.
 */
export const LibraryRow = memo(function LibraryRow({
  row,
  texts,
  active,
  actions,
}: LibraryRowProps) {
  return (
    <AssessmentRow
      row={row}
      texts={texts}
      active={active}
      onOpen={() => actions.open(row)}
      onRename={(name) => actions.rename(row, name)}
      onDuplicate={() => actions.duplicate(row)}
      onExport={() => actions.export(row)}
      onRemove={() => actions.remove(row)}
    />
  );
}, sameProps);

function sameProps(a: LibraryRowProps, b: LibraryRowProps): boolean {
  return (
    a.active === b.active &&
    a.texts === b.texts &&
    a.actions === b.actions &&
    a.row.displayName === b.row.displayName &&
    a.row.unexported === b.row.unexported &&
    shallowEqual(a.row.meta, b.row.meta) &&
    shallowEqual(a.row.summary, b.row.summary)
  );
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
