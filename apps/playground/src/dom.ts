/** The page's elements by id (index.html has them all). */
export const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Today in the browser's time zone, `YYYY-MM-DD`. */
export function localDay(): string {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
