"""The launcher: embedded Tansu broker and redis-server, topic setup, the four services, the demo, the `pulso` CLI."""
