import { readdirSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';

/** Bytes of `.pacta` the compiler gets through in about a second on a slow machine (the benchmark does ~750 KB/s). */
const BYTES_PER_SECOND = 512 * 1024;

/**
 * A one-line progress note on stderr, for runs that take more than a second, only when stderr
 * is a terminal (never in CI logs or when piped). The compile itself holds the event loop, so a
 * timer cannot fire during it: the note is shown at once when the input is large enough to take
 * over a second, otherwise after a second of waiting (reading files, watching). `done()` erases it.
 */
export class Progress {
    private shown = false;
    private timer: NodeJS.Timeout | undefined;
    private readonly enabled: boolean;

    constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
        this.enabled = stream.isTTY === true && process.env['CI'] === undefined;
    }

    /** Shows `text` now if `estimatedBytes` takes over a second, else after one second unless done first. */
    start(text: string, estimatedBytes = 0): void {
        if (!this.enabled) return;
        this.stop();
        if (estimatedBytes >= BYTES_PER_SECOND) {
            this.show(text);
        } else {
            this.timer = setTimeout(() => this.show(text), 1000);
            this.timer.unref();
        }
    }

    done(): void {
        this.stop();
        if (this.shown) {
            this.stream.write('\r\u001b[2K');
            this.shown = false;
        }
    }

    private show(text: string): void {
        this.stream.write(`\r\u001b[2K${text}`);
        this.shown = true;
    }

    private stop(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = undefined;
    }

    get active(): boolean {
        return this.enabled;
    }
}

/** Size of the `.pacta` input (files, and folders walked as the SDK does), for the progress estimate; stops counting at `limit`. */
export function estimateInput(paths: readonly string[], limit = 64 * 1024 * 1024): { files: number; bytes: number } {
    let files = 0,
        bytes = 0;
    const visitFolder = (folder: string): void => {
        let entries;
        try {
            entries = readdirSync(folder, { withFileTypes: true });
        } catch {
            return;
        }
        for (const entry of entries) {
            if (bytes > limit) return;
            const path = nodePath.join(folder, entry.name);
            // Links to folders are not followed (as the SDK does not).
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) visitFolder(path);
            } else if (entry.name.endsWith('.pacta')) {
                files++;
                try {
                    bytes += statSync(path).size;
                } catch {
                    /* gone */
                }
            }
        }
    };
    const visit = (path: string): void => {
        let stat;
        try {
            stat = statSync(path);
        } catch {
            return;
        }
        if (stat.isFile()) {
            files++;
            bytes += stat.size;
        } else if (stat.isDirectory()) visitFolder(path);
    };
    for (const path of paths) visit(path);
    return { files, bytes };
}
