"""ASGI middleware refusing request bodies over the cap before they are read whole.

A declared ``Content-Length`` over the cap is answered at once; a body without one (chunked)
is counted as it streams in and cut off the moment it passes the cap.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sfa.server.errors import ApiError
from sfa.server.responses import error_response


class BodySizeLimit:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _too_large(self) -> ApiError:
        return ApiError(
            413,
            "too_large",
            f"The request body is larger than {self.max_bytes} bytes.",
            {"max_bytes": self.max_bytes},
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0 or declared > self.max_bytes:
                    error = (
                        self._too_large()
                        if declared > self.max_bytes
                        else ApiError(400, "bad_request", "Content-Length is not a number.")
                    )
                    await error_response(error)(scope, receive, send)
                    return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # FastAPI passes HTTPException raised while reading the body through to
                    # the exception handlers, which answer in the contract's error shape.
                    raise HTTPException(413, self._too_large().message)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except HTTPException as exc:
            if exc.status_code != 413 or started:
                raise
            await error_response(self._too_large())(scope, receive, send)
