import type { ChangeEvent } from 'react';

/**
 * A file input drawn as one of our buttons, in the page's language: the browser's own control
 * says "Choose File" and "No file chosen" in the browser's language, whatever the page's is.
 * The input stays focusable (hidden only from sight); its real label names it.
 */
export function FilePicker({
  id,
  label,
  button,
  accept,
  multiple = false,
  onChange,
}: {
  id: string;
  label: string;
  button: string;
  accept: string;
  multiple?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <div className="file-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        className="file-input"
        accept={accept}
        multiple={multiple}
        onChange={onChange}
      />
      <label htmlFor={id} className="button secondary file-button" aria-hidden="true">
        {button}
      </label>
    </div>
  );
}
