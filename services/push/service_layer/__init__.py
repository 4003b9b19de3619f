"""The push service layer: what the HTTP door and the consumers call, between them and the adapters."""
