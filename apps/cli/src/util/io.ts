/** Writes to stdout and waits until it is handed to the OS, so an exit right after loses nothing (pipes included). */
export function writeStdout(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
        process.stdout.write(text, error => (error ? reject(error) : resolve()));
    });
}

export function writeStderr(text: string): Promise<void> {
    return new Promise(resolve => {
        process.stderr.write(text, () => resolve());
    });
}
