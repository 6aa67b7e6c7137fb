/**
 * The Pacta language server in a Web Worker (vscode.dev and github.dev, the playground): the same
 * server as `main.ts` over the worker's messages, without a file system — it knows the documents
 * the client opens (a browser workspace has no folder to read, no `pacta.config.json`).
 *
 * Holiday rules are loaded when a workspace counts business days: the parser (`holiday-parser.js`,
 * with importScripts) and each country's rules (`holidays/XX.json`, fetched), from the folder of this
 * script, or from the folder URL the client gives as `initializationOptions.pacta.assetsUrl` (VS Code
 * for the web starts a worker from a blob, whose own URL is no base for them).
 */
import { FetchHolidayDataLoader } from '@pacta/language';
import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { missingRuntimeFeatures } from '../shared/runtime.js';
import { startPactaServer } from './start-server.js';

// The worker's global scope; typed as a Worker (same postMessage/onmessage) as the DOM library has no worker scope type.
const scope = self as unknown as Worker;

const missing = missingRuntimeFeatures();
if (missing.length > 0) {
    // One line in the worker's console instead of a parser that fails on its first document.
    console.error(`The Pacta language server needs a browser with ${missing.join(', ')} (a current Chrome, Edge, Firefox or Safari).`);
} else {
    const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
    let assetsUrl: string | undefined;
    const holidayData = new FetchHolidayDataLoader(() => assetsUrl ?? (self as unknown as { location?: { href: string } }).location?.href);
    const { shared } = startPactaServer({ connection, ...EmptyFileSystem, holidayData });
    shared.lsp.LanguageServer.onInitialize(params => {
        const given = (params.initializationOptions as { pacta?: { assetsUrl?: unknown } } | undefined)?.pacta?.assetsUrl;
        if (typeof given === 'string') assetsUrl = given;
    });
}
