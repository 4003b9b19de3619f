"""Push's HTTP door: the device registry, /metrics and /healthz."""
