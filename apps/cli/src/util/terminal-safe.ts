import { visibleText } from '@pacta/sdk';

/**
 * Text from a workspace (titles, names, messages that quote the input, file names) shown to a
 * person: control characters are written as visible escapes, so a crafted title cannot move the
 * cursor, erase a line, ring the bell or print a fake "all good" (ESC, BEL, lone CR, DEL, the C1
 * controls), and bidirectional overrides and isolates (Trojan Source) cannot reorder what is
 * shown. TAB and LF are kept (callers that need one line replace LF). The language's rule.
 */
export function terminalSafe(text: string): string {
    return visibleText(text);
}
