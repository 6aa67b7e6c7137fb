/**
 * Text from a workspace (titles, names, messages that quote the input, file names) shown to a
 * person: control characters as visible escapes, so a crafted title cannot move the cursor, erase
 * a line, ring the bell or print a fake "all good", and bidirectional overrides (Trojan Source)
 * cannot reorder what is shown. TAB and LF are kept. The language's one rule, under the name the
 * CLI's renderers use.
 */
export { visibleText as terminalSafe } from '@pacta/sdk';
