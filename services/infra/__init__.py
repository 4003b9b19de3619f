"""What the services share: settings base, topic names, Kafka and Redis clients, logging, signed links, ports."""
