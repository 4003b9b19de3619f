"""Pulso's four services (pipeline, gateway, push, landing), what they share (infra) and the stack launcher."""
