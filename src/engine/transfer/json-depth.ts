/**
 * Whether JSON text nests arrays and objects deeper than `limit`, found by
 * counting brackets outside strings. Checked before `JSON.parse` and before
 * any recursive walk, so a file of a million `[` cannot exhaust the stack.
 * Malformed text gives some answer; `JSON.parse` refuses it afterwards.
 */
export function exceedsDepth(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}
