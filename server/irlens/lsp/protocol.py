"""pygls' protocol with every request answered.

pygls 2 structures each message inside `json.loads(object_hook=structure_message)`; when a request's
params do not fit its lsprotocol type (a negative line, line 2**31, params as a list, string or null, a
codeAction without a range, a field of the wrong type) the exception escapes the read loop, which logs
"Unable to deserialize message" and answers nothing: a client waiting on that request hangs. Here such
a request becomes a marker that `handle_message` answers with InvalidParams (-32602) under its id.

Large results (20,000 code lenses) are unstructured to JSON values on the handler's thread and sent
as they are (`JsonResult`): cattrs turning 20,000 lsprotocol objects into JSON on the event loop took
seconds, during which no other request was read.

pygls ends the server on `exit` with sys.exit(1) when no `shutdown` came first, as the specification
asks, but its start_io swallows that SystemExit: the code is kept here (`exit_code`) for `irlens serve`
to return.

pygls also drops requests after `shutdown` without an answer (the spec asks for InvalidRequest), and
its `shutdown` cancels the in-flight requests while iterating the dict that a cancelled thread
future's callback removes itself from ("dictionary changed size during iteration"); both are
overridden here. Covered by tests/test_fault_corpus.py.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from cattrs import ClassValidationError, IterableValidationError, transform_error
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest
from pygls.protocol import default_converter
from pygls.protocol.language_server import LanguageServerProtocol, lsp_method

log = logging.getLogger(__name__)


_CONVERTER = default_converter()


@dataclass(frozen=True)
class JsonResult:
    """A request's result already in its JSON form (lists, dicts, strings, numbers)."""

    value: Any


def json_result(value: Any) -> JsonResult:
    """lsprotocol objects -> their JSON form, off the event loop (a handler's thread calls this)."""
    return JsonResult(_CONVERTER.unstructure(value))


@dataclass(frozen=True)
class MalformedRequest:
    """A request whose params could not be structured; answered with InvalidParams."""

    id: int | str
    method: str
    problem: str


def _problem(error: BaseException) -> str:
    """cattrs' one-line description of where the params went wrong (`... @ $.position.line`)."""
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        return "; ".join(transform_error(error, path="$"))[:300]
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:300]


class IrlensProtocol(LanguageServerProtocol):
    exit_code = 0  # what the process exits with: 1 after an `exit` that no `shutdown` preceded

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            request_id = data.get("id")
            method = data.get("method")
            if not isinstance(request_id, (int, str)) or isinstance(request_id, bool) or not isinstance(
                    method, str):
                raise  # a notification or a response: there is nobody to answer
            return MalformedRequest(request_id, method, _problem(error.__cause__ or error))

    def handle_message(self, message: Any) -> None:
        if isinstance(message, MalformedRequest):
            log.warning("request %s %s: invalid params: %s", message.id, message.method, message.problem)
            invalid = JsonRpcInvalidParams(f"invalid params for {message.method}: {message.problem}")
            self._send_response(message.id, None, invalid.to_response_error())
            return
        method = getattr(message, "method", None)
        if self._shutdown and method is not None and method != types.EXIT and hasattr(message, "id"):
            error = JsonRpcInvalidRequest(f"{method}: the server is shutting down")
            self._send_response(message.id, None, error.to_response_error())
            return
        super().handle_message(message)

    def _serialize_message(self, data: Any) -> Any:
        result = getattr(data, "result", None)
        if isinstance(result, JsonResult):  # json.dumps encodes the rest in C
            return {"id": data.id, "jsonrpc": data.jsonrpc, "result": result.value}
        return super()._serialize_message(data)

    @lsp_method(types.SHUTDOWN)
    def lsp_shutdown(self, *args: Any) -> Generator[Any, Any, None]:
        """pygls' shutdown, iterating over a copy of the in-flight requests."""
        if (user_handler := self.fm.features.get(types.SHUTDOWN)) is not None:
            yield user_handler, args, None
        current_id = self.msg_id
        for msg_id, future in list(self._request_futures.items()):
            if msg_id != current_id and not future.done():
                future.cancel()
        self._shutdown = True
        return None

    @lsp_method(types.EXIT)
    def lsp_exit(self, *args: Any) -> Generator[Any, Any, None]:
        self.exit_code = 0 if self._shutdown else 1
        yield from super().lsp_exit(*args)

    # Open documents live in the engine only (see lsp/document_sync.py): every reader takes the
    # engine's snapshot. pygls's workspace copy would stop at didOpen, and keep that version's text
    # (12 MB on a large module) for as long as the document is open.

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(
            self, params: types.DidOpenTextDocumentParams) -> Generator[Any, Any, None]:
        if (user_handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield user_handler, (params,), None
        return None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
            self, params: types.DidChangeTextDocumentParams) -> Generator[Any, Any, None]:
        if (user_handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield user_handler, (params,), None
        return None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(
            self, params: types.DidCloseTextDocumentParams) -> Generator[Any, Any, None]:
        if (user_handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield user_handler, (params,), None
        return None
