/**
 * A request the server refuses for a reason the user should read, such as an invalid new name in
 * a rename. The language server answers it as a request failure (LSP `RequestFailed`, −32803)
 * carrying this message, which the editor shows as it is, not as an internal error.
 */
export class RequestFailure extends Error {
    override readonly name = 'RequestFailure';
}
