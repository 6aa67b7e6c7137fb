/**
 * The Pacta language server in a Web Worker (vscode.dev and github.dev, the playground): the same
 * server as `main.ts` over the worker's messages, without a file system — it knows the documents
 * the client opens (a browser workspace has no folder to read, no `pacta.config.json`).
 */
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
    startPactaServer({ connection, ...EmptyFileSystem });
}
