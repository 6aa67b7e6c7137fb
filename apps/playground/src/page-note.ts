/**
 * The note under the page's bar for what the page did instead of what was asked (a share link it
 * could not open, a draft it could not keep): it stays until dismissed, whatever tab is chosen.
 */
import { byId } from './dom.js';

export class PageNote {
    private readonly element = byId('page-note');

    constructor() {
        byId('page-note-dismiss').addEventListener('click', () => this.hide());
    }

    show(message: string): void {
        byId('page-note-text').textContent = message;
        this.element.hidden = false;
    }

    hide(): void {
        this.element.hidden = true;
    }
}
