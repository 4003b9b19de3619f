"""The launcher: embedded Tansu broker, redis-server and embeddings server, topics, the services, the demo, `pulso`."""
